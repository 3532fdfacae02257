using System.Diagnostics;
using System.Net.Http.Json;
using Graph.Core;

namespace Graph.Bench;

/// <summary>The five acceptance queries over HTTP (Kestrel on 127.0.0.1) against a generated graph, with p50 and p99,
/// and the same reads called in process in the same run as the baseline.</summary>
public static class ApiBench
{
    public static async Task<int> RunAsync(int articles, int iterations, string? only = null)
    {
        await using var graph = await BenchGraph.BuildAsync(articles);
        var store = graph.Store;
        var counts = await store.CountAsync();
        Console.WriteLine($"api benchmark: {counts.Articles:N0} articles, {counts.Entities:N0} entities, {counts.Statements:N0} statements, {counts.Relations:N0} relations; stored in {graph.StoreTime.TotalSeconds:N1} s ({articles / graph.StoreTime.TotalSeconds:N0} articles/s, 500 a transaction)");
        await graph.StartServiceAsync();
        using var http = new HttpClient { BaseAddress = graph.Address };
        var queries = new GraphQueries(store);
        var russia = "Country:RUS";
        var wangYi = (await store.FindEntitiesAsync(new EntityFilter("Wang Yi", EntityType.Person), 1, null)).Items[0].Node.Id;
        var lavrov = (await store.FindEntitiesAsync(new EntityFilter("Lavrov", EntityType.Person), 1, null)).Items[0].Node.Id;
        var texts = BenchGraph.Queries();
        var cases = new (string Name, string Query, Func<Task> InProcess)[]
        {
            ("0 HTTP floor", "{ __typename }", () => Task.CompletedTask),
            ("1 Russia criticized", texts["1-which-countries-did-russia-criticize"], () => queries.CounterpartsAsync(russia, RelationDirection.Outgoing, [RelationType.Criticized, RelationType.Accused])),
            ("2 who met Wang Yi", texts["2-who-met-wang-yi"], () => store.GetRelationsByEntityAsync([wangYi], RelationDirection.Both, [RelationType.Met])),
            ("3 who sanctioned Russia", texts["3-who-sanctioned-russia"], () => queries.CounterpartsAsync(russia, RelationDirection.Incoming, [RelationType.Sanctioned])),
            ("4 Lavrov on sanctions", texts["4-what-did-lavrov-say-about-sanctions"], () => store.SearchStatementsAsync("العقوبات", lavrov, 50, null)),
            ("5 Japan to China", texts["5-how-is-japan-connected-to-china"], () => queries.PathAsync("Country:JPN", "Country:CHN")),
            // Not one of the five: a search without a speaker for the commonest word of the generated statements.
            ("6 anyone on sanctions", """{ searchStatements(text: "العقوبات", first: 10) { totalCount edges { score node { text speaker { name } } } } }""",
                () => store.SearchStatementsAsync("العقوبات", null, 10, null)),
        };
        Console.WriteLine($"  {"query",-26} {"http p50",9} {"http p99",9} {"in-proc p50",12} {"in-proc p99",12} {"ratio p50",10}");
        // "0" (asked for by name only) times the smallest query, { __typename }: the HTTP and GraphQL floor under the others.
        foreach (var (name, query, inProcess) in cases.Where(c => only is null ? !c.Name.StartsWith('0') : c.Name.StartsWith(only, StringComparison.Ordinal)))
        {
            var request = JsonContent.Create(new { query }).ReadAsByteArrayAsync().Result;
            var buffer = new byte[1 << 16];
            async Task Http()
            {
                // The client reads the answer's bytes into one reused buffer: buffered into a string, a 180 KB answer was two
                // large-object allocations a request in this process, and its collections were timed as the service's.
                using var content = new ByteArrayContent(request);
                content.Headers.ContentType = new("application/json");
                using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
                using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
                await using var stream = await response.Content.ReadAsStreamAsync();
                int length = 0, read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(length))) > 0)
                    if ((length += read) == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
                var body = buffer.AsSpan(0, length);
                if (!response.IsSuccessStatusCode || body.IndexOf("\"errors\""u8) >= 0)
                    throw new InvalidOperationException(System.Text.Encoding.UTF8.GetString(body[..Math.Min(400, length)]));
            }
            var web = await Time(Http, iterations);
            var local = await Time(inProcess, iterations);
            Console.WriteLine($"  {name,-26} {web.P50,7:N2}ms {web.P99,7:N2}ms {local.P50,10:N2}ms {local.P99,10:N2}ms {web.P50 / local.P50,9:N1}x");
        }
        // The service's peak resident memory (VmHWM) over the whole run, and what the graph takes on disk.
        graph.Service.Refresh();
        var onDisk = new[] { "", "-wal" }.Select(x => new FileInfo(graph.DatabasePath + x)).Where(f => f.Exists).Sum(f => f.Length);
        Console.WriteLine($"  database {onDisk / 1048576.0:N0} MiB; the service's peak memory {graph.Service.PeakWorkingSet64 / 1048576.0:N0} MiB");
        return 0;
    }

    private static async Task<(double P50, double P99)> Time(Func<Task> action, int iterations)
    {
        // Warm up until the JIT has settled (tiered compilation recompiles hot methods during the first seconds).
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 20 || warm.Elapsed < TimeSpan.FromSeconds(3); i++) await action();
        var times = new double[iterations];
        var gcs = new int[iterations];
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        for (var i = 0; i < iterations; i++)
        {
            var g = GC.CollectionCount(0);
            var sw = Stopwatch.StartNew();
            await action();
            times[i] = sw.Elapsed.TotalMilliseconds;
            gcs[i] = GC.CollectionCount(0) - g;
        }
        if (Environment.GetEnvironmentVariable("GRAPH_BENCH_TAIL") is not null)
        {
            var slow = times.Select((t, i) => (t, i)).OrderByDescending(x => x.t).Take(30).ToList();
            Console.WriteLine($"    slowest: {string.Join(", ", slow.Select(x => $"{x.t:N1}{(gcs[x.i] > 0 ? "*" : "")}"))}; in this process (the client, or the in-process baseline): iterations with a GC: {gcs.Count(x => x > 0)}, GC pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:N0} ms in all, heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576} MiB, allocated {(GC.GetTotalAllocatedBytes() - allocated) / iterations / 1024:N0} KiB a call");
        }
        Array.Sort(times);
        return (times[iterations / 2], times[Math.Min(iterations - 1, (int)(iterations * 0.99))]);
    }
}
