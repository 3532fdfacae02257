using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class EntityKindEnum : EnumerationGraphType<EntityType>
{
    public EntityKindEnum()
    {
        Name = "EntityKind";
        Description = "The node label of a named entity.";
    }
}
