using Graph.Core;

namespace Graph.Extraction;

/// <summary>A statement found in the text, before ids are assigned: token span of the words and the speaker's entity key.</summary>
public sealed record FoundStatement(int FirstToken, int EndToken, string? SpeakerKey, StatementKind Kind, int Sentence, bool Headline, string? SourceKey);
