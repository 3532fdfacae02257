using Graph.Core;

namespace Graph.Api.Tests;

/// <summary>The real store, with a count of the calls made to it: what the batching test measures.</summary>
public sealed class CountingStore(IGraphStore inner) : IGraphStore
{
    private int _calls;

    public int Calls => _calls;

    public void Reset() => Interlocked.Exchange(ref _calls, 0);

    private T Count<T>(T result)
    {
        Interlocked.Increment(ref _calls);
        return result;
    }

    public Task<IngestOutcome> StoreAsync(Article article, ExtractionResult extraction, CancellationToken ct = default) => inner.StoreAsync(article, extraction, ct);
    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetArticlesAsync(ids, ct));
    public Task<Page<Article>> ListArticlesAsync(int first, string? after, CancellationToken ct = default) => Count(inner.ListArticlesAsync(first, after, ct));
    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetEntitiesAsync(ids, ct));
    public Task<Page<Entity>> FindEntitiesAsync(EntityFilter filter, int first, string? after, CancellationToken ct = default) => Count(inner.FindEntitiesAsync(filter, first, after, ct));
    public Task<ILookup<string, Mention>> GetMentionsByArticleAsync(IReadOnlyCollection<string> articleIds, CancellationToken ct = default) => Count(inner.GetMentionsByArticleAsync(articleIds, ct));
    public Task<IReadOnlyDictionary<string, int>> CountMentionsAsync(IReadOnlyCollection<string> entityIds, CancellationToken ct = default) => Count(inner.CountMentionsAsync(entityIds, ct));
    public Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetStatementsAsync(ids, ct));
    public Task<ILookup<string, Statement>> GetStatementsBySpeakerAsync(IReadOnlyCollection<string> speakerIds, CancellationToken ct = default) => Count(inner.GetStatementsBySpeakerAsync(speakerIds, ct));
    public Task<ILookup<string, Statement>> GetStatementsByArticleAsync(IReadOnlyCollection<string> articleIds, CancellationToken ct = default) => Count(inner.GetStatementsByArticleAsync(articleIds, ct));
    public Task<ILookup<string, Relation>> GetRelationsByEntityAsync(IReadOnlyCollection<string> entityIds, RelationDirection direction, IReadOnlyCollection<RelationType>? types = null, CancellationToken ct = default) => Count(inner.GetRelationsByEntityAsync(entityIds, direction, types, ct));
    public Task<ILookup<string, Relation>> GetRelationsByArticleAsync(IReadOnlyCollection<string> articleIds, CancellationToken ct = default) => Count(inner.GetRelationsByArticleAsync(articleIds, ct));
    public Task<IReadOnlyList<Link>> GetLinksAsync(IReadOnlyCollection<string> entityIds, IReadOnlyCollection<RelationType> types, IReadOnlyCollection<string>? among = null, CancellationToken ct = default) => Count(inner.GetLinksAsync(entityIds, types, among, ct));
    public Task<IReadOnlyList<EdgeRef>> GetEdgesAsync(IReadOnlyCollection<string> entityIds, IReadOnlyCollection<RelationType> types, RelationDirection direction = RelationDirection.Both, CancellationToken ct = default) => Count(inner.GetEdgesAsync(entityIds, types, direction, ct));
    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetRelationsAsync(ids, ct));
    public Task<Page<Relation>> QueryRelationsAsync(RelationQuery query, int first, string? after, CancellationToken ct = default) => Count(inner.QueryRelationsAsync(query, first, after, ct));
    public Task<Page<ScoredStatement>> SearchStatementsAsync(string text, string? speakerId, int first, string? after, CancellationToken ct = default) => Count(inner.SearchStatementsAsync(text, speakerId, first, after, ct));
    public Task<ILookup<string, string>> GetOfficialsAsync(IReadOnlyCollection<string> countryIds, CancellationToken ct = default) => Count(inner.GetOfficialsAsync(countryIds, ct));
    public Task<IReadOnlyDictionary<string, string>> GetOfficeCountriesAsync(IReadOnlyCollection<string> personIds, CancellationToken ct = default) => Count(inner.GetOfficeCountriesAsync(personIds, ct));
    public Task<GraphCounts> CountAsync(CancellationToken ct = default) => Count(inner.CountAsync(ct));
    public Task<IReadOnlyList<Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetEventsAsync(ids, ct));
    public Task<Page<Event>> QueryEventsAsync(EventQuery query, int first, string? after, CancellationToken ct = default) => Count(inner.QueryEventsAsync(query, first, after, ct));
    public Task<ILookup<string, Statement>> GetSameQuotesAsync(IReadOnlyCollection<string> statementIds, CancellationToken ct = default) => Count(inner.GetSameQuotesAsync(statementIds, ct));
    public Task<ILookup<string, Article>> GetArticlesByStoryAsync(IReadOnlyCollection<string> storyIds, CancellationToken ct = default) => Count(inner.GetArticlesByStoryAsync(storyIds, ct));
}
