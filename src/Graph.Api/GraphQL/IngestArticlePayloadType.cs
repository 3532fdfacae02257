using global::GraphQL.Types;
using Graph.Core;
using Graph.Ingestion;

namespace Graph.Api.GraphQL;

public sealed class IngestArticlePayloadType : ObjectGraphType<IngestOutcome>
{
    public IngestArticlePayloadType()
    {
        Name = "IngestArticlePayload";
        Description = "What ingesting one article did.";
        Field<NonNullGraphType<ArticleType>>("article").Description("The stored article.").Resolve(c => c.Source.Article);
        Field<NonNullGraphType<BooleanGraphType>>("created").Description("False when the same text was stored before; then nothing changed.").Resolve(c => c.Source.Created);
        Field<NonNullGraphType<IntGraphType>>("entities").Description("Entities found (0 when not created).").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<IntGraphType>>("statements").Description("Statements found (0 when not created).").Resolve(c => c.Source.Statements);
        Field<NonNullGraphType<IntGraphType>>("relations").Description("Relations found (0 when not created).").Resolve(c => c.Source.Relations);
        Field<NonNullGraphType<StringGraphType>>("language").Description("The language detected from the text (ar for Arabic, en for other scripts); only Arabic is read.")
            .Resolve(c => Language.Detect(c.Source.Article.Text));
        Field<StringGraphType>("warning").Description("Set when the text is not Arabic and nothing could be extracted; the article is stored all the same.")
            .Resolve(c => LanguageWarning.For(Language.Detect(c.Source.Article.Text), c.Source.Entities, c.Source.Statements, c.Source.Relations));
    }
}
