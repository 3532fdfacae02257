using Graph.Core;
using Graph.Storage.Neo4j;

namespace Graph.Storage.Tests;

/// <summary>The Neo4j store's batch write against a real HTTP peer: one explicit transaction, one UNWIND statement per kind of
/// row for all the batch's articles, and a write that runs out of time is neither retried nor replayed article by article.</summary>
public sealed class Neo4jBatchWriteTests
{
    private const string Empty = """{"data":{"fields":[],"values":[]}}""";

    private static string Written(int n) => $$$"""{"data":{"fields":["written"],"values":[[{"$type":"Integer","_value":"{{{n}}}"}]]}}""";

    private static List<(Article, ExtractionResult)> Batch(int n) => Enumerable.Range(0, n).Select(i =>
    {
        var article = TestGraph.Article($"{TestGraph.Text} ({i})");
        return (article, TestGraph.Extraction(article));
    }).ToList();

    private static string Created(IEnumerable<(Article, ExtractionResult)> batch) =>
        $$$"""{"data":{"fields":["id","created"],"values":[{{{string.Join(',', batch.Select(b => $$"""[{"$type":"String","_value":"{{b.Item1.Id}}"},{"$type":"Boolean","_value":true}]"""))}}}]}}""";

    [Fact]
    public async Task Sixty_four_articles_are_one_transaction_of_eight_requests_and_no_shared_counter()
    {
        var (peer, store) = await QueryApiPeer.StartWithStoreAsync();
        await using var _ = peer;
        using var __ = store;
        var batch = Batch(64);
        peer.Answer(202, """{"transaction":{"id":"tx-1"}}""")
            .Answer(202, Created(batch))
            .Answer(202, Written(3 * 64)).Answer(202, Written(2 * 64)).Answer(202, Written(64))
            .Answer(202, Written(64)).Answer(202, Written(64))
            .Answer(200, """{"bookmarks":["FB:1"]}""");

        var outcomes = await store.StoreBatchAsync(batch, TestContext.Current.CancellationToken);

        Assert.All(outcomes, o => Assert.True(o.Created));
        var requests = peer.Requests.ToList();
        Assert.Equal(8, requests.Count);
        Assert.Equal("/db/neo4j/query/v2/tx", requests[0].Path);
        Assert.All(requests.Skip(1).SkipLast(1), r => Assert.Equal("/db/neo4j/query/v2/tx/tx-1", r.Path));
        Assert.Equal("/db/neo4j/query/v2/tx/tx-1/commit", requests[^1].Path);
        Assert.All(requests.Skip(1).SkipLast(1), r => Assert.Contains("UNWIND $", r.Body));
        Assert.DoesNotContain(requests, r => r.Body.Contains("Sequence", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_article_is_written_by_the_same_statements_as_a_batch()
    {
        var (peer, store) = await QueryApiPeer.StartWithStoreAsync();
        await using var _ = peer;
        using var __ = store;
        var (article, extraction) = Batch(1)[0];
        peer.Answer(202, """{"transaction":{"id":"tx-3"}}""")
            .Answer(202, Created([(article, extraction)]))
            .Answer(202, Written(3)).Answer(202, Written(2)).Answer(202, Written(1)).Answer(202, Written(1)).Answer(202, Written(1))
            .Answer(200, """{"bookmarks":["FB:1"]}""");

        var outcome = await store.StoreAsync(article, extraction, TestContext.Current.CancellationToken);

        Assert.True(outcome.Created);
        var statements = peer.Requests.Skip(1).SkipLast(1).Select(r => r.Body).ToList();
        Assert.Equal(6, statements.Count);
        Assert.Contains("UNWIND $articles AS row", statements[0]);
        Assert.Contains(statements, b => b.Contains("[r:SANCTIONED {id: row.id}]", StringComparison.Ordinal));
        Assert.All(statements, b => Assert.Contains("UNWIND $", b));
    }

    [Fact]
    public async Task A_batch_write_that_runs_out_of_time_is_rolled_back_and_not_sent_again()
    {
        var (peer, store) = await QueryApiPeer.StartWithStoreAsync(writeTimeout: 0.3);
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
