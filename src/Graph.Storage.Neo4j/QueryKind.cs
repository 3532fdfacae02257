namespace Graph.Storage.Neo4j;

/// <summary>Kinds of statement with their own time limits (<see cref="Neo4jOptions"/>): a page read should be quick, a batch
/// of articles takes longer, and building indexes on a large database can take many minutes.</summary>
public enum QueryKind
{
    Read,
    Write,
    Schema,
}
