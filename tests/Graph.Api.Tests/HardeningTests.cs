using System.Net;
using System.Net.Http.Json;
using Graph.Api.Hosting;

namespace Graph.Api.Tests;

/// <summary>The API key for mutations (and, when configured, queries) and the per-client rate limit, on a real server.</summary>
public sealed class HardeningTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-hard-" + Guid.NewGuid().ToString("N"));
    private readonly List<WebApplication> _apps = [];

    private async Task<HttpClient> StartAsync(params string[] settings)
    {
        Directory.CreateDirectory(_dir);
        var app = GraphApp.Build(["--urls", "http://127.0.0.1:0", "--Graph:DatabasePath", Path.Combine(_dir, $"{_apps.Count}.db"), "--Graph:SamplesPath", "",
            "--Logging:LogLevel:Default", "Warning", .. settings]);
        await app.StartAsync();
        _apps.Add(app);
        return new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    private static HttpRequestMessage Post(string query, string? bearer = null, string? apiKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (bearer is not null) request.Headers.Authorization = new("Bearer", bearer);
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        return request;
    }

    private const string Mutation = """mutation { ingestArticle(input: { text: "قال لافروف إن الحوار ممكن." }) { created } }""";

    [Fact]
    public async Task A_store_that_cannot_be_opened_stops_the_service_with_one_clear_line()
    {
        // The real program, pointed at a Neo4j server that is not there (nothing listens on port 9).
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet", [typeof(GraphApp).Assembly.Location, "--urls", "http://127.0.0.1:0",
            "--Graph:Store", "neo4j", "--Graph:Neo4j:Uri", "http://127.0.0.1:9", "--Graph:Neo4j:Password", "x", "--Graph:SamplesPath", "",
            "--Graph:AllowAnonymousWrites", "true"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var all = await output + await errors;
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("Graph cannot open its store, Neo4j at http://127.0.0.1:9", all);
        Assert.DoesNotContain("   at ", all);
    }

    [Fact]
    public async Task Mutations_need_the_key_and_queries_do_not_unless_configured()
    {
        using var http = await StartAsync("--Graph:ApiKey", "s3cret-key");
        using var none = await http.SendAsync(Post(Mutation));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Contains("UNAUTHENTICATED", await none.Content.ReadAsStringAsync());
        using var wrong = await http.SendAsync(Post(Mutation, bearer: "guess"));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        using var right = await http.SendAsync(Post(Mutation, bearer: "s3cret-key"));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("\"created\":true", await right.Content.ReadAsStringAsync());
        using var header = await http.SendAsync(Post(Mutation, apiKey: "s3cret-key"));
        Assert.Contains("\"created\":false", await header.Content.ReadAsStringAsync());
        using var query = await http.SendAsync(Post("{ stats { articles } }"));
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
    }

    [Theory]
    [InlineData("mutation($i: IngestArticleInput = { text: \"قال لافروف إن الحوار ممكن.\" }) { ingestArticle(input: $i) { created } }", null)]
    [InlineData("query Q { stats { articles } } mutation M { ingestArticle(input: { text: \"قال لافروف إن الحوار ممكن.\" }) { created } }", "M")]
    [InlineData("fragment F on Query { stats { articles } } mutation { ingestArticle(input: { text: \"قال لافروف\" }) { created } }", null)]
    [InlineData("mutation @skip(if: {a: 1}) { ingestArticle(input: { text: \"x\" }) { created } }", null)]
    public async Task A_mutation_is_told_from_its_tokens_whatever_surrounds_it_and_needs_the_key(string document, string? operationName)
    {
        using var http = await StartAsync("--Graph:ApiKey", "s3cret-key");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = document, operationName }) };
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var query = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "query Q { stats { articles } } mutation M { ingestArticle(input: { text: \"x\" }) { created } }", operationName = "Q" }),
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
    }

    [Fact]
    public async Task Queries_need_the_key_when_so_configured()
    {
        using var http = await StartAsync("--Graph:ApiKey", "k-123456", "--Graph:RequireApiKeyForQueries", "true");
        using var denied = await http.SendAsync(Post("{ stats { articles } }"));
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
        using var allowed = await http.SendAsync(Post("{ stats { articles } }", bearer: "k-123456"));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Past_the_rate_limit_requests_get_429_with_Retry_After()
    {
        using var http = await StartAsync("--Graph:RateLimitPerMinute", "5");
        for (var i = 0; i < 5; i++)
        {
            using var ok = await http.SendAsync(Post("{ stats { articles } }"));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using var limited = await http.SendAsync(Post("{ stats { articles } }"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("RATE_LIMITED", await limited.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Retry_After_says_the_seconds_really_left_in_the_window()
    {
        using var http = await StartAsync("--Graph:RateLimitPerMinute", "2");
        for (var i = 0; i < 2; i++) (await http.SendAsync(Post("{ stats { articles } }"), TestContext.Current.CancellationToken)).Dispose();
        using var first = await http.SendAsync(Post("{ stats { articles } }"), TestContext.Current.CancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(2.5), TestContext.Current.CancellationToken);
        using var later = await http.SendAsync(Post("{ stats { articles } }"), TestContext.Current.CancellationToken);
        var (a, b) = (first.Headers.RetryAfter!.Delta!.Value.TotalSeconds, later.Headers.RetryAfter!.Delta!.Value.TotalSeconds);
        Assert.InRange(a, 50, 60);
        Assert.InRange(b, 1, a - 2);
        Assert.Contains($"Try again in {b} s", await later.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_has_its_own_limit_and_elsewhere_the_header_is_ignored()
    {
        HttpRequestMessage From(string client)
        {
            var request = Post("{ stats { articles } }");
            request.Headers.Add("X-Forwarded-For", client);
            return request;
        }
        using var proxied = await StartAsync("--Graph:RateLimitPerMinute", "2", "--Graph:KnownProxies:0", "127.0.0.1");
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await proxied.SendAsync(From("203.0.113.7"), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await proxied.SendAsync(From("203.0.113.7"), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await proxied.SendAsync(From("198.51.100.9"), TestContext.Current.CancellationToken)).StatusCode);

        using var direct = await StartAsync("--Graph:RateLimitPerMinute", "2");
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await direct.SendAsync(From($"203.0.113.{i}"), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await direct.SendAsync(From("198.51.100.9"), TestContext.Current.CancellationToken)).StatusCode);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
