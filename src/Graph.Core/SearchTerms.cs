namespace Graph.Core;

/// <summary>Terms for full-text search over Arabic: folded words (<see cref="ArabicFolding"/>) with the proclitics
/// و ف ب ل ك and the article ال removed, so بالعقوبات, العقوبات and عقوبات are one term. Statements are indexed and
/// queries are read through this one function.</summary>
public static class SearchTerms
{
    public static IEnumerable<string> Of(string text)
    {
        foreach (var word in ArabicFolding.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var stem = Stem(word);
            if (stem.Length > 0) yield return stem;
        }
    }

    public static string Stem(string word)
    {
        var w = word;
        if (w.Length > 3 && w[0] is 'و' or 'ف') w = w[1..];
        if (w.Length > 4 && w.StartsWith("لل", StringComparison.Ordinal)) w = w[2..];
        else if (w.Length > 4 && w[0] is 'ب' or 'ك' or 'ل' && w[1] == 'ا' && w[2] == 'ل') w = w[3..];
        else if (w.Length > 3 && w.StartsWith("ال", StringComparison.Ordinal)) w = w[2..];
        return w;
    }
}
