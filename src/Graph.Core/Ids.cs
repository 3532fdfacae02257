using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;

namespace Graph.Core;

/// <summary>Stable ids. Every id starts with its node label and a colon, so <c>node(id)</c> knows where to look.</summary>
public static class Ids
{
    /// <summary>The form of an article's text that its id hashes: Unicode NFC, LF line ends, trimmed lines and ends.
    /// Two copies of one article that differ only in those respects get the same id.</summary>
    public static string NormaliseArticleText(string text)
    {
        var nfc = Nfc(text);
        if (IsTrimmed(nfc)) return nfc;
        var buffer = ArrayPool<char>.Shared.Rent(nfc.Length);
        var normal = new string(Trim(nfc, buffer));
        ArrayPool<char>.Shared.Return(buffer);
        return normal;
    }

    /// <summary>The hash of <see cref="NormaliseArticleText"/>, read where it is made (no string of it).</summary>
    public static string Article(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        var nfc = Nfc(text);
        if (IsTrimmed(nfc)) Sha256(nfc, hash);
        else
        {
            var buffer = ArrayPool<char>.Shared.Rent(nfc.Length);
            Sha256(Trim(nfc, buffer), hash);
            ArrayPool<char>.Shared.Return(buffer);
        }
        return "Article:" + Convert.ToHexStringLower(hash);
    }

