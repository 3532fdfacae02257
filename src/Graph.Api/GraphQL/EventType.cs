using System.Globalization;
using global::GraphQL;
using global::GraphQL.Types;
using global::GraphQL.Types.Relay;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class EventType : ObjectGraphType<Event>
{
    public EventType()
    {
        Name = "Event";
        Description = "One act, however many articles report it: relations from different articles with the same sides after the roll-up (an official acting in office stands for their country), the same type, and dates within 3 days that the texts do not give differently.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RelationTypeEnum>>("type").Description("The edge type.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<EntityInterface>>("subject").Description("Who acted (a country for its officials).").Resolve(c => Loaders.Of(c).Entities.Load(c.Source.SubjectId));
        Field<NonNullGraphType<EntityInterface>>("object").Description("Whom it was done to (a country for its officials).").Resolve(c => Loaders.Of(c).Entities.Load(c.Source.ObjectId));
        Field<StringGraphType>("date").Description($"The date the texts give for the act, when one does: {DateText.Forms}.").Resolve(c => c.Source.Date);
        Field<StringGraphType>("dateText").Description("The date for people to read, saying what is known.").Resolve(c => DateText.Describe(c.Source.Date));
        Field<StringGraphType>("firstReported").Description("The publication date of the first report (yyyy-MM-dd), when articles are dated.")
            .Resolve(c => c.Source.FirstReported?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field<StringGraphType>("lastReported").Description("The publication date of the latest report.")
            .Resolve(c => c.Source.LastReported?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("outlets").Description("The distinct outlets that reported it.").Resolve(c => c.Source.Outlets);
        Field<NonNullGraphType<IntGraphType>>("outletCount").Description("How many distinct outlets reported it.").Resolve(c => c.Source.Outlets.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleType>>>>("articles").Description("The articles that report it.")
            .Resolve(c => Loaders.Of(c).Articles.LoadMany(c.Source.ArticleIds).Then(a => a.OfType<Article>().ToList()));
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("Grows with independent outlets: 1 - Π(1 - c) over each outlet's most confident report.").Resolve(c => c.Source.Confidence);
        Field<FloatGraphType>("goldstein").Description("Goldstein weight of the type (-10 hostile … +10 cooperative).").Resolve(c => RelationTypeInfo.Of(c.Source.Type).Goldstein);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("reports")
            .Description("Each report: the relation with its evidence sentences, its article and outlet.")
            .Resolve(c => Loaders.Of(c).Relations.LoadMany(c.Source.Reports.Select(r => r.RelationId).ToList()).Then(r => r.OfType<Relation>().ToList()));
    }
}

public sealed class EventFilterInputType : InputObjectGraphType
{
    public EventFilterInputType()
    {
        Name = "EventFilterInput";
        Description = "Which events to list. All given conditions must hold.";
        Field<StringGraphType>("subject").Description("Only events this entity did: an id or any name (a country counts its officials' acts).");
        Field<StringGraphType>("object").Description("Only events done to this entity: an id or any name.");
        Field<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types").Description("Only these edge types.");
        Field<StringGraphType>("dateFrom").Description("On or after this day (yyyy-MM-dd): the texts' date, else the first report's.");
        Field<StringGraphType>("dateTo").Description("On or before this day (yyyy-MM-dd).");
        Field<IntGraphType>("minOutlets").Description("Only events reported by at least this many distinct outlets.");
    }
}

public sealed class EventEdgeType : EdgeType<EventType>
{
    public EventEdgeType()
    {
        Name = "EventEdge";
        Description = "An event and its cursor.";
    }
}

public sealed class EventConnectionType : ConnectionType<EventType, EventEdgeType>
{
    public EventConnectionType()
    {
        Name = "EventConnection";
        Description = "A page of events, the latest first, with keyset cursors and the total count.";
    }
}
