using Graph.Api.Hosting;
using Graph.Core;
using Graph.Storage.Neo4j;
using Graph.Storage.Sqlite;

namespace Graph.Cli;

/// <summary>Which store a command works on: <c>--db PATH</c> (SQLite, the default <c>data/graph.db</c>) or
/// <c>--neo4j http://user:password@host:7474</c> (a Neo4j server, through its HTTP Query API).</summary>
public sealed class StoreOptions
{
    public string DatabasePath { get; private set; } = "data/graph.db";
    public string? Neo4jUrl { get; private set; }

    /// <summary>Takes <c>--db</c> or <c>--neo4j</c> at <paramref name="i"/> (and its value); false when the argument is neither.</summary>
    public bool TryRead(string[] args, ref int i)
    {
        if (i + 1 >= args.Length) return false;
        switch (args[i])
        {
            case "--db": DatabasePath = args[++i]; return true;
            case "--neo4j": Neo4jUrl = args[++i]; return true;
            default: return false;
        }
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
