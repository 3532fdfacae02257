using System.Text.Json;
using Graph.Core;
using Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Tests;

/// <summary>Bulk import on real SQLite files: the same graph as a normal ingest, and every index back afterwards, even when
/// the import never ended.</summary>
public sealed class SqliteBulkImportTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-bulk-" + Guid.NewGuid().ToString("N"));

    private static readonly string[] Texts =
    [
        TestGraph.Text,
        "قال وزير الخارجية الروسي سيرجي لافروف إن اليابان فرضت عقوبات جديدة على روسيا يوم الثلاثاء.",
        "أعلن وزير الخارجية الروسي سيرجي لافروف أن اليابان فرضت عقوبات على روسيا وأن موسكو سترد.",
    ];

    private static List<(Article, ExtractionResult)> Items() =>
        Texts.Select(TestGraph.Article).Select(a => (a, TestGraph.Extraction(a))).ToList();

    [Fact]
    public async Task A_bulk_import_stores_the_same_graph_as_a_normal_ingest_and_its_indexes_come_back()
    {
        var normal = new SqliteGraphStore(Path.Combine(_dir, "normal.db"));
        await normal.StoreBatchAsync(Items());
        var bulk = new SqliteGraphStore(Path.Combine(_dir, "bulk.db"));
        var before = Indexes(bulk.DatabasePath);
        await using (bulk.BeginBulkImport())
        {
            Assert.DoesNotContain(Indexes(bulk.DatabasePath), i => i.Name == "ix_relations_subject_edge");
            Assert.Contains(Indexes(bulk.DatabasePath), i => i.Name == "ix_events_key"); // read while storing: kept
            await bulk.StoreBatchAsync(Items());
        }
        Assert.Equal(before, Indexes(bulk.DatabasePath));
        Assert.Equal(0, DeferredCount(bulk.DatabasePath));
        Assert.Equal(await Answers(normal), await Answers(bulk));
    }

    [Fact]
    public async Task A_bulk_import_that_never_ended_gets_its_indexes_back_when_the_store_next_opens()
    {
        var path = Path.Combine(_dir, "killed.db");
        var before = Indexes(new SqliteGraphStore(path).DatabasePath);
        var store = new SqliteGraphStore(path);
        _ = store.BeginBulkImport(); // never disposed, as when the process is killed
        await store.StoreBatchAsync(Items());
        Assert.Equal(16, DeferredCount(path));
        SqliteConnection.ClearAllPools();
        var reopened = new SqliteGraphStore(path);
        Assert.Equal(before, Indexes(path));
        Assert.Equal(0, DeferredCount(path));
        Assert.Equal(Texts.Length, (await reopened.CountAsync()).Articles);
        var normal = new SqliteGraphStore(Path.Combine(_dir, "normal.db"));
        await normal.StoreBatchAsync(Items());
        Assert.Equal(await Answers(normal), await Answers(reopened));
    }

    /// <summary>What queries answer, as JSON (records holding lists compare by reference).</summary>
    private static async Task<string> Answers(SqliteGraphStore store)
    {
        var articles = Texts.Select(t => Ids.Article(t)).ToList();
        string[] entities = ["Country:RUS", "Country:JPN", "Person:sergey-lavrov"];
        var relations = await store.GetRelationsByArticleAsync(articles);
        var statements = await store.GetStatementsByArticleAsync(articles);
        var byEntity = await store.GetRelationsByEntityAsync(entities, RelationDirection.Both);
        var events = await store.QueryEventsAsync(new EventQuery(), 10, null);
        return JsonSerializer.Serialize(new object[]
        {
            await store.CountAsync(),
            (await store.GetArticlesAsync(articles)).OrderBy(a => a.Id),
            articles.Select(a => relations[a]), articles.Select(a => statements[a]),
            entities.Select(e => byEntity[e]),
            await store.GetLinksAsync(entities, [RelationType.Sanctioned, RelationType.AffiliatedWith]),
            (await store.GetOfficialsAsync(["Country:RUS"]))["Country:RUS"],
            events.Items.Select(i => i.Node), events.TotalCount,
            (await store.SearchStatementsAsync("لافروف", null, 10, null)).Items.Select(i => i.Node.Statement.Id),
        });
    }

    private static List<(string Name, string Sql)> Indexes(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        using var reader = cmd.ExecuteReader();
        var indexes = new List<(string, string)>();
        while (reader.Read()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        return indexes;
    }

    private static long DeferredCount(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM deferred_indexes";
        return (long)cmd.ExecuteScalar()!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
