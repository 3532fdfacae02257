namespace Graph.Extraction;

/// <summary>Arabic proclitics attached to names: the conjunctions و ف, the prepositions ب ل ك,
/// and لل (ل + ال, whose alef is dropped in writing): وبكين، لروسيا، للصين، بالعقوبات.</summary>
public static class Clitics
{
    /// <summary>The word, then its forms without a conjunction, without a preposition, and with لل read as ال.</summary>
    public static string[] Variants(string word)
    {
        // Only words that begin with a proclitic letter have other forms; most words are returned as they are.
        if (word.Length <= 2 || word[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك')) return [word];
        var list = new List<string>(5) { word };
        Add(list, word);
        var conj = StripConjunction(word);
        if (!ReferenceEquals(conj, word))
        {
            list.Add(conj);
            Add(list, conj);
        }
        return list.Count == list.Distinct().Count() ? [.. list] : [.. list.Distinct()];

        static void Add(List<string> list, string w)
        {
            if (w.Length > 3 && w.StartsWith("لل", StringComparison.Ordinal)) list.Add("ال" + w[2..]);
            if (w.Length > 2 && w[0] is 'ب' or 'ل' or 'ك') list.Add(w[1..]);
        }
    }

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
