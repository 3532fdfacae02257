namespace Graph.Core;

/// <summary>An entity and a neighbour joined by at least one relation (either way), with the first such relation by id:
/// what a path search walks (the store keeps one row per pair and type, not every relation).</summary>
public sealed record Link(string EntityId, string NeighbourId, string RelationId);
