using Graph.Core;
using Graph.Storage.Neo4j;

namespace Graph.Storage.Tests;

/// <summary>The Neo4j store's batch write against a real HTTP peer: one explicit transaction, one UNWIND statement per kind of
/// row for all the batch's articles, and a write that runs out of time is neither retried nor replayed article by article.</summary>
public sealed class Neo4jBatchWriteTests
{
    private const string Empty = """{"data":{"fields":[],"values":[]}}""";

    private static string Written(int n) => $$$"""{"data":{"fields":["written"],"values":[[{"$type":"Integer","_value":"{{{n}}}"}]]}}""";

    private static async Task<(QueryApiPeer Peer, Neo4jGraphStore Store)> StartAsync(double writeTimeout = 30)
    {
        var peer = await QueryApiPeer.StartAsync();
        foreach (var _ in Neo4jSchema.Statements) peer.Answer(200, Empty);
        peer.Answer(200, Empty);
        var store = new Neo4jGraphStore(new Neo4jOptions { Uri = peer.Url, IndexPollSeconds = 0.05, WriteTimeoutSeconds = writeTimeout });
        await store.EnsureSchemaAsync();
        while (peer.Requests.TryDequeue(out _)) { }
        return (peer, store);
    }

    private static List<(Article, ExtractionResult)> Batch(int n) => Enumerable.Range(0, n).Select(i =>
    {
        var article = TestGraph.Article($"{TestGraph.Text} ({i})");
        return (article, TestGraph.Extraction(article));
    }).ToList();

    [Fact]
    public async Task Sixty_four_articles_are_one_transaction_of_nine_requests()
    {
        var (peer, store) = await StartAsync();
        await using var _ = peer;
        using var __ = store;
        var batch = Batch(64);
        var created = string.Join(',', batch.Select(b => $$"""[{"$type":"String","_value":"{{b.Item1.Id}}"},{"$type":"Boolean","_value":true}]"""));
        peer.Answer(202, """{"transaction":{"id":"tx-1"}}""")
            .Answer(202, $$$"""{"data":{"fields":["id","created"],"values":[{{{created}}}]}}""")
            .Answer(202, Written(64)).Answer(202, Written(3 * 64)).Answer(202, Written(2 * 64)).Answer(202, Written(64))
            .Answer(202, Written(64)).Answer(202, Written(64))
            .Answer(200, """{"bookmarks":["FB:1"]}""");

        var outcomes = await store.StoreBatchAsync(batch, TestContext.Current.CancellationToken);

        Assert.All(outcomes, o => Assert.True(o.Created));
        var requests = peer.Requests.ToList();
        Assert.Equal(9, requests.Count);
        Assert.Equal("/db/neo4j/query/v2/tx", requests[0].Path);
        Assert.All(requests.Skip(1).SkipLast(1), r => Assert.Equal("/db/neo4j/query/v2/tx/tx-1", r.Path));
        Assert.Equal("/db/neo4j/query/v2/tx/tx-1/commit", requests[^1].Path);
        Assert.All(requests.Skip(1).SkipLast(1).Where(r => !r.Body.Contains("Sequence", StringComparison.Ordinal)), r => Assert.Contains("UNWIND $", r.Body));
        Assert.Single(requests, r => r.Body.Contains("Sequence", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_batch_write_that_runs_out_of_time_is_rolled_back_and_not_sent_again()
    {
        var (peer, store) = await StartAsync(writeTimeout: 0.3);
        await using var _ = peer;
        using var __ = store;
        peer.Answer(202, """{"transaction":{"id":"tx-2"}}""")
            .Answer(202, Empty, delay: TimeSpan.FromSeconds(3))
            .Answer(200, "{}");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.StoreBatchAsync(Batch(2), TestContext.Current.CancellationToken));

        Assert.Equal(Neo4jException.Timeout, error.Code);
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx-2", "DELETE /db/neo4j/query/v2/tx/tx-2"],
            peer.Requests.Select(r => $"{r.Method} {r.Path}"));
    }
}
