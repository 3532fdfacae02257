using global::GraphQL;
using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class RolledUpRelationType : ObjectGraphType<RolledUpRelation>
{
    public RolledUpRelationType()
    {
        Name = "RolledUpRelation";
        Description = "A relation counted for a country: what the country or one of its officials did (via), to a counterpart country, bloc or other entity (itself or through one of its officials: counterpartVia).";
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The relation, with its type, evidence and article.")
            .Resolve(c => Loaders.Of(c).Relations.Load(c.Source.Edge.RelationId));
        Field<NonNullGraphType<EntityInterface>>("country").Description("The country the roll-up is for.").Resolve(c => Loaders.Of(c).Entities.Load(c.Source.CountryId));
        Field<NonNullGraphType<EntityInterface>>("counterpart").Description("The other side: a country or bloc (an official resolved to their country), or another entity.")
            .Resolve(c => Loaders.Of(c).Entities.Load(c.Source.CounterpartId));
        Field<PersonType>("via").Description("The official who acted for the country, when it was not the country itself.")
            .Resolve(c => c.Source.Via is null ? null : Loaders.Of(c).Entities.Load(c.Source.Via));
        Field<PersonType>("counterpartVia").Description("The counterpart's official the act was aimed at or came from, when it was a person.")
            .Resolve(c => c.Source.CounterpartVia is null ? null : Loaders.Of(c).Entities.Load(c.Source.CounterpartVia));
    }
}
