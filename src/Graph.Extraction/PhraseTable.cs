namespace Graph.Extraction;

/// <summary>Phrases (sequences of folded words) mapped to values, matched longest first at a token,
/// with the proclitics و ف ب ل ك (and لل for ل+ال) stripped from the first word when needed.
/// Indexed by first word (looked up as a span, so trying a word's forms without its clitics allocates nothing).</summary>
public sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public int MaxTokens { get; private set; }

    public int Count { get; private set; }

    /// <summary>Adds a phrase unless it is there already (the first one added wins).</summary>
    public bool Add(string[] words, T value)
    {
        if (words.Length == 0) return false;
        if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = [];
        if (list.Any(p => p.Words.AsSpan().SequenceEqual(words))) return false;
        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        MaxTokens = Math.Max(MaxTokens, words.Length);
        Count++;
        return true;
    }

    /// <summary>The value stored for exactly these words, if any.</summary>
    public bool TryGet(string[] words, out T value)
    {
        value = default!;
        if (words.Length == 0 || !_byFirst.TryGetValue(words[0], out var list)) return false;
        foreach (var (w, v) in list)
            if (w.AsSpan().SequenceEqual(words)) { value = v; return true; }
        return false;
    }

    /// <summary>The longest phrase starting at token <paramref name="at"/> that stays inside
    /// [<paramref name="at"/>, <paramref name="limit"/>) and crosses no punctuation; <c>Preposition</c> tells whether
    /// a preposition (ب ل ك) was stripped from the first word to find it, <c>Clitic</c> how many folded letters of
    /// the first word precede the name (0 when none, or when لل stands for ل + ال and the name cannot be cut out).</summary>
    public (T Value, int End, bool Preposition, int Clitic)? Match(IReadOnlyList<Token> tokens, int at, int limit, bool stripClitics = true)
    {
        if (at >= limit || !tokens[at].IsWord) return null;
        var word = tokens[at].Folded;
        var lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        (string[] Words, T Value, Clitics.Form Form)? best = null;
        Span<Clitics.Form> forms = stackalloc Clitics.Form[Clitics.MaxForms];
        var count = stripClitics ? Clitics.Forms(word, forms) : 1;
        if (!stripClitics) forms[0] = default;
        for (var f = 0; f < count; f++)
        {
            var form = forms[f];
            if (!lookup.TryGetValue(form.Spell(word, buffer), out var list)) continue;
            foreach (var (words, value) in list)
            {
                if (best is { } b && b.Words.Length >= words.Length) break;
                if (at + words.Length > limit || !Fits(tokens, at, words)) continue;
                best = (words, value, form);
                break;
            }
        }
        if (best is not { } found) return null;
        return (found.Value, at + found.Words.Length, found.Form.IsPreposition(word), found.Form.AddsArticle ? 0 : found.Form.Skip);
    }

    private static bool Fits(IReadOnlyList<Token> tokens, int at, string[] words)
    {
        for (var k = 1; k < words.Length; k++)
        {
            var t = tokens[at + k];
            if (!t.IsWord || !string.Equals(t.Folded, words[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }
}
