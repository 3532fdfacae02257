using Graph.Core;

namespace Graph.Extraction;

/// <summary>A relation cue from <c>cues.tsv</c>. <see cref="ObjectPrepositions"/>, when the line gives them, are the
/// prepositions its object may stand behind (قطع العلاقات مع X), instead of its type's usual ones.</summary>
public sealed record Cue(RelationType Type, CueFrame Frame, double Confidence, string[]? ObjectPrepositions = null);
