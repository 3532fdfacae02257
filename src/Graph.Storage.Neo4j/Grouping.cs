using System.Globalization;
using Graph.Core;
using Graph.Core.Grouping;

namespace Graph.Storage.Neo4j;

/// <summary>The stories and events of a batch of new articles, decided by the rules of <c>Graph.Core.Grouping</c> as the SQLite
/// store decides them one article after another: the candidates already stored are read for the whole batch at once (two
/// requests, <see cref="GroupingStatements"/>), then each article, in batch order, is matched against them and against the
/// batch's articles before it, which are held here (they are not stored yet when the candidates are read).</summary>
internal sealed class Grouping
{
    /// <summary>The event of each act relation, by relation id: written with the relation.</summary>
    public Dictionary<string, string> EventIds { get; } = new(StringComparer.Ordinal);

    /// <summary>The parameters of <see cref="GroupingStatements.Write"/>.</summary>
    public Dictionary<string, object?> Parameters { get; } = new() { ["stories"] = new List<Dictionary<string, object?>>(), ["events"] = new List<Dictionary<string, object?>>() };

    private List<Dictionary<string, object?>> Stories => (List<Dictionary<string, object?>>)Parameters["stories"]!;
    private List<Dictionary<string, object?>> Events => (List<Dictionary<string, object?>>)Parameters["events"]!;

    /// <summary>An article of the batch: what finds its story, and the story once decided.</summary>
    private sealed record Pending(Article Article, IReadOnlyList<Relation> Relations, uint[] Signature, long[] Bands, IReadOnlyList<string> Actors)
    {
        public int? Day => Article.PublishedAt?.DayNumber;
        public string? Story { get; set; }
    }

    private sealed record Report(string Article, string? Story, int Actors, int Shared);

    /// <summary>An event the batch may report: stored, or created by an earlier article of the batch.</summary>
    private sealed class Known(string id, string? date, int? anchor)
    {
        public string Id { get; } = id;
        public string? Date { get; set; } = date;
        public int? Anchor { get; set; } = anchor;
    }

