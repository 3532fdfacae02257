using Graph.Core;

namespace Graph.Api.GraphQL;

/// <summary>The request's batch loaders: every GraphQL field that follows a relation goes through one of these,
/// so a query over N parents makes one store call per field, not N.</summary>
public sealed class GraphLoaders(IGraphStore store, RecordCache cache)
{
    public BatchLoader<string, Entity> Entities { get; } = new(async (ids, ct) =>
        (await store.GetEntitiesAsync(ids, ct)).ToDictionary(e => e.Id));

    public BatchLoader<string, Article> Articles { get; } = new((ids, ct) => RecordCache.LoadAsync(cache.Articles, ids,
        async missing => (await store.GetArticlesAsync(missing, ct)).Select(a => (a.Id, a))));

    public BatchLoader<string, Statement> Statements { get; } = new((ids, ct) => RecordCache.LoadAsync(cache.Statements, ids,
        async missing => (await store.GetStatementsAsync(missing, ct)).Select(s => (s.Id, s))));

    public BatchLoader<string, Relation> Relations { get; } = new((ids, ct) => RecordCache.LoadAsync(cache.Relations, ids,
        async missing => (await store.GetRelationsAsync(missing, ct)).Select(r => (r.Id, r))));

    public BatchLoader<string, Event> Events { get; } = new(async (ids, ct) =>
        (await store.GetEventsAsync(ids, ct)).ToDictionary(e => e.Id));

    public BatchLoader<string, Article[]> ArticlesByStory { get; } = new(async (ids, ct) =>
        Group(ids, await store.GetArticlesByStoryAsync(ids, ct)));

    public BatchLoader<string, Statement[]> SameQuotes { get; } = new(async (ids, ct) =>
        Group(ids, await store.GetSameQuotesAsync(ids, ct)));

    public BatchLoader<string, int> MentionCounts { get; } = new(async (ids, ct) => await store.CountMentionsAsync(ids, ct));

    public BatchLoader<string, Statement[]> StatementsBySpeaker { get; } = new(async (ids, ct) =>
        Group(ids, await store.GetStatementsBySpeakerAsync(ids, ct)));

    public BatchLoader<string, Statement[]> StatementsByArticle { get; } = new(async (ids, ct) =>
        Group(ids, await store.GetStatementsByArticleAsync(ids, ct)));

    public BatchLoader<string, Relation[]> RelationsByArticle { get; } = new(async (ids, ct) =>
        Group(ids, await store.GetRelationsByArticleAsync(ids, ct)));

    public BatchLoader<string, Relation[]> OutgoingRelations { get; } = new(async (ids, ct) =>
        Group(ids, await store.GetRelationsByEntityAsync(ids, RelationDirection.Outgoing, null, ct)));

    public BatchLoader<string, Relation[]> IncomingRelations { get; } = new(async (ids, ct) =>
        Group(ids, await store.GetRelationsByEntityAsync(ids, RelationDirection.Incoming, null, ct)));

    private static IReadOnlyDictionary<string, T[]> Group<T>(IReadOnlyCollection<string> ids, ILookup<string, T> lookup) =>
        ids.ToDictionary(id => id, id => lookup[id].ToArray());
}
