using DotNet.Testcontainers.Builders;

namespace Graph.Testing;

/// <summary>The Neo4j server the Neo4j tests use: the one <c>GRAPH_TEST_NEO4J</c> names, else a <c>neo4j:5.26</c> container
/// started with Testcontainers where a Docker engine answers, else none, and those tests are skipped saying how to run them.
/// When the variable is set, an unreachable server fails the tests rather than skipping them.</summary>
public static class Neo4jTestServer
{
    public const string Variable = "GRAPH_TEST_NEO4J";

    public const string HowToRun =
        "No Neo4j server for this test: set GRAPH_TEST_NEO4J to one, for example " +
        "`docker run -d -p 7474:7474 -p 7687:7687 -e NEO4J_AUTH=neo4j/password neo4j:5.26` then " +
        "`GRAPH_TEST_NEO4J=http://neo4j:password@localhost:7474 dotnet test`, or run where a Docker engine is available " +
        "(the tests then start neo4j:5.26 themselves with Testcontainers).";

    private static readonly Lazy<Task<string?>> Server = new(StartAsync);

    /// <summary>The server's address (<c>http://user:password@host:port</c>), or null where there is none.</summary>
    public static Task<string?> FindAsync() => Server.Value;

    /// <summary>The server's address, or a skip of the calling test.</summary>
    public static async Task<string> RequireAsync()
    {
        var url = await Server.Value;
        if (url is null) Assert.Skip(HowToRun);
        return url;
    }

    /// <summary>Neo4j Community has one database, so tests that use it take turns, across test processes too:
    /// each holds this file lock while it owns the database.</summary>
    public static async Task<IDisposable> LockAsync()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graph-neo4j-tests.lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(100);
            }
        }
    }

    private static async Task<string?> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (!File.Exists("/var/run/docker.sock") && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST"))) return null;
        const string password = "graph-test-password";
        var container = new ContainerBuilder("neo4j:5.26")
            .WithEnvironment("NEO4J_AUTH", "neo4j/" + password)
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync();
        return $"http://neo4j:{password}@{container.Hostname}:{container.GetMappedPublicPort(7474)}";
    }
}
