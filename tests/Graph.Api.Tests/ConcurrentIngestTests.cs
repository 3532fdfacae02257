using System.Diagnostics;
using System.Text.Json;
using Graph.Api.Hosting;

namespace Graph.Api.Tests;

/// <summary>Two ingests of overlapping articles at the same time — the CLI as a child process and the mutation over HTTP,
/// on one database — store each article once.</summary>
public sealed class ConcurrentIngestTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-concurrent-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_cli_and_the_mutation_at_once_store_each_article_once()
    {
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "graph.db");
        var paragraphs = Repo.SeedText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var texts = Enumerable.Range(0, 300).Select(i => paragraphs[i % paragraphs.Length] + $" ({i})").ToList();
        var input = Path.Combine(_dir, "articles.jsonl");
        await File.WriteAllLinesAsync(input, texts.Select(t => JsonSerializer.Serialize(new { text = t })), TestContext.Current.CancellationToken);

        var app = GraphApp.Build(["--urls", "http://127.0.0.1:0", "--Graph:DatabasePath", db, "--Graph:SamplesPath", "", "--Graph:RateLimitPerMinute", "0",
            "--Logging:LogLevel:Default", "Warning"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            var cli = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "graph.dll"), "ingest", "--db", db, input])
                { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var created = 0;
            // The mutation takes the same articles in reverse order, so the two meet in the middle.
            foreach (var text in Enumerable.Reverse(texts))
            {
                var response = await http.PostAsync("/graphql", JsonContent(ServiceFixture.Ingest, new { input = new { text } }), TestContext.Current.CancellationToken);
                using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
                Assert.False(doc.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
                if (doc.RootElement.GetProperty("data").GetProperty("ingestArticle").GetProperty("created").GetBoolean()) created++;
            }
            await cli.WaitForExitAsync(TestContext.Current.CancellationToken);
            var summary = (await cli.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken)).Trim().Split('\n')[^1];
            var cliCreated = int.Parse(summary.Split(' ')[0]);

            Assert.Equal(texts.Count, created + cliCreated);
            using var stats = JsonDocument.Parse(await (await http.PostAsync("/graphql", JsonContent("{ stats { articles } }", null), TestContext.Current.CancellationToken))
                .Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(texts.Count, stats.RootElement.GetProperty("data").GetProperty("stats").GetProperty("articles").GetInt32());
        }
        finally
        {
            await app.StopAsync(TestContext.Current.CancellationToken);
            await app.DisposeAsync();
        }
    }

    private static StringContent JsonContent(string query, object? variables) =>
        new(JsonSerializer.Serialize(new { query, variables }), System.Text.Encoding.UTF8, "application/json");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
