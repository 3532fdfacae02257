namespace Graph.Core;

/// <summary>One act counted for a country: within an article, the relations with the same type and counterpart after the
/// roll-up (the country's and its officials' alike: a headline, its lead and the minister's own act in the body report one
/// act) unless the text dates them differently; across articles, those the store grouped into one <see cref="Event"/>
/// (the same act reported again, by the same or another outlet). <see cref="Date"/> is the text's date when it gives one.</summary>
public sealed record RolledUpEvent(string CountryId, string CounterpartId, RelationType Type, string? Date, IReadOnlyList<RolledUpRelation> Relations)
{
    /// <summary>Everyone who acted for the country in this act: the country itself (null) or its officials.</summary>
    public IReadOnlyList<string?> Via => Relations.Select(r => r.Via).Distinct().ToList();

    /// <summary>The articles that report it, in the order of its relations.</summary>
    public IReadOnlyList<string> ArticleIds => Relations.Select(r => r.Edge.ArticleId).Distinct(StringComparer.Ordinal).ToList();
}
