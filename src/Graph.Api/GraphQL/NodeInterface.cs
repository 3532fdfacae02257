using global::GraphQL.Types;

namespace Graph.Api.GraphQL;

/// <summary>Relay's Node: anything with a globally unique id that <c>node(id)</c> can fetch again.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique id (Relay). Ids start with the node's label: Country:RUS, Person:sergey-lavrov, Article:…";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The globally unique id.");
    }
}
