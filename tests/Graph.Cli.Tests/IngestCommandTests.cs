using Graph.Storage.Sqlite;

namespace Graph.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-cli-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Ingesting_a_folder_twice_stores_each_article_once()
    {
        var db = Path.Combine(_dir, "graph.db");
        var first = await Cli.RunAsync("", "ingest", "--db", db, Path.Combine(Cli.Root, "samples"));
        Assert.Equal(0, first.Exit);
        Assert.StartsWith("1 new, 0 unchanged, 0 failed", first.Out);
        var counts = await new SqliteGraphStore(db).CountAsync(TestContext.Current.CancellationToken);
        var second = await Cli.RunAsync("", "ingest", "--db", db, Path.Combine(Cli.Root, "samples"));
        Assert.StartsWith("0 new, 1 unchanged, 0 failed", second.Out);
        Assert.Equal(counts, await new SqliteGraphStore(db).CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_bad_file_is_reported_and_the_good_ones_are_stored()
    {
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "graph.db");
        var empty = Path.Combine(_dir, "empty.txt");
        var binary = Path.Combine(_dir, "binary.txt");
        await File.WriteAllTextAsync(empty, "  \n", TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(binary, [0xC3, 0x28, 0xFF], TestContext.Current.CancellationToken);
        var (exit, output, error) = await Cli.RunAsync("", "ingest", "--db", db, empty, binary, Cli.Seed, Path.Combine(_dir, "missing.txt"));
        Assert.Equal(1, exit);
        Assert.Contains($"{empty}: The article text is empty", error);
        Assert.Contains($"{binary}: not UTF-8", error);
        Assert.Contains("missing.txt: no such file", error);
        Assert.StartsWith("1 new, 0 unchanged, 3 failed", output);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
