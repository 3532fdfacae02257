using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Api.Tests;

/// <summary>The README shows what the API does: its queries are the acceptance queries, its mutation, run as printed,
/// answers as printed (ReadmeAnswerTests check the queries' printed answers), and its screenshot is the browser tests'.</summary>
public sealed partial class ReadmeTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private static readonly string Readme = File.ReadAllText(Repo.Path("README.md"));

    /// <summary>The README without the comments it adds to its queries (« # or "روسيا", …»).</summary>
    private static string ReadmeWithoutComments => Comment().Replace(Readme, "");

    [GeneratedRegex(@"[ \t]+# [^\n]*", RegexOptions.Multiline)]
    private static partial Regex Comment();

    public static TheoryData<string> Queries => new(Directory.GetFiles(Repo.Path("samples", "queries"), "*.graphql").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Queries))]
    public void Every_acceptance_query_is_printed_in_the_README_as_it_runs(string file) =>
        Assert.Contains(File.ReadAllText(Repo.Path("samples", "queries", file)).Trim(), ReadmeWithoutComments);

    [Fact]
    public async Task The_READMEs_mutation_stores_a_statement_and_a_relation_as_printed()
    {
        var mutation = File.ReadAllText(Repo.Path("samples", "mutations", "ingest-article.graphql")).Trim();
        Assert.Contains(mutation, Readme);
        Assert.Contains("3 entities, 1 statement (Sergey Lavrov: «إن العقوبات الجديدة لن تغير موقف موسكو»", Readme);

        var result = await service.QueryAsync(mutation);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var ingest = result.GetProperty("data").GetProperty("ingestArticle");
        Assert.True(ingest.GetProperty("created").GetBoolean());
        Assert.Equal((3, 1, 2), (ingest.GetProperty("entities").GetInt32(), ingest.GetProperty("statements").GetInt32(), ingest.GetProperty("relations").GetInt32()));
        Assert.Equal("ar", ingest.GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Null, ingest.GetProperty("warning").ValueKind);
        var article = ingest.GetProperty("article");
        var statement = Assert.Single(article.GetProperty("statements").EnumerateArray());
        Assert.Equal(("Sergey Lavrov", "إن العقوبات الجديدة لن تغير موقف موسكو", "PARAPHRASE"),
            (statement.GetProperty("speaker").GetProperty("name").GetString(), statement.GetProperty("text").GetString(), statement.GetProperty("kind").GetString()));
        var relations = article.GetProperty("relations").EnumerateArray()
            .Select(r => $"{r.GetProperty("subject").GetProperty("name").GetString()} {r.GetProperty("type").GetString()} {r.GetProperty("object").GetProperty("name").GetString()}");
        Assert.Equal(["Sergey Lavrov AFFILIATED_WITH Russia", "Sergey Lavrov CRITICIZED Japan"], relations.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_READMEs_screenshot_is_the_one_the_browser_tests_write() =>
        Assert.Contains($"]({Explore.ResponsivePageTests.ReadmeScreenshot})", Readme);
}
