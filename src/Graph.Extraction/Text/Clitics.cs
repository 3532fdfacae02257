namespace Graph.Extraction;

/// <summary>Arabic proclitics attached to names: the conjunctions و ف, the prepositions ب ل ك,
/// and لل (ل + ال, whose alef is dropped in writing): وبكين، لروسيا، للصين، بالعقوبات.</summary>
public static class Clitics
{
    /// <summary>One form of a word without its proclitics: the word from <see cref="Skip"/> on, with ال in front
    /// when <see cref="AddsArticle"/> (لل read as ل + ال).</summary>
    public readonly record struct Form(int Skip, bool AddsArticle)
    {
        /// <summary>The form's letters, in <paramref name="buffer"/> when it needs the article added (or a new string when too long).</summary>
        public ReadOnlySpan<char> Spell(string word, Span<char> buffer)
        {
            if (!AddsArticle) return word.AsSpan(Skip);
            var length = word.Length - Skip + 2;
            if (length > buffer.Length) return ("ال" + word[Skip..]).AsSpan();
            buffer[0] = 'ا';
            buffer[1] = 'ل';
            word.AsSpan(Skip).CopyTo(buffer[2..]);
            return buffer[..length];
        }

        /// <summary>Whether this form of <paramref name="word"/> is <paramref name="other"/> (what <see cref="Spell"/> gives,
        /// compared without spelling it out).</summary>
        public bool Spells(string word, ReadOnlySpan<char> other)
        {
            var rest = word.AsSpan(Skip);
            if (!AddsArticle) return rest.SequenceEqual(other);
            return other.Length == rest.Length + 2 && other[0] == 'ا' && other[1] == 'ل' && rest.SequenceEqual(other[2..]);
        }

        /// <summary>Whether a preposition (ب ل ك, or the ل of لل) was taken off to get this form; a conjunction alone is not one.</summary>
        public bool IsPreposition(string word) => AddsArticle || Skip != 0 && Skip != ConjunctionLength(word);
    }

    public const int MaxForms = 5;

    /// <summary>The word, then its forms without a preposition (and with لل read as ال), without a conjunction,
    /// and without both, in that order; written into <paramref name="forms"/>, the count returned.</summary>
    public static int Forms(string word, Span<Form> forms)
    {
        var n = 0;
        forms[n++] = new Form(0, false);
        // Only words that begin with a proclitic letter have other forms.
        if (word.Length <= 2 || word[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك')) return n;
        AddStripped(word, 0, forms, ref n);
        var conj = ConjunctionLength(word);
        if (conj > 0)
        {
            forms[n++] = new Form(conj, false);
            AddStripped(word, conj, forms, ref n);
        }
        return n;

        static void AddStripped(string word, int from, Span<Form> forms, ref int n)
        {
            var length = word.Length - from;
            if (length > 3 && word[from] == 'ل' && word[from + 1] == 'ل') forms[n++] = new Form(from + 2, true);
            if (length > 2 && word[from] is 'ب' or 'ل' or 'ك') forms[n++] = new Form(from + 1, false);
        }
    }

    private static int ConjunctionLength(string word) => word.Length > 2 && word[0] is 'و' or 'ف' ? 1 : 0;

    public static string StripConjunction(string word) =>
        word.Length > 2 && word[0] is 'و' or 'ف' ? word[1..] : word;

    /// <summary>The word without a conjunction or preposition in front, and whether a preposition was there.</summary>
    public static (string Stem, bool Preposition) Split(string word)
    {
        var w = StripConjunction(word);
        if (w.Length > 3 && w.StartsWith("لل", StringComparison.Ordinal)) return ("ال" + w[2..], true);
        if (w.Length > 2 && w[0] is 'ب' or 'ل' or 'ك' && !w.StartsWith("ال", StringComparison.Ordinal)) return (w[1..], true);
        return (w, false);
    }
}
