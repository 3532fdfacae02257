namespace Graph.Core;

/// <summary>Which end of an edge an entity stands on.</summary>
public enum RelationDirection
{
    Outgoing,
    Incoming,
    Both,
}
