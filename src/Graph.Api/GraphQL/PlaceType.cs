using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class PlaceType : EntityObjectType
{
    public PlaceType() : base(EntityType.Place, "A city, region or site that is not acting as a government.") { }
}
