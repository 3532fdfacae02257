using System.Globalization;
using Graph.Core;

namespace Graph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<ILookup<string, Relation>> GetRelationsByEntityAsync(IReadOnlyCollection<string> entityIds, RelationDirection direction,
        IReadOnlyCollection<RelationType>? types = null, CancellationToken ct = default)
    {
        var ids = entityIds.Distinct().ToList();
        (string, object?)[] args = types is null ? [("ids", ids)] : [("ids", ids), ("types", types.Select(t => RelationTypeInfo.Of(t).Name).ToList())];
        var pairs = new List<(string Key, Relation Relation)>();
        if (direction is RelationDirection.Outgoing or RelationDirection.Both)
            pairs.AddRange((await RunAsync(Cypher.RelationsAt[("from", types is not null)], ct, args)).Records.Select(Read.Relation).Select(r => (r.SubjectId, r)));
        if (direction is RelationDirection.Incoming or RelationDirection.Both)
            pairs.AddRange((await RunAsync(Cypher.RelationsAt[("to", types is not null)], ct, args)).Records.Select(Read.Relation).Select(r => (r.ObjectId, r)));
        return pairs.DistinctBy(p => (p.Key, p.Relation.Id)).ToLookup(p => p.Key, p => p.Relation);
    }

    public async Task<IReadOnlyList<EdgeRef>> GetEdgesAsync(IReadOnlyCollection<string> entityIds, IReadOnlyCollection<RelationType> types,
        RelationDirection direction = RelationDirection.Both, CancellationToken ct = default) =>
        (await RunAsync(Cypher.Edges, ct, ("ids", entityIds.Distinct().ToList()), ("types", types.Select(t => RelationTypeInfo.Of(t).Name).ToList()),
            ("outgoing", direction != RelationDirection.Incoming), ("incoming", direction != RelationDirection.Outgoing)))
            .Records.Select(r => new EdgeRef(r.String("id"), r.String("subject"), r.String("object"), Read.Type(r.String("type")), r.Double("confidence"),
                r.String("article"), r.NullableString("date"), r.NullableString("event")))
            .ToList();

    public async Task<IReadOnlyList<Link>> GetLinksAsync(IReadOnlyCollection<string> entityIds, IReadOnlyCollection<RelationType> types,
        IReadOnlyCollection<string>? among = null, CancellationToken ct = default)
    {
        var args = new List<(string, object?)> { ("ids", entityIds.Distinct().ToList()), ("types", types.Select(t => RelationTypeInfo.Of(t).Name).ToList()) };
        if (among is not null) args.Add(("among", among.Distinct().ToList()));
        return (await RunAsync(Cypher.Links[among is not null], ct, [.. args]))
            .Records.Select(r => new Link(r.String("entity"), r.String("neighbour"), r.String("first"))).ToList();
    }

    public async Task<ILookup<string, Relation>> GetRelationsByArticleAsync(IReadOnlyCollection<string> articleIds, CancellationToken ct = default) =>
        (await RunAsync(Cypher.RelationsByArticle, ct, ("ids", articleIds.Distinct().ToList()))).Records.Select(Read.Relation).ToLookup(r => r.ArticleId);

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        (await RunAsync(Cypher.RelationsById, ct, ("ids", ids.Distinct().ToList()))).Records.Select(Read.Relation).ToList();

    public async Task<Page<Relation>> QueryRelationsAsync(RelationQuery query, int first, string? after, CancellationToken ct = default)
    {
        var shape = new RelationQueries.Shape(query.Types is { Count: > 0 } t ? [.. t] : null, query.SubjectId is not null, query.ObjectId is not null,
            query.Outlet is not null, query.MinConfidence is not null, query.DateFrom is not null, query.DateTo is not null);
        var filter = new List<(string, object?)>();
        if (query.SubjectId is not null) filter.Add(("subject", query.SubjectId));
        if (query.ObjectId is not null) filter.Add(("object", query.ObjectId));
        if (query.Outlet is not null) filter.Add(("outlet", query.Outlet));
        if (query.MinConfidence is not null) filter.Add(("min", query.MinConfidence));
        if (query.DateFrom is not null) filter.Add(("from", query.DateFrom));
        if (query.DateTo is not null) filter.Add(("to", query.DateTo));
        var total = (await RunAsync(RelationQueries.Count(shape), ct, [.. filter])).Records.Single().Int("n");
        var kind = "relation-" + query.Order;
        object? afterKey = null;
        string? afterSeq = null;
        if (Cursor.DecodeString(after, kind) is { } position)
        {
            var bar = position.LastIndexOf('|');
            if (bar < 0 || bar == position.Length - 1) throw new InvalidCursorException(after!);
            afterSeq = position[(bar + 1)..];
            var key = position[..bar];
            afterKey = query.Order switch
            {
                RelationOrder.ConfidenceDescending => double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) && double.IsFinite(c) ? c : throw new InvalidCursorException(after!),
                _ => key,
            };
        }
        if (afterSeq is not null)
        {
            if (query.Order != RelationOrder.Stored) filter.Add(("afterKey", afterKey));
            filter.Add(("afterSeq", afterSeq));
        }
        filter.Add(("take", first + 1));
        var rows = (await RunAsync(RelationQueries.Page(shape, query.Order, afterSeq is not null), ct, [.. filter])).Records.ToList();
        var items = rows.Take(first).Select(r =>
        {
            var relation = Read.Relation(r);
            var seq = (string)r.Map("props")["seq"]!;
            var key = Convert.ToString(r["k"], CultureInfo.InvariantCulture) ?? "";
            if (r["k"] is double d) key = d.ToString("R", CultureInfo.InvariantCulture);
            return new PageItem<Relation>(relation, Cursor.Encode(kind, $"{key}|{seq}"));
        }).ToList();
        return new Page<Relation>(items, rows.Count > first, after is not null, total);
    }

    public async Task<Page<ScoredStatement>> SearchStatementsAsync(string text, string? speakerId, int first, string? after, CancellationToken ct = default)
    {
        var terms = SearchTerms.Of(text).Distinct().ToList();
        if (terms.Count == 0) return new Page<ScoredStatement>([], false, false, 0);
        // Every term must occur (as in the SQLite store), and the speaker when given; each is quoted, so Lucene's syntax in a
        // term means nothing. The speaker's clause adds the same to every hit's score, so it leaves the order as it was.
        var clauses = terms.Select(t => "+terms:" + Quoted(t));
        if (speakerId is not null) clauses = clauses.Append("+speakerId:" + Quoted(speakerId));
        // The cursor is the number of hits before it: the procedure can skip them but cannot resume after a score.
        var skip = Cursor.DecodeLong(after, "search");
        if (skip < 0) throw new InvalidCursorException(after!);
        var row = (await RunAsync(Cypher.Search, ct, ("query", string.Join(' ', clauses)), ("skip", skip), ("take", first + 1))).Records.Single();
        var hits = row.List("hits").Cast<Dictionary<string, object?>>().ToList();
        var items = hits.Take(first).Select((h, i) => new PageItem<ScoredStatement>(
            new ScoredStatement(Read.Statement((Dictionary<string, object?>)h["props"]!), Convert.ToDouble(h["score"], CultureInfo.InvariantCulture)),
            Cursor.Encode("search", skip + i + 1))).ToList();
        return new Page<ScoredStatement>(items, hits.Count > first, skip > 0, row.Int("total"));
    }

    private static string Quoted(string term) => "\"" + term.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public async Task<ILookup<string, string>> GetOfficialsAsync(IReadOnlyCollection<string> countryIds, CancellationToken ct = default) =>
        (await RunAsync(Cypher.Officials, ct, ("ids", countryIds.Distinct().ToList()))).Records.ToLookup(r => r.String("country"), r => r.String("person"));

    public async Task<IReadOnlyDictionary<string, string>> GetOfficeCountriesAsync(IReadOnlyCollection<string> personIds, CancellationToken ct = default) =>
        (await RunAsync(Cypher.OfficeCountries, ct, ("ids", personIds.Distinct().ToList()))).Records
            .GroupBy(r => r.String("person")).ToDictionary(g => g.Key, g => g.First().String("country"));

    public async Task<GraphCounts> CountAsync(CancellationToken ct = default)
    {
        var r = (await RunAsync(Cypher.Counts, ct)).Records.Single();
        return new GraphCounts(r.Int("articles"), r.Int("entities"), r.Int("mentions"), r.Int("statements"), r.Int("relations"), r.Int("evidence"));
    }

    /// <summary>Ready when the schema is applied with every index online and the database answers <c>RETURN 1</c>; counting is
    /// left to <c>stats</c>. Does not wait for an index build: a probe must answer at once.</summary>
    public async Task CheckReadyAsync(CancellationToken ct = default)
    {
        var schema = EnsureSchemaAsync();
        if (schema.IsFaulted || schema.IsCanceled) await schema;
        if (!schema.IsCompletedSuccessfully) throw new Neo4jException(Neo4jException.NotReady, "the schema is being applied (indexes may be building; see the log).");
        await _client.RunAsync(Cypher.Ready, null, ct);
    }

    /// <summary>Deletes everything in the database: for tests, where each test owns its data.</summary>
    public async Task DeleteAllAsync(CancellationToken ct = default) => await RunAsync(Cypher.DeleteAll, ct);
}
