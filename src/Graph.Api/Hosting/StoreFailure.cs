namespace Graph.Api.Hosting;

/// <summary>Failures of the store itself — a Neo4j server down or refusing, a file that is not a database, one from a newer
/// build, a folder that cannot be written — as opposed to bad input. The service and the CLI report these in one line.</summary>
public static class StoreFailure
{
    public static bool Is(Exception e) => e is HttpRequestException or Graph.Storage.Neo4j.Neo4jException or Microsoft.Data.Sqlite.SqliteException
        or InvalidOperationException or IOException or UnauthorizedAccessException;

    /// <summary>A store that may answer if asked again later: no connection, a server still starting, one that ran out of time.</summary>
    public static bool IsUnreachable(Exception e) => e is HttpRequestException
        or Graph.Storage.Neo4j.Neo4jException { IsTransient: true } or Graph.Storage.Neo4j.Neo4jException { Code: "Graph.NotReady" or Graph.Storage.Neo4j.Neo4jException.Timeout };
}
