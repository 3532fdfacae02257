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
        var nfc = IsPlainNfc(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        if (IsTrimmed(nfc)) return nfc;
        var rest = nfc.Replace("\r\n", "\n").Replace('\r', '\n').AsSpan();
        var builder = new StringBuilder(rest.Length);
        while (true)
        {
            var lineEnd = rest.IndexOf('\n');
            builder.Append((lineEnd < 0 ? rest : rest[..lineEnd]).TrimEnd());
            if (lineEnd < 0) break;
            builder.Append('\n');
            rest = rest[(lineEnd + 1)..];
        }
        return builder.ToString().Trim();
    }

    public static string Article(string text) => "Article:" + Convert.ToHexStringLower(Sha256(NormaliseArticleText(text)));

    /// <summary>Whether the text is surely NFC without asking ICU: only characters below U+0300 and Arabic ones, where the only
    /// combining marks are the harakat U+064B–U+0652 in canonical order (their combining classes rise with the code point),
    /// none of which compose with a letter. False means "ask ICU", not "not NFC".</summary>
    private static bool IsPlainNfc(string text)
    {
        var previous = '\0';
        foreach (var c in text)
        {
            if (c is >= '\u064B' and <= '\u0652')
            {
                if (previous is >= '\u064B' and <= '\u0652' && c < previous) return false;
            }
            else if (c >= '\u0300' && (c is < '\u0600' or > '\u06FF' || c is >= '\u0610' and <= '\u061A' or >= '\u0653' and <= '\u065F'
                         or '\u0670' or >= '\u06D6' and <= '\u06ED'))
                return false;
            previous = c;
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

    private static byte[] Sha256(string s)
    {
        var length = Encoding.UTF8.GetMaxByteCount(s.Length);
        var rented = length <= 1024 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        Span<byte> bytes = rented ?? stackalloc byte[1024];
        var n = Encoding.UTF8.GetBytes(s, bytes);
        var hash = SHA256.HashData(bytes[..n]);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        return hash;
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
        return $"Relation:{Hash($"{articleId}|{info.Name}|{subjectId}|{objectId}")}";
    }

    /// <summary>The label part of an id (<c>Country</c> for <c>Country:RUS</c>), or null when it has none.</summary>
    public static string? LabelOf(string id)
    {
        var colon = id.IndexOf(':');
        return colon > 0 ? id[..colon] : null;
    }

    private static string Hash(string s) => Convert.ToHexStringLower(Sha256(s).AsSpan(0, 8));
}
