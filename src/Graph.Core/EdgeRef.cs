namespace Graph.Core;

/// <summary>An edge without its evidence: enough to walk the graph, count and rank.</summary>
public sealed record EdgeRef(string RelationId, string SubjectId, string ObjectId, RelationType Type, double Confidence);
