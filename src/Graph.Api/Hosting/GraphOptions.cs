namespace Graph.Api.Hosting;

/// <summary>Configuration section <c>Graph</c> (environment variables <c>Graph__Key</c>).</summary>
public sealed class GraphOptions
{
    /// <summary><c>sqlite</c> (the embedded default) or <c>neo4j</c> (the server in <see cref="Neo4j"/>).</summary>
    public string Store { get; set; } = "sqlite";
    /// <summary>Section <c>Graph:Neo4j</c>: <c>Uri</c>, <c>User</c>, <c>Password</c>, <c>Database</c> (<c>Graph__Neo4j__Uri</c> …).</summary>
    public Graph.Storage.Neo4j.Neo4jOptions Neo4j { get; set; } = new();
    /// <summary>The SQLite file; relative paths are under the working directory.</summary>
    public string DatabasePath { get; set; } = "data/graph.db";
    /// <summary>Folder of sample articles ingested when the store is empty; found by walking up from the content root when unset. Empty string: none.</summary>
    public string? SamplesPath { get; set; }
    /// <summary>How many times start-up tries to open the store while it is unreachable (a database still starting) before giving up.</summary>
    public int StartupAttempts { get; set; } = 10;
    /// <summary>The wait after the first failed try; it doubles after each, up to 30 s.</summary>
    public double StartupRetrySeconds { get; set; } = 1;
    public int MaxArticleBytes { get; set; } = 1024 * 1024;
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;
    public int QueryTimeoutSeconds { get; set; } = 30;
    public int MaxDepth { get; set; } = 15;
    public int MaxComplexity { get; set; } = 50_000;
    /// <summary>The GraphQL document's size in UTF-8 bytes; long values (article text) belong in variables.</summary>
    public int MaxDocumentBytes { get; set; } = 64 * 1024;
    /// <summary>Fields a document may ask for with its fragments expanded, counted before validation.</summary>
    public int MaxSelections { get; set; } = 5_000;
    /// <summary>Fields one selection set may hold with its fragments inlined (validation compares them pairwise).</summary>
    public int MaxFieldsPerSelectionSet { get; set; } = 200;
    /// <summary>The size an answer may grow to while it is built; past it, RESPONSE_TOO_LARGE.</summary>
    public long MaxResponseBytes { get; set; } = 16 * 1024 * 1024;
    /// <summary>When set, mutations need this key (<c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c>).</summary>
    public string? ApiKey { get; set; }
    /// <summary>Outside Development the service refuses to start without <see cref="ApiKey"/> unless this says open writes are meant.</summary>
    public bool AllowAnonymousWrites { get; set; }
    /// <summary>When true, queries need the key too (a key must then be set, or the service refuses to start).</summary>
    public bool RequireApiKeyForQueries { get; set; }
    /// <summary>Addresses of reverse proxies whose X-Forwarded-For names the client (rate limits then apply per real client).</summary>
    public string[] KnownProxies { get; set; } = [];
    /// <summary>GraphQL requests allowed per client address per minute; 0 turns the limit off.</summary>
    public int RateLimitPerMinute { get; set; } = 3000;
    /// <summary>Where the Banana Cake Pop files are; found under node_modules when unset.</summary>
    public string? IdePath { get; set; }
}
