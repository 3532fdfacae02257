namespace Graph.Core;

/// <summary>How big the stored graph is.</summary>
public sealed record GraphCounts(int Articles, int Entities, int Mentions, int Statements, int Relations, int Evidence);
