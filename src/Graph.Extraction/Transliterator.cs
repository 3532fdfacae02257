using System.Text;

namespace Graph.Extraction;

/// <summary>A rough Arabic-to-Latin transliteration for names nobody listed (marked as such on the entity):
/// consonants mapped one to one, long vowels from alef, waw and yeh.</summary>
public static class Transliterator
{
    public static string ToLatin(string arabic)
    {
        var words = arabic.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word).Where(w => w.Length > 0);
        return string.Join(' ', words);
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
