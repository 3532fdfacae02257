using System.Text.Json;

namespace Graph.Api.Tests.Explore;

/// <summary>Hostile text in a quote, on a service of its own (the article it adds must not change other tests' graph).</summary>
public sealed class MarkupSafetyTests(ServiceFixture service, Browser browser) : IClassFixture<ServiceFixture>, IClassFixture<Browser>
{
    [Fact]
    public async Task Quoted_markup_is_shown_as_text_and_never_runs()
    {
        const string payload = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">";
        var text = $"وقال وزير الخارجية الروسي سيرجي لافروف «انتقدت روسيا اليابان بشدة {payload} في البيان».";
        var ingest = await service.QueryAsync(ServiceFixture.Ingest, new { input = new { text } });
        Assert.False(ingest.TryGetProperty("errors", out var errors), errors.ToString());
        var articleId = ingest.GetProperty("data").GetProperty("ingestArticle").GetProperty("article").GetProperty("id").GetString();
        var relations = await service.QueryAsync("query($id: ID!) { article(id: $id) { relations { id type evidence { statement { text } } } } }", new { id = articleId });
        var relation = relations.GetProperty("data").GetProperty("article").GetProperty("relations").EnumerateArray()
            .First(r => r.GetProperty("evidence").EnumerateArray().Any(e => e.GetProperty("statement").ValueKind == JsonValueKind.Object));
        var relationId = relation.GetProperty("id").GetString()!;

        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(service.BaseAddress, $"/explore/?focus=Country:RUS&rollup=0&edge={Uri.EscapeDataString(relationId)}").ToString());
        await page.EvaluateAsync("() => window.graphExplorer.ready");
        await page.Locator("#evidence blockquote").First.WaitForAsync();
        Assert.Contains(payload, await page.Locator("#evidence").TextContentAsync());
        Assert.Equal(0, await page.Locator("#evidence script, #evidence img").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        await Browser.ScreenshotAsync(page, "explore-markup-as-text");
    }
}
