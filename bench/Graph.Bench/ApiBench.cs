using System.Diagnostics;
using System.Net.Http.Json;
using Graph.Core;

namespace Graph.Bench;

/// <summary>The five acceptance queries over HTTP (Kestrel on 127.0.0.1) against a generated graph, with p50 and p99,
/// and the same reads called in process in the same run as the baseline.</summary>
public static class ApiBench
{
    public static async Task<int> RunAsync(int articles, int iterations)
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
        var cases = new (string Name, string File, Func<Task> InProcess)[]
        {
            ("1 Russia criticized", "1-which-countries-did-russia-criticize", () => queries.CounterpartsAsync(russia, RelationDirection.Outgoing, [RelationType.Criticized, RelationType.Accused])),
            ("2 who met Wang Yi", "2-who-met-wang-yi", () => store.GetRelationsByEntityAsync([wangYi], RelationDirection.Both, [RelationType.Met])),
            ("3 who sanctioned Russia", "3-who-sanctioned-russia", () => queries.CounterpartsAsync(russia, RelationDirection.Incoming, [RelationType.Sanctioned])),
            ("4 Lavrov on sanctions", "4-what-did-lavrov-say-about-sanctions", () => store.SearchStatementsAsync("العقوبات", lavrov, 50, null)),
            ("5 Japan to China", "5-how-is-japan-connected-to-china", () => queries.PathAsync("Country:JPN", "Country:CHN")),
        };
        Console.WriteLine($"  {"query",-26} {"http p50",9} {"http p99",9} {"in-proc p50",12} {"in-proc p99",12} {"ratio p50",10}");
        foreach (var (name, file, inProcess) in cases)
        {
            var query = texts[file];
            async Task Http()
            {
                using var response = await http.PostAsJsonAsync("/graphql", new { query });
                var body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal)) throw new InvalidOperationException(body[..Math.Min(400, body.Length)]);
            }
            var web = await Time(Http, iterations);
            var local = await Time(inProcess, iterations);
            Console.WriteLine($"  {name,-26} {web.P50,7:N2}ms {web.P99,7:N2}ms {local.P50,10:N2}ms {local.P99,10:N2}ms {web.P50 / local.P50,9:N1}x");
        }
        return 0;
    }

    private static async Task<(double P50, double P99)> Time(Func<Task> action, int iterations)
    {
        for (var i = 0; i < Math.Min(20, iterations); i++) await action();
        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var sw = Stopwatch.StartNew();
            await action();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return (times[iterations / 2], times[Math.Min(iterations - 1, (int)(iterations * 0.99))]);
    }
}
