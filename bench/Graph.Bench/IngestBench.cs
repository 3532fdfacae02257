using System.Diagnostics;
using Graph.Core;
using Graph.Storage.Sqlite;

namespace Graph.Bench;

/// <summary>What keeping stories and events costs at ingest: the same synthetic articles stored twice in the same run, in
/// transactions of 500 as <c>graph ingest</c> stores them, once with grouping off (the baseline) and once on.</summary>
public static class IngestBench
{
    public static async Task<int> RunAsync(int articles, bool bulk)
    {
        var dir = Path.Combine(Path.GetTempPath(), "graph-ingest-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            Console.WriteLine($"ingest benchmark: {articles:N0} synthetic articles, 500 a transaction, SQLite{(bulk ? ", in a bulk import" : "")}");
            var off = await StoreAsync(Path.Combine(dir, "off.db"), articles, grouping: false, bulk);
            Console.WriteLine($"  grouping off: {off.TotalSeconds,8:N1} s  {articles / off.TotalSeconds,8:N0} articles/s");
            var on = await StoreAsync(Path.Combine(dir, "on.db"), articles, grouping: true, bulk);
            Console.WriteLine($"  grouping on:  {on.TotalSeconds,8:N1} s  {articles / on.TotalSeconds,8:N0} articles/s");
            Console.WriteLine($"  ratio on / off: {on / off,6:N2}x");
            var store = new SqliteGraphStore(Path.Combine(dir, "on.db"));
            var events = await store.QueryEventsAsync(new EventQuery(), 0, null);
            var corroborated = await store.QueryEventsAsync(new EventQuery(MinOutlets: 2), 0, null);
            var counts = await store.CountAsync();
            Console.WriteLine($"  {counts.Relations:N0} relations, {events.TotalCount:N0} events, {corroborated.TotalCount:N0} reported by two outlets or more");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<TimeSpan> StoreAsync(string path, int articles, bool grouping, bool bulk)
    {
        var store = new SqliteGraphStore(path, grouping);
        var generator = new SyntheticGraph();
        var items = new List<(Article, ExtractionResult)>(500);
        var clock = Stopwatch.StartNew();
        // In bulk (as `graph ingest --bulk`) the dropped indexes are built again within the time measured.
        await using (bulk ? store.BeginBulkImport() : null)
            for (var n = 0; n < articles; n++)
            {
                items.Add(generator.Next(n));
                if (items.Count < 500 && n < articles - 1) continue;
                await store.StoreBatchAsync(items);
                items.Clear();
            }
        return clock.Elapsed;
    }
}
