namespace Graph.Storage.Neo4j;

/// <summary>One Cypher statement the adapter can send: a name for errors and logs, the text, and the parameters it takes.
/// Values only ever travel as parameters; the text is fixed when the catalog is built (see <see cref="Cypher"/>).</summary>
public sealed record CypherStatement(string Name, string Text, params string[] Parameters);
