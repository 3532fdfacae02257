using System.Net.Http.Json;
using System.Text.Json;
using Graph.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>The real service on Kestrel at 127.0.0.1 (a free port), over a fresh SQLite file (or the store given), with no samples.</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>Makes the store to serve instead of a fresh SQLite file.</summary>
    public Func<Graph.Core.IGraphStore>? StoreFactory { get; init; }

    /// <summary>The extractor to serve with instead of the Arabic one.</summary>
    public Graph.Core.IExtractor? Extractor { get; init; }

    public string Directory { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graph-tests-" + Guid.NewGuid().ToString("N"));
    public string DatabasePath => System.IO.Path.Combine(Directory, "graph.db");
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    /// <summary>The service's store, counting the calls made to it.</summary>
    public CountingStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        _app = GraphApp.Build(["--urls", "http://127.0.0.1:0", "--Graph:DatabasePath", DatabasePath, "--Graph:SamplesPath", "",
            "--Graph:MaxArticleBytes", "200000", "--Graph:RateLimitPerMinute", "0", "--Logging:LogLevel:Default", "Warning"],
            b =>
            {
                b.Services.AddSingleton<Graph.Core.IGraphStore>(_ => Store = new CountingStore(StoreFactory?.Invoke() ?? new Graph.Storage.Sqlite.SqliteGraphStore(DatabasePath)));
                if (Extractor is not null) b.Services.AddSingleton(Extractor);
            });
        await _app.PrepareAsync();
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }

    /// <summary>POSTs a query (the operation named, in a document of several) and returns the whole response document.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, string? operationName = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables, operationName });
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    public const string Ingest = """
        mutation($input: IngestArticleInput!) {
          ingestArticle(input: $input) { created entities statements relations article { id title language } }
        }
        """;
}
