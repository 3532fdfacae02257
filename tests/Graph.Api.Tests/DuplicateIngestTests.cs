using Graph.Extraction;

namespace Graph.Api.Tests;

/// <summary>The ingest mutation recognises an article it has stored already (same content id) before extracting it.</summary>
public sealed class DuplicateIngestTests
{
    [Fact]
    public async Task The_same_article_ingested_twice_is_extracted_once()
    {
        var extractor = new CountingExtractor(new ArabicExtractor());
        await using var service = new ServiceFixture { Extractor = extractor };
        await service.InitializeAsync();
        var input = new { input = new { text = Repo.SeedText, outlet = "Oman" } };

        var first = (await service.QueryAsync(ServiceFixture.Ingest, input)).GetProperty("data").GetProperty("ingestArticle");
        var second = (await service.QueryAsync(ServiceFixture.Ingest, input)).GetProperty("data").GetProperty("ingestArticle");

        Assert.True(first.GetProperty("created").GetBoolean());
        Assert.False(second.GetProperty("created").GetBoolean());
        Assert.Equal(first.GetProperty("article").GetProperty("id").GetString(), second.GetProperty("article").GetProperty("id").GetString());
        Assert.Equal(1, extractor.Calls);
    }
}
