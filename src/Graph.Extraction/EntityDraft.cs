using Graph.Core;

namespace Graph.Extraction;

/// <summary>An entity as the pipeline builds it up: names, and for a person the office and whom it is for.</summary>
public sealed class EntityDraft(string key, EntityType type, string name)
{
    public string Key { get; } = key;
    public EntityType Type { get; } = type;
    public string Name { get; set; } = name;
    public string? ArabicLabel { get; set; }
    /// <summary>Other names; listed in ordinal order by <see cref="ToEntity"/>.</summary>
    public HashSet<string> Aliases { get; private init; } = new(StringComparer.Ordinal);
    public string? Iso2 { get; init; }
    public string? Iso3 { get; init; }
    public bool Transliterated { get; init; }
    public string? Role { get; set; }
    public string? RoleOf { get; set; }
    public bool Government { get; set; }

    public EntityDraft Copy()
    {
        var copy = new EntityDraft(Key, Type, Name)
        {
            ArabicLabel = ArabicLabel, Iso2 = Iso2, Iso3 = Iso3, Transliterated = Transliterated,
            Role = Role, RoleOf = RoleOf, Government = Government, Aliases = new HashSet<string>(Aliases, StringComparer.Ordinal),
        };
        return copy;
    }

    public Entity ToEntity()
    {
        var labels = new Dictionary<string, string> { ["en"] = Name };
        if (ArabicLabel is not null) labels["ar"] = ArabicLabel;
        var aliases = new List<string>(Aliases.Count);
        foreach (var a in Aliases)
            if (a != Name && a != ArabicLabel) aliases.Add(a);
        aliases.Sort(StringComparer.Ordinal);
        return new Entity(Key, Type, Name, labels, aliases, Iso2, Iso3, Transliterated);
    }
}
