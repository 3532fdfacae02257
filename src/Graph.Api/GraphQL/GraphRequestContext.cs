using Graph.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.GraphQL;

/// <summary>The user context of one GraphQL request: what its resolvers and middleware share. The services resolvers ask
/// for are taken from the request's scope once, not once a field: a scope's look-up takes a lock, and a thousand fields
/// asking for their loaders cost a millisecond.</summary>
public sealed class GraphRequestContext(ResponseBudget budget, IServiceProvider services) : Dictionary<string, object?>
{
    private GraphLoaders? _loaders;
    private GraphQueries? _queries;
    private IGraphStore? _store;

    public ResponseBudget Budget { get; } = budget;

    public GraphLoaders Loaders => _loaders ??= services.GetRequiredService<GraphLoaders>();

    public GraphQueries Queries => _queries ??= services.GetRequiredService<GraphQueries>();

    public IGraphStore Store => _store ??= services.GetRequiredService<IGraphStore>();

    /// <summary>A service for a resolver: from the request's context, or from the scope when run outside the HTTP endpoint.</summary>
    public static T Service<T>(global::GraphQL.IResolveFieldContext c, Func<GraphRequestContext, T> pick) where T : notnull =>
        c.UserContext is GraphRequestContext r ? pick(r) : c.RequestServices!.GetRequiredService<T>();
}