    private static string Nfc(string text) =>
        IsPlainNfc(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>The text with LF line ends, each line's trailing white space dropped and the whole trimmed, in <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Trim(string text, char[] buffer)
    {
        var n = 0;
        var rest = text.AsSpan();
        while (true)
        {
            var lineEnd = rest.IndexOfAny('\r', '\n');
            var line = (lineEnd < 0 ? rest : rest[..lineEnd]).TrimEnd();
            line.CopyTo(buffer.AsSpan(n));
            n += line.Length;
            if (lineEnd < 0) break;
            buffer[n++] = '\n';
            // CR LF is one line end, and so is a lone CR.
            rest = rest[(lineEnd + (rest[lineEnd] == '\r' && lineEnd + 1 < rest.Length && rest[lineEnd + 1] == '\n' ? 2 : 1))..];
        }
        return buffer.AsSpan(0, n).Trim();
    }

    /// <summary>Whether the text is surely NFC without asking ICU: it holds only characters that are NFC whatever stands
    /// next to them (below U+0300; Arabic letters, digits and signs; general punctuation; Arabic presentation forms), and of
    /// the combining marks only the harakat U+064B–U+0652, in canonical order (their combining classes rise with the code
    /// point) — none of which compose with a letter. False means "ask ICU", not "not NFC".</summary>
    /// <remarks>One pass: a vector of 16 characters that are all below U+0300, Arabic letters and signs (U+0600–U+060F,
    /// U+061B–U+0652) or general punctuation (U+2002–U+206F), most of an Arabic text, is passed over whole once no haraka in
    /// it is followed by one that sorts before it; only the other vectors are tested character by character. Nine vectorised
    /// scans, one a range, read the text nine times over.</remarks>
    private static bool IsPlainNfc(string text)
    {
        var s = text.AsSpan();
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(s));
            var below = Vector256.Create((ushort)0x0300);
            var (signs, signsSpan) = (Vector256.Create((ushort)0x0600), Vector256.Create((ushort)(0x060F - 0x0600)));
            var (letters, lettersSpan) = (Vector256.Create((ushort)0x061B), Vector256.Create((ushort)(0x0652 - 0x061B)));
            var (punctuation, punctuationSpan) = (Vector256.Create((ushort)0x2002), Vector256.Create((ushort)(0x206F - 0x2002)));
            var (harakat, harakatSpan) = (Vector256.Create((ushort)0x064B), Vector256.Create((ushort)(0x0652 - 0x064B)));
            // The vector at i + 1 is read too (each character's next one), so the last character is left to the loop below.
            for (; i < s.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref first, (nuint)i);
                var plain = Vector256.LessThan(v, below) | Vector256.LessThanOrEqual(v - signs, signsSpan)
                    | Vector256.LessThanOrEqual(v - letters, lettersSpan) | Vector256.LessThanOrEqual(v - punctuation, punctuationSpan);
                if (plain == Vector256<ushort>.AllBitsSet)
                {
                    var next = Vector256.LoadUnsafe(ref first, (nuint)(i + 1));
                    var disordered = Vector256.LessThanOrEqual(v - harakat, harakatSpan) & Vector256.LessThanOrEqual(next - harakat, harakatSpan)
                        & Vector256.LessThan(next, v);
                    if (disordered == Vector256<ushort>.Zero) continue;
                }
                for (var k = i; k < i + Vector256<ushort>.Count; k++)
                    if (!IsPlainAt(s, k)) return false;
            }
        }
        for (; i < s.Length; i++)
            if (!IsPlainAt(s, i)) return false;
        return true;
    }

    /// <summary>Whether the character at <paramref name="k"/> keeps the text plainly NFC (see <see cref="IsPlainNfc"/>): not
    /// in a range that may compose or reorder, and a haraka not followed by one that sorts before it.</summary>
    private static bool IsPlainAt(ReadOnlySpan<char> s, int k)
    {
        var c = s[k];
        if (c < '\u0300' || c is >= '\u0621' and <= '\u064A') return true;
        if (c is <= '\u05FF' or >= '\u0700' and <= '\u2001' or >= '\u2070' and <= '\uFB4F' or >= '\uFE00' and <= '\uFE6F' or >= '\uFF00')
            return false;
        if (c is >= '\u0610' and <= '\u061A' or >= '\u0653' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED') return false;
        return !(c is >= '\u064B' and <= '\u0652' && k + 1 < s.Length && s[k + 1] is >= '\u064B' and <= '\u0652' && s[k + 1] < c);
    }

    /// <summary>Whether the text has no carriage return and nothing to trim at line ends or at either end (the common case,
    /// checked without copying it).</summary>
    private static bool IsTrimmed(string text)
    {
        if (text.Length == 0) return true;
        if (text.Contains('\r') || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return false;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            if (i > 0 && char.IsWhiteSpace(text[i - 1]) && text[i - 1] != '\n') return false;
        return true;
    }

    private static void Sha256(ReadOnlySpan<char> s, Span<byte> hash)
    {
        var length = Encoding.UTF8.GetMaxByteCount(s.Length);
        var rented = length <= 1024 ? null : ArrayPool<byte>.Shared.Rent(length);
        Span<byte> bytes = rented ?? stackalloc byte[1024];
        var n = Encoding.UTF8.GetBytes(s, bytes);
        SHA256.HashData(bytes[..n], hash);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
    }

    public static string Country(string iso3) => "Country:" + iso3.ToUpperInvariant();

    public static string Entity(EntityType type, string key) => $"{type}:{key}";

    public static string Statement(string articleId, int start, int end) => StatementPrefix(articleId) + $"{start}-{end}";

    /// <summary>What every statement id of one article starts with (hash the article id once for all its statements).</summary>
    public static string StatementPrefix(string articleId) => $"Statement:{Hash(articleId)}:";

    public static string Relation(string articleId, RelationType type, string subjectId, string objectId)
    {
        var info = RelationTypeInfo.Of(type);
        if (info.Symmetric && string.CompareOrdinal(subjectId, objectId) > 0)
            (subjectId, objectId) = (objectId, subjectId);
        // The joined key is spelt into a buffer and hashed there (no string for it): an article has dozens of relations.
        var length = articleId.Length + info.Name.Length + subjectId.Length + objectId.Length + 3;
        var rented = length <= 256 ? null : ArrayPool<char>.Shared.Rent(length);
        Span<char> key = rented ?? stackalloc char[256];
        var n = 0;
        foreach (var part in (ReadOnlySpan<string>)[articleId, info.Name, subjectId, objectId])
        {
            if (n > 0) key[n++] = '|';
            part.CopyTo(key[n..]);
            n += part.Length;
        }
        var id = "Relation:" + Hash(key[..n]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return id;
    }

    /// <summary>The label part of an id (<c>Country</c> for <c>Country:RUS</c>), or null when it has none.</summary>
    public static string? LabelOf(string id)
    {
        var colon = id.IndexOf(':');
        return colon > 0 ? id[..colon] : null;
    }

    /// <summary>16 hex digits of the SHA-256 of a text: a short stable id part.</summary>
    public static string Short(string s) => Hash(s);

    private static string Hash(ReadOnlySpan<char> s)
    {
        Span<byte> hash = stackalloc byte[32];
        Sha256(s, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
