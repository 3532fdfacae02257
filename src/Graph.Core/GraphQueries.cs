namespace Graph.Core;

/// <summary>The analyst's questions, built on the store port's batch reads so every store answers them alike:
/// the country roll-up (a country did what its officials did in office), counterparts, paths and timelines.</summary>
public sealed class GraphQueries(IGraphStore store)
{
    /// <summary>Path searches stop expanding past this many nodes, so a dense graph cannot make one query unbounded.</summary>
    public const int MaxPathNodes = 20_000;

    public const int MaxHops = 6;

    /// <summary>Relations a country made (<see cref="RelationDirection.Outgoing"/>) or received (<see cref="RelationDirection.Incoming"/>),
    /// counting its government officials' acts, with each counterpart resolved to its country when it is an official.</summary>
    public async Task<IReadOnlyList<RolledUpRelation>> RollUpAsync(
        string countryId, RelationDirection direction, IReadOnlyCollection<RelationType>? types, CancellationToken ct = default)
    {
        var officials = await OfficialsAsync([countryId], ct);
        var actors = new HashSet<string>(StringComparer.Ordinal) { countryId };
        actors.UnionWith(officials[countryId]);
        var outgoing = direction != RelationDirection.Incoming;
        var wanted = types is { Count: > 0 } ? types : CountedByDefault;
        // A symmetric type (MET) counts from either end; otherwise only the side the question asks about is read.
        var side = wanted.Any(t => RelationTypeInfo.Of(t).Symmetric) ? RelationDirection.Both : outgoing ? RelationDirection.Outgoing : RelationDirection.Incoming;
        var edges = await store.GetEdgesAsync(actors, wanted, side, ct);
        var found = new List<(EdgeRef Edge, string Actor, string Other)>(edges.Count);
        for (var i = 0; i < edges.Count; i++)
        {
            var e = edges[i];
            var symmetric = RelationTypeInfo.Of(e.Type).Symmetric;
            if (actors.Contains(outgoing ? e.SubjectId : e.ObjectId)) found.Add((e, outgoing ? e.SubjectId : e.ObjectId, outgoing ? e.ObjectId : e.SubjectId));
            if (symmetric && actors.Contains(outgoing ? e.ObjectId : e.SubjectId)) found.Add((e, outgoing ? e.ObjectId : e.SubjectId, outgoing ? e.SubjectId : e.ObjectId));
        }
        // Both sides were read for a symmetric type, so an edge may have come twice.
        if (side == RelationDirection.Both) found = found.DistinctBy(f => (f.Edge.RelationId, f.Actor)).ToList();

        var countryOf = await CountryOfOfficialsAsync(found.Select(f => f.Other).Distinct().ToList(), ct);
        var result = new List<RolledUpRelation>(found.Count);
        foreach (var (edge, actor, other) in found)
        {
            var counterpart = countryOf.GetValueOrDefault(other) ?? other;
            if (counterpart == countryId) continue;
            result.Add(new RolledUpRelation(edge, countryId, counterpart, actor == countryId ? null : actor, counterpart == other ? null : other));
        }
        // Most confident first, then by id: the order the store returns edges in (GetEdgesAsync), kept.
        return result;
    }

    /// <summary>The rolled-up relations at least <paramref name="minConfidence"/> sure and dated within the bounds, as
    /// relations(where:) filters them: the text's full date, else the article's, compared as text (an undated one is left out).</summary>
    public async Task<IReadOnlyList<RolledUpRelation>> FilterAsync(
        IReadOnlyList<RolledUpRelation> rolled, double? minConfidence, string? dateFrom, string? dateTo, CancellationToken ct = default)
    {
        var kept = rolled.Where(r => minConfidence is not { } m || r.Edge.Confidence >= m).ToList();
        if (dateFrom is null && dateTo is null) return kept;
        var articles = (await store.GetArticlesAsync(kept.Select(r => r.Edge.ArticleId).Distinct().ToList(), ct)).ToDictionary(x => x.Id);
        string? DateKey(RolledUpRelation r) => DayOf(r.Edge, articles);
        return kept.Where(r => DateKey(r) is { } d
            && (dateFrom is null || string.CompareOrdinal(d, dateFrom) >= 0)
            && (dateTo is null || string.CompareOrdinal(d, dateTo) <= 0)).ToList();
    }

