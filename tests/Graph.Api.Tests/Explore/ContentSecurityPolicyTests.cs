using System.Net;
using Graph.Api.Hosting;
using Microsoft.Playwright;

namespace Graph.Api.Tests.Explore;

/// <summary>The IDE and the graph page work in Chromium under the policy the service sends, with no violation reported;
/// the headers are on every answer and the IDE package's own files are not served.</summary>
public sealed class ContentSecurityPolicyTests(SeedFixture seed, Browser browser) : IClassFixture<SeedFixture>, IClassFixture<Browser>
{
    private Uri Base => seed.Service.BaseAddress;

    /// <summary>Opens a page recording every CSP violation (the browser's securitypolicyviolation events) and page error.</summary>
    private async Task<(IPage Page, List<string> Problems)> OpenAsync(string path)
    {
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, e) => problems.Add("error: " + e);
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) problems.Add("console: " + m.Text); };
        await page.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
            """);
        var response = await page.GotoAsync(new Uri(Base, path).ToString());
        Assert.Equal(SecurityHeaders.Policy.Length > 0, (await response!.AllHeadersAsync()).ContainsKey("content-security-policy"));
        return (page, problems);
    }

    private static async Task AssertNoViolationsAsync(IPage page, List<string> problems)
    {
        problems.AddRange(await page.EvaluateAsync<string[]>("() => window.__violations"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_graph_page_draws_and_shows_evidence_under_its_policy()
    {
        var (page, problems) = await OpenAsync("/explore/?types=CRITICIZED,ACCUSED");
        await page.EvaluateAsync("() => window.graphExplorer.ready");
        await page.FillAsync("#search", "Russia");
        await page.ClickAsync("#search-form button[type=submit]");
        var edge = page.Locator("#edges button", new() { HasTextString = "→ Japan" }).First;
        await edge.WaitForAsync();
        await edge.ClickAsync();
        await page.Locator("#evidence blockquote.quote").First.WaitForAsync();
        Assert.True(await page.EvaluateAsync<int>("() => window.graphExplorer.cy.nodes().length") > 1);
        await AssertNoViolationsAsync(page, problems);
    }

    [Fact]
    public async Task The_IDE_loads_the_schema_and_shows_the_services_answer_under_its_policy()
    {
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        var schemaAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queryAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.PageError += (_, e) => problems.Add("error: " + e);
        page.Response += (_, r) =>
        {
            if (!r.Url.Contains("/graphql", StringComparison.Ordinal) || r.Request.Method != "POST" || r.Status != 200) return;
            var sent = r.Request.PostData ?? "";
            if (sent.Contains("__schema", StringComparison.Ordinal)) schemaAsked.TrySetResult();
            else queryAnswered.TrySetResult();
        };
        await page.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
            """);
        await page.GotoAsync(new Uri(Base, "/graphql/").ToString());
        // A new document opens in the IDE's editor (Monaco), and the IDE asks the service for the schema by introspection.
        await page.GetByText("Create Document").ClickAsync();
        await schemaAsked.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var run = page.GetByRole(AriaRole.Button, new() { Name = "Run" });
        await run.WaitForAsync(new() { Timeout = 30_000 });
        // Run the (empty) document: the IDE posts it and shows the service's answer in its response pane. Typing into
        // Monaco from Playwright did not reach the editor here; the round trip is what the policy could break.
        await run.ClickAsync();
        await queryAnswered.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        await page.GetByText("Schema available").WaitForAsync(new() { Timeout = 30_000 });
        await page.GetByText("\"NO_OPERATION\"").First.WaitForAsync(new() { Timeout = 30_000 });
        await Browser.ScreenshotAsync(page, "ide-under-csp");
        await AssertNoViolationsAsync(page, problems);
    }

    [Theory]
    [InlineData("/graphql/package.json")]
    [InlineData("/graphql/README.md")]
    [InlineData("/graphql/LICENSE")]
    [InlineData("/graphql/index.mjs")]
    public async Task The_IDE_packages_own_files_are_not_served(string path)
    {
        using var response = await seed.Service.Http.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"name\": \"@chillicream", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/graphql/", "'unsafe-inline'")]
    [InlineData("/explore/", "script-src 'self';")]
    [InlineData("/health/live", "frame-ancestors 'none'")]
    [InlineData("/graphql?query=%7Bstats%7Barticles%7D%7D", "frame-ancestors 'none'")]
    public async Task Every_answer_carries_the_headers_and_no_Server(string path, string inPolicy)
    {
        using var response = await seed.Service.Http.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Contains(inPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }
}
