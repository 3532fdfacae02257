namespace Graph.Core;

/// <summary>A named node: person, country, organisation, bloc or place.
/// <see cref="Labels"/> maps a language code (<c>en</c>, <c>ar</c>) to the preferred label;
/// <see cref="Aliases"/> holds every other surface form seen or known.</summary>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<string> Aliases,
    string? Iso2 = null,
    string? Iso3 = null,
    bool NameIsTransliteration = false);
