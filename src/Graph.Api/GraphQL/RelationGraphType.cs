using global::GraphQL;
using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class RelationGraphType : ObjectGraphType<Relation>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A typed edge found in one article — who did what to whom — with the evidence for it.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RelationTypeEnum>>("type").Description("The edge type.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<RelationKindEnum>>("kind").Description("Conflict, cooperation, speech or membership.").Resolve(c => c.Source.Info.Kind);
        Field<StringGraphType>("cameo").Description("The CAMEO event code, where the type has one.").Resolve(c => c.Source.Info.Cameo);
        Field<FloatGraphType>("goldstein").Description("Goldstein weight of the type (-10 hostile … +10 cooperative).").Resolve(c => c.Source.Info.Goldstein);
        Field<NonNullGraphType<EntityInterface>>("subject").Description("Who acted.").Resolve(c => Loaders.Of(c).Entities.Load(c.Source.SubjectId));
        Field<NonNullGraphType<EntityInterface>>("object").Description("Whom it was done to.").Resolve(c => Loaders.Of(c).Entities.Load(c.Source.ObjectId));
        Field<StringGraphType>("role").Description("For AFFILIATED_WITH: the office (Foreign Minister, Ambassador to Japan).").Resolve(c => c.Source.Role);
        Field<StringGraphType>("date").Description($"The date the text gives for the act, when it gives one (a year missing from the text is taken from the article's date): {DateText.Forms}.").Resolve(c => c.Source.Date);
        Field<StringGraphType>("dateText").Description("The date for people to read, saying what is known: 10 January 2025, January 2025, or 10 January, year not given.").Resolve(c => DateText.Describe(c.Source.Date));
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("The extractor's confidence, 0..1.").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<ModalityEnum>>("modality").Description("Asserted, negated, future or possible.").Resolve(c => c.Source.Modality);
        Field<NonNullGraphType<ArticleType>>("article").Description("The article this edge was found in.").Resolve(c => Loaders.Of(c).Articles.Load(c.Source.ArticleId));
        Field<EventType>("event").Description("The act this relation reports, with every other report of it (other articles and outlets); null for offices, mentions and reporting.")
            .Resolve(c => c.Source.EventId is null ? null : Loaders.Of(c).Events.Load(c.Source.EventId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Description("The sentences that show it.").Resolve(c => c.Source.Evidence);
    }
}
