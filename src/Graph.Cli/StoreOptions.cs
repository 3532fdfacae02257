using Graph.Core;
using Graph.Storage.Neo4j;
using Graph.Storage.Sqlite;

namespace Graph.Cli;

/// <summary>Which store a command works on: <c>--db PATH</c> (SQLite, the default <c>data/graph.db</c>) or
/// <c>--neo4j http://user:password@host:7474</c> (a Neo4j server, through its HTTP Query API).</summary>
public sealed class StoreOptions(string databasePath, string? neo4jUrl)
{
    public const string DefaultDatabase = "data/graph.db";

    public string DatabasePath { get; } = databasePath;
    public string? Neo4jUrl { get; } = neo4jUrl;

    /// <summary>Which store this is, for a line on standard error: the SQLite file's full path (saying when it is the default,
    /// which is the service's own database when run from the repository), or the Neo4j server without its password.</summary>
    public string Describe()
    {
        if (Neo4jUrl is not null)
            return Uri.TryCreate(Neo4jUrl, UriKind.Absolute, out var uri) ? $"the Neo4j server at {uri.Scheme}://{uri.Authority}" : "a Neo4j server";
        return $"the SQLite database {Path.GetFullPath(DatabasePath)}" + (DatabasePath == DefaultDatabase ? $" (the default; give another with --db)" : "");
    }

    /// <summary>The store, or why it cannot be opened.</summary>
    public (IGraphStore? Store, string? Error) Open(bool mustExist)
    {
        if (Neo4jUrl is not null)
        {
            try
            {
                return (new Neo4jGraphStore(Neo4jOptions.Parse(Neo4jUrl)), null);
            }
            catch (ArgumentException e)
            {
                return (null, e.Message);
            }
        }
        if (mustExist && !File.Exists(DatabasePath)) return (null, $"no database at {Path.GetFullPath(DatabasePath)} (give one with --db, or a Neo4j server with --neo4j).");
        try
        {
            return (new SqliteGraphStore(DatabasePath), null);
        }
        catch (Exception e) when (StoreFailure.Is(e))
        {
            // A database from a newer build, a file that is not SQLite, a folder that cannot be written.
            return (null, $"{Path.GetFullPath(DatabasePath)}: {e.Message}");
        }
    }
}
