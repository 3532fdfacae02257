namespace Graph.Extraction;

/// <summary>Phrases (sequences of folded words) mapped to values, matched longest first at a token,
/// with the proclitics و ف ب ل ك (and لل for ل+ال) stripped from the first word when needed.
/// Indexed by the hash of the first word: each token hashes its clitic-free forms once (<see cref="Token.Forms"/>), and every
/// table looks them up without allocating.</summary>
public sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);
    /// <summary>The same lists by the hash of their first word, so a token's precomputed form hashes find them.</summary>
    private readonly Dictionary<int, (string First, List<(string[] Words, T Value)> Phrases)[]> _byHash = [];

    /// <summary>The first 64 tables (the gazetteer's, made once) get a bit in <see cref="Token.NoPhraseIn"/>, so a token
    /// that starts no phrase of a table is answered without a look-up the next time a step asks.</summary>
    private readonly ulong _bit = PhraseTables.NextBit();

    public int MaxTokens { get; private set; }

    public int Count { get; private set; }

    /// <summary>Adds a phrase unless it is there already (the first one added wins).</summary>
    public bool Add(string[] words, T value)
    {
        if (words.Length == 0) return false;
        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            _byFirst[words[0]] = list = [];
            var hash = string.GetHashCode(words[0].AsSpan());
            _byHash[hash] = [.. _byHash.GetValueOrDefault(hash) ?? [], (words[0], list)];
        }
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
        var token = tokens[at];
        if ((token.NoPhraseIn & _bit) != 0 && stripClitics) return null;
        var word = token.Folded;
        ref readonly var forms = ref token.Forms;
        var anyList = false;
        Span<char> buffer = stackalloc char[64];
        (string[] Words, T Value, Clitics.Form Form)? best = null;
        // Without clitic stripping only the word itself (always the first form) is tried.
        var count = stripClitics ? forms.Count : 1;
        for (var f = 0; f < count; f++)
        {
            var (form, hash) = forms.Items[f];
            if (!_byHash.TryGetValue(hash, out var candidates)) continue;
            List<(string[] Words, T Value)>? list = null;
            foreach (var (first, phrases) in candidates)
                if (form.Spell(word, buffer).SequenceEqual(first)) { list = phrases; break; }
            if (list is null) continue;
            anyList = true;
            foreach (var (words, value) in list)
            {
                if (best is { } b && b.Words.Length >= words.Length) break;
                if (at + words.Length > limit || !Fits(tokens, at, words)) continue;
                best = (words, value, form);
                break;
            }
        }
        if (!anyList && stripClitics) token.NoPhraseIn |= _bit;
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

/// <summary>Hands out the bits of <see cref="Token.NoPhraseIn"/>, one per table across every <see cref="PhraseTable{T}"/>.</summary>
internal static class PhraseTables
{
    private static int _count;

    public static ulong NextBit() => Interlocked.Increment(ref _count) is var n and <= 64 ? 1UL << (n - 1) : 0;
}
