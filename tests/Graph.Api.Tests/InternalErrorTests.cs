using System.Net.Http.Json;
using System.Text.Json;
using Graph.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Tests;

/// <summary>A failure nobody foresaw answers INTERNAL_ERROR with a correlation id; the log has the exception under that
/// id and never more than the query's first kilobyte.</summary>
public sealed class InternalErrorTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-internal-" + Guid.NewGuid().ToString("N"));
    private readonly CapturedLogs _logs = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        var db = Path.Combine(_dir, "graph.db");
        _app = GraphApp.Build(["--urls", "http://127.0.0.1:0", "--Graph:DatabasePath", db, "--Graph:SamplesPath", "", "--Logging:LogLevel:Default", "Warning"], b =>
        {
            b.Logging.AddProvider(_logs);
            b.Services.AddSingleton(_ => FailingStore.Wrap(new Graph.Storage.Sqlite.SqliteGraphStore(db), nameof(Graph.Core.IGraphStore.CountAsync)));
        });
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    [Fact]
    public async Task An_unforeseen_failure_is_INTERNAL_ERROR_with_a_correlation_id_that_the_log_holds()
    {
        var padding = "# " + new string('p', 5000) + "\n";
        using var response = await _http.PostAsJsonAsync("/graphql", new { query = padding + "{ stats { articles } }" }, TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Equal("INTERNAL_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        var message = error.GetProperty("message").GetString()!;
        Assert.DoesNotContain("torn", message);
        var id = message[(message.IndexOf("correlation id ", StringComparison.Ordinal) + "correlation id ".Length)..].TrimEnd('.');
        var logged = Assert.Single(_logs.Lines, l => l.Contains(id, StringComparison.Ordinal));
        Assert.Contains("page 7 of the database is torn", logged);
        Assert.DoesNotContain(new string('p', 1100), string.Concat(_logs.Lines));
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
