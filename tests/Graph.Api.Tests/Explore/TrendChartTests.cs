namespace Graph.Api.Tests.Explore;

/// <summary>Selecting an edge between two countries shows their trend: acts by month as bars (conflict below the line,
/// cooperation above), each bar opening its acts with the sentences that report them.</summary>
public sealed class TrendChartTests(SeedFixture seed, Browser browser) : IClassFixture<SeedFixture>, IClassFixture<Browser>
{
    [Fact]
    public async Task An_edge_between_two_countries_shows_their_acts_by_month_down_to_the_sentences()
    {
        var page = await ExplorePage.OpenAsync(browser, seed.Service.BaseAddress, "?focus=Country:RUS");
        Assert.True(await page.Locator("#trend").IsHiddenAsync());
        var edge = (await ExplorePage.DrawnAsync(page)).Edges.First(e => e.Source == "Country:JPN" && e.Target == "Country:RUS" || e.Source == "Country:RUS" && e.Target == "Country:JPN");
        await page.EvaluateAsync("id => window.graphExplorer.cy.getElementById(id).emit('tap')", $"pair|{edge.Source}|{edge.Target}");
        var bars = page.Locator("#trend svg .trend-bar");
        var errors = new List<string>();
        page.Console += (_, m) => errors.Add(m.Text);
        try { await bars.First.WaitForAsync(new() { Timeout = 10000 }); }
        catch (TimeoutException) { Assert.Fail("no bars: " + await page.Locator("#trend").InnerHTMLAsync() + " | " + await page.Locator("#status").TextContentAsync() + " | " + string.Join("; ", errors)); }
        Assert.Contains("Russia", await page.Locator("#trend h2").TextContentAsync());
        var label = await bars.First.GetAttributeAsync("aria-label");
        Assert.Matches(@"^\d{4}-\d{2}-01 to \d{4}-\d{2}-\d{2}: \d+ acts?, Goldstein -?[\d.]+$", label);

        await bars.First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var acts = page.Locator("#trend-acts section.relation");
        await acts.First.WaitForAsync();
        Assert.True(await acts.CountAsync() >= 1);
        Assert.True(await page.Locator("#trend-acts section.relation p.sentence").CountAsync() >= 1);
        Directory.CreateDirectory(Repo.Path("TestResults", "screenshots"));
        await page.Locator("#trend").ScreenshotAsync(new() { Path = Repo.Path("TestResults", "screenshots", "explore-trend.png") });

        // A new search hides it again.
        await page.FillAsync("#search", "Lavrov");
        await page.PressAsync("#search", "Enter");
        await page.Locator("#trend").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Hidden });
    }
}
