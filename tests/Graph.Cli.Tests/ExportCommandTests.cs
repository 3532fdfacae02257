using System.Text.Json;
using System.Xml.Linq;
using Graph.Core;
using Graph.Storage.Neo4j;
using Graph.Storage.Sqlite;

namespace Graph.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-export-" + Guid.NewGuid().ToString("N"));

    private async Task<string> SeedDatabaseAsync()
    {
        var db = Path.Combine(_dir, "graph.db");
        Assert.Equal(0, (await Cli.RunAsync("", "ingest", "--db", db, Path.Combine(Cli.Root, "samples"))).Exit);
        return db;
    }

    [Fact]
    public async Task A_jsonl_export_stored_again_gives_the_same_graph()
    {
        var db = await SeedDatabaseAsync();
        var (exit, output, _) = await Cli.RunAsync("", "export", "--db", db, "--format", "jsonl");
        Assert.Equal(0, exit);
        var copy = new SqliteGraphStore(Path.Combine(_dir, "copy.db"));
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var article = json.RootElement.GetProperty("article").Deserialize<Article>(ExportCommand.Json)!;
            var extraction = json.RootElement.GetProperty("extraction").Deserialize<ExtractionResult>(ExportCommand.Json)!;
            Assert.True((await copy.StoreAsync(article, extraction, TestContext.Current.CancellationToken)).Created);
        }
        var original = new SqliteGraphStore(db);
        Assert.Equal(await original.CountAsync(TestContext.Current.CancellationToken), await copy.CountAsync(TestContext.Current.CancellationToken));
        var query = new RelationQuery(Order: RelationOrder.ConfidenceDescending);
        Assert.Equal((await original.QueryRelationsAsync(query, 500, null, TestContext.Current.CancellationToken)).Items.Select(i => i.Node.Id),
            (await copy.QueryRelationsAsync(query, 500, null, TestContext.Current.CancellationToken)).Items.Select(i => i.Node.Id));
    }

    [Fact]
    public async Task A_graphml_export_has_every_relation_as_an_edge_between_entity_nodes()
    {
        var db = await SeedDatabaseAsync();
        var file = Path.Combine(_dir, "graph.graphml");
        var (exit, _, err) = await Cli.RunAsync("", "export", "--db", db, "--format", "graphml", "--out", file);
        Assert.Equal(0, exit);
        Assert.Contains($"1 article from the SQLite database {Path.GetFullPath(db)} written as graphml", err);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var graph = XDocument.Load(file).Root!.Element(ns + "graph")!;
        var counts = await new SqliteGraphStore(db).CountAsync(TestContext.Current.CancellationToken);
        var nodes = graph.Elements(ns + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        var edges = graph.Elements(ns + "edge").ToList();
        Assert.Equal(counts.Relations, edges.Count);
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, nodes));
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("target")!, nodes));
        Assert.Contains(edges, e => e.Elements(ns + "data").Any(d => (string)d.Attribute("key")! == "cameo" && d.Value == "163"));
        Assert.Contains(graph.Elements(ns + "node"), n => n.Elements(ns + "data").Any(d => d.Value == "روسيا"));
    }

    [Fact]
    public async Task A_cypher_export_replays_the_stores_own_statements_one_transaction_an_article()
    {
        var db = await SeedDatabaseAsync();
        var (exit, script, _) = await Cli.RunAsync("", "export", "--db", db, "--format", "cypher");
        Assert.Equal(0, exit);
        var lines = script.Split('\n');
        Assert.Equal(1, lines.Count(l => l == ":begin"));
        Assert.Equal(1, lines.Count(l => l == ":commit"));
        foreach (var schema in Neo4jSchema.Statements) Assert.Contains(schema.Text + ";", script);
        Assert.Contains(Cypher.MergeArticles.Text + ";", script);
        Assert.Contains(Cypher.MergeRelations[RelationType.Sanctioned].Text + ";", script);
        Assert.Contains(lines, l => l.StartsWith(":param rows => [{`id`: 'Person:", StringComparison.Ordinal));
        // Every statement of the script is one the catalog has (so CI's parse covers it), each after its parameters.
        var known = Neo4jSchema.Statements.Concat(Cypher.All).Select(s => s.Text).ToHashSet();
        var statements = string.Join('\n', lines.Where(l => !l.StartsWith(':') && !l.StartsWith("//")))
            .Split(";\n", StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim().TrimEnd(';')).Where(s => s.Length > 0);
        Assert.All(statements, s => Assert.Contains(s, known));
    }

    [Fact]
    public async Task Lists_every_cypher_statement_with_its_parameters_and_the_index_it_relies_on()
    {
        var (exit, output, _) = await Cli.RunAsync("", "cypher", "--list", "--json");
        Assert.Equal(0, exit);
        var listed = JsonDocument.Parse(output).RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Equal(Neo4jSchema.Statements.Count + Cypher.All.Count, listed.Count);
        Assert.Contains("merge-relations-criticized", listed);
        var text = await Cli.RunAsync("", "cypher", "--list");
        Assert.Contains("// search (parameters: $query, $skip, $take)\n// uses: statement_search (full-text, on terms and speakerId)", text.Out.ReplaceLineEndings("\n"));
        Assert.Contains("// uses: name_key (unique: seek on the key)", text.Out);
    }

    [Theory]
    [InlineData("export", "--format", "csv")]
    [InlineData("export", "--db", "/nonexistent/graph.db", "--format", "jsonl")]
    [InlineData("export", "--format")]
    [InlineData("cypher")]
    [InlineData("cypher", "--list", "--yaml")]
    [InlineData("export", "--neo4j", "bolt://localhost:7687", "--format", "jsonl")]
    [InlineData("ingest", "--neo4j", "neo4j:password@localhost", "samples")]
    public async Task Bad_arguments_say_what_was_wrong(params string[] args)
    {
        var (exit, _, err) = await Cli.RunAsync("", args);
        Assert.Equal(2, exit);
        Assert.StartsWith($"graph {args[0]}:", err);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_in_one_line()
    {
        Directory.CreateDirectory(_dir);
        var notDb = Path.Combine(_dir, "notes.db");
        await File.WriteAllTextAsync(notDb, "this is a text file, not SQLite", TestContext.Current.CancellationToken);
        var (exit, _, err) = await Cli.RunAsync("", "export", "--db", notDb, "--format", "jsonl");
        Assert.Equal(2, exit);
        Assert.StartsWith($"graph export: {notDb}:", err);
        Assert.DoesNotContain("   at ", err);
        Assert.Equal("this is a text file, not SQLite", await File.ReadAllTextAsync(notDb, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("export", "--format", "jsonl")]
    [InlineData("ingest", "samples")]
    public async Task A_Neo4j_server_that_does_not_answer_is_reported_without_a_stack_trace(params string[] args)
    {
        // Port 9 on loopback: nothing listens, so every try is refused (after the retries for transient failures).
        var (exit, _, err) = await Cli.RunAsync("", [args[0], "--neo4j", "http://neo4j:password@127.0.0.1:9", .. args[1..].Select(a => a == "samples" ? Path.Combine(Cli.Root, "samples") : a)]);
        Assert.Equal(1, exit);
        Assert.StartsWith($"graph {args[0]}: the store failed after 0", err);
        Assert.DoesNotContain("   at ", err);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
