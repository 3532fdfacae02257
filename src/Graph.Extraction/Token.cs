namespace Graph.Extraction;

/// <summary>A word or a punctuation mark. <see cref="Start"/>/<see cref="End"/> index the original text;
/// <see cref="Folded"/> is the matching form (see <see cref="Normalizer"/>).</summary>
public sealed record Token(int Index, int Start, int End, string Folded, bool IsWord, int Sentence, int Paragraph)
{
    private string[]? _variants;

    public bool Is(char punct) => !IsWord && Folded.Length == 1 && Folded[0] == punct;

    /// <summary>The word and its forms with proclitics stripped (see <see cref="Clitics"/>), computed once.</summary>
    public string[] Variants => _variants ??= Clitics.Variants(Folded);
}
