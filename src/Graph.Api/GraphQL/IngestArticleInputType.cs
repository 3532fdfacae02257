using global::GraphQL.Types;

namespace Graph.Api.GraphQL;

public sealed class IngestArticleInputType : InputObjectGraphType
{
    public IngestArticleInputType()
    {
        Name = "IngestArticleInput";
        Description = "An article to add to the graph.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The full text (UTF-8, at most Graph:MaxArticleBytes, 1 MB by default).");
        Field<StringGraphType>("title").Description("The title; the first line of the text when missing.");
        Field<StringGraphType>("url").Description("Where it was published.");
        Field<StringGraphType>("outlet").Description("The outlet that published it.");
        Field<DateOnlyGraphType>("publishedAt").Description("Publication date (yyyy-MM-dd).");
        Field<StringGraphType>("language").Description("BCP 47 code; detected from the script when missing.");
    }
}
