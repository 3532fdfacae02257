using System.Globalization;
using System.Text;

namespace Graph.Core;

/// <summary>Character folding for matching Arabic (and Latin) names: one alef, one yeh, teh marbuta as heh,
/// Persian yeh and kaf as Arabic, no diacritics or tatweel, Arabic-Indic digits as ASCII, lower case.
/// Folding is one character to at most one character, so an offset map stays simple.</summary>
public static class ArabicFolding
{
    /// <summary>True for characters matching ignores: harakat, Quranic marks, superscript alef, tatweel, bidi marks.</summary>
    public static bool IsIgnorable(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u0610' and <= '\u061A'
            or >= '\u06D6' and <= '\u06ED' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\u00AD';

    public static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' or 'ی' or 'ې' or 'ئ' => 'ي',
        'ة' or 'ۀ' or 'ہ' or 'ە' => 'ه',
        'ک' or 'ڪ' => 'ك',
        'ؤ' => 'و',
        'گ' => 'ك',
        'ڤ' => 'ف',
        'پ' => 'ب',
        'چ' => 'ج',
        '،' => ',',
        '؛' => ';',
        '؟' => '?',
        '–' or '—' or '‒' or '―' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u2002' or '\u2003' or '\t' => ' ',
        >= '٠' and <= '٩' => (char)('0' + (c - '٠')),
        >= '۰' and <= '۹' => (char)('0' + (c - '۰')),
        // Arabic letters have no case; ASCII is lowered by hand; only other scripts need the culture-free table (it is slow).
        >= 'A' and <= 'Z' => (char)(c + 32),
        < '\u00C0' or (>= '\u0600' and <= '\u06FF') => c,
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The folded key of a name, for look-ups: folded characters, punctuation as spaces, single spaces.</summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = true;
        foreach (var raw in name.Normalize(NormalizationForm.FormC))
        {
            if (IsIgnorable(raw)) continue;
            var c = Fold(raw);
            var isWord = char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
            if (!isWord)
            {
                if (!space) sb.Append(' ');
                space = true;
                continue;
            }
            sb.Append(c);
            space = false;
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }
}
