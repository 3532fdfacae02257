using System.Runtime.CompilerServices;

namespace Graph.Extraction;

/// <summary>Phrases (sequences of folded words) mapped to values, matched longest first at a token,
/// with the proclitics و ف ب ل ك (and لل for ل+ال) stripped from the first word when needed.
/// Indexed by the hash of the first word: each token hashes its clitic-free forms once (<see cref="Token.Forms"/>), and every
/// table looks them up without allocating.</summary>
public sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirst = new(StringComparer.Ordinal);
    /// <summary>The same lists by the hash of their first word, so a token's precomputed form hashes find them.</summary>
    private readonly HashIndex<(string First, List<(string[] Words, T Value)> Phrases)[]> _byHash = new();

    /// <summary>This table's bit in <see cref="TokenForms.Tables"/> (0 for tables made per document): a token whose forms
    /// begin no phrase of the table is answered without a look-up.</summary>
    private readonly ulong _bit;

    /// <summary>For a table without a bit: one bit per first word's hash (its low 10 bits, 1,024 bits in all), a filter that
    /// rules out most tokens.</summary>
    private readonly ulong[] _firstWords = new ulong[16];

    /// <param name="indexed">True for the gazetteer's tables, made once: their first words are entered in the index every
    /// token is checked against once (<see cref="PhraseTables"/>).</param>
    public PhraseTable(bool indexed = false) => _bit = indexed ? PhraseTables.NextBit() : 0;

    public int MaxTokens { get; private set; }

    public int Count { get; private set; }

    /// <summary>Adds a phrase unless it is there already (the first one added wins).</summary>
    public bool Add(string[] words, T value)
    {
        if (words.Length == 0) return false;
        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            _byFirst[words[0]] = list = [];
            var hash = PhraseTables.Hash(words[0]);
            _byHash[hash] = [.. _byHash.GetValueOrDefault(hash) ?? [], (words[0], list)];
            PhraseTables.Register(hash, _bit);
            _firstWords[(hash >> 6) & 15] |= 1UL << hash;
        }
        if (list.Any(p => p.Words.AsSpan().SequenceEqual(words))) return false;
        list.Add((words, value));
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        MaxTokens = Math.Max(MaxTokens, words.Length);
        Count++;
        return true;
    }

    /// <summary>Every phrase and its value, in no particular order (for listing the lexicon).</summary>
    public IEnumerable<(string[] Words, T Value)> Phrases => _byFirst.Values.SelectMany(list => list);

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
    /// <remarks>Steps call this at nearly every token, and nearly every token begins no phrase: that answer comes from the
    /// token's table bits (or, for a table made per document, its first-word filter) without a look-up.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (T Value, int End, bool Preposition, int Clitic)? Match(List<Token> tokens, int at, int limit, bool stripClitics = true)
    {
        if (at >= limit) return null;
        var token = tokens[at];
        if (!token.IsWord) return null;
        ref readonly var forms = ref token.Forms;
        if (_bit != 0 ? (forms.Tables & _bit) == 0 : !MayBegin(in forms)) return null;
        return MatchAt(tokens, at, limit, stripClitics, in forms);
    }

    /// <summary>False when a token with these <see cref="TokenForms.Tables"/> (<see cref="Document.TokenTables"/>) begins no
    /// phrase of this table; true when it may (always, for a table without a bit of its own).</summary>
    internal bool MayBegin(ulong tables) => _bit == 0 || (tables & _bit) != 0;

    /// <summary>Whether one of the forms passes the first-word filter (a table without a bit of its own).</summary>
    private bool MayBegin(in TokenForms forms)
    {
        for (var f = 0; f < forms.Count; f++)
            if ((_firstWords[(forms.Hash(f) >> 6) & 15] & (1UL << forms.Hash(f))) != 0) return true;
        return false;
    }

    private (T Value, int End, bool Preposition, int Clitic)? MatchAt(List<Token> tokens, int at, int limit, bool stripClitics, in TokenForms forms)
    {
        var word = tokens[at].Folded;
        (string[] Words, T Value, Clitics.Form Form, int End)? best = null;
        // Without clitic stripping only the word itself (always the first form) is tried.
        var count = stripClitics ? forms.Count : 1;
        for (var f = 0; f < count; f++)
        {
            var (form, hash) = forms[f];
            if (!_byHash.TryGetValue(hash, out var candidates)) continue;
            List<(string[] Words, T Value)>? list = null;
            foreach (var (first, phrases) in candidates)
                if (form.Spells(word, first)) { list = phrases; break; }
            if (list is null) continue;
            foreach (var (words, value) in list)
            {
                if (best is { } b && b.Words.Length >= words.Length) break;
                if (at + words.Length > limit || End(tokens, at, limit, words) is not (> 0 and var end)) continue;
                best = (words, value, form, end);
                break;
            }
        }
        if (best is not { } found) return null;
        return (found.Value, found.End, found.Form.IsPreposition(word), found.Form.AddsArticle ? 0 : found.Form.Skip);
    }

    /// <summary>Where the phrase <paramref name="words"/> ends if the tokens from <paramref name="at"/> spell it, else -1. A
    /// hyphen written inside a name (مون جيه-إن، جان-نويل) is a token of its own in the text and no word of the phrase.</summary>
    private static int End(List<Token> tokens, int at, int limit, string[] words)
    {
        var i = at + 1;
        for (var k = 1; k < words.Length; i++, k++)
        {
            if (i + 1 < limit && IsJoiningHyphen(tokens, i)) i++;
            if (i >= limit) return -1;
            var t = tokens[i];
            if (!t.IsWord || !string.Equals(t.Folded, words[k], StringComparison.Ordinal)) return -1;
        }
        return i;
    }

    /// <summary>A hyphen with a word directly on either side, no space between.</summary>
    private static bool IsJoiningHyphen(List<Token> tokens, int i)
    {
        var t = tokens[i];
        return t.End - t.Start == 1 && t.Folded is "-" or "\u2010" or "\u2011" && tokens[i - 1].IsWord && tokens[i - 1].End == t.Start
            && tokens[i + 1].IsWord && tokens[i + 1].Start == t.End;
    }
}

