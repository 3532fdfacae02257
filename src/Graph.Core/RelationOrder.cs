namespace Graph.Core;

/// <summary>Orders for relation lists; every order ends on the storage sequence, so it is total and cursors are stable.</summary>
public enum RelationOrder
{
    /// <summary>Oldest stored first.</summary>
    Stored,
    /// <summary>Most confident first.</summary>
    ConfidenceDescending,
    /// <summary>Earliest date first (undated last).</summary>
    DateAscending,
    /// <summary>Latest date first (undated last).</summary>
    DateDescending,
}
