using System.Text;
using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>Arguments and article fields that are wrong get BAD_CURSOR or BAD_USER_INPUT saying what and where, never a
/// .NET exception name as the code, never a silent empty answer, and store nothing.</summary>
public sealed class InputValidationTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private ServiceFixture Service => seed.Service;

    private static string CursorOf(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private async Task<(string? Code, string Message)> ErrorOf(string query, object? variables = null)
    {
        var result = await Service.QueryAsync(query, variables);
        Assert.True(result.TryGetProperty("errors", out var errors), result.GetRawText());
        return (errors[0].GetProperty("extensions").GetProperty("code").GetString(), errors[0].GetProperty("message").GetString()!);
    }

    [Theory]
    [InlineData("relation-ConfidenceDescending:abc|1", "{ relations(order: { confidence: DESC }, after: $a) { totalCount } }")]
    [InlineData("relation-ConfidenceDescending:NaN|1", "{ relations(order: { confidence: DESC }, after: $a) { totalCount } }")]
    [InlineData("search:NaN|1", "{ searchStatements(text: \"العقوبات\", after: $a) { totalCount } }")]
    [InlineData("search:1.5", "{ searchStatements(text: \"العقوبات\", after: $a) { totalCount } }")]
    [InlineData("article:x", "{ articles(after: $a) { totalCount } }")]
    public async Task A_well_formed_cursor_with_a_bad_key_is_BAD_CURSOR(string cursor, string selection)
    {
        var (code, message) = await ErrorOf("query($a: String) " + selection, new { a = CursorOf(cursor) });
        Assert.Equal("BAD_CURSOR", code);
        Assert.Contains("cursor", message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{ relations(where: { dateFrom: \"2024-13-45\" }) { totalCount } }", "'dateFrom' must be a date")]
    [InlineData("{ relations(where: { dateTo: \"yesterday\" }) { totalCount } }", "'dateTo' must be a date")]
    [InlineData("{ relations(where: { minConfidence: 7 }) { totalCount } }", "'minConfidence' must be between 0 and 1")]
    [InlineData("{ path(from: \"Japan\", to: \"China\", maxHops: 1000) { relation { type } } }", "'maxHops' must be between 1 and 6; it was 1000")]
    [InlineData("{ path(from: \"Japan\", to: \"China\", maxHops: 0) { relation { type } } }", "'maxHops' must be between 1 and 6; it was 0")]
    public async Task Arguments_out_of_their_range_are_BAD_USER_INPUT(string query, string expected)
    {
        var (code, message) = await ErrorOf(query);
        Assert.Equal("BAD_USER_INPUT", code);
        Assert.Contains(expected, message);
    }

    [Fact]
    public async Task A_good_partial_date_still_filters()
    {
        var result = await Service.QueryAsync("{ a: relations(where: { dateFrom: \"2025\" }) { totalCount } b: relations(where: { dateFrom: \"2025-01\", dateTo: \"2025-12-31\" }) { totalCount } }");
        Assert.False(result.TryGetProperty("errors", out _), result.GetRawText());
    }

    public static TheoryData<string, string> BadFields => new()
    {
        { """{"title": "TITLE"}""".Replace("TITLE", new string('x', 501)), "'title' is 501 characters long; at most 500" },
        { """{"outlet": "OUTLET"}""".Replace("OUTLET", new string('x', 201)), "'outlet' is 201 characters long" },
        { """{"url": "javascript:alert(1)"}""", "'url' must be an absolute http or https address" },
        { """{"url": "ftp://example.com/a"}""", "'url' must be an absolute http or https address" },
        { """{"language": "not a tag!"}""", "'language' must be a BCP 47 tag" },
        { """{"language": "arabic-language-please"}""", "'language' must be a BCP 47 tag" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Article_fields_out_of_bounds_are_BAD_USER_INPUT_and_store_nothing(string fields, string expected)
    {
        var before = (await Service.QueryAsync("{ stats { articles relations statements } }")).GetProperty("data").GetRawText();
        var input = JsonSerializer.Deserialize<Dictionary<string, object>>(fields)!;
        input["text"] = "قال وزير الخارجية الروسي سيرجي لافروف إن الحوار ممكن " + Guid.NewGuid().ToString("N");
        var (code, message) = await ErrorOf(ServiceFixture.Ingest, new { input });
        Assert.Equal("BAD_USER_INPUT", code);
        Assert.Contains(expected, message);
        Assert.Equal(before, (await Service.QueryAsync("{ stats { articles relations statements } }")).GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Good_article_fields_are_kept()
    {
        var text = "قال وزير الخارجية الروسي سيرجي لافروف إن الحوار ممكن " + Guid.NewGuid().ToString("N");
        var result = await Service.QueryAsync(ServiceFixture.Ingest,
            new { input = new { text, url = "https://example.com/a?b=1", language = "ar-EG", outlet = "TASS", title = new string('t', 500) } });
        Assert.Equal("ar-EG", result.GetProperty("data").GetProperty("ingestArticle").GetProperty("article").GetProperty("language").GetString());
    }

    [Fact]
    public async Task A_lone_surrogate_written_as_a_GraphQL_escape_is_refused_with_where_and_stores_nothing()
    {
        var before = (await Service.QueryAsync("{ stats { articles } }")).GetProperty("data").GetRawText();
        using var response = await Service.Http.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new
        {
            query = "mutation {\n  ingestArticle(input: { text: \"قال لافروف \\ud800 إن الحوار ممكن.\" }) { created } }",
        }), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"BAD_REQUEST\"", body);
        Assert.Contains("line 2, column 32", body);
        Assert.Equal(before, (await Service.QueryAsync("{ stats { articles } }")).GetProperty("data").GetRawText());
    }
}
