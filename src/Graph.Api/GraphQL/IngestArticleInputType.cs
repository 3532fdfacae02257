using global::GraphQL.Types;

namespace Graph.Api.GraphQL;

public sealed class IngestArticleInputType : InputObjectGraphType
{
    public IngestArticleInputType()
    {
        Name = "IngestArticleInput";
        Description = "An article to add to the graph.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The full text (UTF-8, at most Graph:MaxArticleBytes, 1 MB by default).");
        Field<StringGraphType>("title").Description("The title (at most 500 characters); the first line of the text when missing.");
        Field<StringGraphType>("url").Description("Where it was published: an http or https address (at most 2,048 characters).");
        Field<StringGraphType>("outlet").Description("The outlet that published it (at most 200 characters).");
        Field<DateOnlyGraphType>("publishedAt").Description("Publication date (yyyy-MM-dd).");
        Field<StringGraphType>("language").Description("BCP 47 tag (ar, en, ar-EG …); detected from the script when missing.");
    }
}
