using global::GraphQL.Types.Relay;

namespace Graph.Api.GraphQL;

public sealed class RelationConnectionType : ConnectionType<RelationGraphType, RelationEdgeType>
{
    public RelationConnectionType()
    {
        Name = "RelationConnection";
        Description = "A page of relations, with keyset cursors that stay valid as articles arrive, and the total count.";
    }
}
