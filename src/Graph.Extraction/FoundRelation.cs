using Graph.Core;

namespace Graph.Extraction;

/// <summary>A relation found in the text: both ends as entity keys, the cue's token span and the statement it came from.</summary>
public sealed record FoundRelation(
    RelationType Type, string SubjectKey, string ObjectKey, int Sentence, int CueFirst, int CueEnd, double Confidence,
    int? StatementIndex = null, Modality Modality = Modality.Asserted, string? Role = null, string? Date = null);
