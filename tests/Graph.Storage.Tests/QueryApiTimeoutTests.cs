using Graph.Storage.Neo4j;

namespace Graph.Storage.Tests;

/// <summary>Time limits per kind of statement against a real HTTP peer that answers slowly: a statement that ran out of time
/// is not sent again, and start-up waits for index builds as long as they take, saying how far they are.</summary>
public sealed class QueryApiTimeoutTests
{
    private static readonly CypherStatement Read = new("slow-read", "MATCH (n) RETURN count(n) AS n");

    private static Neo4jOptions Options(QueryApiPeer peer) => new()
    {
        Uri = peer.Url, Database = "graph", Retries = 4, ReadTimeoutSeconds = 0.3, WriteTimeoutSeconds = 5, IndexPollSeconds = 0.05,
    };

    [Fact]
    public async Task A_read_that_runs_out_of_time_fails_once_and_is_not_sent_again()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        for (var i = 0; i < 5; i++) peer.Answer(200, """{"data":{"fields":["n"],"values":[]}}""", delay: TimeSpan.FromSeconds(3));
        using var client = new QueryApiClient(Options(peer));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Read));

        Assert.Equal(Neo4jException.Timeout, error.Code);
        Assert.False(error.IsTransient);
        Assert.Contains("ReadTimeoutSeconds", error.Message);
        Assert.Single(peer.Requests);
    }

    [Fact]
    public async Task A_write_has_its_own_longer_limit()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        peer.Answer(200, """{"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"1"}]]}}""", delay: TimeSpan.FromSeconds(0.8));
        using var client = new QueryApiClient(Options(peer));

        var result = await client.RunAsync(Read with { Kind = QueryKind.Write });

        Assert.Single(result.Records);
    }

    [Fact]
    public async Task The_schema_waits_for_index_builds_and_logs_their_progress()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        foreach (var _ in Neo4jSchema.Statements) peer.Answer(200, """{"data":{"fields":[],"values":[]}}""");
        const string Building = """
            {"data":{"fields":["name","state","populationPercent"],"values":[[{"$type":"String","_value":"name_key"},
            {"$type":"String","_value":"POPULATING"},{"$type":"Float","_value":"42.5"}]]}}
            """;
        peer.Answer(200, Building).Answer(200, Building).Answer(200, """{"data":{"fields":["name","state","populationPercent"],"values":[]}}""");
        using var client = new QueryApiClient(Options(peer));
        var log = new List<string>();

        await Neo4jSchema.ApplyAsync(client, Options(peer), log.Add);

        Assert.Equal(2, log.Count);
        Assert.Contains("name_key populating 42.5%", log[0]);
        Assert.Equal(Neo4jSchema.Statements.Count + 3, peer.Requests.Count);
    }

    [Fact]
    public async Task A_failed_index_build_stops_start_up_with_its_name()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        foreach (var _ in Neo4jSchema.Statements) peer.Answer(200, """{"data":{"fields":[],"values":[]}}""");
        peer.Answer(200, """
            {"data":{"fields":["name","state","populationPercent"],"values":[[{"$type":"String","_value":"statement_terms"},
            {"$type":"String","_value":"FAILED"},{"$type":"Float","_value":"10.0"}]]}}
            """);
        using var client = new QueryApiClient(Options(peer));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Neo4jSchema.ApplyAsync(client, Options(peer)));

        Assert.Contains("statement_terms", error.Message);
    }
}
