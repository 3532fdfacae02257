using Graph.Core;

namespace Graph.Storage.Neo4j;

/// <summary>What Neo4j refused, with its status code (<c>Neo.ClientError.Statement.SyntaxError</c> …) and the statement's name.</summary>
public sealed class Neo4jException(string code, string message, string? statement = null, Exception? inner = null)
    : StoreException(statement is null ? $"Neo4j: {code}: {message}" : $"Neo4j, running '{statement}': {code}: {message}", inner)
{
    /// <summary>The code of a statement that ran out of its time (<see cref="Neo4jOptions.TimeoutFor"/>).</summary>
    public const string Timeout = "Graph.Timeout";

    /// <summary>The code of a store whose schema is still being applied (indexes building).</summary>
    public const string NotReady = "Graph.NotReady";

    public string Code { get; } = code;

    /// <summary>Neo4j's own word for failures worth trying again (deadlocks, leader switches, a database starting).</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    /// <summary>Transient, not ready yet (indexes building) or out of time: start-up asks again.</summary>
    public override bool Unreachable => IsTransient || Code is NotReady or Timeout;
}
