using global::GraphQL;
using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class StatementType : ObjectGraphType<Statement>
{
    public StatementType()
    {
        Name = "Statement";
        Description = "Something a speaker said: a quotation or reported speech, with where it stands in the article.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The words, exactly as in the article.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StatementKindEnum>>("kind").Description("QUOTE or PARAPHRASE.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("language").Description("BCP 47 language code.").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<ModalityEnum>>("modality").Description("How the speech verb presents the words: ASSERTED (said), NEGATED (denied: نفى أن، لم يقل), FUTURE or POSSIBLE.").Resolve(c => c.Source.Modality);
        Field<NonNullGraphType<BooleanGraphType>>("headline").Description("True for a headline statement (Speaker: words).").Resolve(c => c.Source.Headline);
        Field<EntityInterface>("speaker").Description("Who said it, when the text says.")
            .Resolve(c => c.Source.SpeakerId is null ? null : Loaders.Of(c).Entities.Load(c.Source.SpeakerId));
        Field<EntityInterface>("source").Description("The outlet or agency the article credits for it (REPORTED_BY), when it names one.")
            .Resolve(c => c.Source.SourceId is null ? null : Loaders.Of(c).Entities.Load(c.Source.SourceId));
        Field<NonNullGraphType<ArticleType>>("article").Description("The article it comes from.")
            .Resolve(c => Loaders.Of(c).Articles.Load(c.Source.ArticleId));
        Field<NonNullGraphType<StringGraphType>>("sentence").Description("The sentence the words stand in.")
            .Resolve(c => Loaders.Of(c).Articles.Load(c.Source.ArticleId).Then(a => a!.Text[c.Source.SentenceStart..c.Source.SentenceEnd]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("sameQuote")
            .Description("The same quote in other articles: the same speaker and the same words (spelling, clitics and punctuation aside).")
            .Resolve(c => Loaders.Of(c).SameQuotes.Load(c.Source.Id).Then(s => (s ?? []).Where(x => x.Id != c.Source.Id).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reportedBy")
            .Description("The distinct outlets whose articles carry this quote, this one's included.")
            // Chained loaders: the quotes of every statement of the level in one batch, then their articles in another.
            .Resolve(c => Loaders.Of(c).SameQuotes.Load(c.Source.Id).Then(same =>
                Loaders.Of(c).Articles.LoadMany((same is { Length: > 0 } ? same : [c.Source]).Select(x => x.ArticleId).Distinct().ToList())
                    .Then(articles => RolledUpEventType.Outlets(articles))));
        Field<NonNullGraphType<IntGraphType>>("start").Description("Offset of the words in the article text (UTF-16).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Description("End offset (exclusive).").Resolve(c => c.Source.End);
        Field<NonNullGraphType<IntGraphType>>("sentenceStart").Resolve(c => c.Source.SentenceStart);
        Field<NonNullGraphType<IntGraphType>>("sentenceEnd").Resolve(c => c.Source.SentenceEnd);
    }
}
