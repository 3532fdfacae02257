using System.Text.Json;

namespace Graph.Api.Tests.Explore;

/// <summary>The graph stays readable on the seed: parallel relations merge into one edge per pair and direction (a switch
/// draws them one by one), labels do not overlap, a legend says what colours mean, and names can be read in Arabic.</summary>
public sealed class ReadableGraphTests(SeedFixture seed, Browser browser) : IClassFixture<SeedFixture>, IClassFixture<Browser>
{
    private Uri Base => seed.Service.BaseAddress;

    [Theory]
    [InlineData("?focus=Country:RUS")]
    [InlineData("?focus=Country:RUS&rollup=0")]
    public async Task Russias_neighbourhood_draws_one_edge_per_pair_and_direction(string view)
    {
        var page = await ExplorePage.OpenAsync(browser, Base, view);
        var merged = await ExplorePage.DrawnAsync(page);
        var pairs = merged.Edges.Select(e => (e.Source, e.Target)).ToList();
        Assert.Equal(pairs.Distinct().Count(), pairs.Count);
        // Somewhere two or more relations share a pair, and the label counts them by type.
        var busiest = merged.Edges.MaxBy(e => e.Relations.Count)!;
        Assert.True(busiest.Relations.Count > 1, "the seed has parallel relations");
        Assert.Matches(@"^[A-Z_]+( ×\d+)?( · [A-Z_]+( ×\d+)?)*$", busiest.Label);
        Assert.Equal(busiest.Relations.Count, busiest.Label.Split(" · ").Sum(t => t.Contains('×') ? int.Parse(t[(t.IndexOf('×') + 1)..]) : 1));

        // The switch draws one line per relation: the same relations between the same nodes.
        var lines = await ExplorePage.DrawnAsync(await ExplorePage.OpenAsync(browser, Base, view + "&lines=1"));
        Assert.Equal(merged.Relations, lines.Relations);
        Assert.Equal(merged.Nodes, lines.Nodes);
        Assert.All(lines.Edges, e => Assert.Single(e.Relations));
        Assert.True(lines.Edges.Count > merged.Edges.Count);
        Assert.Equal($"{merged.Nodes.Count} entities, {merged.Edges.Count} edges for {lines.Edges.Count} relations.", await page.Locator("#status").TextContentAsync());
        Directory.CreateDirectory(Repo.Path("TestResults"));
        await File.WriteAllTextAsync(Repo.Path("TestResults", $"explore-russia-drawn{(view.Contains("rollup=0") ? "-relations" : "-rollup")}.txt"),
            $"{view}: {merged.Nodes.Count} nodes, {merged.Edges.Count} edges (one per pair and direction) for {lines.Edges.Count} relations\n", TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Clicking_a_merged_edge_lists_each_relation_with_its_evidence()
    {
        var page = await ExplorePage.OpenAsync(browser, Base, "?focus=Country:RUS");
        var edge = (await ExplorePage.DrawnAsync(page)).Edges.MaxBy(e => e.Relations.Count)!;
        await page.EvaluateAsync("id => window.graphExplorer.cy.getElementById(id).emit('tap')", $"pair|{edge.Source}|{edge.Target}");
        await page.Locator("#evidence section.relation").Nth(edge.Relations.Count - 1).WaitForAsync();
        Assert.Equal(edge.Relations.Count, await page.Locator("#evidence section.relation").CountAsync());
        Assert.Equal(edge.Relations.Count, await page.Locator("#evidence section.relation:has(p.sentence)").CountAsync());
    }

    [Fact]
    public async Task Labels_do_not_overlap()
    {
        var page = await ExplorePage.OpenAsync(browser, Base, "?focus=Country:RUS");
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.cytoscapeFcose === 'function'"), "the force layout was not served");
        var boxes = await page.EvaluateAsync<JsonElement>("""
            () => window.graphExplorer.cy.nodes().map(n => { const b = n.boundingBox({ includeLabels: true, includeEdges: false });
                                                            return { id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 }; })
            """);
        var list = boxes.EnumerateArray().ToList();
        Assert.True(list.Count > 3);
        for (var i = 0; i < list.Count; i++)
            for (var j = i + 1; j < list.Count; j++)
            {
                double V(JsonElement e, string p) => e.GetProperty(p).GetDouble();
                var overlap = V(list[i], "x1") < V(list[j], "x2") && V(list[j], "x1") < V(list[i], "x2") && V(list[i], "y1") < V(list[j], "y2") && V(list[j], "y1") < V(list[i], "y2");
                Assert.False(overlap, $"{list[i].GetProperty("id")} and {list[j].GetProperty("id")} overlap");
            }
    }

    [Fact]
    public async Task The_legend_names_every_node_kind_and_edge_colour_drawn()
    {
        var page = await ExplorePage.OpenAsync(browser, Base, "?focus=Country:RUS");
        Assert.True(await page.Locator("#legend").IsVisibleAsync());
        var legend = await page.EvaluateAsync<JsonElement>("""
            () => Object.fromEntries([...document.querySelectorAll('#legend li')].filter(li => li.querySelector('.swatch'))
                     .map(li => [getComputedStyle(li.querySelector('.swatch')).backgroundColor, li.textContent.trim()]))
            """);
        var named = legend.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.Contains("country", named.Values);
        Assert.Contains("person", named.Values);
        Assert.Contains(named.Values, v => v.StartsWith("conflict", StringComparison.Ordinal));
        var drawn = await page.EvaluateAsync<string[]>("""
            () => { const rgb = hex => { const d = document.createElement('span'); d.style.color = hex; document.body.append(d); const c = getComputedStyle(d).color; d.remove(); return c; };
                    const cy = window.graphExplorer.cy; return [...new Set([...cy.nodes().map(n => n.data('colour')), ...cy.edges().map(e => e.data('colour'))])].map(rgb); }
            """);
        Assert.All(drawn, colour => Assert.True(named.ContainsKey(colour), $"{colour} is drawn but not in the legend"));
    }

    [Fact]
    public async Task Names_switch_to_Arabic_written_right_to_left()
    {
        var page = await ExplorePage.OpenAsync(browser, Base, "?focus=Country:RUS");
        Assert.Equal("Russia", await page.EvaluateAsync<string>("() => window.graphExplorer.cy.getElementById('Country:RUS').data('label')"));
        await page.CheckAsync("#lang-ar");
        Assert.Equal("روسيا", await page.EvaluateAsync<string>("() => window.graphExplorer.cy.getElementById('Country:RUS').data('label')"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#cy canvas')).direction"));
        Assert.Contains("lang=ar", page.Url);
        Assert.Contains(await page.Locator("#edges button").AllTextContentsAsync(), t => t.Contains("اليابان"));
        await Browser.ScreenshotAsync(page, "explore-russia-arabic");
    }
}
