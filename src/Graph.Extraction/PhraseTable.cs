namespace Graph.Extraction;

/// <summary>Phrases (sequences of folded words) mapped to values, matched longest first at a token,
/// with the proclitics و ف ب ل ك (and لل for ل+ال) stripped from the first word when needed.</summary>
public sealed class PhraseTable<T>
{
    private readonly Dictionary<string, T> _phrases = new(StringComparer.Ordinal);

    public int MaxTokens { get; private set; }

    public int Count => _phrases.Count;

    /// <summary>Adds a phrase unless it is there already (the first one added wins).</summary>
    public bool Add(string[] words, T value)
    {
        if (words.Length == 0) return false;
        MaxTokens = Math.Max(MaxTokens, words.Length);
        return _phrases.TryAdd(string.Join(' ', words), value);
    }

    public bool Contains(string[] words) => _phrases.ContainsKey(string.Join(' ', words));

    /// <summary>The longest phrase starting at token <paramref name="at"/> that stays inside
    /// [<paramref name="at"/>, <paramref name="limit"/>) and crosses no punctuation; <c>Preposition</c> tells whether
    /// a preposition (ب ل ك) was stripped from the first word to find it, <c>Clitic</c> how many folded letters of
    /// the first word precede the name (0 when none, or when لل stands for ل + ال and the name cannot be cut out).</summary>
    public (T Value, int End, bool Preposition, int Clitic)? Match(IReadOnlyList<Token> tokens, int at, int limit, bool stripClitics = true)
    {
        if (at >= limit || !tokens[at].IsWord) return null;
        var maxEnd = at;
        while (maxEnd < limit && maxEnd - at < MaxTokens && tokens[maxEnd].IsWord) maxEnd++;
        var rest = new System.Text.StringBuilder();
        for (var end = maxEnd; end > at; end--)
        {
            rest.Clear();
            for (var k = at + 1; k < end; k++) rest.Append(' ').Append(tokens[k].Folded);
            var tail = rest.ToString();
            foreach (var first in stripClitics ? Clitics.Variants(tokens[at].Folded) : [tokens[at].Folded])
                if (_phrases.TryGetValue(first + tail, out var value))
                {
                    var word = tokens[at].Folded;
                    var clitic = word.EndsWith(first, StringComparison.Ordinal) ? word.Length - first.Length : 0;
                    return (value, end, first != word && first != Clitics.StripConjunction(word), clitic);
                }
        }
        return null;
    }
}
