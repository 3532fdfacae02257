using System.Globalization;
using Graph.Core;

namespace Graph.Storage.Neo4j;

/// <summary>The graph in Neo4j, over its HTTP Query API. Nodes: <c>:Article</c>, <c>:Statement</c>, and <c>:Entity</c> with
/// its ontology label (<c>:Person</c>, <c>:Country</c>, <c>:Organization</c>, <c>:Bloc</c>, <c>:Place</c>). Edges: one relationship
/// type per ontology type, carrying its evidence as properties; <c>(:Article)-[:MENTIONS]->(entity)</c>,
/// <c>(speaker)-[:SAID]->(:Statement)-[:IN_ARTICLE]->(:Article)</c> and <c>(:Statement)-[:REPORTED_BY]->(outlet)</c>; stories and
/// events as <see cref="GroupingStatements"/> describes (<c>:Event</c>, <c>:StoryBand</c>, <c>:StoryActor</c>).
/// One article or one batch is one explicit transaction; every write MERGEs on a stable id, and no write takes a shared lock.</summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IDisposable
{
    private readonly QueryApiClient _client;
    private readonly Neo4jOptions _options;
    private readonly Action<string>? _log;
    private readonly Lock _schemaLock = new();
    private Task? _schema;

    /// <param name="log">Where start-up progress goes (index builds), one line at a time.</param>
    public Neo4jGraphStore(Neo4jOptions options, HttpMessageHandler? handler = null, Action<string>? log = null)
    {
        _client = new QueryApiClient(options, handler);
        _options = options;
        _log = log;
    }

    /// <summary>Applies the schema once, before the first statement; after a failure (the server was down) the next call tries again.</summary>
    public Task EnsureSchemaAsync()
    {
        lock (_schemaLock)
        {
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled) _schema = Neo4jSchema.ApplyAsync(_client, _options, _log);
            return _schema;
        }
    }

    public async Task<IngestOutcome> StoreAsync(Article article, ExtractionResult extraction, CancellationToken ct = default) =>
        (await StoreTogetherAsync([(article, extraction)], ct)).Single();

    /// <summary>A batch in one explicit transaction: one <c>UNWIND</c> statement per kind of row for all its articles. When
    /// the batch cannot be stored (one bad article), it is rolled back and its articles are stored one by one, so only the bad
    /// one fails.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> StoreBatchAsync(IReadOnlyList<(Article Article, ExtractionResult Extraction)> items, CancellationToken ct = default)
    {
        try
        {
            return await StoreTogetherAsync(items, ct);
        }
        catch (Exception e) when (items.Count > 1 && e is InvalidOperationException or Neo4jException { IsTransient: false, Code: not Neo4jException.Timeout })
        {
            var outcomes = new List<IngestOutcome>(items.Count);
            foreach (var (article, extraction) in items) outcomes.Add(await StoreAsync(article, extraction, ct));
            return outcomes;
        }
    }

    /// <summary>Stores the items in one transaction; an article stored before comes back as it is stored, "unchanged".</summary>
    private async Task<IReadOnlyList<IngestOutcome>> StoreTogetherAsync(IReadOnlyList<(Article Article, ExtractionResult Extraction)> items, CancellationToken ct)
    {
        await EnsureSchemaAsync();
        // The first of two items with one id is the one stored; the other is "unchanged", as when stored one after the other.
        var unique = items.DistinctBy(i => i.Article.Id).ToList();
        var created = await _client.InTransactionAsync((tx, token) => WriteAsync(tx, unique, token), ct);
        var unchanged = items.Select(i => i.Article.Id).Where(id => !created.Contains(id)).ToList();
        var stored = unchanged.Count == 0 ? [] : (await GetArticlesAsync(unchanged, ct)).ToDictionary(a => a.Id);
        return items.Select(i => created.Remove(i.Article.Id)
            ? new IngestOutcome(i.Article, true, i.Extraction.Entities.Count, i.Extraction.Statements.Count, i.Extraction.Relations.Count)
            : new IngestOutcome(stored.TryGetValue(i.Article.Id, out var a) ? a : i.Article, false, 0, 0, 0)).ToList();
    }

    private static async Task<HashSet<string>> WriteAsync(Neo4jTransaction tx, List<(Article Article, ExtractionResult Extraction)> items, CancellationToken ct)
    {
        var articles = ArticleWrites.Articles(items.Select(i => i.Article).ToList(), Guid.NewGuid().ToString("N"));
        var merged = await tx.RunAsync(articles.Statement, articles.Parameters, ct);
        var created = merged.Records.Where(r => r.Bool("created")).Select(r => r.String("id")).ToHashSet();
        if (created.Count == 0) return created;
        var fresh = items.Where(i => created.Contains(i.Article.Id)).ToList();
        // Stories and events are decided before the relations are written, so each relation is written with its event.
        var grouping = await Grouping.PlanAsync(tx, fresh.Select(i => (i.Article, i.Extraction.Relations, i.Extraction.Entities.Select(e => e.Id))).ToList(), ct);
        foreach (var step in ArticleWrites.Contents(fresh, grouping.EventIds))
        {
            var result = await tx.RunAsync(step.Statement, step.Parameters, ct);
            // A row whose node is missing matches nothing; then the whole transaction is rolled back rather than stored in part.
            if (step.Rows > 0 && result.Records.Single().Long("written") is var written && written != step.Rows)
                throw new InvalidOperationException($"Only {written} of {step.Rows} {step.What} could be written; {(items.Count == 1 ? "the article was" : "the batch was")} not stored.");
        }
        await tx.RunAsync(GroupingStatements.Write, grouping.Parameters, ct);
        return created;
    }

    public async Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        (await RunAsync(Cypher.ArticlesById, ct, ("ids", ids.Distinct().ToList()))).Records.Select(Read.Article).ToList();

    public async Task<Page<Article>> ListArticlesAsync(int first, string? after, CancellationToken ct = default)
    {
        var afterSeq = Cursor.DecodeString(after, "article");
        var rows = (await RunAsync(Cypher.ArticlePage, ct, ("after", afterSeq ?? ""), ("take", first + 1))).Records.ToList();
        var total = (await RunAsync(Cypher.ArticleCount, ct)).Records.Single().Int("n");
        var items = rows.Take(first).Select(r => new PageItem<Article>(Read.Article(r), Cursor.Encode("article", r.String("seq")))).ToList();
        return new Page<Article>(items, rows.Count > first, afterSeq is not null, total);
    }

    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        (await RunAsync(Cypher.EntitiesById, ct, ("ids", ids.Distinct().ToList()))).Records.Select(r => Read.Entity(r.Map("props"))).ToList();

    public async Task<Page<Entity>> FindEntitiesAsync(EntityFilter filter, int first, string? after, CancellationToken ct = default)
    {
        var afterId = Cursor.DecodeString(after, "entity");
        var prefix = string.IsNullOrWhiteSpace(filter.NameStartsWith) ? null : ArabicFolding.Key(filter.NameStartsWith);
        var key = string.IsNullOrWhiteSpace(filter.Name) ? null : ArabicFolding.Key(filter.Name);
        prefix = prefix is { Length: > 0 } ? prefix : null;
        var where = new List<(string, object?)>();
        if (key is not null) where.Add(("key", key));
        if (prefix is not null) where.Add(("prefix", prefix));
        var total = (await RunAsync(EntityQueries.Count(filter.Type, key is not null, prefix is not null), ct, [.. where])).Records.Single().Int("n");
        var rows = (await RunAsync(EntityQueries.Page(filter.Type, key is not null, prefix is not null), ct, [.. where, ("after", afterId ?? ""), ("take", first + 1)]))
            .Records.Select(r => Read.Entity(r.Map("props"))).ToList();
        var items = rows.Take(first).Select(e => new PageItem<Entity>(e, Cursor.Encode("entity", e.Id))).ToList();
        return new Page<Entity>(items, rows.Count > first, afterId is not null, total);
    }

    public async Task<ILookup<string, Mention>> GetMentionsByArticleAsync(IReadOnlyCollection<string> articleIds, CancellationToken ct = default) =>
        (await RunAsync(Cypher.MentionsByArticle, ct, ("ids", articleIds.Distinct().ToList()))).Records
            .ToLookup(r => r.String("article"), r => new Mention(r.String("entity"), r.Int("start"), r.Int("end"), r.String("kind"), r.String("text")));

    public async Task<IReadOnlyDictionary<string, int>> CountMentionsAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct = default)
    {
        var counts = (await RunAsync(Cypher.MentionCounts, ct, ("ids", entityIds.Distinct().ToList()))).Records
            .ToDictionary(r => r.String("id"), r => r.Int("n"));
        return entityIds.Distinct().ToDictionary(id => id, id => counts.GetValueOrDefault(id));
    }

    public async Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        (await RunAsync(Cypher.StatementsById, ct, ("ids", ids.Distinct().ToList()))).Records.Select(r => Read.Statement(r.Map("props"))).ToList();

    public async Task<ILookup<string, Statement>> GetStatementsBySpeakerAsync(IReadOnlyCollection<string> speakerIds, CancellationToken ct = default) =>
        (await RunAsync(Cypher.StatementsBySpeaker, ct, ("ids", speakerIds.Distinct().ToList()))).Records
            .Select(r => Read.Statement(r.Map("props"))).ToLookup(s => s.SpeakerId!);

    public async Task<ILookup<string, Statement>> GetStatementsByArticleAsync(IReadOnlyCollection<string> articleIds, CancellationToken ct = default) =>
        (await RunAsync(Cypher.StatementsByArticle, ct, ("ids", articleIds.Distinct().ToList()))).Records
            .Select(r => Read.Statement(r.Map("props"))).ToLookup(s => s.ArticleId);

    private async Task<Neo4jResult> RunAsync(CypherStatement statement, CancellationToken ct, params (string Name, object? Value)[] args)
    {
        await EnsureSchemaAsync();
        return await _client.RunAsync(statement, Args(args), ct);
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] args) =>
        args.ToDictionary(a => a.Name, a => a.Value);

    public void Dispose() => _client.Dispose();
}
