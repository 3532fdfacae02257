namespace Graph.Extraction;

/// <summary>A set of folded words entered in the same index as the phrase tables (<see cref="PhraseTables"/>), so a step
/// that asks of nearly every token "is this one of the words?" gets most answers from the token's table bits.</summary>
public sealed class WordSet
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly ulong _bit = PhraseTables.NextBit();

    public int Count => _words.Count;

    /// <summary>This set's bit in <see cref="TokenForms.Tables"/>, or all bits when it has none (then every token may be in it):
    /// a caller that asks about several sets can rule a token out of all of them with one test.</summary>
    internal ulong Bits => _bit == 0 ? ulong.MaxValue : _bit;

    public bool Add(string word)
    {
        if (!_words.Add(word)) return false;
        PhraseTables.Register(PhraseTables.Hash(word), _bit);
        return true;
    }

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Whether the token's word is in the set.</summary>
    public bool Contains(Token token) => MayContain(token) && _words.Contains(token.Folded);

    /// <summary>Whether the token's word without و or ف in front (<see cref="Token.WithoutConjunction"/>) is in the set.</summary>
    public bool ContainsWithoutConjunction(Token token) => MayContain(token) && _words.Contains(token.WithoutConjunction);

    /// <summary>Whether the token's word without a conjunction or preposition in front (<see cref="Token.Split"/>) is in the set.</summary>
    public bool ContainsStem(Token token) => MayContain(token) && _words.Contains(token.Split.Stem);

    /// <summary>The same tests with the token's table bits already in hand (<see cref="TokenForms.Tables"/>).</summary>
    internal bool Contains(Token token, ulong tables) => MayContain(tables) && _words.Contains(token.Folded);

    internal bool ContainsWithoutConjunction(Token token, ulong tables) => MayContain(tables) && _words.Contains(token.WithoutConjunction);

    internal bool ContainsStem(Token token, ulong tables) => MayContain(tables) && _words.Contains(token.Split.Stem);

    /// <summary>False when a token with these <see cref="TokenForms.Tables"/> (<see cref="Document.TokenTables"/>: 0 for a
    /// mark) has no form in the set, read without the token.</summary>
    internal bool MayContain(ulong tables) => _bit == 0 || (tables & _bit) != 0;

    /// <summary>False when none of the token's clitic-free forms is in the set (each is indexed), without a look-up; the
    /// form asked about is then not worked out at all.</summary>
    private bool MayContain(Token token) => _bit == 0 || (token.Forms.Tables & _bit) != 0;
}
