using Graph.Core;

namespace Graph.Extraction;

/// <summary>Folds text for matching (see <see cref="ArabicFolding"/>): diacritics and tatweel dropped,
/// alef, yeh, teh marbuta, Persian letters and digits folded. Used on tokens, whose offsets stay in the original.</summary>
public static class Normalizer
{
    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (!ArabicFolding.IsIgnorable(c)) buffer[n++] = ArabicFolding.Fold(c);
        return new string(buffer[..n]);
    }

    /// <summary>Folds a phrase (from a data file, or a name) into its word keys, the way the tokenizer folds text:
    /// runs of word characters (ignorable marks inside them dropped), everything else a separator.</summary>
    public static string[] FoldPhrase(string phrase)
    {
        var words = new List<string>();
        var i = 0;
        while (i < phrase.Length)
        {
            if (!Tokenizer.IsWordChar(phrase[i])) { i++; continue; }
            var start = i;
            while (i < phrase.Length && (Tokenizer.IsWordChar(phrase[i]) || ArabicFolding.IsIgnorable(phrase[i]) && phrase[i] is not ('\u200F' or '\u200E'))) i++;
            var folded = Fold(phrase.AsSpan(start, i - start));
            if (folded.Length > 0) words.Add(folded);
        }
        return [.. words];
    }
}
