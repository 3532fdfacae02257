using Graph.Api.Http;
using Graph.Core;
using Graph.Ingestion;
using Microsoft.Extensions.Options;

namespace Graph.Api.Hosting;

/// <summary>Builds the service. Program.cs and the tests (on a real Kestrel port) both start it through here.</summary>
public static class GraphApp
{
    /// <param name="configure">Runs after the default services are added, so it can replace them (tests wrap the store).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // Configuration and assets are found beside the program, wherever it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.AddGraphStore();
        builder.AddGraphQLApi();
        builder.AddGraphRateLimiting();
        builder.AddGraphTelemetry();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseForwardedHeadersFromKnownProxies();
        app.MapMetrics();
        app.UseRateLimiter();
        app.MapHealth();
        app.MapGraphQLIde();
        app.MapExplorer();
        app.MapFrontDoor();
        app.MapGraphQLEndpoint();
        return app;
    }

    /// <summary><see cref="PrepareAsync"/>, saying in one line (no stack trace) why the store cannot be opened: false then.
    /// A store that cannot be reached yet (a database still starting under compose) is tried again, with one line a try and
    /// a doubling wait, up to <see cref="GraphOptions.StartupAttempts"/> times; a refusal (wrong password, bad file) is final.</summary>
    public static async Task<bool> TryPrepareAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        var where = options.Store.Equals("neo4j", StringComparison.OrdinalIgnoreCase)
            ? $"Neo4j at {options.Neo4j.Uri} (Graph:Neo4j:Uri, User, Password, Database)"
            : $"SQLite at {Path.GetFullPath(options.DatabasePath)} (Graph:DatabasePath)";
        var wait = TimeSpan.FromSeconds(options.StartupRetrySeconds);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await app.PrepareAsync();
                return true;
            }
            catch (Exception e) when (StoreFailure.Is(e))
            {
                if (attempt >= options.StartupAttempts || !StoreFailure.IsUnreachable(e))
                {
                    app.Logger.LogCritical("Graph cannot open its store, {Where}: {Message}", where, e.Message);
                    return false;
                }
                app.Logger.LogWarning("Graph cannot reach its store yet, {Where} (try {Attempt} of {Attempts}, next in {Seconds:0.#} s): {Message}",
                    where, attempt, options.StartupAttempts, wait.TotalSeconds, e.Message);
                await Task.Delay(wait);
                wait = TimeSpan.FromSeconds(Math.Min(wait.TotalSeconds * 2, 30));
            }
        }
    }

    /// <summary>Opens the store (creating or migrating it) and, when it is empty, ingests the sample articles.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IGraphStore>();
        var options = app.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        if ((await store.CountAsync()).Articles > 0) return;
        var samples = options.SamplesPath ?? FindUp(app.Environment.ContentRootPath, "samples");
        if (string.IsNullOrEmpty(samples) || !Directory.Exists(samples)) return;
        var ingestor = app.Services.GetRequiredService<ArticleIngestor>();
        foreach (var file in Directory.EnumerateFiles(samples, "*.txt").Order(StringComparer.Ordinal))
        {
            var outcome = await ingestor.IngestAsync(new ArticleInput(await File.ReadAllTextAsync(file), Outlet: null));
            app.Logger.LogInformation("Sample {File}: {Entities} entities, {Statements} statements, {Relations} relations",
                Path.GetFileName(file), outcome.Entities, outcome.Statements, outcome.Relations);
        }
    }

    public static string? FindUp(string start, string name)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
