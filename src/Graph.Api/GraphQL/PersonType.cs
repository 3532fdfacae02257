using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class PersonType : EntityObjectType
{
    public PersonType() : base(EntityType.Person, "A named person. Offices held are AFFILIATED_WITH edges with a role.") { }
}
