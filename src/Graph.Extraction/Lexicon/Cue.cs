using Graph.Core;

namespace Graph.Extraction;

/// <summary>A relation cue from <c>cues.tsv</c>.</summary>
public sealed record Cue(RelationType Type, string Frame, double Confidence);
