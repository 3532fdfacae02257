namespace Graph.Core;

/// <summary>Which entities to list: by name (any label or alias, English or Arabic, folded), by the start of a name
/// (for suggestions as one types), and by type.</summary>
public sealed record EntityFilter(string? Name = null, EntityType? Type = null, string? NameStartsWith = null);
