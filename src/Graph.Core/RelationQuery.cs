namespace Graph.Core;

/// <summary>Which relations to list and in what order. Dates compare the date the text gives, else the article's date (yyyy-MM-dd).</summary>
public sealed record RelationQuery(
    IReadOnlyCollection<RelationType>? Types = null,
    string? SubjectId = null,
    string? ObjectId = null,
    string? DateFrom = null,
    string? DateTo = null,
    string? Outlet = null,
    double? MinConfidence = null,
    RelationOrder Order = RelationOrder.Stored);
