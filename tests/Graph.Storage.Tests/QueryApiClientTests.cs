using System.Text;
using System.Text.Json;
using Graph.Storage.Neo4j;

namespace Graph.Storage.Tests;

/// <summary>The Neo4j adapter's side of the HTTP Query API, against a real HTTP peer: what it sends, how it reads typed
/// answers, how explicit transactions go, which failures it tries again and how errors read.</summary>
public sealed class QueryApiClientTests
{
    private static readonly CypherStatement Echo = new("echo", "RETURN $n AS n, $x AS x, $s AS s, $list AS list", "n", "x", "s", "list");

    private const string Rows = """
        {"data":{"fields":["n","x","s","list"],"values":[[{"$type":"Integer","_value":"42"},{"$type":"Float","_value":"1.0"},
        {"$type":"String","_value":"لافروف"},{"$type":"List","_value":[{"$type":"Null","_value":null},{"$type":"Boolean","_value":true}]}]]},
        "bookmarks":["FB:x"]}
        """;

    private static QueryApiClient Client(QueryApiPeer peer, int retries = 3) =>
        new(new Neo4jOptions { Uri = peer.Url, User = "neo4j", Password = "s3cret pass", Database = "graph", Retries = retries });

    private static Dictionary<string, object?> EchoArgs() => new() { ["n"] = 42, ["x"] = 1.0, ["s"] = "لافروف", ["list"] = new object?[] { null, true } };

    [Fact]
    public async Task Sends_the_statement_with_typed_parameters_and_basic_auth_and_reads_typed_values()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        peer.Answer(202, Rows);
        using var client = Client(peer);
        var result = await client.RunAsync(Echo, EchoArgs());

        var request = Assert.Single(peer.Requests);
        Assert.Equal(("POST", "/db/graph/query/v2"), (request.Method, request.Path));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret pass")), request.Headers.Authorization.ToString());
        Assert.Equal("application/vnd.neo4j.query", request.Headers.ContentType.ToString());
        Assert.Contains("application/vnd.neo4j.query", request.Headers.Accept.ToString());
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(Echo.Text, body.RootElement.GetProperty("statement").GetString());
        var parameters = body.RootElement.GetProperty("parameters");
        Assert.Equal("""{"$type":"Integer","_value":"42"}""", parameters.GetProperty("n").GetRawText());
        Assert.Equal("""{"$type":"Float","_value":"1"}""", parameters.GetProperty("x").GetRawText());
        Assert.Equal("لافروف", parameters.GetProperty("s").GetProperty("_value").GetString());

        var row = Assert.Single(result.Records);
        Assert.Equal(42L, row["n"]);
        Assert.Equal(1.0, Assert.IsType<double>(row["x"]));
        Assert.Equal("لافروف", row.String("s"));
        Assert.Equal([null, true], row.List("list"));
    }

    [Fact]
    public async Task A_statement_is_never_sent_without_every_parameter_it_declares()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        using var client = Client(peer);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.RunAsync(Echo, new Dictionary<string, object?> { ["n"] = 1 }));
        Assert.Contains("x, s, list", error.Message);
        Assert.Empty(peer.Requests);
    }

    [Fact]
    public async Task A_transaction_begins_runs_and_commits_on_one_transaction_id_and_keeps_the_cluster_affinity()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        peer.Answer(202, """{"transaction":{"id":"tx-7","expires":"2026-11-26T23:00:00Z"}}""", affinity: "server-2")
            .Answer(202, Rows)
            .Answer(200, """{"bookmarks":["FB:y"]}""");
        using var client = Client(peer);
        var n = await client.InTransactionAsync(async (tx, ct) => (await tx.RunAsync(Echo, EchoArgs(), ct)).Records.Single()["n"]);

        Assert.Equal(42L, n);
        var requests = peer.Requests.ToList();
        Assert.Equal(["POST /db/graph/query/v2/tx", "POST /db/graph/query/v2/tx/tx-7", "POST /db/graph/query/v2/tx/tx-7/commit"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(requests.Skip(1), r => Assert.Equal("server-2", r.Headers["neo4j-cluster-affinity"].ToString()));
    }

    [Fact]
    public async Task A_failure_inside_a_transaction_rolls_it_back_and_is_not_tried_again()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        peer.Answer(202, """{"transaction":{"id":"tx-9"}}""")
            .Answer(400, """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node(1) already exists with label `Article`"}]}""")
            .Answer(200, "{}");
        using var client = Client(peer);
        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.InTransactionAsync((tx, ct) => tx.RunAsync(Echo, EchoArgs(), ct)));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Contains("running 'echo'", error.Message);
        Assert.Contains("already exists", error.Message);
        Assert.Equal(["POST /db/graph/query/v2/tx", "POST /db/graph/query/v2/tx/tx-9", "DELETE /db/graph/query/v2/tx/tx-9"],
            peer.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task Transient_failures_are_tried_again_and_the_whole_transaction_is_run_anew()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        peer.Answer(503, "")
            .Answer(202, """{"transaction":{"id":"a"}}""")
            .Answer(400, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""")
            .Answer(200, "{}")
            .Answer(202, """{"transaction":{"id":"b"}}""")
            .Answer(202, Rows)
            .Answer(200, "{}");
        using var client = Client(peer);
        var n = await client.InTransactionAsync(async (tx, ct) => (await tx.RunAsync(Echo, EchoArgs(), ct)).Records.Single()["n"]);

        Assert.Equal(42L, n);
        Assert.Equal(["POST /db/graph/query/v2/tx", "POST /db/graph/query/v2/tx", "POST /db/graph/query/v2/tx/a", "DELETE /db/graph/query/v2/tx/a",
                "POST /db/graph/query/v2/tx", "POST /db/graph/query/v2/tx/b", "POST /db/graph/query/v2/tx/b/commit"],
            peer.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_syntax_error_is_reported_with_its_code_and_not_tried_again()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        peer.Answer(400, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETRUN'"}]}""");
        using var client = Client(peer);
        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Echo, EchoArgs()));
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.False(error.IsTransient);
        Assert.Single(peer.Requests);
    }

    [Fact]
    public async Task A_wrong_password_says_which_settings_to_check()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        peer.Answer(401, "");
        using var client = Client(peer);
        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Echo, EchoArgs()));
        Assert.Contains("Graph:Neo4j:Password", error.Message);
        Assert.Single(peer.Requests);
    }

    [Fact]
    public async Task A_server_that_stays_down_fails_after_the_retries_with_the_status()
    {
        await using var peer = await QueryApiPeer.StartAsync();
        for (var i = 0; i < 3; i++) peer.Answer(503, "");
        using var client = Client(peer, retries: 2);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.RunAsync(Echo, EchoArgs()));
        Assert.Contains("503", error.Message);
        Assert.Equal(3, peer.Requests.Count);
    }

    [Theory]
    [InlineData("http://neo4j:p%40ss@db.example:7474", "http://db.example:7474", "neo4j", "p@ss", "neo4j")]
    [InlineData("https://db.example:7473/graphdb", "https://db.example:7473", "neo4j", "", "graphdb")]
    public void Reads_a_server_address_with_credentials_and_database(string url, string uri, string user, string password, string database)
    {
        var options = Neo4jOptions.Parse(url);
        Assert.Equal((uri, user, password, database), (options.Uri, options.User, options.Password, options.Database));
    }

    [Fact]
    public void A_bolt_address_is_refused_with_what_is_expected() =>
        Assert.Contains("http://neo4j:password@localhost:7474", Assert.Throws<ArgumentException>(() => Neo4jOptions.Parse("bolt://localhost:7687")).Message);
}
