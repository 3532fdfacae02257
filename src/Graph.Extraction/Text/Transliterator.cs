using System.Text;

namespace Graph.Extraction;

/// <summary>An Arabic-to-Latin rendering for names nobody listed (marked as a transliteration on the entity): usual spellings
/// for common name words, else consonants mapped one to one with long vowels from alef, waw and yeh.</summary>
public static class Transliterator
{
    private static readonly Lazy<Dictionary<string, string>> Spellings = new(LoadSpellings);

    /// <summary>Common name words take their usual spelling (Data/name_spellings.tsv); the others are transliterated.</summary>
    public static string ToLatin(string arabic)
    {
        var words = arabic.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Spellings.Value.TryGetValue(Normalizer.Fold(w), out var known) ? known : Word(w))
            .Where(w => w.Length > 0);
        return string.Join(' ', words);
    }

    private static Dictionary<string, string> LoadSpellings()
    {
        using var stream = typeof(Transliterator).Assembly.GetManifestResourceStream("Data.name_spellings.tsv")
            ?? throw new InvalidOperationException("Data file name_spellings.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#' && line.Split('\t') is [var ar, var en]) map.TryAdd(Normalizer.Fold(ar), en);
        return map;
    }

    private static string Word(string word)
    {
        var folded = Normalizer.Fold(word);
        var sb = new StringBuilder();
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var first = i == 0;
            var last = i == folded.Length - 1;
            sb.Append(c switch
            {
                'ا' => first ? "A" : "a",
                'ب' => "b", 'ت' => "t", 'ث' => "th", 'ج' => "j", 'ح' => "h", 'خ' => "kh", 'د' => "d", 'ذ' => "dh",
                'ر' => "r", 'ز' => "z", 'س' => "s", 'ش' => "sh", 'ص' => "s", 'ض' => "d", 'ط' => "t", 'ظ' => "z",
                'ع' => first ? "A" : "'", 'غ' => "gh", 'ف' => "f", 'ق' => "q", 'ك' => "k", 'ل' => "l", 'م' => "m",
                'ن' => "n", 'ه' => last ? "a" : "h", 'و' => first ? "w" : "o", 'ي' => first ? "y" : last ? "i" : "i",
                'ء' => "'",
                _ => char.IsAsciiLetterOrDigit(c) ? c.ToString() : "",
            });
        }
        var s = sb.ToString().Replace("ii", "i", StringComparison.Ordinal).Replace("oo", "o", StringComparison.Ordinal);
        return s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }
}
