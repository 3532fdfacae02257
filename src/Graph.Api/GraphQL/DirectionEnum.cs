using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class DirectionEnum : EnumerationGraphType<RelationDirection>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "OUTGOING: the entity is the subject; INCOMING: the object; BOTH.";
    }
}
