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
