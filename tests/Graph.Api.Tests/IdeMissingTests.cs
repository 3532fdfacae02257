using System.Net;
using Graph.Api.Hosting;

namespace Graph.Api.Tests;

/// <summary>Without the npm package (no Node.js at build time) the service still runs and tells a browser how to get the IDE.</summary>
public sealed class IdeMissingTests
{
    [Fact]
    public async Task Without_the_IDE_files_a_browser_gets_instructions_and_GraphQL_still_answers()
    {
        var dir = Path.Combine(Path.GetTempPath(), "graph-noide-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var app = GraphApp.Build(["--urls", "http://127.0.0.1:0", "--Graph:DatabasePath", Path.Combine(dir, "g.db"),
            "--Graph:SamplesPath", "", "--Graph:IdePath", Path.Combine(dir, "nothing-here"), "--Logging:LogLevel:Default", "Warning"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
            request.Headers.Accept.ParseAdd("text/html");
            using var page = await http.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("Install Node.js", html);
            Assert.Contains("npm ci", html);
            using var answer = await http.PostAsync("/graphql", new StringContent("""{"query":"{ stats { articles } }"}""", System.Text.Encoding.UTF8, "application/json"),
                TestContext.Current.CancellationToken);
            Assert.Equal("""{"data":{"stats":{"articles":0}}}""", await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            await app.StopAsync(TestContext.Current.CancellationToken);
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
