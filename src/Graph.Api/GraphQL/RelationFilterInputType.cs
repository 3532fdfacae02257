using global::GraphQL.Types;

namespace Graph.Api.GraphQL;

public sealed class RelationFilterInputType : InputObjectGraphType
{
    public RelationFilterInputType()
    {
        Name = "RelationFilterInput";
        Description = "Which relations to list. All given conditions must hold.";
        Field<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types").Description("Only these edge types.");
        Field<IdGraphType>("subject").Description("Only relations whose subject is this entity.");
        Field<IdGraphType>("object").Description("Only relations whose object is this entity.");
        Field<StringGraphType>("dateFrom").Description("On or after this date (yyyy-MM-dd, yyyy-MM or yyyy): the text's date, else the article's.");
        Field<StringGraphType>("dateTo").Description("On or before this date (yyyy-MM-dd, yyyy-MM or yyyy).");
        Field<StringGraphType>("outlet").Description("Only from articles of this outlet.");
        Field<FloatGraphType>("minConfidence").Description("Only relations the extractor is at least this sure of (0..1).");
    }
}
