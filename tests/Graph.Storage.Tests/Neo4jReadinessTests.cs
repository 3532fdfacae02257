using Graph.Storage.Neo4j;

namespace Graph.Storage.Tests;

/// <summary>The Neo4j store's readiness against a real HTTP peer: one trivial statement once the schema is in place, no counting,
/// and "not ready" at once while indexes are still building.</summary>
public sealed class Neo4jReadinessTests
{
    private const string Empty = """{"data":{"fields":[],"values":[]}}""";

    [Fact]
    public async Task Ready_is_one_RETURN_1_after_the_schema_and_counts_nothing()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        foreach (var _ in Neo4jSchema.Statements) peer.Answer(200, Empty);
        peer.Answer(200, Empty).Answer(200, """{"data":{"fields":["ok"],"values":[[{"$type":"Integer","_value":"1"}]]}}""");
        using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = peer.Url, IndexPollSeconds = 0.05 });

        await store.EnsureSchemaAsync();
        await store.CheckReadyAsync(TestContext.Current.CancellationToken);

        var last = peer.Requests.Last();
        Assert.Contains(Cypher.Ready.Text, last.Body);
        Assert.DoesNotContain(peer.Requests, r => r.Body.Contains("count(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task While_indexes_build_it_is_not_ready_and_says_so_without_waiting()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        foreach (var _ in Neo4jSchema.Statements) peer.Answer(200, Empty);
        peer.Answer(200, """
            {"data":{"fields":["name","state","populationPercent"],"values":[[{"$type":"String","_value":"name_key"},
            {"$type":"String","_value":"POPULATING"},{"$type":"Float","_value":"3.0"}]]}}
            """);
        using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = peer.Url, IndexPollSeconds = 30 });
        var started = DateTime.UtcNow;
        while (peer.Requests.Count <= Neo4jSchema.Statements.Count && DateTime.UtcNow - started < TimeSpan.FromSeconds(20))
        {
            _ = store.EnsureSchemaAsync();
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.CheckReadyAsync(TestContext.Current.CancellationToken));

        Assert.Equal("Graph.NotReady", error.Code);
        Assert.DoesNotContain(peer.Requests, r => r.Body.Contains(Cypher.Ready.Text, StringComparison.Ordinal));
    }
}
