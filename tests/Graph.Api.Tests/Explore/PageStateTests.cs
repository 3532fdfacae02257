using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Api.Tests.Explore;

/// <summary>What the page holds follows what the user did: a new search clears the evidence, a link restores the search box
/// and every filter, and the query the page shows returns exactly what it draws.</summary>
public sealed class PageStateTests(SeedFixture seed, Browser browser) : IClassFixture<SeedFixture>, IClassFixture<Browser>
{
    private Uri Base => seed.Service.BaseAddress;

    [Fact]
    public async Task A_new_search_clears_the_evidence()
    {
        var page = await ExplorePage.OpenAsync(browser, Base, "?focus=Country:RUS&types=CRITICIZED,ACCUSED");
        await page.Locator("#edges button", new() { HasTextString = "→ Japan" }).First.ClickAsync();
        await page.Locator("#evidence blockquote").First.WaitForAsync();
        await page.FillAsync("#search", "China");
        await page.ClickAsync("#search-form button[type=submit]");
        await page.WaitForFunctionAsync("() => window.graphExplorer.state.focus === 'Country:CHN' && document.querySelector('#status').textContent.includes('edges')");
        Assert.Equal(0, await page.Locator("#evidence section.relation, #evidence blockquote").CountAsync());
        Assert.DoesNotContain("edge=", page.Url);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.graphExplorer.cy.edges(':selected').length"));
    }

    [Theory]
    [InlineData("en", "Russia")]
    [InlineData("ar", "روسيا")]
    public async Task A_restored_link_fills_the_search_box_and_every_filter(string lang, string name)
    {
        var page = await ExplorePage.OpenAsync(browser, Base,
            $"?focus=Country:RUS&types=CRITICIZED,WARNED&from=2025-01-01&to=2025-12-31&min=0.5&rollup=0&lines=1&lang={lang}");
        Assert.Equal(name, await page.InputValueAsync("#search"));
        Assert.True(await page.IsCheckedAsync("#type-CRITICIZED"));
        Assert.True(await page.IsCheckedAsync("#type-WARNED"));
        Assert.False(await page.IsCheckedAsync("#type-MET"));
        Assert.Equal("2025-01-01", await page.InputValueAsync("#from"));
        Assert.Equal("2025-12-31", await page.InputValueAsync("#to"));
        Assert.Equal("0.5", await page.InputValueAsync("#min"));
        Assert.False(await page.IsCheckedAsync("#rollup"));
        Assert.True(await page.IsCheckedAsync("#lines"));
        Assert.True(await page.IsCheckedAsync($"#lang-{lang}"));
    }

    [Theory]
    [InlineData("?focus=Country:RUS")]
    [InlineData("?focus=Country:RUS&types=CRITICIZED,ACCUSED")]
    [InlineData("?focus=Country:RUS&min=0.7&from=2025-01-01&to=2025-02-15")]
    [InlineData("?focus=Country:RUS&rollup=0")]
    [InlineData("?focus=Country:RUS&rollup=0&min=0.7&types=CRITICIZED,WARNED,SUPPORTED")]
    [InlineData("?focus=Country:RUS&expand=Country:JPN,Country:CHN")]
    [InlineData("?focus=Country:RUS&lines=1&expand=Country:JPN")]
    [InlineData("?focus=Country:RUS&rollup=0&expand=Country:JPN,Country:CHN,Country:USA,Bloc:west")]
    public async Task The_query_behind_the_view_returns_what_the_page_draws(string view)
    {
        var page = await ExplorePage.OpenAsync(browser, Base, view);
        var query = await page.Locator("#query-text").TextContentAsync();
        var drawn = await ExplorePage.DrawnAsync(page);
        Assert.NotEmpty(drawn.Edges);

        // The document holds one operation for the focus and one per expanded node; together they answer what is drawn.
        var nodes = new HashSet<string>();
        var relations = new HashSet<string>();
        var operations = Regex.Matches(query!, @"^query (\w+) \{", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(1 + view.Split("expand=").Skip(1).Sum(e => e.Split('&')[0].Split(',').Length), operations.Count);
        foreach (var operation in operations)
        {
            var result = await seed.Service.QueryAsync(query!, operationName: operation);
            Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
            var (n, r) = Read(result.GetProperty("data"), "Country:RUS");
            nodes.UnionWith(n);
            relations.UnionWith(r);
        }
        Assert.Equal(nodes, drawn.Nodes.ToHashSet());
        Assert.Equal(relations, drawn.Relations);
    }

    /// <summary>The nodes and relations (with the nodes they join) an answer to the page's query holds: a roll-up joins the
    /// country and the counterpart; a relation joins its subject and object.</summary>
    private static (HashSet<string> Nodes, HashSet<string> Relations) Read(JsonElement data, string focus)
    {
        var nodes = new HashSet<string> { focus };
        var relations = new HashSet<string>();
        foreach (var field in data.EnumerateObject())
        {
            if (field.Name == "rollUp")
                foreach (var (list, outgoing) in new[] { ("out", true), ("in", false) })
                    foreach (var r in field.Value.GetProperty(list).EnumerateArray())
                    {
                        var other = r.GetProperty("counterpart").GetProperty("id").GetString()!;
                        nodes.Add(other);
                        relations.Add($"{r.GetProperty("relation").GetProperty("id").GetString()} {(outgoing ? focus : other)}→{(outgoing ? other : focus)}");
                    }
            else if (field.Name.EndsWith("_out", StringComparison.Ordinal) || field.Name.EndsWith("_in", StringComparison.Ordinal))
                foreach (var r in field.Value.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")))
                {
                    var (s, o) = (r.GetProperty("subject").GetProperty("id").GetString()!, r.GetProperty("object").GetProperty("id").GetString()!);
                    nodes.Add(s);
                    nodes.Add(o);
                    relations.Add($"{r.GetProperty("id").GetString()} {s}→{o}");
                }
        }
        return (nodes, relations);
    }
}
