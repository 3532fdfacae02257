using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace Graph.Api.Tests;

/// <summary>The real program as a child process (Production, an API key set) over the seed article and 15 articles of
/// 1 MB each, so what a request costs shows in that process's own working set, apart from the test host.</summary>
public sealed class HostileServer : IAsyncLifetime
{
    public const string Key = "hostile-test-key";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-hostile-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    public HttpClient Http { get; private set; } = null!;
    /// <summary>The server's working set once seeded and warmed up.</summary>
    public long BaselineBytes { get; private set; }

    public long WorkingSetBytes
    {
        get
        {
            _process!.Refresh();
            return _process.WorkingSet64;
        }
    }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Graph.Api.dll"), "--urls", $"http://127.0.0.1:{port}",
            "--Graph:DatabasePath", Path.Combine(_dir, "graph.db"), "--Graph:SamplesPath", "", "--Graph:ApiKey", Key,
            "--Graph:RateLimitPerMinute", "0", "--Logging:LogLevel:Default", "Warning"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        var started = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var ready = await Http.GetAsync("/health/ready");
                if (ready.StatusCode == HttpStatusCode.OK) break;
            }
            catch (HttpRequestException) when (started.Elapsed < TimeSpan.FromSeconds(60) && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
        await IngestAsync(Repo.SeedText, "Lavrov in Beijing");
        for (var i = 0; i < 15; i++)
            await IngestAsync(($"Article {i}. " + string.Concat(Enumerable.Repeat("The minister said that talks would go on. ", 25_000)))[..1_040_000], $"Big {i}");
        for (var i = 0; i < 5; i++) await Hostile.MarqueeAsync(Http);
        GC.Collect();
        BaselineBytes = WorkingSetBytes;
    }

    private async Task IngestAsync(string text, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = ServiceFixture.Ingest, variables = new { input = new { text, title } } }),
        };
        request.Headers.Add("X-Api-Key", Key);
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!body.Contains("\"created\":true")) throw new InvalidOperationException(body);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        if (_process is not null) await _process.WaitForExitAsync();
        _process?.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
