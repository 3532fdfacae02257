using Microsoft.Playwright;

namespace Graph.Api.Tests.Explore;

/// <summary>Every panel is on screen (by scrolling down, never sideways) at a laptop's, a tablet's and a phone's width, the
/// evidence under the graph where the screen is narrow; everything works from the keyboard. Screenshots are test artefacts,
/// and the README's screenshot is the one taken at 1366 px.</summary>
public sealed class ResponsivePageTests(SeedFixture seed, Browser browser) : IClassFixture<SeedFixture>, IClassFixture<Browser>
{
    /// <summary>The README shows this file; the test below writes it, so it shows the page as it is.</summary>
    public const string ReadmeScreenshot = "docs/explore-russia-criticized.png";

    private static readonly string[] Panels = ["#search", "#types", "#from", "#min", "#rollup", "#lines", "#lang-ar", "#copy-query", "#cy", "#legend", "#edges", "#evidence"];

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(1024, 768)]
    [InlineData(390, 844)]
    public async Task Every_panel_is_reachable_at(int width, int height)
    {
        var page = await ExplorePage.OpenAsync(browser, seed.Service.BaseAddress, "?focus=Country:RUS&types=CRITICIZED,ACCUSED", width, height);
        await page.Locator("#edges button", new() { HasTextString = "→ Japan" }).First.ClickAsync();
        await page.Locator("#evidence blockquote.quote").First.WaitForAsync();
        // A chosen edge moves the focus to its evidence (which scrolls it into view): the screenshots wait for that.
        await page.WaitForFunctionAsync("() => document.activeElement.id === 'evidence'");
        // The edge joins two countries: their trend is drawn under the graph before the screenshots are taken.
        await page.Locator("#trend svg").WaitForAsync();
        Assert.True(await page.EvaluateAsync<bool>($"() => document.documentElement.scrollWidth <= {width}"), "the page scrolls sideways");
        foreach (var panel in Panels)
        {
            var box = await page.Locator(panel).First.BoundingBoxAsync();
            Assert.True(box is { Width: > 0, Height: > 0 }, $"{panel} is not shown at {width} px");
            Assert.True(box.X >= 0 && box.X + box.Width <= width + 0.5, $"{panel} is outside the screen at {width} px ({box.X} + {box.Width})");
        }
        var graph = (await page.Locator("#cy").BoundingBoxAsync())!;
        var evidence = (await page.Locator("#evidence").BoundingBoxAsync())!;
        if (width < 1200) Assert.True(evidence.Y >= graph.Y + graph.Height, $"the evidence is not under the graph at {width} px");
        else Assert.True(evidence.X >= graph.X + graph.Width, "the evidence is beside the graph on a wide screen");
        await Browser.ScreenshotAsync(page, $"explore-russia-{width}");
        if (width == 1366)
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Repo.Path(ReadmeScreenshot), FullPage = false });
    }

    [Fact]
    public async Task Every_control_and_an_edge_are_reached_with_the_keyboard()
    {
        var page = await ExplorePage.OpenAsync(browser, seed.Service.BaseAddress, "?focus=Country:RUS&types=CRITICIZED,ACCUSED", 1024, 768);
        var reached = new List<string>();
        for (var i = 0; i < 120 && !reached.Any(r => r.StartsWith("edge:", StringComparison.Ordinal)); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => { const a = document.activeElement; return a.closest('#edges') ? 'edge:' + a.textContent : '#' + a.id; }"));
        }
        foreach (var control in new[] { "#search", "#type-CRITICIZED", "#from", "#to", "#min", "#rollup", "#lines", "#lang-en", "#copy-query" })
            Assert.Contains(control, reached);
        var edge = reached.Last();
        Assert.StartsWith("edge:", edge);
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#evidence section.relation").First.WaitForAsync();
        Assert.Equal("evidence", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        // The language is chosen with the arrow keys, as radio buttons are.
        await page.FocusAsync("#lang-en");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.True(await page.IsCheckedAsync("#lang-ar"));
        Assert.Equal("روسيا", await page.EvaluateAsync<string>("() => window.graphExplorer.cy.getElementById('Country:RUS').data('label')"));
    }
}
