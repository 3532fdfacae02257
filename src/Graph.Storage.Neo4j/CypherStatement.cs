namespace Graph.Storage.Neo4j;

/// <summary>One Cypher statement the adapter can send: a name for errors and logs, the text, and the parameters it takes.
/// Values only ever travel as parameters; the text is fixed when the catalog is built (see <see cref="Cypher"/>).
/// <see cref="Uses"/> names the index or count store the statement is shaped for, so a live run can check it with EXPLAIN.</summary>
public sealed record CypherStatement(string Name, string Text, params string[] Parameters)
{
    public string Uses { get; init; } = "";

    /// <summary>What the statement waits for at most; a statement that ran out of time is not sent again.</summary>
    public QueryKind Kind { get; init; } = QueryKind.Read;
}
