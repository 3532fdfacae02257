namespace Graph.Core;

/// <summary>Node labels for named things, as in the ontology.</summary>
public enum EntityType
{
    Person,
    Country,
    Organization,
    Bloc,
    Place,
}
