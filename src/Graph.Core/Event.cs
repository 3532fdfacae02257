namespace Graph.Core;

/// <summary>One act, however many articles report it: relations from different articles with the same sides after the
/// roll-up (an official acting in office stands for their country), the same type, and dates within a few days (see
/// <see cref="Grouping.EventDraft"/>). <see cref="Reports"/> are the relations, each with its article and outlet.</summary>
public sealed record Event(string Id, string SubjectId, RelationType Type, string ObjectId, string? Date,
    DateOnly? FirstReported, DateOnly? LastReported, IReadOnlyList<EventReport> Reports)
{
    /// <summary>The distinct outlets that reported it (articles without an outlet are not counted).</summary>
    public IReadOnlyList<string> Outlets => Reports.Select(r => r.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> ArticleIds => Reports.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Grows with independent outlets: 1 - Π(1 - c) over each outlet's most confident report (an article without an
    /// outlet counts as an outlet of its own).</summary>
    public double Confidence =>
        1 - Reports.GroupBy(r => r.Outlet ?? "article:" + r.ArticleId).Select(g => 1 - g.Max(r => r.Confidence)).Aggregate(1.0, (a, b) => a * b);
}

/// <summary>One report of an event: the relation, its article and the article's outlet.</summary>
public sealed record EventReport(string RelationId, string ArticleId, string? Outlet, double Confidence);

/// <summary>Filters for events: a side (either may be given), types, the anchor date range, and how many outlets at least.</summary>
public sealed record EventQuery(string? SubjectId = null, string? ObjectId = null, IReadOnlyCollection<RelationType>? Types = null,
    DateOnly? DateFrom = null, DateOnly? DateTo = null, int MinOutlets = 0);
