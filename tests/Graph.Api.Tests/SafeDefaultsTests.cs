using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Graph.Api.Hosting;

namespace Graph.Api.Tests;

/// <summary>The real program refuses settings that would leave it open without anyone saying so, and the health and IDE
/// endpoints give nothing away.</summary>
public sealed class SafeDefaultsTests : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-defaults-" + Guid.NewGuid().ToString("N"));
    private readonly List<Process> _processes = [];

    /// <summary>Starts the program; returns its exit code when it stops by itself, or its address once it listens.</summary>
    private async Task<(int? Exit, Uri? Address, string Output)> RunAsync(string environment, params string[] settings)
    {
        Directory.CreateDirectory(_dir);
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Graph.Api.dll"), "--urls", "http://127.0.0.1:0",
            "--Graph:DatabasePath", Path.Combine(_dir, $"{_processes.Count}.db"), "--Graph:SamplesPath", "", .. settings])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        var process = Process.Start(psi)!;
        _processes.Add(process);
        var output = new System.Text.StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
            var at = line.IndexOf("Now listening on: ", StringComparison.Ordinal);
            if (at >= 0) listening.TrySetResult(new Uri(line[(at + "Now listening on: ".Length)..].Trim()));
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var first = await Task.WhenAny(exited, listening.Task, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        if (first == exited)
        {
            process.WaitForExit(); // the output is complete once this returns
            lock (output) return (process.ExitCode, null, output.ToString());
        }
        lock (output) return (null, first == listening.Task ? listening.Task.Result : null, output.ToString());
    }

    [Fact]
    public async Task In_Production_open_writes_refuse_to_start_unless_said_on_purpose()
    {
        var (exit, _, output) = await RunAsync("Production");
        Assert.Equal(1, exit);
        Assert.Contains("Graph will not start in Production: Graph:ApiKey is not set", output);

        var (stillRunning, address, _) = await RunAsync("Production", "--Graph:AllowAnonymousWrites", "true");
        Assert.Null(stillRunning);
        Assert.NotNull(address);
    }

    [Fact]
    public async Task In_Development_open_writes_start_with_a_warning()
    {
        var (exit, address, output) = await RunAsync("Development");
        Assert.Null(exit);
        Assert.NotNull(address);
        Assert.Contains("anyone who can reach the service can add articles", output);
    }

    [Fact]
    public async Task Queries_that_need_a_key_with_no_key_set_refuse_to_start()
    {
        var (exit, _, output) = await RunAsync("Development", "--Graph:RequireApiKeyForQueries", "true");
        Assert.Equal(1, exit);
        Assert.Contains("RequireApiKeyForQueries is true but Graph:ApiKey is not set", output);
    }

    [Fact]
    public async Task A_store_that_cannot_be_reached_is_tried_again_a_bounded_number_of_times_with_one_line_a_try()
    {
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop(); // nothing listens there now: every try is refused
        var (exit, _, output) = await RunAsync("Development", "--Graph:Store", "neo4j", "--Graph:Neo4j:Uri", $"http://127.0.0.1:{port}",
            "--Graph:Neo4j:Retries", "0", "--Graph:StartupAttempts", "3", "--Graph:StartupRetrySeconds", "0.1");
        Assert.Equal(1, exit);
        Assert.Contains("(try 1 of 3, next in 0.1 s)", output);
        Assert.Contains("(try 2 of 3, next in 0.2 s)", output);
        Assert.DoesNotContain("try 3 of 3", output);
        Assert.Contains("Graph cannot open its store, Neo4j at", output);
    }

    [Fact]
    public async Task Readiness_says_ready_without_counts_to_anyone_since_counting_is_for_stats()
    {
        var (_, address, _) = await RunAsync("Production", "--Graph:ApiKey", "k-123456", "--Graph:RequireApiKeyForQueries", "true");
        using var http = new HttpClient { BaseAddress = address };
        var anonymous = JsonDocument.Parse(await http.GetStringAsync("/health/ready", TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("ready", anonymous.GetProperty("status").GetString());
        Assert.False(anonymous.TryGetProperty("articles", out _), anonymous.GetRawText());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/ready") { Headers = { { "X-Api-Key", "k-123456" } } };
        using var keyed = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal("""{"status":"ready"}""", await keyed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_IDE_config_advertises_a_relative_endpoint_whatever_the_Host_header_says()
    {
        var (_, address, _) = await RunAsync("Production", "--Graph:AllowAnonymousWrites", "true");
        using var http = new HttpClient { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/bcp-config.json") { Headers = { Host = "evil.example" } };
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var config = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"endpoint\":\"/graphql\"", config);
        Assert.DoesNotContain("evil.example", config);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
