namespace Graph.Core;

/// <summary>A typed edge found in one article. Its id is derived from the article, the type and both ends,
/// so storing the same article twice yields the same relation.</summary>
public sealed record Relation(
    string Id,
    string ArticleId,
    RelationType Type,
    string SubjectId,
    string ObjectId,
    double Confidence,
    IReadOnlyList<Evidence> Evidence,
    Modality Modality = Modality.Asserted,
    string? Date = null,
    string? Role = null)
{
    public RelationTypeInfo Info => RelationTypeInfo.Of(Type);

    /// <summary>The event (one act, however many articles report it) this relation reports, once stored; null for an office,
    /// a mention or reporting.</summary>
    public string? EventId { get; init; }
}
