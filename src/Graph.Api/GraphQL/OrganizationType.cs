using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class OrganizationType : EntityObjectType
{
    public OrganizationType() : base(EntityType.Organization, "An organisation: intergovernmental body, alliance, news agency, newspaper, think tank, ministry.") { }
}
