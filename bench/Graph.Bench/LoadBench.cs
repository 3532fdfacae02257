using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;

namespace Graph.Bench;

/// <summary>A load test on loopback: <c>clients</c> concurrent clients for <c>seconds</c>, each cycling through the five
/// acceptance queries against the service on 127.0.0.1 over a generated graph. Reports throughput, p50/p99, errors
/// (which must be 0) and the service's peak memory (it runs in its own process).</summary>
public static class LoadBench
{
    public static async Task<int> RunAsync(int seconds, int clients, int articles)
    {
        await using var graph = await BenchGraph.BuildAsync(articles);
        await graph.StartServiceAsync();
        var queries = BenchGraph.Queries().Values.ToArray();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = graph.Address };
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
        graph.Service.Refresh();
        Console.WriteLine($"load test: {clients} clients for {elapsed:N0} s over {articles + 1:N0} articles, the five acceptance queries in turn");
        Console.WriteLine($"  requests {sorted.Length:N0}, throughput {sorted.Length / elapsed:N0}/s, p50 {sorted[sorted.Length / 2]:N1} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:N1} ms, errors {errors}");
        Console.WriteLine($"  service peak working set {graph.Service.PeakWorkingSet64 / 1024 / 1024:N0} MiB");
        return errors == 0 ? 0 : 1;
    }
}
