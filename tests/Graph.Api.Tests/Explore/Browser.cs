using Microsoft.Playwright;

namespace Graph.Api.Tests.Explore;

/// <summary>Headless Chromium from Debian's package (no browser download), driven by Playwright. Tests that need it skip,
/// saying how to install it, where it is missing (GRAPH_CHROMIUM names another binary).</summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser? Chromium { get; private set; }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("GRAPH_CHROMIUM") ?? "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath)) return;
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page (1500 by 900 unless told), or a skipped test when there is no browser.</summary>
    public async Task<IPage> NewPageAsync(int width = 1500, int height = 900)
    {
        if (Chromium is null)
            Assert.Skip($"No Chromium at {ExecutablePath}: install Debian's chromium (apt-get install chromium) or set GRAPH_CHROMIUM; .ci/run installs it.");
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    /// <summary>Saves a screenshot as a test artefact under TestResults/screenshots.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var dir = Repo.Path("TestResults", "screenshots");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (Chromium is not null) await Chromium.DisposeAsync();
        _playwright?.Dispose();
    }
}
