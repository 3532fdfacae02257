using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class StatementHitType : ObjectGraphType<PageItem<ScoredStatement>>
{
    public StatementHitType()
    {
        Name = "StatementHit";
        Description = "A search hit: the statement, its relevance and its cursor.";
        Field<NonNullGraphType<StatementType>>("node").Resolve(c => c.Source.Node.Statement);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance (BM25; higher is better).").Resolve(c => c.Source.Node.Score);
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
    }
}