    /// <param name="items">New articles, in the order stored, each with its relations and the entities it names.</param>
    public static async Task<Grouping> PlanAsync(Neo4jTransaction tx, IReadOnlyList<(Article Article, IReadOnlyList<Relation> Relations, IEnumerable<string> EntityIds)> items,
        CancellationToken ct)
    {
        var pending = items.Select(i =>
        {
            var signature = StorySignature.Of(i.Article.Text);
            // A text of fewer than three words has no trigram: its signature matches nothing, so it keeps no band keys (in
            // SQLite they are kept, all alike, and never match either).
            long[] bands = signature[0] == uint.MaxValue ? [] : StorySignature.BandKeys(signature);
            return new Pending(i.Article, i.Relations, signature, bands, SameStory.Actors(i.EntityIds));
        }).ToList();
        var people = items.SelectMany(i => i.Relations).Where(r => EventDraft.IsAct(r.Type))
            .SelectMany(r => new[] { r.SubjectId, r.ObjectId }).Where(id => id.StartsWith("Person:", StringComparison.Ordinal)).Distinct().ToList();
        var lookups = pending.Where(p => p.Day is not null && p.Actors.Count >= SameStory.MinSharedActors).Select(p => new Dictionary<string, object?>
        {
            ["article"] = p.Article.Id, ["actors"] = p.Actors.ToList(), ["from"] = p.Day - SameStory.WindowDays, ["to"] = p.Day + SameStory.WindowDays,
        }).ToList();
        var bandKeys = pending.SelectMany(p => p.Bands).Distinct().ToList();

        var copies = new List<(long Key, string Article, string? Story, uint[]? Signature)>();
        var reports = new List<(string Of, string Article, string? Story, int Actors, string Seq, int Shared)>();
        var offices = new List<(string Person, string Country, double Confidence)>();
        if (bandKeys.Count > 0 || lookups.Count > 0 || people.Count > 0)
        {
            var row = (await tx.RunAsync(GroupingStatements.Candidates,
                new Dictionary<string, object?> { ["bands"] = bandKeys, ["lookups"] = lookups, ["people"] = people }, ct)).Records.Single();
            copies.AddRange(Maps(row, "copies").Select(m => ((long)m["key"]!, (string)m["article"]!, m["story"] as string,
                m["signature"] is List<object?> s ? s.Select(x => (uint)Convert.ToInt64(x, CultureInfo.InvariantCulture)).ToArray() : null)));
            reports.AddRange(Maps(row, "reports").Where(m => m["other"] is string).Select(m => ((string)m["article"]!, (string)m["other"]!, m["story"] as string,
                Convert.ToInt32(m["actors"] ?? 0L, CultureInfo.InvariantCulture), (string)m["seq"]!, Convert.ToInt32(m["shared"], CultureInfo.InvariantCulture))));
            offices.AddRange(Maps(row, "offices").Select(m => ((string)m["person"]!, (string)m["country"]!, Convert.ToDouble(m["confidence"] ?? 0.0, CultureInfo.InvariantCulture))));
        }

        var grouping = new Grouping();
        for (var i = 0; i < pending.Count; i++) grouping.JoinStory(pending[i], pending.Take(i).ToList(), copies, reports);

        // An article's acts: its sides rolled up by the offices stored and those of the batch's articles up to it.
        var drafts = new List<(Pending Article, IReadOnlyList<EventDraft> Drafts)>();
        foreach (var p in pending)
        {
            offices.AddRange(p.Relations.Where(r => r.Type == RelationType.AffiliatedWith && Roles.IsGovernment(r.Role)
                    && r.SubjectId.StartsWith("Person:", StringComparison.Ordinal) && r.ObjectId.StartsWith("Country:", StringComparison.Ordinal))
                .Select(r => (r.SubjectId, r.ObjectId, r.Confidence)));
            var countries = offices.GroupBy(o => o.Person).ToDictionary(g => g.Key,
                g => g.OrderByDescending(o => o.Confidence).ThenBy(o => o.Country, StringComparer.Ordinal).First().Country, StringComparer.Ordinal);
            drafts.Add((p, EventDraft.Of(p.Article, p.Relations, countries)));
        }
        var eventLookups = drafts.SelectMany(d => d.Drafts).Where(d => d.AnchorDay is not null)
            .Select(d => (d.SubjectId, Type: RelationTypeInfo.Of(d.Type).Name, d.ObjectId, Anchor: d.AnchorDay!.Value)).Distinct()
            .Select(d => new Dictionary<string, object?>
            {
                ["subject"] = d.SubjectId, ["type"] = d.Type, ["object"] = d.ObjectId, ["from"] = d.Anchor - EventDraft.WindowDays, ["to"] = d.Anchor + EventDraft.WindowDays,
            }).ToList();
        var known = new Dictionary<(string, string, string), List<Known>>();
        if (eventLookups.Count > 0)
            foreach (var r in (await tx.RunAsync(GroupingStatements.EventCandidates, new Dictionary<string, object?> { ["lookups"] = eventLookups }, ct)).Records)
                Pool(known, (r.String("subject"), r.String("type"), r.String("object")))
                    .Add(new Known(r.String("id"), r.NullableString("date"), r["anchor"] is null ? null : r.Int("anchor")));
        foreach (var (p, acts) in drafts) grouping.JoinEvents(p.Article, acts, known);
        return grouping;
    }

