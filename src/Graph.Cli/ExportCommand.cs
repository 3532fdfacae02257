using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Core;
using Graph.Storage.Neo4j;

namespace Graph.Cli;

/// <summary><c>graph export [--db PATH | --neo4j URL] --format cypher|graphml|jsonl [--out FILE]</c>: the stored graph, article by article.
/// <c>cypher</c> is a cypher-shell script that replays the Neo4j store's own statements (schema first, one transaction an article),
/// so a graph built on the embedded store loads into Neo4j as if ingested there; <c>graphml</c> is the entity graph for Gephi;
/// <c>jsonl</c> is one article and its whole extraction a line.</summary>
public static class ExportCommand
{
    private static readonly string[] Formats = ["cypher", "graphml", "jsonl"];

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var (db, neo4j) = Commands.StoreSwitches("The SQLite database to read; the default is the one the service uses when run from the repository.");
        var format = new Option<string>("--format") { Description = "cypher (a cypher-shell script for Neo4j), graphml (Gephi) or jsonl (one article and its extraction a line).", Required = true };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string>("--out") { Description = "Write to FILE rather than standard output.", HelpName = "FILE", DefaultValueFactory = _ => "" };
        var command = new Command("export", "Write the stored graph for Neo4j, Gephi or other tools; says on standard error which database it read.") { db, neo4j, format, output };
        command.SetAction(parse => RunAsync(new StoreOptions(parse.GetValue(db)!, parse.GetValue(neo4j)), parse.GetValue(format)!, parse.GetValue(output)!, stdout, stderr));
        return command;
    }

    public static async Task<int> RunAsync(StoreOptions source, string format, string outPath, TextWriter stdout, TextWriter stderr)
    {
        var (store, error) = source.Open(mustExist: true);
        if (store is null)
        {
            await stderr.WriteLineAsync($"graph export: {error}");
            return 2;
        }
        await using var file = outPath.Length > 0 ? new StreamWriter(outPath) : null;
        var output = (TextWriter?)file ?? stdout;
        var articles = 0;
        try
        {
            switch (format)
            {
                case "cypher":
                    await CypherScript.WriteHeaderAsync(output);
                    await foreach (var (article, extraction) in ReadAsync(store)) { await CypherScript.WriteAsync(output, article, extraction); articles++; }
                    break;
                case "jsonl":
                    await foreach (var (article, extraction) in ReadAsync(store))
                    {
                        await output.WriteLineAsync(JsonSerializer.Serialize(new { article, extraction }, Json));
                        articles++;
                    }
                    break;
                default:
                    articles = await GraphMl.WriteAsync(output, ReadAsync(store));
                    break;
            }
        }
        catch (Exception e) when (StoreFailure.Is(e))
        {
            await stderr.WriteLineAsync($"graph export: the store failed after {articles:N0} articles: {e.Message}");
            return 1;
        }
        await output.FlushAsync();
        await stderr.WriteLineAsync($"graph export: {Plural.Of(articles, "article", "articles")} from {source.Describe()} written as {format}{(outPath.Length > 0 ? " to " + outPath : "")}.");
        return 0;
    }

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>Every stored article with what was extracted from it, 100 articles a round of store calls.</summary>
    public static async IAsyncEnumerable<(Article Article, ExtractionResult Extraction)> ReadAsync(IGraphStore store)
    {
        string? after = null;
        while (true)
        {
            var page = await store.ListArticlesAsync(100, after);
            if (page.Items.Count == 0) yield break;
            var ids = page.Items.Select(i => i.Node.Id).ToList();
            var mentions = await store.GetMentionsByArticleAsync(ids);
            var statements = await store.GetStatementsByArticleAsync(ids);
            var relations = await store.GetRelationsByArticleAsync(ids);
            var entities = (await store.GetEntitiesAsync(ids.SelectMany(EntitiesOf).ToHashSet())).ToDictionary(e => e.Id);
            foreach (var item in page.Items)
            {
                var id = item.Node.Id;
                var used = EntitiesOf(id).Where(entities.ContainsKey).Select(e => entities[e]).ToList();
                yield return (item.Node, new ExtractionResult(used, mentions[id].ToList(), statements[id].ToList(), relations[id].ToList()));
            }

            if (!page.HasNextPage) yield break;
            after = page.Items[^1].Cursor;

            // The entities an article's extraction names: mentioned, at either end of a relation, speaker or source.
            IEnumerable<string> EntitiesOf(string article) => mentions[article].Select(m => m.EntityId)
                .Concat(relations[article].SelectMany(r => new[] { r.SubjectId, r.ObjectId }))
                .Concat(statements[article].SelectMany(s => new[] { s.SpeakerId, s.SourceId }).OfType<string>())
                .Distinct();
        }
    }
}
