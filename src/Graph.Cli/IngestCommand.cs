using Graph.Api.Ingestion;
using Graph.Core;
using Graph.Extraction;
using Graph.Storage.Sqlite;

namespace Graph.Cli;

/// <summary><c>graph ingest [--db PATH] PATH…</c>: stores text files, and folders of them (*.txt, recursively), into the graph.
/// Each file is one article in one transaction; a bad file is reported with its path and the reason and does not stop the rest.</summary>
public static class IngestCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var db = "data/graph.db";
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db" && i + 1 < args.Length) db = args[++i];
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                await stderr.WriteLineAsync($"graph ingest: unknown option '{args[i]}'.\n{Commands.Usage}");
                return 2;
            }
            else paths.Add(args[i]);
        }
        if (paths.Count == 0)
        {
            await stderr.WriteLineAsync(Commands.Usage);
            return 2;
        }
        var store = new SqliteGraphStore(db);
        var ingestor = new ArticleIngestor(store, new ArabicExtractor(), new IngestLimits());
        int created = 0, unchanged = 0, failed = 0, entities = 0, statements = 0, relations = 0;
        foreach (var file in Expand(paths, stderr, ref failed))
        {
            if (InputFiles.ReadText(file, out var text) is { } error)
            {
                await stderr.WriteLineAsync($"graph ingest: {file}: {error}");
                failed++;
                continue;
            }
            try
            {
                var outcome = await ingestor.IngestAsync(new ArticleInput(text!));
                if (outcome.Created) created++; else unchanged++;
                entities += outcome.Entities;
                statements += outcome.Statements;
                relations += outcome.Relations;
            }
            catch (IngestException e)
            {
                await stderr.WriteLineAsync($"graph ingest: {file}: {e.Message} ({e.Code})");
                failed++;
            }
        }
        await stdout.WriteLineAsync($"{created} new, {unchanged} unchanged, {failed} failed; {entities} entities, {statements} statements, {relations} relations found in new articles");
        return failed == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Expand(List<string> paths, TextWriter stderr, ref int failed)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(path)) files.Add(path);
            else
            {
                stderr.WriteLine($"graph ingest: {path}: no such file or folder");
                failed++;
            }
        }
        return files;
    }
}
