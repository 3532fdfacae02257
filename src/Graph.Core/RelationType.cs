namespace Graph.Core;

/// <summary>Edge types of the ontology (shared/ONTOLOGY.md).</summary>
public enum RelationType
{
    Said,
    Mentions,
    Met,
    Visited,
    Praised,
    Congratulated,
    Thanked,
    Condoled,
    Supported,
    Cooperated,
    Urged,
    Criticized,
    Accused,
    Warned,
    Threatened,
    Sanctioned,
    Fought,
    AffiliatedWith,
    MemberOf,
    Chairs,
    ReportedBy,
}
