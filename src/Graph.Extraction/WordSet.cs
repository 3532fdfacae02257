namespace Graph.Extraction;

/// <summary>A set of folded words entered in the same index as the phrase tables (<see cref="PhraseTables"/>), so a step
/// that asks of nearly every token "is this one of the words?" gets most answers from the token's table bits.</summary>
public sealed class WordSet
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly ulong _bit = PhraseTables.NextBit();

    public int Count => _words.Count;

    public bool Add(string word)
    {
        if (!_words.Add(word)) return false;
        PhraseTables.Register(PhraseTables.Hash(word), _bit);
        return true;
    }

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Whether <paramref name="form"/> of <paramref name="token"/> is in the set; the form must be one of the
    /// token's clitic-free forms (the word, or it without a conjunction or preposition in front), as every one is indexed.</summary>
    public bool Contains(Token token, string form) => ((token.Forms.Tables & _bit) != 0 || _bit == 0) && _words.Contains(form);
}
