using Graph.Core;

namespace Graph.Extraction;

/// <summary>A span of tokens that names or points at an entity. <see cref="Kind"/> is the mention kind
/// (<c>name</c>, <c>title</c>, <c>demonym</c>, <c>pronoun</c>); <see cref="Actor"/> is false for a demonym
/// that only describes something (آلة الحرب الروسية) rather than standing for the country.</summary>
public sealed class EntityRef(int firstToken, int endToken, string entityKey, string kind)
{
    public int FirstToken { get; } = firstToken;
    public int EndToken { get; } = endToken;
    public string EntityKey { get; set; } = entityKey;
    public string Kind { get; } = kind;
    public bool Actor { get; set; } = kind != "demonym";
    /// <summary>For a title: the role it names and the country or body it is for, when the text says.</summary>
    public string? Role { get; init; }
    public string? RoleOf { get; init; }
    /// <summary>True when a preposition is attached to the first word (لروسيا، للصين): the reference is then not a subject.</summary>
    public bool Preposition { get; init; }
    /// <summary>How many folded letters of the first token are a clitic in front of the name (و in وبكين).</summary>
    public int Clitic { get; init; }
    /// <summary>True for a name set off by commas after a title (وزير الخارجية الإيراني، محمد جواد ظريف،): the commas say
    /// where it begins and ends, so no later step cuts it.</summary>
    public bool SetOff { get; init; }
    public EntityType? Type { get; set; }
}
