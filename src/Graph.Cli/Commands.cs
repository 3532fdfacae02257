using System.Text;
using System.Text.Json;
using Graph.Extraction;

namespace Graph.Cli;

/// <summary>The <c>graph</c> command: <c>extract</c>, <c>ingest</c>, <c>export</c>, <c>cypher</c>, <c>schema</c>, <c>train-ner</c>. Exit codes: 0 done, 1 some input failed, 2 usage.</summary>
public static class Commands
{
    public const string Usage = """
        usage: graph extract FILE...            extract each file, JSON Lines to standard output
               graph extract --jsonl [FILE]     read {"document", "text"} lines (from FILE or standard input)
               graph ingest [--db PATH | --neo4j URL] [--fail-fast] PATH...
                                                store text files (first line: title), JSON Lines files
                                                ({id?, title?, url?, outlet?, publishedAt?, language?, text} a line)
                                                and folders of them into the graph
               graph export [--db PATH | --neo4j URL] --format cypher|graphml|jsonl [--out FILE]
                                                write the stored graph for Neo4j (cypher-shell), Gephi (GraphML)
                                                or other tools (one article and its extraction a line)
               graph cypher --list [--json]     every Cypher statement the Neo4j store sends
               graph schema                     print the GraphQL schema (SDL)
               graph lexicon [--forms]          how many data lines and surface forms each cue table holds
                                                (--forms: every form, a line each: table, form, frame)
               graph train-ner --conll FILE [--out MODEL] [--held 0.1] [--write-held FILE] [--epochs N]
                                                train the name tagger on CoNLL (token TAG), keeping the last
                                                sentences aside to score it; same input, same model bytes
        """;

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0) { await stderr.WriteLineAsync(Usage); return 2; }
        return args[0] switch
        {
            "extract" => Extract(args[1..], stdin, stdout, stderr),
            "ingest" => await IngestCommand.RunAsync(args[1..], stdout, stderr),
            "export" => await ExportCommand.RunAsync(args[1..], stdout, stderr),
            "cypher" => await CypherCommand.RunAsync(args[1..], stdout, stderr),
            "schema" => await Schema(stdout),
            "lexicon" => LexiconCommand.Run(args[1..], stdout),
            "train-ner" => TrainNerCommand.Run(args[1..], stdout, stderr),
            _ => await Fail(stderr, $"graph: unknown command '{args[0]}'.\n{Usage}"),
        };
    }

    private static async Task<int> Schema(TextWriter stdout)
    {
        await stdout.WriteAsync(Graph.Api.GraphQL.SchemaText.Current());
        return 0;
    }

    private static async Task<int> Fail(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync(message);
        return 2;
    }

    private static int Extract(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var extractor = new ArabicExtractor();
        var failed = 0;
        if (args.Length > 0 && args[0] == "--jsonl")
        {
            using var reader = args.Length > 1 ? new StreamReader(args[1], Encoding.UTF8) : stdin;
            var lineNo = 0;
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
        if (args.Length == 0) { stderr.WriteLine(Usage); return 2; }
        foreach (var path in args)
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
}
