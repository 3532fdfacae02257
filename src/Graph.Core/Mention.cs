namespace Graph.Core;

/// <summary>Where an entity is named in an article: UTF-16 offsets into the original text.
/// <see cref="Kind"/> is <c>name</c>, <c>title</c>, <c>demonym</c>, <c>capital</c>, <c>institution</c>, <c>pronoun</c> or
/// <c>collective</c> (a bloc's plural demonym or noun phrase: العرب، الدول الغربية; no proper name).</summary>
public sealed record Mention(string EntityId, int Start, int End, string Kind, string Text);
