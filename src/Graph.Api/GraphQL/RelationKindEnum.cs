using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class RelationKindEnum : EnumerationGraphType<RelationKind>
{
    public RelationKindEnum()
    {
        Name = "RelationKind";
        Description = "The family an edge type belongs to: SPEECH, COOPERATION, CONFLICT or MEMBERSHIP.";
    }
}
