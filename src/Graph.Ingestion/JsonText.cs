using System.Text.Json;

namespace Graph.Ingestion;

/// <summary>Checks a parsed JSON value before anything reads it: every string and key is valid Unicode (no lone surrogate
/// from an escape such as \ud800, no invalid UTF-8 such as FF FE, C0 AF or ED A0 80) and no object names a key twice.
/// System.Text.Json only finds these when a string is read, so without this walk they surface as exceptions deep inside.
/// Used by the HTTP layer and by the CLI's JSON Lines; its two messages live here with it.</summary>
public static class JsonText
{
    public static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static string BadText(string where) =>
        $"{where} holds text that is not valid Unicode (a lone surrogate such as \\ud800, or bytes that are not UTF-8); send UTF-8 text.";

    public static string DuplicateKey(string where, string name) => $"{where} names '{name}' twice; each key may appear once.";

    /// <summary>Null when the value is clean; else what was wrong and where (a JSON path such as $.variables.n).</summary>
    public static string? Problem(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Readable(element) ? null : BadText(path);
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    if (Problem(item, $"{path}[{i++}]") is { } inItem) return inItem;
                return null;
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return BadText($"A key in {path}");
                    }
                    if (!IsValid(name)) return BadText($"A key in {path}");
                    if (!seen.Add(name)) return DuplicateKey(path, Short(name));
                    if (Problem(property.Value, $"{path}.{Short(name)}") is { } inValue) return inValue;
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>True when a .NET string holds no lone surrogate.</summary>
    public static bool IsValid(string s) => IsValid(s.AsSpan());

    /// <summary>True when the text holds no lone surrogate.</summary>
    public static bool IsValid(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (!char.IsSurrogate(s[i])) continue;
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else return false;
        }
        return true;
    }

    private static bool Readable(JsonElement element)
    {
        try
        {
            return IsValid(element.GetString()!);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Short(string name) => name.Length <= 40 ? name : name[..40] + "…";
}
