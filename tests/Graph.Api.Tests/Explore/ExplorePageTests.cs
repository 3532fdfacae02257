using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Explore;

/// <summary>The graph page in a real browser against the real service with the seed article.</summary>
public sealed class ExplorePageTests(SeedFixture seed, Browser browser) : IClassFixture<SeedFixture>, IClassFixture<Browser>
{
    private Uri Base => seed.Service.BaseAddress;

    private async Task<IPage> OpenAsync(string query)
    {
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(Base, "/explore/" + query).ToString());
        await page.EvaluateAsync("() => window.graphExplorer.ready");
        Assert.Empty(errors);
        return page;
    }

    [Theory]
    [InlineData("Russia")]
    [InlineData("روسيا")]
    public async Task Searching_Russia_shows_Japan_criticised_and_the_edge_shows_Rudenkos_quote_right_to_left(string name)
    {
        var page = await OpenAsync("?types=CRITICIZED,ACCUSED");
        await page.FillAsync("#search", name);
        await page.ClickAsync("#search-form button[type=submit]");
        var edge = page.Locator("#edges button", new() { HasTextString = "→ Japan" }).First;
        await edge.WaitForAsync();
        Assert.Contains("CRITICIZED", await edge.TextContentAsync());

        // Click the edge itself on the canvas, where the graph draws it.
        var point = await page.EvaluateAsync<JsonElement>("""
            () => { const cy = window.graphExplorer.cy; const e = cy.edges().filter(x => x.target().data('label') === 'Japan')[0];
                     const box = cy.container().getBoundingClientRect(); const p = e.renderedMidpoint(); return { x: box.left + p.x, y: box.top + p.y }; }
            """);
        await page.Mouse.ClickAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());
        var quote = page.Locator("#evidence blockquote.quote").First;
        await quote.WaitForAsync();
        Assert.Contains("نهج المواجهة", await page.Locator("#evidence").TextContentAsync());
        Assert.Equal("rtl", await quote.GetAttributeAsync("dir"));
        Assert.Equal("rtl", await quote.EvaluateAsync<string>("q => getComputedStyle(q).direction"));
        Assert.Contains("رودينكو", await page.Locator("#evidence .meta").AllTextContentsAsync().ContinueWith(t => string.Join(' ', t.Result)));
        await Browser.ScreenshotAsync(page, $"explore-russia-japan-{(name == "Russia" ? "en" : "ar")}");
    }

    [Fact]
    public async Task A_url_with_a_selection_restores_it()
    {
        var first = await OpenAsync("?focus=Country:RUS&types=CRITICIZED,ACCUSED");
        await first.Locator("#edges button", new() { HasTextString = "→ Israel" }).First.ClickAsync();
        await first.Locator("#evidence blockquote").First.WaitForAsync();
        var url = first.Url;
        Assert.Contains("edge=", url);

        var second = await browser.NewPageAsync();
        await second.GotoAsync(url);
        await second.EvaluateAsync("() => window.graphExplorer.ready");
        await second.Locator("#evidence blockquote").First.WaitForAsync();
        Assert.Contains("إسرائيل", await second.Locator("#evidence").TextContentAsync());
        Assert.True(await second.IsCheckedAsync("#type-CRITICIZED"));
        Assert.True(await second.IsCheckedAsync("#type-ACCUSED"));
        Assert.False(await second.IsCheckedAsync("#type-MET"));
        Assert.Equal(1, await second.EvaluateAsync<int>("() => window.graphExplorer.cy.edges(':selected').length"));
    }

    [Theory]
    [InlineData("?focus=Country:RUS&types=CRITICIZED,ACCUSED", 1500)]
    [InlineData("?focus=Country:RUS&lines=1&lang=ar", 390)]
    public async Task Has_no_serious_accessibility_violations(string view, int width)
    {
        var page = await ExplorePage.OpenAsync(browser, Base, view, width);
        await page.Locator("#edges button").First.ClickAsync();
        await page.Locator("#evidence h3").First.WaitForAsync();
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}
