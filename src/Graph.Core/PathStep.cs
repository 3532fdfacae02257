namespace Graph.Core;

/// <summary>One edge of a path, walked from <see cref="FromId"/> to <see cref="ToId"/> (possibly against the edge's direction).</summary>
public sealed record PathStep(string FromId, string ToId, Relation Relation);
