using System.Net;

namespace Graph.Api.Tests;

/// <summary>A browser opening the service's root, and asking for its icon, gets an answer rather than a 404 in the console.</summary>
public sealed class FrontDoorTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task Root_redirects_to_the_graph_page_which_answers()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = service.BaseAddress };
        using var root = await http.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/explore/", root.Headers.Location!.OriginalString);
        using var page = await http.GetAsync(root.Headers.Location, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Favicon_is_an_icon()
    {
        using var icon = await service.Http.GetAsync("/favicon.ico", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType!.MediaType);
        var bytes = await icon.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // the ICO header: reserved 0, type 1 (icon)
    }
}
