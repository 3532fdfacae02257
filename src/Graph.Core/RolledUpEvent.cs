namespace Graph.Core;

/// <summary>One act counted for a country: the relations of one article with the same type and counterpart after the
/// roll-up (the country's and its officials' alike: a headline, its lead and the minister's own act in the body report one
/// act), unless the text gives them different dates. <see cref="Date"/> is the text's date when it gives one.</summary>
public sealed record RolledUpEvent(string CountryId, string CounterpartId, RelationType Type, string ArticleId, string? Date,
    IReadOnlyList<RolledUpRelation> Relations)
{
    /// <summary>Everyone who acted for the country in this act: the country itself (null) or its officials.</summary>
    public IReadOnlyList<string?> Via => Relations.Select(r => r.Via).Distinct().ToList();
}
