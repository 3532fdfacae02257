namespace Graph.Extraction;

/// <summary>Arabic proclitics attached to names: the conjunctions و ف, the prepositions ب ل ك,
/// and لل (ل + ال, whose alef is dropped in writing): وبكين، لروسيا، للصين، بالعقوبات.</summary>
public static class Clitics
{
    public static IEnumerable<string> Variants(string word)
    {
        yield return word;
        foreach (var conj in new[] { word, StripConjunction(word) }.Distinct())
        {
            if (!ReferenceEquals(conj, word) && conj != word) yield return conj;
            if (conj.Length > 3 && conj.StartsWith("لل", StringComparison.Ordinal)) yield return "ال" + conj[2..];
            if (conj.Length > 2 && conj[0] is 'ب' or 'ل' or 'ك') yield return conj[1..];
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
