using Graph.Core;

namespace Graph.Extraction;

/// <summary>An entity as the pipeline builds it up: names, and for a person the office and whom it is for.</summary>
public sealed class EntityDraft(string key, EntityType type, string name)
{
    public string Key { get; } = key;
    public EntityType Type { get; } = type;
    public string Name { get; set; } = name;
    public string? ArabicLabel { get; set; }
    /// <summary>Other names (<see cref="AddAlias"/> adds one); listed in ordinal order by <see cref="ToEntity"/>.</summary>
    public IReadOnlySet<string> Aliases => _aliases;

    private HashSet<string> _aliases = new(StringComparer.Ordinal);

    /// <summary>Whether <see cref="_aliases"/> is shared by a draft and its copy: the first new alias either adds makes it
    /// its own. A listed entity an article names mostly gains no alias the list lacks, so most copies never copy them.</summary>
    private bool _shared;

    /// <summary>The shared <see cref="_aliases"/> in ordinal order, sorted once for every copy (null when not worked out, and
    /// dropped when the draft gets aliases of its own): a listed country has dozens of aliases, and <see cref="ToEntity"/>
    /// sorted them again for every article that names it.</summary>
    private string[]? _sorted;

    public bool AddAlias(string alias)
    {
        if (_aliases.Contains(alias)) return false;
        if (_shared) (_aliases, _shared, _sorted) = (new HashSet<string>(_aliases, StringComparer.Ordinal), false, null);
        return _aliases.Add(alias);
    }
    public string? Iso2 { get; init; }
    public string? Iso3 { get; init; }
    public bool Transliterated { get; init; }
    public string? Role { get; set; }
    public string? RoleOf { get; set; }
    public bool Government { get; set; }

    public EntityDraft Copy()
    {
        // Written once: a listed entity's draft is copied by every thread that extracts.
        if (!_shared) _shared = true;
        if (_sorted is null)
        {
            var sorted = _aliases.ToArray();
            Array.Sort(sorted, StringComparer.Ordinal);
            _sorted = sorted;
        }
        return new EntityDraft(Key, Type, Name)
        {
            ArabicLabel = ArabicLabel, Iso2 = Iso2, Iso3 = Iso3, Transliterated = Transliterated,
            Role = Role, RoleOf = RoleOf, Government = Government, _aliases = _aliases, _shared = true, _sorted = _sorted,
        };
    }

    public Entity ToEntity()
    {
        var labels = new Dictionary<string, string> { ["en"] = Name };
        if (ArabicLabel is not null) labels["ar"] = ArabicLabel;
        var aliases = new List<string>(_aliases.Count);
        // Shared aliases come sorted already: leaving some out keeps the order.
        if (_sorted is { } sorted)
        {
            foreach (var a in sorted)
                if (a != Name && a != ArabicLabel) aliases.Add(a);
            return new Entity(Key, Type, Name, labels, aliases, Iso2, Iso3, Transliterated);
        }
        foreach (var a in _aliases)
            if (a != Name && a != ArabicLabel) aliases.Add(a);
        aliases.Sort(StringComparer.Ordinal);
        return new Entity(Key, Type, Name, labels, aliases, Iso2, Iso3, Transliterated);
    }
}
