namespace Graph.Core;

/// <summary>What a store server refused or could not do, as the store reports it (Neo4j's errors are one kind).</summary>
public abstract class StoreException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Asking again later may succeed: the server is starting, busy, not ready or ran out of time.</summary>
    public abstract bool Unreachable { get; }
}
