using System.Globalization;
using global::GraphQL;
using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class ArticleType : ObjectGraphType<Article>
{
    /// <summary>An article's text can be 1 MB (Graph:MaxArticleBytes), so it weighs as 64 fields in the complexity analyzer
    /// (one per 16 KB it may hold): articles(first: 500) { items { text } } costs 32,500 of the 50,000 allowed, two such
    /// aliases are refused. What it really weighs is charged to the response budget as it is resolved.</summary>
    public const double TextImpact = 64;

    public ArticleType()
    {
        Name = "Article";
        Description = "A source document. Its id is Article: plus the SHA-256 of its normalised text, so the same text is stored once.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Article:<sha256 of the normalised text>.").Resolve(c => c.Source.Id);
        Field<StringGraphType>("title").Description("The title, when one was given or the text has a first line.").Resolve(c => c.Source.Title);
        Field<StringGraphType>("url").Description("Where the article was published.").Resolve(c => c.Source.Url);
        Field<StringGraphType>("outlet").Description("The outlet that published it.").Resolve(c => c.Source.Outlet);
        Field<StringGraphType>("publishedAt").Description("Publication date, ISO 8601 (yyyy-MM-dd).")
            .Resolve(c => c.Source.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("language").Description("BCP 47 language code of the text.").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The original text; every offset in the graph indexes it (UTF-16 code units).").WithComplexityImpact(TextImpact).Resolve(c => c.Source.Text);
        Field<StringGraphType>("storyId").Description("The story it reports, shared with the articles that report the same events (a near-copy of the same text, or another outlet's report naming the same people within 3 days).")
            .Resolve(c => c.Source.StoryId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleType>>>>("sameStory").Description("The other articles of its story, with their outlets.")
            .Resolve(c => c.Source.StoryId is null ? Array.Empty<Article>() : Loaders.Of(c).ArticlesByStory.Load(c.Source.StoryId)
                .Then(a => (a ?? []).Where(x => x.Id != c.Source.Id).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements")
            .Description("Who said what in this article, in text order.")
            .Resolve(c => Loaders.Of(c).StatementsByArticle.Load(c.Source.Id).Then(s => s ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations")
            .Description("The edges this article is evidence for.")
            .Resolve(c => Loaders.Of(c).RelationsByArticle.Load(c.Source.Id).Then(r => r ?? []));
    }
}
