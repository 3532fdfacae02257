namespace Graph.Extraction;

/// <summary>A word or a punctuation mark. <see cref="Start"/>/<see cref="End"/> index the original text;
/// <see cref="Folded"/> is the matching form (see <see cref="Normalizer"/>).</summary>
public sealed record Token(int Index, int Start, int End, string Folded, bool IsWord, int Sentence, int Paragraph)
{
    public bool Is(char punct) => !IsWord && Folded.Length == 1 && Folded[0] == punct;
}
