namespace Graph.Core;

/// <summary>A source document. <see cref="Id"/> is <c>Article:</c> + SHA-256 of the normalised text.</summary>
public sealed record Article(
    string Id,
    string Text,
    string? Title,
    string? Url,
    string? Outlet,
    DateOnly? PublishedAt,
    string Language)
{
    /// <summary>The story the article reports (shared with the other articles that report it), once stored.</summary>
    public string? StoryId { get; init; }
}
