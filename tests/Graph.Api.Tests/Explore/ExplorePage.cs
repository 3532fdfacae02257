using System.Text.Json;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Explore;

/// <summary>Opens the graph page and reads back what it drew.</summary>
public static class ExplorePage
{
    /// <summary>The page at /explore/ with the query string given, once its first view is drawn; page errors fail the test.</summary>
    public static async Task<IPage> OpenAsync(Browser browser, Uri service, string query, int width = 1500, int height = 900)
    {
        var page = await browser.NewPageAsync(width, height);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(service, "/explore/" + query).ToString());
        await page.EvaluateAsync("() => window.graphExplorer.ready");
        Assert.Empty(errors);
        return page;
    }

    /// <summary>What the graph shows: node ids, and for each drawn edge its ends and the relations it stands for.</summary>
    public static async Task<Drawn> DrawnAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>("""
            () => { const cy = window.graphExplorer.cy;
                    return { nodes: cy.nodes().map(n => n.id()),
                             edges: cy.edges().map(e => ({ source: e.source().id(), target: e.target().id(), label: e.data('label'), relations: e.data('relations') })) }; }
            """);
        var edges = json.GetProperty("edges").EnumerateArray().Select(e => new DrawnEdge(e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!,
            e.GetProperty("label").GetString()!, e.GetProperty("relations").EnumerateArray().Select(r => r.GetString()!).ToList())).ToList();
        return new Drawn(json.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToHashSet(), edges);
    }
}

public sealed record DrawnEdge(string Source, string Target, string Label, IReadOnlyList<string> Relations);

public sealed record Drawn(IReadOnlySet<string> Nodes, IReadOnlyList<DrawnEdge> Edges)
{
    /// <summary>Every relation drawn, with the two nodes it is drawn between.</summary>
    public ISet<string> Relations => Edges.SelectMany(e => e.Relations.Select(r => $"{r} {e.Source}→{e.Target}")).ToHashSet();
}
