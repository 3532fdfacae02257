using global::GraphQL.Types;
using global::GraphQL.Types.Relay;
using global::GraphQL.Types.Relay.DataObjects;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class StatementSearchConnectionType : ObjectGraphType<Page<ScoredStatement>>
{
    public StatementSearchConnectionType()
    {
        Name = "StatementSearchConnection";
        Description = "Statements matching a search, best first.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many statements match.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementHitType>>>>("edges").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => new PageInfo
        {
            HasNextPage = c.Source.HasNextPage,
            HasPreviousPage = c.Source.HasPreviousPage,
            StartCursor = c.Source.Items.FirstOrDefault()?.Cursor,
            EndCursor = c.Source.Items.LastOrDefault()?.Cursor,
        });
    }
}
