using global::GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.GraphQL;

internal static class Loaders
{
    public static GraphLoaders Of(IResolveFieldContext context) =>
        GraphRequestContext.Service(context, r => r.Loaders);
}
