using global::GraphQL;
using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class RolledUpEventType : ObjectGraphType<RolledUpEvent>
{
    public RolledUpEventType()
    {
        Name = "RolledUpEvent";
        Description = "One act counted for a country: within an article, the relations with the same type and counterpart (the country's and its officials' alike) unless the text dates them differently; across articles, those reporting one stored event.";
        Field<NonNullGraphType<RelationTypeEnum>>("type").Description("The edge type.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<EntityInterface>>("country").Description("The country the act is counted for.").Resolve(c => Loaders.Of(c).Entities.Load(c.Source.CountryId));
        Field<NonNullGraphType<EntityInterface>>("counterpart").Description("The other side: a country or bloc (an official resolved to their country), or another entity.")
            .Resolve(c => Loaders.Of(c).Entities.Load(c.Source.CounterpartId));
        Field<StringGraphType>("date").Description($"The date the text gives for the act, when it gives one: {DateText.Forms}.").Resolve(c => c.Source.Date);
        Field<StringGraphType>("dateText").Description("The date for people to read, saying what is known.").Resolve(c => DateText.Describe(c.Source.Date));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleType>>>>("articles").Description("The articles that report it.")
            .Resolve(c => Loaders.Of(c).Articles.LoadMany(c.Source.ArticleIds).Then(a => a.OfType<Article>().ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("outlets").Description("The distinct outlets that report it.")
            .Resolve(c => Loaders.Of(c).Articles.LoadMany(c.Source.ArticleIds).Then(a => Outlets(a)));
        Field<NonNullGraphType<BooleanGraphType>>("byCountry").Description("Whether the country itself is named as acting (not only its officials).")
            .Resolve(c => c.Source.Via.Contains(null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("via").Description("The officials who acted for the country in it.")
            .Resolve(c => Loaders.Of(c).Entities.LoadMany(c.Source.Via.OfType<string>().ToList()).Then(e => e.OfType<Entity>().ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RolledUpRelationType>>>>("relations").Description("The relations that report it.")
            .Resolve(c => c.Source.Relations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Description("Every sentence that reports it, from all its relations.")
            .Resolve(c => Loaders.Of(c).Relations.LoadMany(c.Source.Relations.Select(r => r.Edge.RelationId).ToList())
                .Then(rs => rs.OfType<Relation>().SelectMany(r => r.Evidence).DistinctBy(e => (e.SentenceStart, e.Start, e.End)).ToList()));
    }

    internal static List<string> Outlets(IEnumerable<Article?> articles) =>
        articles.Select(a => a?.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
