using global::GraphQL.Types;

namespace Graph.Api.GraphQL;

public sealed class GraphSchema : Schema
{
    public GraphSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Description = "Graph: people, countries, organisations and what they said and did to each other, extracted from news with evidence. See it drawn, and click through the evidence, at /explore/.";
        Query = query;
        Mutation = mutation;
        RegisterType(typeof(PersonType));
        RegisterType(typeof(CountryType));
        RegisterType(typeof(OrganizationType));
        RegisterType(typeof(BlocType));
        RegisterType(typeof(PlaceType));
        RegisterType(typeof(RelationGraphType));
    }
}
