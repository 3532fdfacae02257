using System.Text;

namespace Graph.Core;

/// <summary>Opaque keyset cursors: base64 of <c>kind:key</c>. A cursor names a position by its sort key,
/// not by an offset, so it stays valid when new rows arrive.</summary>
public static class Cursor
{
    public static string Encode(string kind, object key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kind}:{key}"));

    public static string? DecodeString(string? cursor, string kind)
    {
        if (cursor is null) return null;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            throw new InvalidCursorException(cursor);
        }
        if (!text.StartsWith(kind + ":", StringComparison.Ordinal)) throw new InvalidCursorException(cursor);
        return text[(kind.Length + 1)..];
    }

    public static long DecodeLong(string? cursor, string kind)
    {
        var s = DecodeString(cursor, kind);
        if (s is null) return 0;
        return long.TryParse(s, out var v) ? v : throw new InvalidCursorException(cursor!);
    }
}
