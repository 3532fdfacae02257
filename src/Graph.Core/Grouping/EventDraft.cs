namespace Graph.Core.Grouping;

/// <summary>One act an article reports, before it is matched to the events already stored: its sides after the roll-up (an
/// official acting in office stands for their country, on either side; a symmetric type's sides in ordinal order), the
/// date the text gives it, the day it happened or was reported (<see cref="AnchorDay"/>: the text's full date, else the
/// article's), and the relations that report it.</summary>
public sealed record EventDraft(string SubjectId, RelationType Type, string ObjectId, string? Date, int? AnchorDay, IReadOnlyList<Relation> Relations)
{
    /// <summary>How many days apart two reports of one act may be dated or published.</summary>
    public const int WindowDays = 3;

    /// <summary>The types whose relations are acts (not offices, mentions or reporting).</summary>
    public static bool IsAct(RelationType type) =>
        type is not (RelationType.AffiliatedWith or RelationType.Mentions or RelationType.Said or RelationType.ReportedBy);

    /// <summary>The acts of one article. <paramref name="officeCountries"/> gives the country of each person known to hold a
    /// government office (the article's own offices are added).</summary>
    public static IReadOnlyList<EventDraft> Of(Article article, IReadOnlyList<Relation> relations, IReadOnlyDictionary<string, string> officeCountries)
    {
        var countries = new Dictionary<string, string>(officeCountries, StringComparer.Ordinal);
        foreach (var r in relations)
            if (r.Type == RelationType.AffiliatedWith && Roles.IsGovernment(r.Role) && r.ObjectId.StartsWith("Country:", StringComparison.Ordinal))
                countries.TryAdd(r.SubjectId, r.ObjectId);
        string Side(string id) => countries.GetValueOrDefault(id) ?? id;

        var drafts = new List<EventDraft>();
        var acts = relations.Where(r => IsAct(r.Type)).Select(r =>
        {
            var (s, o) = (Side(r.SubjectId), Side(r.ObjectId));
            if (RelationTypeInfo.Of(r.Type).Symmetric && string.CompareOrdinal(s, o) > 0) (s, o) = (o, s);
            return (Key: (s, r.Type, o), Relation: r);
        }).Where(x => x.Key.s != x.Key.o);
        foreach (var group in acts.GroupBy(x => x.Key))
            foreach (var (date, items) in Acts.ByDate(group.ToList(), x => x.Relation.Date))
                drafts.Add(new EventDraft(group.Key.s, group.Key.Type, group.Key.o, date,
                    Acts.Day(date) ?? article.PublishedAt?.DayNumber, items.Select(x => x.Relation).ToList()));
        return drafts;
    }

    /// <summary>Whether a stored event with this date and anchor is the act this draft reports (its sides and type being the
    /// same): anchored within <see cref="WindowDays"/> days, and not dated differently by the texts.</summary>
    public bool Matches(string? date, int? anchorDay) =>
        AnchorDay is { } mine && anchorDay is { } theirs && Math.Abs(mine - theirs) <= WindowDays
        && !(Date is not null && date is not null && Date != date);

    /// <summary>An event's id: from the first article, sides, type and date that reported it.</summary>
    public string NewId(string articleId) => "Event:" + Ids.Short($"{articleId}|{SubjectId}|{Type}|{ObjectId}|{Date}");
}
