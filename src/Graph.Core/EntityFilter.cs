namespace Graph.Core;

/// <summary>Which entities to list: by name (any label or alias, English or Arabic, folded) and type.</summary>
public sealed record EntityFilter(string? Name = null, EntityType? Type = null);
