using global::GraphQL;
using global::GraphQL.Types;
using global::GraphQL.Types.Relay;
using Graph.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.GraphQL;

public sealed partial class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Read the knowledge graph: articles, entities, what they said and what they did to each other.";

        Field<NodeInterface>("node").Description("Any node by its global id (Relay).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id such as Country:RUS or Article:….")
            .Resolve(c => Node(c, c.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes").Description("Several nodes by id, in the order asked; null where an id is unknown.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > Paging.MaxPageSize)
                    throw new ExecutionError($"At most {Paging.MaxPageSize} ids at once; {ids.Count} were given.") { Code = "BAD_PAGE_SIZE" };
                var results = ids.Select(id => Node(c, id)).ToList();
                var list = new List<object?>();
                foreach (var r in results) list.Add(r is null ? null : await r.GetResultAsync());
                return list;
            });

        Field<NonNullGraphType<ConnectionType<ArticleType>>>("articles").Description("Stored articles, oldest first.")
            .Argument<IntGraphType>("first", $"Page size (default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize}).")
            .Argument<StringGraphType>("after", "A cursor from a previous page.")
            .ResolveAsync(async c => Paging.ToConnection(await Store(c).ListArticlesAsync(Paging.First(c), c.GetArgument<string?>("after"), c.CancellationToken)));
        Field<ArticleType>("article").Description("One article by id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Article:<sha256>.")
            .Resolve(c => Loaders.Of(c).Articles.Load(c.GetArgument<string>("id")).Then(a => a ?? throw NotFound(c)));

        Field<NonNullGraphType<EntityConnectionType>>("entities").Description("Entities, ordered by id, optionally filtered by name and kind.")
            .Argument<EntityFilterInputType>("where", "Name and kind filters.")
            .Argument<IntGraphType>("first", $"Page size (default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize}).")
            .Argument<StringGraphType>("after", "A cursor from a previous page.")
            .ResolveAsync(async c =>
            {
                var where = c.GetArgument<Dictionary<string, object?>?>("where");
                var filter = new EntityFilter(where?.GetValueOrDefault("name") as string, where?.GetValueOrDefault("kind") as EntityType?,
                    where?.GetValueOrDefault("nameStartsWith") as string);
                return Paging.ToConnection(await Store(c).FindEntitiesAsync(filter, Paging.First(c), c.GetArgument<string?>("after"), c.CancellationToken));
            });
        Field<EntityInterface>("entity").Description("One entity by id, or by any name (English or Arabic, any alias): entity(name: \"روسيا\").")
            .Argument<IdGraphType>("id", "The entity id.")
            .Argument<StringGraphType>("name", "Any name, label or alias.")
            .Argument<EntityKindEnum>("kind", "Only this label, when looking up by name.")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string?>("id");
                if (id is not null) return await Loaders.Of(c).Entities.Load(id).GetResultAsync() ?? throw NotFound(c);
                var name = c.GetArgument<string?>("name") ?? throw new ExecutionError("Give an id or a name.") { Code = "BAD_USER_INPUT" };
                return await ResolveEntity(c, name, c.GetArgument<EntityType?>("kind")) ?? throw new ExecutionError($"No entity is named '{name}'.") { Code = "NOT_FOUND" };
            });
        Field<NonNullGraphType<GraphStatsType>>("stats").Description("How big the graph is.")
            .ResolveAsync(async c => await Store(c).CountAsync(c.CancellationToken));
        AddAnalysisFields();
    }

    private static IGraphStore Store(IResolveFieldContext c) => GraphRequestContext.Service(c, r => r.Store);

    private static ExecutionError NotFound(IResolveFieldContext c) =>
        new($"Nothing has the id '{c.GetArgument<string>("id")}'.") { Code = "NOT_FOUND" };

    private static global::GraphQL.DataLoader.IDataLoaderResult<object?>? Node(IResolveFieldContext c, string id)
    {
        var loaders = Loaders.Of(c);
        return Ids.LabelOf(id) switch
        {
            "Article" => loaders.Articles.Load(id).Then(a => (object?)a),
            "Statement" => loaders.Statements.Load(id).Then(s => (object?)s),
            "Relation" => loaders.Relations.Load(id).Then(r => (object?)r),
            "Person" or "Country" or "Organization" or "Bloc" or "Place" => loaders.Entities.Load(id).Then(e => (object?)e),
            _ => throw new ExecutionError($"'{id}' is not a Graph id: ids look like Country:RUS or Article:<sha256>.") { Code = "BAD_ID" },
        };
    }
}
