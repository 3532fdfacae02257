namespace Graph.Core;

/// <summary>Everything the extractor found in one text.</summary>
public sealed record ExtractionResult(
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Relation> Relations)
{
    public static readonly ExtractionResult Empty = new([], [], [], []);
}
