using global::GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.GraphQL;

internal static class Loaders
{
    public static GraphLoaders Of(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphLoaders>();
}
