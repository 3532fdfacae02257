namespace Graph.Core;

/// <summary>The store port. Every batch method takes many keys and answers in one round trip,
/// so GraphQL fields that follow a relation load in batches.</summary>
public interface IGraphStore
{
    /// <summary>Stores an article and its extraction in one transaction: all of it or nothing.
    /// Storing an article whose id is already stored changes nothing.</summary>
    Task<IngestOutcome> StoreAsync(Article article, ExtractionResult extraction, CancellationToken ct = default);

    /// <summary>Stores several articles in one transaction (each is still all or nothing, since the batch is).
    /// Stores without a faster way store them one by one.</summary>
    async Task<IReadOnlyList<IngestOutcome>> StoreBatchAsync(IReadOnlyList<(Article Article, ExtractionResult Extraction)> items, CancellationToken ct = default)
    {
        var outcomes = new List<IngestOutcome>(items.Count);
        foreach (var (article, extraction) in items) outcomes.Add(await StoreAsync(article, extraction, ct));
        return outcomes;
    }

    Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    Task<Page<Article>> ListArticlesAsync(int first, string? after, CancellationToken ct = default);

    Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    Task<Page<Entity>> FindEntitiesAsync(EntityFilter filter, int first, string? after, CancellationToken ct = default);

    /// <summary>Where each of the given articles names its entities, in text order.</summary>
    Task<ILookup<string, Mention>> GetMentionsByArticleAsync(IReadOnlyCollection<string> articleIds, CancellationToken ct = default);

    Task<IReadOnlyDictionary<string, int>> CountMentionsAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct = default);

    Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    Task<ILookup<string, Statement>> GetStatementsBySpeakerAsync(IReadOnlyCollection<string> speakerIds, CancellationToken ct = default);

    Task<ILookup<string, Statement>> GetStatementsByArticleAsync(IReadOnlyCollection<string> articleIds, CancellationToken ct = default);

    /// <summary>Relations whose subject (or object, or either) is one of the given entities, keyed by that entity;
    /// only of the given types when <paramref name="types"/> is not null.</summary>
    Task<ILookup<string, Relation>> GetRelationsByEntityAsync(IReadOnlyCollection<string> entityIds, RelationDirection direction,
        IReadOnlyCollection<RelationType>? types = null, CancellationToken ct = default);

    /// <summary>The edges of the given types at the given entities, without evidence: those the entities are the subject of
    /// (<see cref="RelationDirection.Outgoing"/>), the object of (<see cref="RelationDirection.Incoming"/>), or either; the most
    /// confident first, then by id (ordinal), so a roll-up keeps the store's order instead of sorting thousands of edges.</summary>
    Task<IReadOnlyList<EdgeRef>> GetEdgesAsync(IReadOnlyCollection<string> entityIds, IReadOnlyCollection<RelationType> types,
        RelationDirection direction = RelationDirection.Both, CancellationToken ct = default);

    /// <summary>The neighbours of the given entities over relations of these types, either way: each pair once, with the first
    /// relation (by id) joining it, ordered by that relation's id; only neighbours in <paramref name="among"/> when it is given.
    /// Read from the pairs the store keeps (one row per pair and type), so its cost follows the neighbours, not the relations.</summary>
    Task<IReadOnlyList<Link>> GetLinksAsync(IReadOnlyCollection<string> entityIds, IReadOnlyCollection<RelationType> types,
        IReadOnlyCollection<string>? among = null, CancellationToken ct = default);

    Task<ILookup<string, Relation>> GetRelationsByArticleAsync(IReadOnlyCollection<string> articleIds, CancellationToken ct = default);

    Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Relations filtered and ordered, one keyset page at a time.</summary>
    Task<Page<Relation>> QueryRelationsAsync(RelationQuery query, int first, string? after, CancellationToken ct = default);

    /// <summary>Ranked full-text search over statements (see <see cref="SearchTerms"/>), optionally by one speaker.</summary>
    Task<Page<ScoredStatement>> SearchStatementsAsync(string text, string? speakerId, int first, string? after, CancellationToken ct = default);

    /// <summary>The people who hold a government office for each of the given countries (<see cref="Roles.IsGovernment"/>).</summary>
    Task<ILookup<string, string>> GetOfficialsAsync(IReadOnlyCollection<string> countryIds, CancellationToken ct = default);

    /// <summary>For each of the given people who holds a government office, the country (the most confident when several).</summary>
    Task<IReadOnlyDictionary<string, string>> GetOfficeCountriesAsync(IReadOnlyCollection<string> personIds, CancellationToken ct = default);

    Task<GraphCounts> CountAsync(CancellationToken ct = default);

    /// <summary>Events by id, each with all its reports.</summary>
    Task<IReadOnlyList<Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        throw new NotSupportedException($"{GetType().Name} does not keep events yet.");

    /// <summary>Events filtered, the latest anchored first, one keyset page at a time.</summary>
    Task<Page<Event>> QueryEventsAsync(EventQuery query, int first, string? after, CancellationToken ct = default) =>
        throw new NotSupportedException($"{GetType().Name} does not keep events yet.");

    /// <summary>For each of the given statements, every stored statement of the same quote (<see cref="Grouping.SameQuote"/>:
    /// the same speaker and the same words), itself included, in the order stored.</summary>
    Task<ILookup<string, Statement>> GetSameQuotesAsync(IReadOnlyCollection<string> statementIds, CancellationToken ct = default) =>
        throw new NotSupportedException($"{GetType().Name} does not keep quotes yet.");

    /// <summary>The articles of each of the given stories.</summary>
    Task<ILookup<string, Article>> GetArticlesByStoryAsync(IReadOnlyCollection<string> storyIds, CancellationToken ct = default) =>
        throw new NotSupportedException($"{GetType().Name} does not keep stories yet.");

    /// <summary>Returns when the store can answer queries now and throws when it cannot; cheap, since readiness probes call it
    /// every few seconds. Stores without a cheaper check count.</summary>
    async Task CheckReadyAsync(CancellationToken ct = default) => await CountAsync(ct);
}
