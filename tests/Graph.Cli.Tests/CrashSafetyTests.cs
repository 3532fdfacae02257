using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Graph.Cli.Tests;

/// <summary>The CLI as a child process over 2,000 articles, killed (SIGKILL) at random moments and run again, must end
/// with the same graph as one clean run; a reader watching meanwhile must never see an article with only part of its graph.</summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-crash-" + Guid.NewGuid().ToString("N"));

    private static string GraphDll => Path.Combine(AppContext.BaseDirectory, "graph.dll");

    private string Corpus(int count)
    {
        Directory.CreateDirectory(_dir);
        var paragraphs = Repo.SeedText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var path = Path.Combine(_dir, "articles.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, count).Select(i => JsonSerializer.Serialize(new
        {
            title = $"Article {i}",
            text = paragraphs[i % paragraphs.Length] + "\n\n" + paragraphs[(i * 7 + 3) % paragraphs.Length] + $" ({i})",
        })));
        return path;
    }

    private static Process Ingest(string db, string input) =>
        Process.Start(new ProcessStartInfo("dotnet", [GraphDll, "ingest", "--db", db, input]) { RedirectStandardOutput = true, RedirectStandardError = true })!;

    /// <summary>Counts and a hash over every stored row that matters, in a stable order.</summary>
    private static string Fingerprint(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var sb = new StringBuilder();
        foreach (var sql in new[]
                 {
                     "SELECT id, title, text FROM articles ORDER BY id",
                     "SELECT id, type, name FROM entities ORDER BY id",
                     "SELECT article_id, entity_id, start, \"end\", kind FROM mentions ORDER BY 1, 2, 3, 4",
                     "SELECT id, speaker_id, text, kind FROM statements ORDER BY id",
                     "SELECT id, type, subject_id, object_id, confidence FROM relations ORDER BY id",
                     // By relation id: seqs differ between a resumed run and a clean one.
                     "SELECT r.id, e.ordinal, e.start, e.\"end\", e.statement_id FROM evidence e JOIN relations r ON r.seq = e.relation_seq ORDER BY 1, 2",
                 })
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            using var reader = cmd.ExecuteReader();
            var rows = 0;
            while (reader.Read())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++) sb.Append(reader.GetValue(i)).Append('\u001f');
                sb.Append('\n');
            }
            sb.Append($"#{rows}\n");
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    [Fact]
    public Task Killed_and_resumed_ingest_ends_with_the_same_graph_as_a_clean_run() => KillAndResumeAsync(articles: 2000, wantedKills: 2, maxRuns: 4, stopAfterKills: int.MaxValue);

    /// <summary>The long version: 20 kills over 8,000 articles (about two minutes on two cores). Not in the default run:
    /// <c>dotnet test --project tests/Graph.Cli.Tests -- --explicit only</c>.</summary>
    [Fact(Explicit = true)]
    public Task Twenty_kills_and_resumes_end_with_the_same_graph_as_a_clean_run() => KillAndResumeAsync(articles: 8000, wantedKills: 20, maxRuns: 40, stopAfterKills: 20);

    private async Task KillAndResumeAsync(int articles, int wantedKills, int maxRuns, int stopAfterKills)
    {
        Directory.CreateDirectory(Path.Combine(Repo.Root, "TestResults"));
        var input = Corpus(articles);
        var clean = Path.Combine(_dir, "clean.db");
        using (var run = Ingest(clean, input)) await run.WaitForExitAsync(TestContext.Current.CancellationToken);
        var expected = Fingerprint(clean);
        var perArticle = RelationsPerArticle(clean);

        var crashed = Path.Combine(_dir, "crashed.db");
        var random = new Random(20261126);
        var kills = 0;
        var halfSeen = 0;
        var storedAfterKills = new List<int>();
        for (var attempt = 0; attempt < maxRuns && kills < stopAfterKills; attempt++)
        {
            var before = ArticleCount(crashed);
            using var run = Ingest(crashed, input);
            // Killed once this run has stored articles of its own, at a random moment after that: a fixed delay from the
            // start killed every run still starting up on a busy machine (four kills, nothing stored by any).
            var started = Stopwatch.StartNew();
            while (!run.HasExited && ArticleCount(crashed) <= before && started.Elapsed < TimeSpan.FromMinutes(2))
                await Task.Delay(50, TestContext.Current.CancellationToken);
            await Task.Delay(random.Next(0, 800), TestContext.Current.CancellationToken);
            if (File.Exists(crashed)) halfSeen += HalfStoredArticles(crashed, perArticle);
            if (!run.HasExited)
            {
                run.Kill(entireProcessTree: true);
                kills++;
            }
            await run.WaitForExitAsync(TestContext.Current.CancellationToken);
            if (File.Exists(crashed)) storedAfterKills.Add(StoredArticles(crashed));
        }
        using (var rest = Ingest(crashed, input)) await rest.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(kills >= wantedKills, $"only {kills} runs were killed before they finished");
        Assert.Contains(storedAfterKills, n => n > 0 && n < articles);
        await File.WriteAllTextAsync(Path.Combine(Repo.Root, "TestResults", $"kill-resume-{wantedKills}.txt"),
            $"{kills} kills; articles stored after each run: {string.Join(", ", storedAfterKills)}; half-stored articles seen: {halfSeen}; final graph equal to a clean run\n",
            TestContext.Current.CancellationToken);
        Assert.Equal(0, halfSeen);
        Assert.Equal(expected, Fingerprint(crashed));
    }

    private static Dictionary<string, long> RelationsPerArticle(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT a.id, (SELECT count(*) FROM relations r WHERE r.article_id = a.id) + (SELECT count(*) FROM statements s WHERE s.article_id = a.id) FROM articles a";
        using var reader = cmd.ExecuteReader();
        var counts = new Dictionary<string, long>();
        while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }

    /// <summary>How many articles a killed run left stored: none when it was killed after making the file but before the
    /// schema (a slow start on a busy machine), which the next run creates.</summary>
    private static int StoredArticles(string db)
    {
        using (var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'articles'";
            if ((long)cmd.ExecuteScalar()! == 0) return 0;
        }
        return RelationsPerArticle(db).Count;
    }

    /// <summary>How many articles the database holds so far: none while it has no file or no schema yet (no such table), or
    /// is locked while its schema is made.</summary>
    private static long ArticleCount(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM articles";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    /// <summary>Articles visible with fewer statements and relations than a clean run stored for them.</summary>
    private static int HalfStoredArticles(string db, Dictionary<string, long> expected)
    {
        try
        {
            return RelationsPerArticle(db).Count(a => expected.TryGetValue(a.Key, out var want) && a.Value != want);
        }
        catch (SqliteException)
        {
            return 0; // the database is still being created by the first run
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
