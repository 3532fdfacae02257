namespace Graph.Api.Tests;

/// <summary>Text in a language the extraction does not read is stored, and the mutation says why it found nothing.</summary>
public sealed class LanguageWarningTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private const string Mutation = """
        mutation($input: IngestArticleInput!) {
          ingestArticle(input: $input) { created entities statements relations language warning article { id title } }
        }
        """;

    [Fact]
    public async Task English_text_is_stored_with_a_warning_that_it_is_not_Arabic()
    {
        const string text = "Russian Foreign Minister Sergey Lavrov said on Tuesday that Moscow would answer Japan's new sanctions.";
        var ingest = (await service.QueryAsync(Mutation, new { input = new { text } })).GetProperty("data").GetProperty("ingestArticle");
        Assert.True(ingest.GetProperty("created").GetBoolean());
        Assert.Equal(0, ingest.GetProperty("entities").GetInt32());
        Assert.Equal("en", ingest.GetProperty("language").GetString());
        Assert.Contains("not Arabic", ingest.GetProperty("warning").GetString());

        var id = ingest.GetProperty("article").GetProperty("id").GetString();
        var stored = (await service.QueryAsync("query($id: ID!) { article(id: $id) { title language } }", new { id })).GetProperty("data").GetProperty("article");
        Assert.StartsWith("Russian Foreign Minister", stored.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Arabic_text_has_no_warning()
    {
        var ingest = (await service.QueryAsync(Mutation, new { input = new { text = "انتقد وزير الخارجية الروسي سيرغي لافروف اليابان بسبب العقوبات الجديدة." } }))
            .GetProperty("data").GetProperty("ingestArticle");
        Assert.Equal("ar", ingest.GetProperty("language").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ingest.GetProperty("warning").ValueKind);
        Assert.True(ingest.GetProperty("entities").GetInt32() > 0);
    }
}
