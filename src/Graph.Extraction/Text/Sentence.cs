namespace Graph.Extraction;

/// <summary>A sentence: its tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) and original offsets.</summary>
public sealed record Sentence(int Index, int Start, int End, int FirstToken, int EndToken, int Paragraph);
