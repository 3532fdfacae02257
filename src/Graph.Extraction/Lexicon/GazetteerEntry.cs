using Graph.Core;

namespace Graph.Extraction;

/// <summary>One phrase the gazetteer knows: the entity it names and how (<c>name</c>, <c>demonym</c>, …).
/// <see cref="NeedsFullName"/>: a short alias that counts only once the full name has appeared in the text.</summary>
public sealed record GazetteerEntry(string EntityKey, string Kind, bool NeedsFullName = false)
{
    /// <summary>The entity's type, set once the gazetteer has its drafts: the tagger's features ask it of every listed name
    /// they meet, which otherwise costs a look-up by key each time.</summary>
    internal EntityType? Type { get; set; }
}
