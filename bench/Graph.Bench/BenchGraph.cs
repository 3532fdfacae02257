using System.Diagnostics;
using Graph.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Graph.Api.Ingestion;
using Graph.Core;
using Graph.Extraction;
using Graph.Storage.Sqlite;

namespace Graph.Bench;

/// <summary>A temporary database holding the sample article and <c>articles</c> generated ones, and the service over it
/// on 127.0.0.1 with no rate limit. Deleted on dispose.</summary>
public sealed class BenchGraph : IAsyncDisposable
{
    /// <summary>GRAPH_BENCH_DIR keeps the generated graph there and reuses it when it is already built (for profiling runs).</summary>
    private static readonly string? KeptDir = Environment.GetEnvironmentVariable("GRAPH_BENCH_DIR");
    private readonly string _dir = KeptDir ?? Path.Combine(Path.GetTempPath(), "graph-bench-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public string DatabasePath => Path.Combine(_dir, "graph.db");
    public SqliteGraphStore Store { get; private set; } = null!;
    public TimeSpan StoreTime { get; private set; }
    public Uri Address => new(_app!.Urls.First());

    public static async Task<BenchGraph> BuildAsync(int articles)
    {
        var graph = new BenchGraph();
        Directory.CreateDirectory(graph._dir);
        graph.Store = new SqliteGraphStore(graph.DatabasePath);
        if (KeptDir is not null && (await graph.Store.CountAsync()).Articles > articles) return graph;
        await new ArticleIngestor(graph.Store, new ArabicExtractor(), new IngestLimits()).IngestAsync(new ArticleInput(Graph.Testing.Repo.SeedText));
        var generator = new SyntheticGraph();
        var clock = Stopwatch.StartNew();
        // Batches of 500 articles a transaction, as `graph ingest` stores them.
        var batch = new List<(Article, ExtractionResult)>(500);
        for (var n = 0; n < articles; n++)
        {
            batch.Add(generator.Next(n));
            if (batch.Count < 500 && n < articles - 1) continue;
            await graph.Store.StoreBatchAsync(batch);
            batch.Clear();
        }
        graph.StoreTime = clock.Elapsed;
        return graph;
    }

    public async Task StartServiceAsync()
    {
        _app = GraphApp.Build(["--urls", "http://127.0.0.1:0", "--Graph:DatabasePath", DatabasePath, "--Graph:SamplesPath", "",
            "--Graph:RateLimitPerMinute", "0", "--Logging:LogLevel:Default", "Warning"]);
        await _app.StartAsync();
    }

    /// <summary>The five acceptance queries, from samples/queries, by file name.</summary>
    public static IReadOnlyDictionary<string, string> Queries() =>
        Directory.GetFiles(Path.Combine(Graph.Testing.Repo.Root, "samples", "queries"), "*.graphql")
            .Order(StringComparer.Ordinal).ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (KeptDir is null)
            try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
