namespace Graph.Api.Tests;

/// <summary>The service with the seed article ingested (published 2025-02-15, so dates without a year get one).</summary>
public sealed class SeedFixture : IAsyncLifetime
{
    public ServiceFixture Service { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Service.InitializeAsync();
        var result = await Service.QueryAsync(ServiceFixture.Ingest,
            new { input = new { text = Repo.SeedText, outlet = "Oman", publishedAt = "2025-02-15", title = "Lavrov in Beijing" } });
        if (result.TryGetProperty("errors", out var errors)) throw new InvalidOperationException(errors.GetRawText());
    }

    public ValueTask DisposeAsync() => Service.DisposeAsync();
}
