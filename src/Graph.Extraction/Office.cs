namespace Graph.Extraction;

/// <summary>An office title from <c>offices.tsv</c>.</summary>
public sealed record Office(string Role, bool Government);
