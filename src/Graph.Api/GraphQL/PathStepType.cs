using global::GraphQL;
using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class PathStepType : ObjectGraphType<PathStep>
{
    public PathStepType()
    {
        Name = "PathStep";
        Description = "One edge of a path, walked from one entity to the next (possibly against the edge's direction).";
        Field<NonNullGraphType<EntityInterface>>("from").Resolve(c => Loaders.Of(c).Entities.Load(c.Source.FromId));
        Field<NonNullGraphType<EntityInterface>>("to").Resolve(c => Loaders.Of(c).Entities.Load(c.Source.ToId));
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The edge, with its evidence.").Resolve(c => c.Source.Relation);
    }
}
