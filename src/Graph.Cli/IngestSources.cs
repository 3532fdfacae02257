using System.Globalization;
using System.Text.Json;
using Graph.Core;
using Graph.Ingestion;

namespace Graph.Cli;

/// <summary>What <c>graph ingest</c> reads: text files (the first line is the title), JSON Lines files
/// (<c>{id?, title?, url?, outlet?, publishedAt?, language?, text}</c> per line) and folders of both, recursively.</summary>
public static class IngestSources
{
    public static IEnumerable<IngestItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                    foreach (var item in ReadFile(file)) yield return item;
            }
            else if (File.Exists(path))
                foreach (var item in ReadFile(path)) yield return item;
            else yield return IngestItem.Bad(path, "no such file or folder");
        }
    }

    private static IEnumerable<IngestItem> ReadFile(string file)
    {
        if (InputFiles.ReadText(file, out var text) is { } error)
        {
            yield return IngestItem.Bad(file, error);
            yield break;
        }
        if (!file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            var title = text!.TrimStart().Split('\n', 2)[0].Trim();
            yield return new IngestItem(file, new ArticleInput(text, Title: title.Length is > 0 and <= 300 ? title : null), null);
            yield break;
        }
        var lineNo = 0;
        foreach (var line in text!.Split('\n'))
        {
            lineNo++;
            if (line.Trim().Length == 0) continue;
            yield return Parse(line, $"{file}:{lineNo}");
        }
    }

    private static IngestItem Parse(string line, string source)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return IngestItem.Bad(source, "not a JSON object");
            // A lone surrogate (\ud800) or a key given twice would otherwise throw when the value is read.
            if (JsonText.Problem(root, "the line") is { } problem) return IngestItem.Bad(source, problem);
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                return IngestItem.Bad(source, "\"text\" is missing or not a string");
            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            DateOnly? published = null;
            if (Str("publishedAt") is { } date)
            {
                if (!DateOnly.TryParse(date.Length >= 10 ? date[..10] : date, CultureInfo.InvariantCulture, out var d))
                    return IngestItem.Bad(source, $"\"publishedAt\" is not a date: {date}");
                published = d;
            }
            return new IngestItem(source, new ArticleInput(text.GetString()!, Str("title"), Str("url"), Str("outlet"), published, Str("language")), null);
        }
        catch (JsonException e)
        {
            return IngestItem.Bad(source, $"not valid JSON ({e.Message})");
        }
        catch (InvalidOperationException e)
        {
            return IngestItem.Bad(source, $"not readable JSON text ({e.Message})");
        }
    }
}
