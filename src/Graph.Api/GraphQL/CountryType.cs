using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class CountryType : EntityObjectType
{
    public CountryType() : base(EntityType.Country, "A state or territory, identified by ISO 3166-1 alpha-3 (Country:RUS). Capitals acting for their government resolve here.")
    {
        Field<StringGraphType>("iso2").Description("ISO 3166-1 alpha-2 code.").Resolve(c => c.Source.Iso2);
        Field<StringGraphType>("iso3").Description("ISO 3166-1 alpha-3 code.").Resolve(c => c.Source.Iso3);
    }
}
