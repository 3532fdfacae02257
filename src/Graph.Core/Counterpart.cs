namespace Graph.Core;

/// <summary>One counterpart of a country's roll-up, with every relation behind it.</summary>
public sealed record Counterpart(string EntityId, IReadOnlyList<RolledUpRelation> Relations);