    private void JoinStory(Pending p, List<Pending> before, List<(long Key, string Article, string? Story, uint[]? Signature)> copies,
        List<(string Of, string Article, string? Story, int Actors, string Seq, int Shared)> reports)
    {
        // A near-copy: a shared band, then the signatures compared.
        var bands = p.Bands.ToHashSet();
        var candidates = copies.Where(c => bands.Contains(c.Key)).Select(c => (c.Article, c.Story, c.Signature))
            .Concat(before.Where(b => b.Bands.Any(bands.Contains)).Select(b => (b.Article.Id, b.Story, Signature: (uint[]?)b.Signature)))
            .DistinctBy(c => c.Item1);
        var story = candidates.Where(c => c.Signature is not null && c.Story is not null)
            .Select(c => (c.Story, Similarity: StorySignature.Similarity(p.Signature, c.Signature!)))
            .Where(c => c.Similarity >= SameStory.CopySimilarity).OrderByDescending(c => c.Similarity).FirstOrDefault().Story;
        // An independent report: the 20 sharing the most people and organisations within the window (the batch's after the
        // stored, as they were stored after them), the first that shares enough.
        if (story is null && p.Day is { } day && p.Actors.Count >= SameStory.MinSharedActors)
        {
            var stored = reports.Where(r => r.Of == p.Article.Id).OrderByDescending(r => r.Shared).ThenBy(r => r.Seq, StringComparer.Ordinal)
                .Select(r => new Report(r.Article, r.Story, r.Actors, r.Shared));
            var batch = before.Where(b => b.Day is { } d && Math.Abs(d - day) <= SameStory.WindowDays)
                .Select(b => new Report(b.Article.Id, b.Story, b.Actors.Count, b.Actors.Intersect(p.Actors).Count())).Where(r => r.Shared > 0);
            story = stored.Concat(batch).Select((r, i) => (Report: r, Place: i)).OrderByDescending(x => x.Report.Shared).ThenBy(x => x.Place).Take(20)
                .Select(x => x.Report).FirstOrDefault(r => r.Story is not null && SameStory.SharesActors(r.Shared, p.Actors.Count, r.Actors))?.Story;
        }
        p.Story = story ?? "Story:" + p.Article.Id["Article:".Length..][..16];
        Stories.Add(new()
        {
            ["id"] = p.Article.Id, ["story"] = p.Story, ["signature"] = p.Signature.Select(h => (long)h).ToList(), ["actorCount"] = p.Actors.Count,
            ["bands"] = p.Bands.ToList(), ["actors"] = p.Day is null ? new List<string>() : p.Actors.ToList(), ["day"] = p.Day,
        });
    }

    private void JoinEvents(Article article, IReadOnlyList<EventDraft> drafts, Dictionary<(string, string, string), List<Known>> known)
    {
        var published = article.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var type = RelationTypeInfo.Of(draft.Type).Name;
            var pool = Pool(known, (draft.SubjectId, type, draft.ObjectId));
            var match = draft.AnchorDay is { } anchor
                ? pool.Where(e => draft.Matches(e.Date, e.Anchor)).OrderBy(e => Math.Abs(e.Anchor!.Value - anchor)).ThenBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault()
                : null;
            if (match is null) pool.Add(match = new Known(draft.NewId(article.Id), draft.Date, draft.AnchorDay));
            else if (match.Date is null && draft.Date is not null)
            {
                // A full date a report gives an undated event anchors it there from now on.
                match.Anchor = Acts.Day(draft.Date) ?? match.Anchor;
                match.Date = draft.Date;
            }
            foreach (var r in draft.Relations) EventIds[r.Id] = match.Id;
            Events.Add(new()
            {
                ["id"] = match.Id, ["article"] = article.Id, ["ordinal"] = i.ToString("D6", CultureInfo.InvariantCulture),
                ["subject"] = draft.SubjectId, ["type"] = type, ["object"] = draft.ObjectId, ["date"] = draft.Date, ["anchor"] = draft.AnchorDay, ["dateDay"] = Acts.Day(draft.Date),
                ["published"] = published, ["relations"] = draft.Relations.Select(r => r.Id).ToList(), ["confidences"] = draft.Relations.Select(r => r.Confidence).ToList(),
            });
        }
    }

    private static List<Known> Pool(Dictionary<(string, string, string), List<Known>> known, (string, string, string) key) =>
        known.TryGetValue(key, out var pool) ? pool : known[key] = [];

    private static IEnumerable<Dictionary<string, object?>> Maps(Neo4jRow row, string field) => row.List(field).OfType<Dictionary<string, object?>>();
}
