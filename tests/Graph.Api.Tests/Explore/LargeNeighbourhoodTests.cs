using Graph.Core;

namespace Graph.Api.Tests.Explore;

/// <summary>A hub with a thousand neighbours (2,001 nodes and edges) drawn in the browser. The time to first draw is
/// written to TestResults/explore-first-draw.txt for the record; the test asserts what was drawn and that it still answers clicks.</summary>
public sealed class LargeNeighbourhoodTests(ServiceFixture service, Browser browser) : IClassFixture<ServiceFixture>, IClassFixture<Browser>
{
    private const int Neighbours = 1000;

    private async Task StoreHubAsync()
    {
        var text = string.Join(' ', Enumerable.Range(0, Neighbours).Select(i => $"كلمة{i}")) + ".";
        var article = new Article(Ids.Article(text), text, "Generated hub", null, "Test", null, "ar");
        var hub = new Entity("Person:hub", EntityType.Person, "Hub", new Dictionary<string, string> { ["en"] = "Hub" }, []);
        var others = Enumerable.Range(0, Neighbours).Select(i => new Entity($"Person:n{i}", EntityType.Person, $"N{i}", new Dictionary<string, string> { ["en"] = $"N{i}" }, [])).ToList();
        var evidence = new Evidence(text[..20], 0, 20, 0, 5);
        var relations = others.Select((o, i) =>
        {
            var (s, t) = i % 2 == 0 ? (hub.Id, o.Id) : (o.Id, hub.Id);
            var type = i % 3 == 0 ? RelationType.Criticized : RelationType.Met;
            return new Relation(Ids.Relation(article.Id, type, s, t), article.Id, type, s, t, 0.8, [evidence]);
        }).ToList();
        await service.Store.StoreAsync(article, new ExtractionResult([hub, .. others], [], [], relations));
    }

    [Fact]
    public async Task Two_thousand_nodes_and_edges_render_and_stay_responsive()
    {
        await StoreHubAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(service.BaseAddress, "/explore/?focus=Person:hub").ToString());
        await page.EvaluateAsync("() => window.graphExplorer.ready");
        var drawn = await page.EvaluateAsync<int[]>("() => [window.graphExplorer.cy.nodes().length, window.graphExplorer.cy.edges().length]");
        Assert.Equal(Neighbours + 1, drawn[0]);
        Assert.Equal(Neighbours, drawn[1]);
        var firstDraw = await page.EvaluateAsync<double>("() => window.graphExplorer.firstDrawMs");
        var timings = await page.EvaluateAsync<double[]>("() => { const t = window.graphExplorer.timings; return [t.queryMs, t.addMs, t.layoutMs]; }");
        Directory.CreateDirectory(Repo.Path("TestResults"));
        await File.WriteAllTextAsync(Repo.Path("TestResults", "explore-first-draw.txt"),
            $"{Neighbours + 1} nodes and {Neighbours} edges: first draw after {firstDraw:N0} ms (the query {timings[0]:N0} ms, adding the elements {timings[1]:N0} ms, "
            + $"the layout {timings[2]:N0} ms; headless Chromium, this machine)\n", TestContext.Current.CancellationToken);

        // Still answers: selecting an edge from the list shows its evidence.
        await page.Locator("#edges button").Nth(500).ClickAsync();
        await page.Locator("#evidence h3").First.WaitForAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.graphExplorer.cy.edges(':selected').length"));
        await Browser.ScreenshotAsync(page, "explore-2000");
    }
}
