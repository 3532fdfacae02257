using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Graph.Api.Hosting;

namespace Graph.Api.Tests;

/// <summary>The service's metrics at /metrics (Prometheus format, behind the API key) and its spans, after real requests.</summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private const string Key = "metrics-key-1";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-telemetry-" + Guid.NewGuid().ToString("N"));
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

    private static HttpRequestMessage Post(string query, object? variables = null) =>
        new(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }), Headers = { { "X-Api-Key", Key } } };

    [Fact]
    public async Task Metrics_show_requests_by_operation_costs_refusals_store_calls_and_ingestion_to_callers_with_the_key()
    {
        var spans = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == GraphTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a => spans.Enqueue(a.DisplayName),
        };
        ActivitySource.AddActivityListener(listener);
        using var http = await StartAsync("--Graph:ApiKey", Key);
        (await http.SendAsync(Post("query Stats { stats { articles } }"), TestContext.Current.CancellationToken)).Dispose();
        (await http.SendAsync(Post(ServiceFixture.Ingest, new { input = new { text = "قال وزير الخارجية الروسي سيرجي لافروف إن الحوار ممكن." } }),
            TestContext.Current.CancellationToken)).Dispose();
        (await http.SendAsync(Post(Hostile.Deep(80)), TestContext.Current.CancellationToken)).Dispose();

        using var anonymous = await http.GetAsync(TelemetryExtensions.MetricsPath, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, TelemetryExtensions.MetricsPath) { Headers = { { "X-Api-Key", Key } } };
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var metrics = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = metrics.Split('\n');
        void Has(string name, params string[] labels) =>
            Assert.True(lines.Any(l => l.StartsWith(name + "{", StringComparison.Ordinal) && labels.All(l.Contains)), $"no {name} with {string.Join(", ", labels)}:\n{metrics}");
        Has("graph_graphql_request_duration_seconds_count", "graphql_operation_name=\"Stats\"", "graphql_operation_type=\"query\"");
        Has("graph_graphql_request_duration_seconds_count", "graphql_operation_type=\"mutation\"");
        Has("graph_graphql_rejected_total", "error_code=\"DOCUMENT_TOO_DEEP\"");
        Has("graph_graphql_selections_count");
        Has("graph_graphql_complexity_count");
        Has("graph_store_calls_total", "graph_store_method=\"CountAsync\"", "graph_outcome=\"ok\"");
        Has("graph_store_duration_seconds_count", "graph_store_method=\"StoreAsync\"");
        Has("graph_ingest_articles_total", "graph_outcome=\"created\"");
        Assert.Contains("graphql", spans);
        Assert.Contains("store CountAsync", spans);
    }

    [Fact]
    public async Task Without_an_API_key_configured_metrics_are_not_served()
    {
        using var http = await StartAsync();
        using var response = await http.GetAsync(TelemetryExtensions.MetricsPath, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("graph_", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
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
