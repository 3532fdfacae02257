namespace Graph.Cli.Tests;

/// <summary>Every command explains itself with --help, the tool says its version, and usage errors are one line that points
/// at the help.</summary>
public sealed class HelpTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-help-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("extract", "--jsonl")]
    [InlineData("ingest", "--fail-fast")]
    [InlineData("ingest", "--bulk")]
    [InlineData("export", "--format")]
    [InlineData("cypher", "--list")]
    [InlineData("group", "--neo4j")]
    [InlineData("lexicon", "--forms")]
    [InlineData("train-ner", "--conll")]
    public async Task Every_command_has_help(string command, string mentions)
    {
        var (exit, output, error) = await Cli.RunAsync("", command, "--help");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains($"graph {command}", output);
        Assert.Contains(mentions, output);
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        var (exit, output, _) = await Cli.RunAsync("", "--help");
        Assert.Equal(0, exit);
        foreach (var command in new[] { "extract", "ingest", "export", "cypher", "group", "lexicon", "train-ner" })
            Assert.Contains($"\n  {command} ", output);
    }

    [Fact]
    public async Task Version_is_the_assembly_version()
    {
        var (exit, output, _) = await Cli.RunAsync("", "--version");
        Assert.Equal(0, exit);
        Assert.Matches(@"^graph \d+\.\d+\.\d+", output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("ingest", "--no-such-option", "samples")]
    [InlineData("export", "--format", "csv")]
    public async Task A_usage_error_points_at_the_help(params string[] args)
    {
        var (exit, _, error) = await Cli.RunAsync("", args);
        Assert.Equal(2, exit);
        Assert.Contains("--help'", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Counts_of_one_are_singular()
    {
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "graph.db");
        var one = Path.Combine(_dir, "one.txt");
        await File.WriteAllTextAsync(one, "خبر\nانتقدت الصين الولايات المتحدة.", TestContext.Current.CancellationToken);
        var (exit, output, _) = await Cli.RunAsync("", "ingest", "--db", db, one);
        Assert.Equal(0, exit);
        Assert.Contains("1 new, 0 unchanged, 0 failed; 2 entities, 0 statements, 1 relation found", output);
        var export = await Cli.RunAsync("", "export", "--db", db, "--format", "jsonl", "--out", Path.Combine(_dir, "x.jsonl"));
        Assert.Contains("graph export: 1 article from the SQLite database", export.Err);
    }

    [Fact]
    public async Task Export_without_db_says_it_reads_the_default_database()
    {
        Directory.CreateDirectory(_dir);
        var (_, _, error) = await Cli.RunAsync("", "export", "--format", "jsonl", "--out", Path.Combine(_dir, "x.jsonl"));
        Assert.Contains(Path.GetFullPath("data/graph.db"), error);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
