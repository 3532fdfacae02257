namespace Graph.Core;

/// <summary>A search hit: the statement and its relevance (higher is better).</summary>
public sealed record ScoredStatement(Statement Statement, double Score);
