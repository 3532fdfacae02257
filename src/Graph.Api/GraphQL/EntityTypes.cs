using global::GraphQL.Types;
using Graph.Core;

namespace Graph.Api.GraphQL;

/// <summary>Base of the five entity types: the shared fields, the Node and Entity interfaces, and type resolution by label.</summary>
public abstract class EntityObjectType : ObjectGraphType<Entity>
{
    protected EntityObjectType(EntityType kind, string description)
    {
        Name = kind.ToString();
        Description = description;
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = o => o is Entity e && e.Type == kind;
        EntityFields.AddTo(this);
    }
}

public sealed class PersonType : EntityObjectType
{
    public PersonType() : base(EntityType.Person, "A named person. Offices held are AFFILIATED_WITH edges with a role.") { }
}

public sealed class CountryType : EntityObjectType
{
    public CountryType() : base(EntityType.Country, "A state or territory, identified by ISO 3166-1 alpha-3 (Country:RUS). Capitals acting for their government resolve here.")
    {
        Field<StringGraphType>("iso2").Description("ISO 3166-1 alpha-2 code.").Resolve(c => c.Source.Iso2);
        Field<StringGraphType>("iso3").Description("ISO 3166-1 alpha-3 code.").Resolve(c => c.Source.Iso3);
    }
}

public sealed class OrganizationType : EntityObjectType
{
    public OrganizationType() : base(EntityType.Organization, "An organisation: intergovernmental body, alliance, news agency, newspaper, think tank, ministry.") { }
}

public sealed class BlocType : EntityObjectType
{
    public BlocType() : base(EntityType.Bloc, "A group of states spoken of as one actor, such as the West.") { }
}

public sealed class PlaceType : EntityObjectType
{
    public PlaceType() : base(EntityType.Place, "A city, region or site that is not acting as a government.") { }
}
