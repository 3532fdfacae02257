using global::GraphQL;
using global::GraphQL.Types;
using Graph.Core;
using Graph.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.GraphQL;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Add to the graph.";
        Field<NonNullGraphType<IngestArticlePayloadType>>("ingestArticle")
            .Description("Extracts entities, statements and relations from an article and stores them in one transaction. The same text twice changes nothing.")
            .Argument<NonNullGraphType<IngestArticleInputType>>("input", "The article.")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var article = new ArticleInput(
                    (string)input["text"]!,
                    input.GetValueOrDefault("title") as string,
                    input.GetValueOrDefault("url") as string,
                    input.GetValueOrDefault("outlet") as string,
                    input.GetValueOrDefault("publishedAt") as DateOnly?,
                    input.GetValueOrDefault("language") as string);
                // A refused article (IngestException) gets its code in ErrorMap.
                return await c.RequestServices!.GetRequiredService<ArticleIngestor>().IngestAsync(article, c.CancellationToken);
            });
    }
}
