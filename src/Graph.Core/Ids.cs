using System.Buffers;
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
    /// point) — none of which compose with a letter. False means "ask ICU", not "not NFC". Each test is one vectorised scan.</summary>
    private static bool IsPlainNfc(string text)
    {
        var s = text.AsSpan();
        if (s.IndexOfAnyInRange('\u0300', '\u05FF') >= 0 || s.IndexOfAnyInRange('\u0700', '\u2001') >= 0
            || s.IndexOfAnyInRange('\u2070', '\uFB4F') >= 0 || s.IndexOfAnyInRange('\uFE00', '\uFE6F') >= 0
            || s.IndexOfAnyInRange('\uFF00', '\uFFFF') >= 0)
            return false;
        if (s.IndexOfAnyInRange('\u0610', '\u061A') >= 0 || s.IndexOfAnyInRange('\u0653', '\u065F') >= 0
            || s.Contains('\u0670') || s.IndexOfAnyInRange('\u06D6', '\u06ED') >= 0)
            return false;
        for (var i = s.IndexOfAnyInRange('\u064B', '\u0652'); i >= 0 && i + 1 < s.Length;)
        {
            if (s[i + 1] is >= '\u064B' and <= '\u0652' && s[i + 1] < s[i]) return false;
            var next = s[(i + 1)..].IndexOfAnyInRange('\u064B', '\u0652');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return true;
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
