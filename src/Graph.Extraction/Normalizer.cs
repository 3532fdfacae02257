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

    /// <summary>Folds a phrase from a data file into its token keys, the way the tokenizer folds text.</summary>
    public static string[] FoldPhrase(string phrase)
    {
        var doc = new Document(phrase);
        Tokenizer.Run(doc);
        return doc.Tokens.Where(t => t.IsWord).Select(t => t.Folded).ToArray();
    }
}
