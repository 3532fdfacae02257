namespace Graph.Core;

/// <summary>A cursor that this list did not hand out.</summary>
public sealed class InvalidCursorException(string cursor)
    : ArgumentException($"The cursor '{cursor}' does not belong to this list; use a cursor from its pageInfo or edges.");
