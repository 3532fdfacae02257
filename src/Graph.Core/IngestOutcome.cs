namespace Graph.Core;

/// <summary>What storing one article did: <see cref="Created"/> is false when the article was already stored
/// (same normalised text), in which case nothing changed.</summary>
public sealed record IngestOutcome(Article Article, bool Created, int Entities, int Statements, int Relations);
