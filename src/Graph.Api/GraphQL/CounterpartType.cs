using global::GraphQL;
using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class CounterpartType : ObjectGraphType<Counterpart>
{
    public CounterpartType()
    {
        Name = "Counterpart";
        Description = "One counterpart of a country's roll-up: how many relations, and the evidence behind each.";
        Field<NonNullGraphType<EntityInterface>>("entity").Description("The counterpart country, bloc or other entity.").Resolve(c => Loaders.Of(c).Entities.Load(c.Source.EntityId));
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many relations.").Resolve(c => c.Source.Relations.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RolledUpRelationType>>>>("relations")
            .Description("The relations, each with who acted and its evidence; the most confident first.")
            .Argument<IntGraphType>("first", $"At most this many (default {Paging.DefaultPageSize}, at most {Paging.MaxPageSize}).")
            .Resolve(c => c.Source.Relations.OrderByDescending(r => r.Edge.Confidence).ThenBy(r => r.Edge.RelationId, StringComparer.Ordinal).Take(Paging.First(c)).ToList());
    }
}
