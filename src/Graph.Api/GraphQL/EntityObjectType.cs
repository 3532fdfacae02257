using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

/// <summary>Base of the five entity types: the shared fields, the Node and Entity interfaces, and type resolution by label.</summary>
public abstract class EntityObjectType : ObjectGraphType<Entity>
{
    protected EntityObjectType(EntityType kind, string description)
    {
        Name = kind.ToString();
        Description = description;
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = o => o is Entity e && e.Type == kind;
        EntityFields.AddTo(this);
    }
}
