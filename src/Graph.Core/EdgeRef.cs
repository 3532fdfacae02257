namespace Graph.Core;

/// <summary>An edge without its evidence: enough to walk the graph, count and rank, and to tell one act from another
/// (its article and the date the text gives it).</summary>
public sealed record EdgeRef(string RelationId, string SubjectId, string ObjectId, RelationType Type, double Confidence, string ArticleId, string? Date,
    string? EventId = null);
