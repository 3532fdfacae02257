namespace Graph.Core;

/// <summary>Something a speaker said. Offsets index the article's original text:
/// <see cref="Start"/>..<see cref="End"/> are the words, the sentence offsets the sentence around them.
/// <see cref="Modality"/> is how the speech verb presents them: said, denied (نفى أن، لم يقل), to be said, or possibly said.</summary>
public sealed record Statement(
    string Id,
    string ArticleId,
    string? SpeakerId,
    string Text,
    StatementKind Kind,
    int Start,
    int End,
    int SentenceStart,
    int SentenceEnd,
    string Language,
    bool Headline = false,
    string? SourceId = null,
    Modality Modality = Modality.Asserted);
