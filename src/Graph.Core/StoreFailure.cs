using System.Data.Common;

namespace Graph.Core;

/// <summary>Failures of the store itself — a server down or refusing, a file that is not a database, one from a newer build, a
/// folder that cannot be written — as opposed to bad input. The service and the CLI report these in one line.</summary>
public static class StoreFailure
{
    public static bool Is(Exception e) => e is HttpRequestException or StoreException or DbException
        or InvalidOperationException or IOException or UnauthorizedAccessException;

    /// <summary>A store that may answer if asked again later: no connection, a server still starting, one that ran out of time.</summary>
    public static bool IsUnreachable(Exception e) => e is HttpRequestException or StoreException { Unreachable: true };
}
