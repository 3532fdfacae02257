using global::GraphQL;
using global::GraphQL.Types.Relay.DataObjects;
using Graph.Core;

namespace Graph.Api.GraphQL;

/// <summary>Page-size rules and the mapping from a store page to a Relay connection.</summary>
internal static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static int First(IResolveFieldContext context)
    {
        var first = context.GetArgument("first", DefaultPageSize);
        if (first < 0 || first > MaxPageSize)
            throw new ExecutionError($"'first' must be between 0 and {MaxPageSize}; it was {first}.") { Code = "BAD_PAGE_SIZE" };
        return first;
    }

    public static Connection<T> ToConnection<T>(Page<T> page) => new()
    {
        TotalCount = page.TotalCount,
        Edges = page.Items.Select(i => new Edge<T> { Node = i.Node, Cursor = i.Cursor }).ToList(),
        PageInfo = new PageInfo
        {
            HasNextPage = page.HasNextPage,
            HasPreviousPage = page.HasPreviousPage,
            StartCursor = page.Items.FirstOrDefault()?.Cursor,
            EndCursor = page.Items.LastOrDefault()?.Cursor,
        },
    };
}
