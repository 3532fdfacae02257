using global::GraphQL.Types;

namespace Graph.Api.GraphQL;

public sealed class RelationSortInputType : InputObjectGraphType
{
    public RelationSortInputType()
    {
        Name = "RelationSortInput";
        Description = "How to order relations: give one field. Without it, relations come in the order they were stored. Ties end on the storage order.";
        Field<SortDirectionEnum>("confidence").Description("DESC: most confident first.");
        Field<SortDirectionEnum>("date").Description("ASC or DESC by date (the text's, else the article's); undated last.");
    }
}
