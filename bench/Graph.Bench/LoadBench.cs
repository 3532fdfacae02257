using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Graph.Api.Hosting;
using Graph.Api.Ingestion;
using Graph.Core;
using Graph.Extraction;
using Graph.Storage.Sqlite;

namespace Graph.Bench;

/// <summary>A load test on loopback: <c>clients</c> concurrent clients for <c>seconds</c>, each cycling through the five
/// acceptance queries against the service on 127.0.0.1 over a generated graph. Reports throughput, p50/p99, errors
/// (which must be 0) and the process's peak memory (server and load generator share the process).</summary>
public static class LoadBench
{
    public static async Task<int> RunAsync(int seconds, int clients, int articles)
    {
        var dir = Path.Combine(Path.GetTempPath(), "graph-load-" + Guid.NewGuid().ToString("N"));
        var db = Path.Combine(dir, "graph.db");
        try
        {
            var store = new SqliteGraphStore(db);
            await new ArticleIngestor(store, new ArabicExtractor(), new IngestLimits()).IngestAsync(new ArticleInput(Graph.Testing.Repo.SeedText));
            var generator = new SyntheticGraph();
            for (var n = 0; n < articles; n++)
            {
                var (article, extraction) = generator.Next(n);
                await store.StoreAsync(article, extraction);
            }
            var app = GraphApp.Build(["--urls", "http://127.0.0.1:0", "--Graph:DatabasePath", db, "--Graph:SamplesPath", "", "--Graph:RateLimitPerMinute", "0", "--Logging:LogLevel:Default", "Warning"]);
            await app.StartAsync();
            var queries = Directory.GetFiles(Path.Combine(Corpus.Root(), "samples", "queries"), "*.graphql").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(app.Urls.First()) };
            var latencies = new ConcurrentBag<double>();
            var errors = 0;
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
            var clock = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
            {
                for (var i = c; !stop.IsCancellationRequested; i++)
                {
                    var sw = Stopwatch.StartNew();
                    try
                    {
                        using var response = await http.PostAsJsonAsync("/graphql", new { query = queries[i % queries.Length] });
                        var body = await response.Content.ReadAsStringAsync();
                        if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal)) Interlocked.Increment(ref errors);
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    latencies.Add(sw.Elapsed.TotalMilliseconds);
                }
            })).ToArray();
            await Task.WhenAll(workers);
            var elapsed = clock.Elapsed.TotalSeconds;
            var sorted = latencies.Order().ToArray();
            using var self = Process.GetCurrentProcess();
            Console.WriteLine($"load test: {clients} clients for {elapsed:N0} s over {articles + 1:N0} articles, the five acceptance queries in turn");
            Console.WriteLine($"  requests {sorted.Length:N0}, throughput {sorted.Length / elapsed:N0}/s, p50 {sorted[sorted.Length / 2]:N1} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:N1} ms, errors {errors}");
            Console.WriteLine($"  peak working set {self.PeakWorkingSet64 / 1024 / 1024:N0} MiB (server and load generator in one process)");
            await app.StopAsync();
            return errors == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
