using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Graph.Api.Tests;

/// <summary>GraphQL over HTTP, the IDE and the schema contract, against the running server.</summary>
public sealed class HttpProtocolTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task Passes_the_graphql_http_audit_with_no_errors_or_warnings()
    {
        var script = Repo.Path("tests", "Graph.Api.Tests", "audit.mjs");
        Assert.True(File.Exists(Repo.Path("node_modules", "graphql-http", "package.json")),
            "graphql-http is not installed: run `npm ci` in the repository root (the build does it when npm is on PATH).");
        var psi = new ProcessStartInfo("node", [script, new Uri(service.BaseAddress, "/graphql").ToString()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root,
        };
        using var node = Process.Start(psi)!;
        var output = await node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(node.ExitCode == 0, output + errors);
        Assert.Contains("\"errors\":0,\"warnings\":0", output);
    }

    [Fact]
    public async Task A_browser_at_graphql_is_sent_to_the_IDE_which_is_served_with_its_config()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = service.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        using var redirect = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/graphql/", redirect.Headers.Location!.OriginalString);

        var page = await service.Http.GetStringAsync("/graphql/", TestContext.Current.CancellationToken);
        Assert.Contains("<title>Banana Cake Pop</title>", page);
        var config = await service.Http.GetStringAsync("/graphql/bcp-config.json", TestContext.Current.CancellationToken);
        Assert.Contains("\"disableTelemetry\":true", config);
        Assert.Contains("\"endpoint\":\"/graphql\"", config);
    }

    [Fact]
    public async Task The_IDE_introspection_query_passes_the_complexity_analyzer()
    {
        var result = await service.QueryAsync(IntrospectionQuery);
        Assert.False(result.TryGetProperty("errors", out _), result.GetRawText());
        Assert.True(result.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength() > 20);
    }

    [Fact]
    public async Task A_mutation_over_GET_gets_405_with_Allow_POST()
    {
        var query = Uri.EscapeDataString("mutation { ingestArticle(input: {text: \"x\"}) { created } }");
        using var response = await service.Http.GetAsync($"/graphql?query={query}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest, "application/graphql-response+json")]
    [InlineData("application/json", HttpStatusCode.OK, "application/json")]
    [InlineData(null, HttpStatusCode.OK, "application/json")]
    public async Task Malformed_GraphQL_gets_the_status_its_media_type_calls_for(string? accept, HttpStatusCode status, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ stats { articles "}""", Encoding.UTF8, "application/json"),
        };
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await service.Http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("SYNTAX_ERROR", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void The_served_schema_is_the_one_in_schema_graphql()
    {
        var expected = File.ReadAllText(Repo.Path("schema", "schema.graphql")).Replace("\r\n", "\n");
        var actual = Graph.Api.GraphQL.SchemaText.Current();
        Assert.True(expected == actual, "schema/schema.graphql differs from the served schema; regenerate it with `dotnet run --no-launch-profile --project src/Graph.Api -- schema > schema/schema.graphql` and review the diff.");
    }

    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
