using global::GraphQL.Types.Relay;

namespace Graph.Api.GraphQL;

public sealed class EntityEdgeType : EdgeType<EntityInterface>
{
    public EntityEdgeType()
    {
        Name = "EntityEdge";
        Description = "An entity and its cursor.";
    }
}
