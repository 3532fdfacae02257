namespace Graph.Api.Tests;

/// <summary>A date the text gives without a year: completed from the article's date when there is one, otherwise kept as
/// what is known (--MM-dd), the same in the relation and the timeline, with a readable form.</summary>
public sealed class PartialDateTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private const string Text = "فرضت اليابان في 10 يناير عقوبات على روسيا.";

    private const string Query = """
        query($id: ID!) {
          article(id: $id) { relations { type date dateText } }
          timeline(a: "Russia", b: "Japan") { date dateText entry { relation { id article { id } } } }
        }
        """;

    private async Task<(System.Text.Json.JsonElement Relation, System.Text.Json.JsonElement Entry)> IngestAsync(string text, string? publishedAt)
    {
        var id = (await service.QueryAsync(ServiceFixture.Ingest, new { input = new { text, publishedAt } }))
            .GetProperty("data").GetProperty("ingestArticle").GetProperty("article").GetProperty("id").GetString();
        var data = (await service.QueryAsync(Query, new { id })).GetProperty("data");
        var relation = Assert.Single(data.GetProperty("article").GetProperty("relations").EnumerateArray(), r => r.GetProperty("type").GetString() == "SANCTIONED");
        var entry = Assert.Single(data.GetProperty("timeline").EnumerateArray(),
            e => e.GetProperty("entry").GetProperty("relation").GetProperty("article").GetProperty("id").GetString() == id);
        return (relation, entry);
    }

    [Fact]
    public async Task Without_an_article_date_the_day_and_month_are_kept_and_the_timeline_agrees()
    {
        var (relation, entry) = await IngestAsync(Text, null);
        Assert.Equal("--01-10", relation.GetProperty("date").GetString());
        Assert.Equal("10 January, year not given", relation.GetProperty("dateText").GetString());
        Assert.Equal("--01-10", entry.GetProperty("date").GetString());
        Assert.Equal("10 January, year not given", entry.GetProperty("dateText").GetString());
    }

    [Fact]
    public async Task An_article_dated_later_that_year_gives_the_year()
    {
        var (relation, entry) = await IngestAsync("قالت مصادر إن " + Text, "2025-03-02");
        Assert.Equal("2025-01-10", relation.GetProperty("date").GetString());
        Assert.Equal("10 January 2025", relation.GetProperty("dateText").GetString());
        Assert.Equal("2025-01-10", entry.GetProperty("date").GetString());
    }
}
