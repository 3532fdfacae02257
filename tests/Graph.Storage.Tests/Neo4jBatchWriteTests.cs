using System.Text.Json;
using Graph.Core;
using Graph.Core.Grouping;
using Graph.Storage.Neo4j;

namespace Graph.Storage.Tests;

/// <summary>The Neo4j store's batch write against a real HTTP peer: one explicit transaction, one UNWIND statement per kind of
/// row for all the batch's articles, the story and event candidates of all its articles read in two requests and what was
/// decided written in one, and a write that runs out of time is neither retried nor replayed article by article.</summary>
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

    private const string NoCandidates = """{"data":{"fields":["copies","reports","offices"],"values":[[{"$type":"List","_value":[]},{"$type":"List","_value":[]},{"$type":"List","_value":[]}]]}}""";

    private static string Str(string s) => $$"""{"$type":"String","_value":{{JsonSerializer.Serialize(s)}}}""";

    private static string Int(long n) => $$"""{"$type":"Integer","_value":"{{n}}"}""";

    private static string Map(params (string Key, string Value)[] entries) =>
        """{"$type":"Map","_value":{""" + string.Join(',', entries.Select(e => $"\"{e.Key}\":{e.Value}")) + "}}";

    /// <summary>The values of one field of the rows of a list parameter of a request (Neo4j's typed JSON, unwrapped).</summary>
    private static List<string> Field(QueryApiPeer.Request request, string parameter, string field) =>
        JsonDocument.Parse(request.Body).RootElement.GetProperty("parameters").GetProperty(parameter).GetProperty("_value").EnumerateArray()
            .Select(row => row.GetProperty("_value").GetProperty(field).GetProperty("_value").ToString()).ToList();

    [Fact]
    public async Task Sixty_four_articles_are_one_transaction_of_eleven_requests_and_no_shared_counter()
    {
        var (peer, store) = await QueryApiPeer.StartWithStoreAsync();
        await using var _ = peer;
        using var __ = store;
        var batch = Batch(64);
        peer.Answer(202, """{"transaction":{"id":"tx-1"}}""")
            .Answer(202, Created(batch))
            .Answer(202, NoCandidates).Answer(202, Empty)
            .Answer(202, Written(3 * 64)).Answer(202, Written(2 * 64)).Answer(202, Written(64))
            .Answer(202, Written(64)).Answer(202, Written(64))
            .Answer(202, Empty)
            .Answer(200, """{"bookmarks":["FB:1"]}""");

        var outcomes = await store.StoreBatchAsync(batch, TestContext.Current.CancellationToken);

        Assert.All(outcomes, o => Assert.True(o.Created));
        var requests = peer.Requests.ToList();
        // Before stories and events were kept: 8 (begin, articles, entities, mentions, statements, two relation types, commit).
        Assert.Equal(11, requests.Count);
        Assert.Contains("MATCH (b:StoryBand {key: k})", requests[2].Body);
        Assert.Contains("MATCH (e:Event)", requests[3].Body);
        Assert.Contains("MERGE (e:Event {id: row.id})", requests[^2].Body);
        // The batch's 64 copies of one text are one story, and their 64 reports of one act one event, decided in memory.
        Assert.Single(Field(requests[^2], "stories", "story").Distinct());
        var events = Field(requests[^2], "events", "id");
        Assert.Equal(64, events.Count);
        Assert.Single(events.Distinct());
        var sanctions = requests.Single(r => r.Body.Contains("[r:SANCTIONED {id: row.id}]", StringComparison.Ordinal));
        Assert.All(JsonDocument.Parse(sanctions.Body).RootElement.GetProperty("parameters").GetProperty("rows").GetProperty("_value").EnumerateArray(),
            row => Assert.Equal(events[0], row.GetProperty("_value").GetProperty("props").GetProperty("_value").GetProperty("eventId").GetProperty("_value").GetString()));
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
            .Answer(202, NoCandidates).Answer(202, Empty)
            .Answer(202, Written(3)).Answer(202, Written(2)).Answer(202, Written(1)).Answer(202, Written(1)).Answer(202, Written(1))
            .Answer(202, Empty)
            .Answer(200, """{"bookmarks":["FB:1"]}""");

        var outcome = await store.StoreAsync(article, extraction, TestContext.Current.CancellationToken);

        Assert.True(outcome.Created);
        var statements = peer.Requests.Skip(1).SkipLast(1).Select(r => r.Body).ToList();
        Assert.Equal(9, statements.Count);
        Assert.Contains("UNWIND $articles AS row", statements[0]);
        Assert.Contains(statements, b => b.Contains("[r:SANCTIONED {id: row.id}]", StringComparison.Ordinal));
        Assert.All(statements, b => Assert.Contains("UNWIND $", b));
    }

    [Fact]
    public async Task A_new_article_joins_the_stored_story_and_event_its_look_ups_find()
    {
        var (peer, store) = await QueryApiPeer.StartWithStoreAsync();
        await using var _ = peer;
        using var __ = store;
        var (article, extraction) = Batch(1)[0];
        var signature = StorySignature.Of(article.Text);
        var band = StorySignature.BandKeys(signature)[5];
        var copy = Map(("key", Int(band)), ("article", Str("Article:stored")), ("story", Str("Story:stored")),
            ("signature", $$"""{"$type":"List","_value":[{{string.Join(',', signature.Select(h => Int(h)))}}]}"""));
        var day = article.PublishedAt!.Value.DayNumber;
        peer.Answer(202, """{"transaction":{"id":"tx-4"}}""")
            .Answer(202, Created([(article, extraction)]))
            .Answer(202, """{"data":{"fields":["copies","reports","offices"],"values":[[{"$type":"List","_value":[""" + copy
                + """]},{"$type":"List","_value":[]},{"$type":"List","_value":[]}]]}}""")
            .Answer(202, """{"data":{"fields":["id","subject","type","object","date","anchor"],"values":[["""
                + string.Join(',', Str("Event:stored"), Str("Country:JPN"), Str("SANCTIONED"), Str("Country:RUS"), """{"$type":"Null","_value":null}""", Int(day - 2))
                + "]]}}")
            .Answer(202, Written(3)).Answer(202, Written(2)).Answer(202, Written(1)).Answer(202, Written(1)).Answer(202, Written(1))
            .Answer(202, Empty)
            .Answer(200, """{"bookmarks":["FB:1"]}""");

        await store.StoreAsync(article, extraction, TestContext.Current.CancellationToken);

        var requests = peer.Requests.ToList();
        Assert.Contains($"\"_value\":\"{band}\"", requests[2].Body);
        Assert.Equal([(day - EventDraft.WindowDays).ToString(System.Globalization.CultureInfo.InvariantCulture)], Field(requests[3], "lookups", "from"));
        Assert.Equal(["Story:stored"], Field(requests[^2], "stories", "story"));
        Assert.Equal(["Event:stored"], Field(requests[^2], "events", "id"));
        Assert.Contains(requests, r => r.Body.Contains("[r:SANCTIONED {id: row.id}]", StringComparison.Ordinal) && r.Body.Contains("Event:stored", StringComparison.Ordinal));
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
