namespace Graph.Core;

/// <summary>Why an edge exists: the sentence (with its offsets) and the cue span inside it,
/// and the statement when the edge comes from something someone said.</summary>
public sealed record Evidence(
    string Sentence,
    int SentenceStart,
    int SentenceEnd,
    int Start,
    int End,
    string? StatementId = null);
