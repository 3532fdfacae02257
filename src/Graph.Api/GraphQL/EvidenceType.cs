using global::GraphQL;
using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class EvidenceType : ObjectGraphType<Evidence>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "Why an edge exists: the sentence, the cue inside it, and the statement when someone said it.";
        Field<NonNullGraphType<StringGraphType>>("sentence").Description("The sentence, as in the article.").Resolve(c => c.Source.Sentence);
        Field<NonNullGraphType<IntGraphType>>("sentenceStart").Description("Offset of the sentence in the article text.").Resolve(c => c.Source.SentenceStart);
        Field<NonNullGraphType<IntGraphType>>("sentenceEnd").Resolve(c => c.Source.SentenceEnd);
        Field<NonNullGraphType<IntGraphType>>("start").Description("Offset of the cue (the verb or noun that signals the edge).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
        Field<StatementType>("statement").Description("The statement the edge comes from, if any.")
            .Resolve(c => c.Source.StatementId is null ? null : Loaders.Of(c).Statements.Load(c.Source.StatementId));
    }
}
