namespace Graph.Core;

/// <summary>Where an entity is named in an article: UTF-16 offsets into the original text.
/// <see cref="Kind"/> is <c>name</c>, <c>title</c>, <c>demonym</c>, <c>capital</c> or <c>pronoun</c>.</summary>
public sealed record Mention(string EntityId, int Start, int End, string Kind, string Text);