    /// <summary>The roll-up grouped by counterpart and, within it, by act (<see cref="Events"/>): most acts first.</summary>
    public async Task<IReadOnlyList<Counterpart>> CounterpartsAsync(
        string countryId, RelationDirection direction, IReadOnlyCollection<RelationType>? types, CancellationToken ct = default)
    {
        var rolled = await RollUpAsync(countryId, direction, types, ct);
        var counterparts = InOrder(rolled, r => r.CounterpartId, StringComparer.Ordinal, expected: 16).Select(g => new Counterpart(g[0].CounterpartId, Events(g))).ToList();
        return counterparts
            .OrderByDescending(c => c.Events.Count).ThenByDescending(c => c.Relations.Count).ThenBy(c => c.EntityId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The acts behind rolled-up relations: within one article, the same type and counterpart are one act (a
    /// headline naming the country, the lead naming its minister and the body quoting him report one criticism), unless
    /// the text dates them differently (<see cref="Grouping.Acts.ByDate{T}"/>); acts of different articles whose relations
    /// the store put in one event are one act. Ordered by first article, type and date; relations keep their order.</summary>
    public static IReadOnlyList<RolledUpEvent> Events(IEnumerable<RolledUpRelation> rolled)
    {
        var all = rolled as IReadOnlyList<RolledUpRelation> ?? [.. rolled];
        // A roll-up groups thousands of relations a query, most of them acts of their own: indexes and loops over lists rather
        // than iterators, so grouping allocates little more than the acts themselves (the garbage was a fifth of a query's).
        var acts = new List<List<RolledUpRelation>>(all.Count);
        foreach (var group in InOrder(all, r => (r.Edge.ArticleId, r.Edge.Type, r.CountryId, r.CounterpartId), EqualityComparer<(string, RelationType, string, string)>.Default, all.Count))
        {
            if (!Grouping.Acts.HasSeveralDates(group, r => r.Edge.Date)) acts.Add(group);
            else foreach (var (_, items) in Grouping.Acts.ByDate(group, r => r.Edge.Date)) acts.Add(items);
        }
        // Acts sharing a stored event are one, however the sharing chains (union-find over the acts, by event id).
        var parent = new int[acts.Count];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        var firstWith = new Dictionary<string, int>(acts.Count, StringComparer.Ordinal);
        var merged = false;
        for (var i = 0; i < acts.Count; i++)
            for (var k = 0; k < acts[i].Count; k++)
                if (acts[i][k].Edge.EventId is { } e)
                {
                    if (firstWith.TryGetValue(e, out var j))
                    {
                        parent[Root(i)] = Root(j);
                        merged = true;
                    }
                    else firstWith[e] = i;
                }
        // Each set of acts in the order of its first act, its relations in the acts' order (the first act's list takes the rest).
        var sets = acts;
        if (merged)
        {
            var setOf = new int[acts.Count];
            Array.Fill(setOf, -1);
            sets = new List<List<RolledUpRelation>>(acts.Count);
            for (var i = 0; i < acts.Count; i++)
            {
                var root = Root(i);
                if (setOf[root] < 0)
                {
                    setOf[root] = sets.Count;
                    sets.Add(acts[i]);
                }
                else sets[setOf[root]].AddRange(acts[i]);
            }
        }
        var events = new RolledUpEvent[sets.Count];
        for (var i = 0; i < sets.Count; i++)
        {
            var relations = sets[i];
            string? date = null;
            for (var k = 0; k < relations.Count; k++)
                if (relations[k].Edge.Date is { } d && (date is null || string.CompareOrdinal(d, date) < 0)) date = d;
            events[i] = new RolledUpEvent(relations[0].CountryId, relations[0].CounterpartId, relations[0].Edge.Type, date, relations);
        }
        // By first article, type and date; a stable sort (events keep their order on ties), as OrderBy.ThenBy was.
        if (events.Length > 1 && !InEventOrder(events)) events = [.. events.OrderBy(e => e, EventOrder.Instance)];
        return events;
    }

    private static bool InEventOrder(RolledUpEvent[] events)
    {
        for (var i = 1; i < events.Length; i++)
            if (EventOrder.Instance.Compare(events[i - 1], events[i]) > 0) return false;
        return true;
    }

    private sealed class EventOrder : IComparer<RolledUpEvent>
    {
        public static readonly EventOrder Instance = new();

        public int Compare(RolledUpEvent? a, RolledUpEvent? b) =>
            string.CompareOrdinal(a!.Relations[0].Edge.ArticleId, b!.Relations[0].Edge.ArticleId) is var c and not 0 ? c
            : a.Type.CompareTo(b.Type) is var t and not 0 ? t
            : string.CompareOrdinal(a.Date, b.Date);
    }

    /// <summary>Items grouped by key, the groups in the order of their first item and each keeping the items' order (as
    /// GroupBy does, without its lookup and iterators: roll-ups group thousands of relations a query).</summary>
    /// <param name="expected">How many groups to make room for (most relations are acts of their own; a country has few counterparts).</param>
    private static List<List<T>> InOrder<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> key, IEqualityComparer<TKey> comparer, int expected) where TKey : notnull
    {
        var groups = new List<List<T>>();
        if (items.Count == 1) groups.Add([items[0]]);
        if (items.Count <= 1) return groups;
        var index = new Dictionary<TKey, List<T>>(Math.Min(expected, items.Count), comparer);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var k = key(item);
            if (!index.TryGetValue(k, out var group))
            {
                index[k] = group = new List<T>(1);
                groups.Add(group);
            }
            group.Add(item);
        }
        return groups;
    }

    /// <summary>Relations between two countries (each side's officials counted), ordered by date.</summary>
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string a, string b, CancellationToken ct = default)
    {
        var ab = (await RollUpAsync(a, RelationDirection.Outgoing, null, ct)).Where(r => r.CounterpartId == b);
        var ba = (await RollUpAsync(b, RelationDirection.Outgoing, null, ct)).Where(r => r.CounterpartId == a);
        var all = ab.Concat(ba).DistinctBy(r => r.Edge.RelationId).ToList();
        var articles = (await store.GetArticlesAsync(all.Select(r => r.Edge.ArticleId).Distinct().ToList(), ct)).ToDictionary(x => x.Id);
        string? DateOf(RolledUpRelation r) => DayOf(r.Edge, articles) ?? r.Edge.Date;
        // What is known, as the relation's own date says it: a day and month without a year (--MM-dd, when neither the text nor
        // the article gives one) or a month (yyyy-MM) rather than nothing; full dates first, then those, then the undated.
        return all
            .Select(r => new TimelineEntry(DateOf(r), r))
            .OrderBy(e => e.Date is null).ThenBy(e => e.Date!.StartsWith("--", StringComparison.Ordinal)).ThenBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Relation.Edge.RelationId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The acts between two countries in either direction (each side's officials counted), bucketed by week or month
    /// of the day they happened: the text's full date, else the first report's publication date.</summary>
    public async Task<Trend> TrendAsync(string a, string b, IReadOnlyCollection<RelationType>? types, TrendInterval interval, CancellationToken ct = default)
    {
        var ab = (await RollUpAsync(a, RelationDirection.Outgoing, types, ct)).Where(r => r.CounterpartId == b);
        var ba = (await RollUpAsync(b, RelationDirection.Outgoing, types, ct)).Where(r => r.CounterpartId == a);
        var events = Events(ab.Concat(ba).DistinctBy(r => r.Edge.RelationId));
        var published = (await store.GetArticlesAsync(events.SelectMany(e => e.ArticleIds).Distinct().ToList(), ct))
            .Where(x => x.PublishedAt is not null).ToDictionary(x => x.Id, x => x.PublishedAt!.Value);
        DateOnly? DayOf(RolledUpEvent e) => Grouping.Acts.Day(e.Date) is { } day ? DateOnly.FromDayNumber(day)
            : e.ArticleIds.Where(published.ContainsKey).Select(id => (DateOnly?)published[id]).Min();
        var dated = events.Select(e => (Event: e, Day: DayOf(e))).ToList();
        var buckets = dated.Where(x => x.Day is not null).GroupBy(x => TrendBucket.StartOf(x.Day!.Value, interval)).OrderBy(g => g.Key)
            .Select(g => new TrendBucket(g.Key, TrendBucket.EndOf(g.Key, interval), g.OrderBy(x => x.Day).Select(x => x.Event).ToList())).ToList();
        return new Trend(buckets, dated.Where(x => x.Day is null).Select(x => x.Event).ToList());
    }

    /// <summary>A shortest chain of relations from one entity to another, walking edges either way; null when none within
    /// <paramref name="maxHops"/>. Searches from both ends over the pairs the store keeps (<see cref="IGraphStore.GetLinksAsync"/>),
    /// always widening the smaller side, asks first whether the side being widened touches the other (an index look-up per
    /// pair, so two neighbours a thousand relations each are found at once), and loads the evidence of the path's edges only.</summary>
    public async Task<IReadOnlyList<PathStep>?> PathAsync(string fromId, string toId, int maxHops = 4, CancellationToken ct = default)
    {
        maxHops = Math.Clamp(maxHops, 1, MaxHops);
        if (fromId == toId) return [];
        var forward = new Dictionary<string, EdgeStep?> { [fromId] = null };
        var backward = new Dictionary<string, EdgeStep?> { [toId] = null };
        List<string> forwardFrontier = [fromId], backwardFrontier = [toId];
        for (var hops = 0; hops < maxHops && forwardFrontier.Count > 0 && backwardFrontier.Count > 0; hops++)
        {
            var widenForward = forwardFrontier.Count <= backwardFrontier.Count;
            var (frontier, seen, other) = widenForward ? (forwardFrontier, forward, backward) : (backwardFrontier, backward, forward);
            // The meeting, when the frontier reaches the other side in one step: the first link by relation id, as a full
            // expansion would find it.
            if ((long)frontier.Count * other.Count <= MaxMeetPairs
                && (await store.GetLinksAsync(frontier, PathTypes, other.Keys, ct)).FirstOrDefault() is { } meeting)
            {
                seen[meeting.NeighbourId] = new EdgeStep(meeting.EntityId, meeting.RelationId);
                return await BuildPathAsync(forward, backward, meeting.NeighbourId, ct);
            }
            var next = new List<string>();
            string? meet = null;
            foreach (var link in await store.GetLinksAsync(frontier, PathTypes, null, ct))
            {
                if (seen.ContainsKey(link.NeighbourId)) continue;
                seen[link.NeighbourId] = new EdgeStep(link.EntityId, link.RelationId);
                next.Add(link.NeighbourId);
                if (other.ContainsKey(link.NeighbourId)) meet ??= link.NeighbourId;
            }
            if (meet is not null) return await BuildPathAsync(forward, backward, meet, ct);
            if (forward.Count + backward.Count > MaxPathNodes) return null;
            if (widenForward) forwardFrontier = next; else backwardFrontier = next;
        }
        return null;
    }

    /// <summary>The meeting look-up is asked when the frontier and the other side make at most this many pairs (each an index
    /// seek); beyond it the frontier's neighbours are read and compared in memory.</summary>
    private const int MaxMeetPairs = 4096;

    private sealed record EdgeStep(string Previous, string RelationId);

    private async Task<IReadOnlyList<PathStep>> BuildPathAsync(Dictionary<string, EdgeStep?> forward, Dictionary<string, EdgeStep?> backward, string meet, CancellationToken ct)
    {
        var chain = new List<(string From, string To, string Relation)>();
        for (var node = meet; forward[node] is { } step; node = step.Previous) chain.Insert(0, (step.Previous, node, step.RelationId));
        for (var node = meet; backward[node] is { } step; node = step.Previous) chain.Add((node, step.Previous, step.RelationId));
        var relations = (await store.GetRelationsAsync(chain.Select(c => c.Relation).Distinct().ToList(), ct)).ToDictionary(r => r.Id);
        return chain.Select(c => new PathStep(c.From, c.To, relations[c.Relation])).ToList();
    }

    private static readonly RelationType[] PathTypes = [.. Enum.GetValues<RelationType>().Except([RelationType.Mentions, RelationType.Said])];

    private Task<ILookup<string, string>> OfficialsAsync(IReadOnlyCollection<string> countryIds, CancellationToken ct) =>
        store.GetOfficialsAsync(countryIds, ct);

    private async Task<Dictionary<string, string>> CountryOfOfficialsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        new(await store.GetOfficeCountriesAsync(ids, ct));

    /// <summary>What a roll-up counts when no types are asked for: every event, not offices, mentions or reporting.</summary>
    private static readonly RelationType[] CountedByDefault =
        [.. Enum.GetValues<RelationType>().Except([RelationType.AffiliatedWith, RelationType.Mentions, RelationType.Said, RelationType.ReportedBy])];

    /// <summary>The day of an edge as relations(where:) reads it: the text's full date, else its article's (yyyy-MM-dd).</summary>
    private static string? DayOf(EdgeRef edge, IReadOnlyDictionary<string, Article> articles) =>
        FullDate(edge.Date) ?? articles.GetValueOrDefault(edge.ArticleId)?.PublishedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? FullDate(string? date) => date is { Length: 10 } && date[4] == '-' ? date : null;
}
