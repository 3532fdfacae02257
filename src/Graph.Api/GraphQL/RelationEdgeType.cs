using global::GraphQL.Types.Relay;

namespace Graph.Api.GraphQL;

public sealed class RelationEdgeType : EdgeType<RelationGraphType>
{
    public RelationEdgeType()
    {
        Name = "RelationEdge";
        Description = "A relation and its cursor.";
    }
}
