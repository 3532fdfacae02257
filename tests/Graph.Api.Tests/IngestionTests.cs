using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>The seed article through the real HTTP pipeline into a real SQLite file, and back out.</summary>
public sealed class IngestionTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private async Task<JsonElement> IngestSeedAsync() =>
        (await service.QueryAsync(ServiceFixture.Ingest, new { input = new { text = Repo.SeedText, outlet = "Oman" } }))
        .GetProperty("data").GetProperty("ingestArticle");

    [Fact]
    public async Task Ingested_seed_reads_back_entities_statements_and_relations()
    {
        var ingest = await IngestSeedAsync();
        var articleId = ingest.GetProperty("article").GetProperty("id").GetString()!;
        Assert.StartsWith("Article:", articleId);
        Assert.Equal("ar", ingest.GetProperty("article").GetProperty("language").GetString());

        var data = (await service.QueryAsync("""
            query($id: ID!) {
              article(id: $id) { statements { text kind speaker { name } } relations { type subject { id } object { id } evidence { sentence } } }
              lavrov: entity(name: "لافروف") { id name kind statements { text } }
              russia: entity(name: "Russia") { id ... on Country { iso3 } label(language: "ar") }
            }
            """, new { id = articleId })).GetProperty("data");

        var lavrov = data.GetProperty("lavrov");
        Assert.Equal("Sergey Lavrov", lavrov.GetProperty("name").GetString());
        Assert.Equal("PERSON", lavrov.GetProperty("kind").GetString());
        Assert.True(lavrov.GetProperty("statements").GetArrayLength() >= 10);
        Assert.Equal("RUS", data.GetProperty("russia").GetProperty("iso3").GetString());
        Assert.Equal("روسيا", data.GetProperty("russia").GetProperty("label").GetString());

        var statements = data.GetProperty("article").GetProperty("statements").EnumerateArray().ToList();
        Assert.Contains(statements, s => s.GetProperty("speaker").GetProperty("name").GetString() == "Wang Yi"
            && s.GetProperty("text").GetString()!.Contains("دعم الشعب هو دائما مصدر التقدم في روسيا"));
        var relations = data.GetProperty("article").GetProperty("relations").EnumerateArray().ToList();
        Assert.Contains(relations, r => r.GetProperty("type").GetString() == "SANCTIONED"
            && r.GetProperty("subject").GetProperty("id").GetString() == "Country:JPN"
            && r.GetProperty("object").GetProperty("id").GetString() == "Country:RUS");
        Assert.All(relations, r => Assert.NotEqual(0, r.GetProperty("evidence").GetArrayLength()));
    }

    [Fact]
    public async Task Ingesting_the_same_article_twice_changes_nothing()
    {
        await IngestSeedAsync();
        var before = (await service.QueryAsync("{ stats { articles entities mentions statements relations evidence } }")).GetProperty("data").GetProperty("stats").GetRawText();
        var again = await IngestSeedAsync();
        var after = (await service.QueryAsync("{ stats { articles entities mentions statements relations evidence } }")).GetProperty("data").GetProperty("stats").GetRawText();
        Assert.False(again.GetProperty("created").GetBoolean());
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("", "EMPTY_TEXT")]
    [InlineData("   \n\t ", "EMPTY_TEXT")]
    public async Task Blank_text_is_refused_with_a_code(string text, string code)
    {
        var result = await service.QueryAsync(ServiceFixture.Ingest, new { input = new { text } });
        Assert.Equal(code, result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Text_over_the_limit_is_refused_and_nothing_stored_is_lost()
    {
        await IngestSeedAsync();
        var before = (await service.QueryAsync("{ stats { articles relations } }")).GetProperty("data").GetRawText();
        var result = await service.QueryAsync(ServiceFixture.Ingest, new { input = new { text = new string('ب', 150_000) } });
        Assert.Equal("TEXT_TOO_LONG", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("200,000", result.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(before, (await service.QueryAsync("{ stats { articles relations } }")).GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Unknown_ids_get_NOT_FOUND()
    {
        var result = await service.QueryAsync("""{ article(id: "Article:0000") { id } entity(id: "Person:nobody") { id } }""");
        var codes = result.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).ToList();
        Assert.Equal(["NOT_FOUND", "NOT_FOUND"], codes);
    }

    [Fact]
    public async Task A_malformed_id_gets_BAD_ID()
    {
        var result = await service.QueryAsync("""{ node(id: "no-label-here") { id } }""");
        Assert.Equal("BAD_ID", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
