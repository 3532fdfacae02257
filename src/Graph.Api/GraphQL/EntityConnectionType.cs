using global::GraphQL.Types.Relay;

namespace Graph.Api.GraphQL;

/// <summary>A Relay connection of entities (named EntityConnection rather than after the C# interface class).</summary>
public sealed class EntityConnectionType : ConnectionType<EntityInterface, EntityEdgeType>
{
    public EntityConnectionType()
    {
        Name = "EntityConnection";
        Description = "A page of entities, with cursors and the total count.";
    }
}
