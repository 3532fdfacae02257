using System.Text;

namespace Graph.Extraction;

/// <summary>An Arabic-to-Latin rendering for names nobody listed (marked as a transliteration on the entity), one
/// consistent romanisation meant to read as a name to an English reader:
/// <list type="number">
/// <item>a word with a usual spelling takes it (Data/name_spellings.tsv: ميشيل Michel، نويل Noël، محمد Mohammed);</item>
/// <item>the article is <c>al-</c> (الشاهد al-Shahed; Al- when it starts the name);</item>
/// <item>consonants one to one, digraphs for ث ج خ ذ ش غ (th j kh dh sh gh), emphatics as plain letters (ص s, ض d, ط t, ظ z, ق q);</item>
/// <item>ا is a; و is w at the start or before a vowel letter, else o; ي is y at the start or before a vowel letter, else
/// i; ة and a final ه are a; ع and hamza are dropped (a between two consonants);</item>
/// <item>Arabic script writes no short vowels, so a word that ends in two consonants gets an e between them (ميركل
/// Mirkel) and a word with no vowel letter gets an a after its first consonant.</item>
/// </list></summary>
public static class Transliterator
{
    private static readonly Lazy<Dictionary<string, string>> Spellings = new(LoadSpellings);

    public static string ToLatin(string arabic)
    {
        var words = arabic.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Normalizer.Fold(w) is var folded && Spellings.Value.TryGetValue(folded, out var known) ? known : Word(folded))
            .Where(w => w.Length > 0).ToList();
        if (words.Count > 0 && words[0].StartsWith("al-", StringComparison.Ordinal)) words[0] = "A" + words[0][1..];
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

    private static bool IsVowelLetter(char c) => c is 'ا' or 'و' or 'ي' or 'ى';

    private static string Word(string folded)
    {
        if (folded.Length > 3 && folded.StartsWith("ال", StringComparison.Ordinal))
        {
            var rest = Spellings.Value.TryGetValue(folded[2..], out var known) ? known : Word(folded[2..]);
            return rest.Length == 0 ? "" : "al-" + rest;
        }
        // Each letter's rendering and whether it is a vowel.
        var parts = new List<(string Latin, bool Vowel)>(folded.Length + 2);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var first = i == 0;
            var last = i == folded.Length - 1;
            var prevVowel = !first && IsVowelLetter(folded[i - 1]);
            var nextVowel = !last && IsVowelLetter(folded[i + 1]);
            (string, bool) part = c switch
            {
                'ا' => ("a", true),
                'و' => first || nextVowel ? ("w", false) : ("o", true),
                'ي' or 'ى' => first || nextVowel ? ("y", false) : ("i", true),
                'ه' when last => ("a", true),
                'ع' or 'ء' => !first && !last && !prevVowel && !nextVowel ? ("a", true) : ("", false),
                'ب' => ("b", false), 'ت' => ("t", false), 'ث' => ("th", false), 'ج' => ("j", false), 'ح' => ("h", false),
                'خ' => ("kh", false), 'د' => ("d", false), 'ذ' => ("dh", false), 'ر' => ("r", false), 'ز' => ("z", false),
                'س' => ("s", false), 'ش' => ("sh", false), 'ص' => ("s", false), 'ض' => ("d", false), 'ط' => ("t", false),
                'ظ' => ("z", false), 'غ' => ("gh", false), 'ف' => ("f", false), 'ق' => ("q", false), 'ك' => ("k", false),
                'ل' => ("l", false), 'م' => ("m", false), 'ن' => ("n", false), 'ه' => ("h", false),
                _ => char.IsAsciiLetterOrDigit(c) ? (c.ToString(), "aeiou".Contains(char.ToLowerInvariant(c))) : ("", false),
            };
            if (part.Item1.Length > 0) parts.Add(part);
        }
        if (parts.Count == 0) return "";
        if (!parts.Exists(p => p.Vowel) && parts.Count > 1) parts.Insert(1, ("a", true));
        if (parts.Count >= 3 && !parts[^1].Vowel && !parts[^2].Vowel) parts.Insert(parts.Count - 1, ("e", true));
        var sb = new StringBuilder();
        foreach (var (latin, vowel) in parts)
        {
            // One letter for a doubled vowel (ii, oo, aa: a long vowel written twice by the rules above).
            if (vowel && latin.Length == 1 && sb.Length > 0 && sb[^1] == latin[0]) continue;
            sb.Append(latin);
        }
        var s = sb.ToString();
        return char.ToUpperInvariant(s[0]) + s[1..];
    }
}
