namespace Graph.Api.Tests;

/// <summary>The service with the seed article ingested (published 2025-02-15, so dates without a year get one).</summary>
public sealed class SeedFixture : IAsyncLifetime
{
    public ServiceFixture Service { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Service.InitializeAsync();
        await IngestSeedAsync(Service);
    }

    public static async Task IngestSeedAsync(ServiceFixture service)
    {
        var result = await service.QueryAsync(ServiceFixture.Ingest,
            new { input = new { text = Repo.SeedText, outlet = "Oman", publishedAt = "2025-02-15", title = "Lavrov in Beijing" } });
        if (result.TryGetProperty("errors", out var errors)) throw new InvalidOperationException(errors.GetRawText());
    }

    public ValueTask DisposeAsync() => Service.DisposeAsync();
}

/// <summary>The service on Neo4j with the seed ingested, or no service where no Neo4j server is given. It empties the
/// database first and holds it (Neo4jTestServer.LockAsync) until the class is done.</summary>
public sealed class Neo4jSeedFixture : IAsyncLifetime
{
    private IDisposable? _lock;

    public ServiceFixture? Service { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (await Neo4jTestServer.FindAsync() is not { } url) return;
        _lock = await Neo4jTestServer.LockAsync();
        var store = new Graph.Storage.Neo4j.Neo4jGraphStore(Graph.Storage.Neo4j.Neo4jOptions.Parse(url));
        await store.DeleteAllAsync();
        Service = new ServiceFixture { StoreFactory = () => store };
        await Service.InitializeAsync();
        await SeedFixture.IngestSeedAsync(Service);
    }

    public async ValueTask DisposeAsync()
    {
        if (Service is not null) await Service.DisposeAsync();
        _lock?.Dispose();
    }
}
