using System.CommandLine;
using System.Text;
using System.Text.Json;
using Graph.Extraction;

namespace Graph.Cli;

/// <summary><c>graph extract FILE…</c> or <c>graph extract --jsonl [FILE]</c>: what the extraction finds, JSON Lines on standard
/// output, nothing stored.</summary>
public static class ExtractCommand
{
    public static Command Build(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var jsonl = new Option<bool>("--jsonl") { Description = "Read {\"document\", \"text\"} lines, from FILE or standard input, one result a line." };
        var files = new Argument<string[]>("FILE") { Description = "Text files (UTF-8), one document each.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("extract", "Extract entities (with mentions), statements and relations from each file; JSON Lines to standard output.") { jsonl, files };
        command.SetAction(parse => Run(parse.GetValue(jsonl), parse.GetValue(files) ?? [], stdin, stdout, stderr));
        return command;
    }

    public static int Run(bool jsonl, string[] files, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var extractor = new ArabicExtractor();
        if (jsonl) return Lines(files, extractor, stdin, stdout, stderr);
        if (files.Length == 0)
        {
            stderr.WriteLine("graph extract: give FILE... or --jsonl. See 'graph extract --help'.");
            return 2;
        }
        var failed = 0;
        foreach (var path in files)
        {
            if (InputFiles.ReadText(path, out var text) is { } error)
            {
                stderr.WriteLine($"graph extract: {path}: {error}");
                failed++;
                continue;
            }
            stdout.WriteLine(ExtractionJson.Write(Path.GetFileName(path), extractor.Extract(text!)));
        }
        return failed == 0 ? 0 : 1;
    }

    private static int Lines(string[] files, ArabicExtractor extractor, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (files.Length > 1)
        {
            stderr.WriteLine("graph extract: --jsonl reads one FILE (or standard input). See 'graph extract --help'.");
            return 2;
        }
        using var reader = files.Length == 1 ? new StreamReader(files[0], Encoding.UTF8) : stdin;
        var lineNo = 0;
        var failed = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Trim().Length == 0) continue;
            string document, text;
            try
            {
                using var json = JsonDocument.Parse(line);
                document = json.RootElement.TryGetProperty("document", out var d) ? d.ToString() : $"line{lineNo}";
                text = json.RootElement.GetProperty("text").GetString() ?? "";
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                stderr.WriteLine($"graph extract: line {lineNo}: not a JSON object with a \"text\" string ({e.Message})");
                failed++;
                continue;
            }
            stdout.WriteLine(ExtractionJson.Write(document, extractor.Extract(text)));
        }
        return failed == 0 ? 0 : 1;
    }
}
