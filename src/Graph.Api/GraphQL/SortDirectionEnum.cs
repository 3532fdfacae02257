using global::GraphQL.Types;

namespace Graph.Api.GraphQL;

public sealed class SortDirectionEnum : EnumerationGraphType
{
    public SortDirectionEnum()
    {
        Name = "SortEnumType";
        Description = "Sort direction.";
        Add("ASC", "ASC", "Ascending.");
        Add("DESC", "DESC", "Descending.");
    }
}
