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
    public async Task A_bulk_ingest_stores_the_same_and_leaves_every_index_in_place()
    {
        var normal = Path.Combine(_dir, "normal.db");
        var bulk = Path.Combine(_dir, "bulk.db");
        Assert.Equal(0, (await Cli.RunAsync("", "ingest", "--db", normal, Path.Combine(Cli.Root, "samples"))).Exit);
        var run = await Cli.RunAsync("", "ingest", "--bulk", "--db", bulk, Path.Combine(Cli.Root, "samples"));
        Assert.Equal(0, run.Exit);
        Assert.StartsWith("1 new, 0 unchanged, 0 failed", run.Out);
        Assert.Equal(await new SqliteGraphStore(normal).CountAsync(TestContext.Current.CancellationToken),
            await new SqliteGraphStore(bulk).CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(Indexes(normal), Indexes(bulk));
        Assert.Equal(2, (await Cli.RunAsync("", "ingest", "--bulk", "--neo4j", "http://neo4j:x@localhost:7474", Path.Combine(Cli.Root, "samples"))).Exit);
    }

    private static string Indexes(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name)";
        return (string)cmd.ExecuteScalar()!;
    }

    [Fact]
    public async Task An_article_already_stored_or_met_earlier_in_the_run_is_not_extracted_again()
    {
        var db = Path.Combine(_dir, "graph.db");
        var samples = Path.Combine(Cli.Root, "samples");
        var extractor = new CountingExtractor(new Graph.Extraction.ArabicExtractor());
        async Task<string> IngestAsync()
        {
            using var output = new StringWriter();
            Assert.Equal(0, await IngestCommand.RunAsync(new StoreOptions(db, null), false, [samples, samples], output, TextWriter.Null, extractor));
            return output.ToString();
        }

        Assert.StartsWith("1 new, 1 unchanged, 0 failed", await IngestAsync());
        Assert.Equal(1, extractor.Calls);
        Assert.StartsWith("0 new, 2 unchanged, 0 failed", await IngestAsync());
        Assert.Equal(1, extractor.Calls);
    }

    [Fact]
    public async Task English_text_is_stored_with_a_warning_that_it_is_not_Arabic()
    {
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "graph.db");
        var english = Path.Combine(_dir, "english.txt");
        await File.WriteAllTextAsync(english, "Lavrov in Beijing\nRussian Foreign Minister Sergey Lavrov met Wang Yi on Tuesday.", TestContext.Current.CancellationToken);
        var (exit, output, error) = await Cli.RunAsync("", "ingest", "--db", db, english, Cli.Seed);
        Assert.Equal(0, exit);
        Assert.Contains($"{english}: warning: The text is not Arabic (detected: en)", error);
        Assert.DoesNotContain(Cli.Seed, error);
        Assert.StartsWith("2 new, 0 unchanged, 0 failed", output);
        Assert.EndsWith("; 1 article is not Arabic (stored, nothing extracted)", output.TrimEnd());
        var articles = await new SqliteGraphStore(db).ListArticlesAsync(10, null, TestContext.Current.CancellationToken);
        Assert.Contains(articles.Items, a => a.Node.Title == "Lavrov in Beijing");
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

    [Fact]
    public async Task A_bad_json_line_is_reported_with_file_and_line_and_the_others_are_stored()
    {
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "graph.db");
        var jsonl = Path.Combine(_dir, "news.jsonl");
        await File.WriteAllLinesAsync(jsonl,
        [
            System.Text.Json.JsonSerializer.Serialize(new { title = "One", outlet = "TASS", publishedAt = "2024-04-09", text = "حذرت موسكو طوكيو من عواقب القرار." }),
            "{\"title\": \"broken\"",
            System.Text.Json.JsonSerializer.Serialize(new { text = "قال لافروف إن الحوار ممكن." }),
            System.Text.Json.JsonSerializer.Serialize(new { text = "انتقدت الصين الولايات المتحدة.", publishedAt = "not a date" }),
        ], TestContext.Current.CancellationToken);
        var (exit, output, error) = await Cli.RunAsync("", "ingest", "--db", db, jsonl);
        Assert.Equal(1, exit);
        Assert.Contains($"{jsonl}:2: not valid JSON", error);
        Assert.Contains($"{jsonl}:4: \"publishedAt\" is not a date", error);
        Assert.StartsWith("2 new, 0 unchanged, 2 failed", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        var articles = await new SqliteGraphStore(db).ListArticlesAsync(10, null, TestContext.Current.CancellationToken);
        var first = Assert.Single(articles.Items, a => a.Node.Title == "One").Node;
        Assert.Equal(("TASS", new DateOnly(2024, 4, 9)), (first.Outlet, first.PublishedAt!.Value));
    }

    [Fact]
    public async Task Thousands_of_malformed_lines_do_not_stop_the_good_ones()
    {
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "graph.db");
        var random = new Random(2026);
        var lines = new List<string>();
        var good = 0;
        for (var i = 0; i < 2000; i++)
        {
            lines.Add((i % 10) switch
            {
                0 => System.Text.Json.JsonSerializer.Serialize(new { text = $"قال لافروف إن الحوار ممكن رقم {good++}." }),
                1 => "{\"text\": 42}",
                2 => "[1, 2, 3]",
                3 => "{\"text\": \"\\u0001\\u0002\"}",
                4 => "{\"title\": \"no text\"}",
                5 => "{\"text\": \"ok\", \"publishedAt\": \"31/31/31\"}",
                6 => new string(Enumerable.Range(0, random.Next(1, 80)).Select(_ => (char)random.Next(33, 0x700)).ToArray()),
                7 => "{\"text\": \"" + new string('"', 3),
                8 => "{\"text\": \"   \"}",
                _ => "{" + new string('{', random.Next(1, 50)),
            });
        }
        var jsonl = Path.Combine(_dir, "fuzz.jsonl");
        await File.WriteAllLinesAsync(jsonl, lines, TestContext.Current.CancellationToken);
        var (exit, output, error) = await Cli.RunAsync("", "ingest", "--db", db, jsonl);
        Assert.Equal(1, exit);
        Assert.Equal(good, (await new SqliteGraphStore(db).CountAsync(TestContext.Current.CancellationToken)).Articles);
        Assert.StartsWith($"{good} new, 0 unchanged, {2000 - good} failed", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Equal(2000 - good, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_line_with_a_lone_surrogate_is_reported_by_file_and_line_and_the_program_goes_on()
    {
        // Once the program died with SIGABRT here and stored nothing: run it as its own process, as a user would.
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "graph.db");
        var jsonl = Path.Combine(_dir, "surrogates.jsonl");
        await File.WriteAllLinesAsync(jsonl,
        [
            System.Text.Json.JsonSerializer.Serialize(new { text = "قال لافروف إن الحوار ممكن." }),
            "{\"text\": \"قال لافروف \\ud800 إن الحوار ممكن.\"}",
            "{\"title\": \"\\udfff\", \"text\": \"قال لافروف إن الحوار صعب.\"}",
            "{\"text\": \"انتقدت الصين الولايات المتحدة.\", \"text\": \"twice\"}",
            System.Text.Json.JsonSerializer.Serialize(new { text = "انتقدت الصين الولايات المتحدة." }),
        ], TestContext.Current.CancellationToken);
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "graph.dll"), "ingest", "--db", db, jsonl])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, process.ExitCode);
        Assert.Contains($"{jsonl}:2: the line.text holds text that is not valid Unicode", error);
        Assert.Contains($"{jsonl}:3: the line.title holds text that is not valid Unicode", error);
        Assert.Contains($"{jsonl}:4: the line names 'text' twice", error);
        Assert.DoesNotContain("Unhandled exception", error);
        Assert.StartsWith("2 new, 0 unchanged, 3 failed", (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Equal(2, (await new SqliteGraphStore(db).CountAsync(TestContext.Current.CancellationToken)).Articles);
    }

    [Fact]
    public async Task Fail_fast_stops_at_the_first_bad_item()
    {
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "graph.db");
        var jsonl = Path.Combine(_dir, "bad-first.jsonl");
        var lines = new List<string> { "not json" };
        lines.AddRange(Enumerable.Range(0, 200).Select(i => System.Text.Json.JsonSerializer.Serialize(new { text = $"قال لافروف إن الحوار ممكن {i}." })));
        await File.WriteAllLinesAsync(jsonl, lines, TestContext.Current.CancellationToken);
        var (exit, output, error) = await Cli.RunAsync("", "ingest", "--db", db, "--fail-fast", jsonl);
        Assert.Equal(1, exit);
        Assert.Contains(":1: not valid JSON", error);
        Assert.True((await new SqliteGraphStore(db).CountAsync(TestContext.Current.CancellationToken)).Articles < 200, output);
    }

    [Fact]
    public async Task A_text_file_gives_its_first_line_as_the_title()
    {
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "graph.db");
        var file = Path.Combine(_dir, "one.txt");
        await File.WriteAllTextAsync(file, "لافروف في بكين\n\nقال وزير الخارجية الروسي سيرجي لافروف إن العلاقات جيدة.", TestContext.Current.CancellationToken);
        await Cli.RunAsync("", "ingest", "--db", db, file);
        var article = Assert.Single((await new SqliteGraphStore(db).ListArticlesAsync(10, null, TestContext.Current.CancellationToken)).Items).Node;
        Assert.Equal("لافروف في بكين", article.Title);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
