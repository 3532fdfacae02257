namespace Graph.Storage.Neo4j;

/// <summary>Where the Neo4j server is: configuration section <c>Graph:Neo4j</c> (environment variables <c>Graph__Neo4j__Uri</c> …).</summary>
public sealed class Neo4jOptions
{
    /// <summary>The HTTP address of the server (the Query API is under <c>/db/{database}/query/v2</c>).</summary>
    public string Uri { get; set; } = "http://localhost:7474";
    public string User { get; set; } = "neo4j";
    public string Password { get; set; } = "";
    public string Database { get; set; } = "neo4j";
    /// <summary>How many times a transient failure (connection refused, 502–504, <c>Neo.TransientError.*</c>) is tried again.</summary>
    public int Retries { get; set; } = 4;

    /// <summary>How long one read may take before it is abandoned (and not sent again: a slow query stays slow).</summary>
    public double ReadTimeoutSeconds { get; set; } = 30;

    /// <summary>How long one write (an article, a batch of them) may take.</summary>
    public double WriteTimeoutSeconds { get; set; } = 120;

    /// <summary>How long one schema statement may take; waiting for indexes to come online is not bounded by this (see
    /// <see cref="IndexWaitSeconds"/>).</summary>
    public double SchemaTimeoutSeconds { get; set; } = 300;

    /// <summary>How long start-up waits for indexes to be built (a large existing database can take hours; 0: no limit).</summary>
    public double IndexWaitSeconds { get; set; } = 0;

    /// <summary>How often start-up asks how far the index builds are (each ask is one line in the log).</summary>
    public double IndexPollSeconds { get; set; } = 5;

    public TimeSpan TimeoutFor(QueryKind kind) => TimeSpan.FromSeconds(kind switch
    {
        QueryKind.Write => WriteTimeoutSeconds,
        QueryKind.Schema => SchemaTimeoutSeconds,
        _ => ReadTimeoutSeconds,
    });

    /// <summary>Reads <c>http://user:password@host:7474</c> (the user and password may be left out) into options;
    /// a path names the database (<c>http://host:7474/mydb</c>).</summary>
    public static Neo4jOptions Parse(string url)
    {
        if (!System.Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"'{url}' is not an http(s) address of a Neo4j server, such as http://neo4j:password@localhost:7474.", nameof(url));
        var options = new Neo4jOptions { Uri = $"{uri.Scheme}://{uri.Authority}" };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            options.User = System.Uri.UnescapeDataString(parts[0]);
            options.Password = parts.Length > 1 ? System.Uri.UnescapeDataString(parts[1]) : "";
        }
        var path = uri.AbsolutePath.Trim('/');
        if (path.Length > 0) options.Database = path;
        return options;
    }
}
