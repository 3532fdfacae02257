namespace Graph.Core;

/// <summary>One page of a keyset-paged list. Cursors are opaque strings the store hands out and takes back.</summary>
public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, bool HasNextPage, bool HasPreviousPage, int TotalCount);

public sealed record PageItem<T>(T Node, string Cursor);
