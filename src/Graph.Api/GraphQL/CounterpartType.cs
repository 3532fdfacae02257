using global::GraphQL;
using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class CounterpartType : ObjectGraphType<Counterpart>
{
    public CounterpartType()
    {
        Name = "Counterpart";
        Description = "One counterpart of a country's roll-up: how many acts, the relations that report them, and the evidence behind each.";
        Field<NonNullGraphType<EntityInterface>>("entity").Description("The counterpart country, bloc or other entity.").Resolve(c => Loaders.Of(c).Entities.Load(c.Source.EntityId));
        Field<NonNullGraphType<IntGraphType>>("count")
            .Description("How many acts (events): within one article, the same type and counterpart are one act however many sentences or officials report it, unless the text dates them differently; reports of one event in other articles are the same act.")
            .Resolve(c => c.Source.Events.Count);
        Field<NonNullGraphType<IntGraphType>>("relationCount").Description("How many relations report those acts (one per article, type and pair of actors).").Resolve(c => c.Source.Relations.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("outlets").Description("The distinct outlets that report these acts.")
            .Resolve(c => Loaders.Of(c).Articles.LoadMany(c.Source.Events.SelectMany(e => e.ArticleIds).Distinct().ToList()).Then(a => RolledUpEventType.Outlets(a)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RolledUpEventType>>>>("events")
            .Description("The acts, each with everyone who acted in it (via) and every sentence that reports it; by article, type and date.")
            .Argument<IntGraphType>("first", $"At most this many (default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize}).")
            .Resolve(c => c.Source.Events.Take(Paging.First(c)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RolledUpRelationType>>>>("relations")
            .Description("The relations, each with who acted and its evidence; the most confident first.")
            .Argument<IntGraphType>("first", $"At most this many (default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize}).")
            .Resolve(c => c.Source.Relations.OrderByDescending(r => r.Edge.Confidence).ThenBy(r => r.Edge.RelationId, StringComparer.Ordinal).Take(Paging.First(c)).ToList());
    }
}
