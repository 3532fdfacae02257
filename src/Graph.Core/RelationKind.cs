namespace Graph.Core;

/// <summary>The broad family an edge belongs to; used for colouring and grouping.</summary>
public enum RelationKind
{
    Speech,
    Cooperation,
    Conflict,
    Membership,
}
