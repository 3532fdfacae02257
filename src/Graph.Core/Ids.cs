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
        var nfc = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n").Replace('\r', '\n');
        var lines = nfc.Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines).Trim();
    }

    public static string Article(string text) =>
        "Article:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NormaliseArticleText(text))));

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

    private static string Hash(string s) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..16];
}