/// <summary>Which indexed tables have a phrase beginning with a word of a given hash: one look-up per form of a token tells
/// every table at once (<see cref="TokenForms.Tables"/>). Up to 64 indexed tables; later ones go without (and still work).</summary>
internal static class PhraseTables
{
    private static readonly object Gate = new();
    /// <summary>Open addressing by hash: written under <see cref="Gate"/> (only while a gazetteer loads), read without a lock.
    /// A slot's hash is written before its table bits (a slot with no bits is empty), and a full table is replaced, never
    /// rehashed in place, so a reader sees every word registered before it started.</summary>
    private static volatile Slot[] _slots = new Slot[1 << 12];
    private static int _used;
    /// <summary>One bit per hash (18 of its bits): a 32 KB filter that answers "no table has this word" for most words
    /// without touching the larger slot table: with the lemma lines expanded, 6,723 first words set 2.5 % of its bits (a
    /// 4 KB filter would have about 19 % set, and let as many unknown words through to the slot table).</summary>
    private static readonly ulong[] Filter = new ulong[1 << 12];
    private static int _count;

    private struct Slot
    {
        public int Hash;
        public ulong Tables;
    }

    private static volatile int _version;

    /// <summary>Changes whenever a word is registered, so tokens whose forms were worked out before know to look again.</summary>
    public static int Version => _version;

    /// <summary>How many distinct first-word hashes are registered (for the filter's sizing).</summary>
    public static int Registered => _used;

    /// <summary>The share of the filter's bits that are set: about the share of unknown words it lets through.</summary>
    public static double FilterFill => Filter.Sum(w => (double)System.Numerics.BitOperations.PopCount(w)) / (Filter.Length * 64.0);

    public static ulong NextBit() => Interlocked.Increment(ref _count) is var n and <= 64 ? 1UL << (n - 1) : 0;

    /// <summary>The hash every phrase table files a word under: FNV-1a over the letters from the last to the first, so one
    /// pass over a token gives the hash of every form without proclitics (each is an ending of the word, or ال and an
    /// ending). Quick on short words; an input-chosen collision only lengthens a list to compare.</summary>
    public static int Hash(ReadOnlySpan<char> word)
    {
        var state = Offset;
        for (var i = word.Length - 1; i >= 0; i--) state = Step(state, word[i]);
        return (int)state;
    }

    public const uint Offset = 2166136261u;

    public static uint Step(uint state, char c) => (state ^ c) * 16777619u;

    public static void Register(int hash, ulong bit)
    {
        if (bit == 0) return;
        lock (Gate)
        {
            Filter[(uint)hash >> 20] |= 1UL << (hash >>> 14);
            var slots = _slots;
            var i = Find(slots, hash);
            if (slots[i].Tables != 0)
            {
                slots[i].Tables |= bit;
                _version++;
                return;
            }
            if ((_used + 1) * 2 > slots.Length)
            {
                var bigger = new Slot[slots.Length * 2];
                foreach (var s in slots)
                    if (s.Tables != 0) bigger[Find(bigger, s.Hash)] = s;
                _slots = slots = bigger;
                i = Find(slots, hash);
            }
            slots[i].Hash = hash;
            Volatile.Write(ref slots[i].Tables, bit);
            _used++;
            _version++;
        }
    }

    public static ulong TablesOf(int hash)
    {
        if ((Filter[(uint)hash >> 20] & (1UL << (hash >>> 14))) == 0) return 0;
        var slots = _slots;
        return slots[Find(slots, hash)].Tables;
    }

    /// <summary>The slot that holds <paramref name="hash"/>, or the empty one where it would go.</summary>
    private static int Find(Slot[] slots, int hash)
    {
        var mask = slots.Length - 1;
        var i = (int)((uint)hash * 2654435769u >> 8) & mask;
        while (Volatile.Read(ref slots[i].Tables) != 0 && slots[i].Hash != hash) i = (i + 1) & mask;
        return i;
    }
}
