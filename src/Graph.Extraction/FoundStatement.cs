using Graph.Core;

namespace Graph.Extraction;

/// <summary>A statement found in the text, before ids are assigned: token span of the words and the speaker's entity key;
/// <see cref="Modality"/> is how the speech verb presents it (لم يقل، نفى أن: negated; سيقول: future).</summary>
public sealed record FoundStatement(int FirstToken, int EndToken, string? SpeakerKey, StatementKind Kind, int Sentence, bool Headline, string? SourceKey,
    Modality Modality = Modality.Asserted);
