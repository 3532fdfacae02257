using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Graph.Core;
using Graph.Extraction;
using Graph.Ingestion;
using Graph.Storage.Sqlite;

namespace Graph.Bench;

/// <summary>A temporary database holding the sample article and <c>articles</c> generated ones, and the service over it
/// on 127.0.0.1 with no rate limit: the real program (src/Graph.Api, built with the benchmark) in its own process, with its
/// own runtime settings (server GC, no dynamic PGO), so the load generator neither shares its heap nor its JIT. Deleted on dispose.</summary>
public sealed class BenchGraph : IAsyncDisposable
{
    /// <summary>GRAPH_BENCH_DIR keeps the generated graph there and reuses it when it is already built (for profiling runs).</summary>
    private static readonly string? KeptDir = Environment.GetEnvironmentVariable("GRAPH_BENCH_DIR");
    private readonly string _dir = KeptDir ?? Path.Combine(Path.GetTempPath(), "graph-bench-" + Guid.NewGuid().ToString("N"));
    private Process? _service;

    public string DatabasePath => Path.Combine(_dir, "graph.db");
    public SqliteGraphStore Store { get; private set; } = null!;
    public TimeSpan StoreTime { get; private set; }
    public Uri Address { get; private set; } = null!;

    /// <summary>The service's process (for its memory).</summary>
    public Process Service => _service!;

    public static async Task<BenchGraph> BuildAsync(int articles)
    {
        var graph = new BenchGraph();
        Directory.CreateDirectory(graph._dir);
        graph.Store = new SqliteGraphStore(graph.DatabasePath);
        if (KeptDir is not null && (await graph.Store.CountAsync()).Articles > articles) return graph;
        await new ArticleIngestor(graph.Store, new ArabicExtractor(), new IngestLimits()).IngestAsync(new ArticleInput(Graph.Testing.Repo.SeedText));
        var generator = new SyntheticGraph();
        var clock = Stopwatch.StartNew();
        var lap = TimeSpan.Zero;
        // Batches of 500 articles a transaction, as `graph ingest` stores them.
        var batch = new List<(Article, ExtractionResult)>(500);
        // A bulk import, as `graph ingest --bulk` stores an archive: the indexes storing never reads are built once at the end
        // (counted in the store time), not entry by entry on random pages.
        await using (graph.Store.BeginBulkImport())
        {
            for (var n = 0; n < articles; n++)
            {
                batch.Add(generator.Next(n));
                if (batch.Count < 500 && n < articles - 1) continue;
                await graph.Store.StoreBatchAsync(batch);
                batch.Clear();
                // The pace as the database grows, every 100,000 articles (the rate of the last 100,000, then the whole run's).
                if ((n + 1) % 100_000 == 0)
                {
                    Console.WriteLine($"  stored {n + 1,9:N0}: {100_000 / (clock.Elapsed - lap).TotalSeconds,5:N0} articles/s for the last 100,000, {(n + 1) / clock.Elapsed.TotalSeconds,5:N0} overall, database {new FileInfo(graph.DatabasePath).Length / 1048576.0:N0} MiB");
                    lap = clock.Elapsed;
                }
            }
            lap = clock.Elapsed;
        }
        Console.WriteLine($"  indexes built again in {(clock.Elapsed - lap).TotalSeconds:N1} s");
        graph.StoreTime = clock.Elapsed;
        return graph;
    }

    /// <summary>The service's young-generation size, as the Dockerfile and the launch profile set it.</summary>
    public const string ServiceGen0Size = "0x10000000";

    public async Task StartServiceAsync()
    {
        // The service built beside the benchmark, in the same configuration (bench/…/bin/Release → src/Graph.Api/bin/Release).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var program = Graph.Testing.Repo.Path("src", "Graph.Api", "bin", configuration, "net10.0", "Graph.Api.dll");
        if (!File.Exists(program)) throw new FileNotFoundException($"Build the service first: {program} is missing.");
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        Address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [program, "--urls", Address.ToString(), "--Graph:DatabasePath", DatabasePath,
            "--Graph:SamplesPath", "", "--Graph:RateLimitPerMinute", "0", "--Graph:AllowAnonymousWrites", "true", "--Logging:LogLevel:Default", "Warning"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        // As the image runs it (Dockerfile): a young generation of 256 MB. GRAPH_BENCH_GC=defaults measures the runtime's own.
        if (Environment.GetEnvironmentVariable("GRAPH_BENCH_GC") != "defaults") start.Environment["DOTNET_GCgen0size"] = ServiceGen0Size;
        _service = Process.Start(start)!;
        _service.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine("  service: " + line); };
        _service.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine("  service: " + line); };
        _service.BeginOutputReadLine();
        _service.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = Address };
        for (var tries = 0; ; tries++)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (tries < 300 && !_service.HasExited)
            {
            }
            if (_service.HasExited) throw new InvalidOperationException($"The service exited with code {_service.ExitCode}.");
            await Task.Delay(100);
        }
    }

    /// <summary>The five acceptance queries, from samples/queries, by file name.</summary>
    public static IReadOnlyDictionary<string, string> Queries() =>
        Directory.GetFiles(Path.Combine(Graph.Testing.Repo.Root, "samples", "queries"), "*.graphql")
            .Order(StringComparer.Ordinal).ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);

    public async ValueTask DisposeAsync()
    {
        if (_service is not null)
        {
            if (!_service.HasExited) _service.Kill(entireProcessTree: true);
            await _service.WaitForExitAsync();
            _service.Dispose();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (KeptDir is null)
            try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
