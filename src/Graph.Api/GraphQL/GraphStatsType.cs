using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class GraphStatsType : ObjectGraphType<GraphCounts>
{
    public GraphStatsType()
    {
        Name = "GraphStats";
        Description = "How big the stored graph is.";
        Field<NonNullGraphType<IntGraphType>>("articles").Resolve(c => c.Source.Articles);
        Field<NonNullGraphType<IntGraphType>>("entities").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<IntGraphType>>("mentions").Resolve(c => c.Source.Mentions);
        Field<NonNullGraphType<IntGraphType>>("statements").Resolve(c => c.Source.Statements);
        Field<NonNullGraphType<IntGraphType>>("relations").Resolve(c => c.Source.Relations);
        Field<NonNullGraphType<IntGraphType>>("evidence").Resolve(c => c.Source.Evidence);
    }
}
