using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

public sealed class BlocType : EntityObjectType
{
    public BlocType() : base(EntityType.Bloc, "A group of states spoken of as one actor, such as the West.") { }
}
