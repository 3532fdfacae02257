namespace Graph.Core;

/// <summary>A relation between two countries on a timeline: its date (the text's, else the article's) and Goldstein weight.</summary>
public sealed record TimelineEntry(string? Date, RolledUpRelation Relation)
{
    public double? Goldstein => RelationTypeInfo.Of(Relation.Edge.Type).Goldstein;
}
