namespace Graph.Core;

/// <summary>An article as a user hands it in, before it has an id.</summary>
public sealed record ArticleInput(
    string Text,
    string? Title = null,
    string? Url = null,
    string? Outlet = null,
    DateOnly? PublishedAt = null,
    string? Language = null);
