namespace Graph.Core;

/// <summary>What the ontology says about one edge type: its name on the wire, CAMEO code,
/// Goldstein weight (the standard CAMEO conflict–cooperation scale, -10..+10) and whether it is symmetric.</summary>
public sealed record RelationTypeInfo(RelationType Type, string Name, string? Cameo, double? Goldstein, bool Symmetric, RelationKind Kind)
{
    private static readonly RelationTypeInfo[] All =
    [
        new(RelationType.Said, "SAID", "010", 0.0, false, RelationKind.Speech),
        new(RelationType.Mentions, "MENTIONS", null, null, false, RelationKind.Speech),
        new(RelationType.Met, "MET", "040", 1.0, true, RelationKind.Cooperation),
        new(RelationType.Visited, "VISITED", "042", 1.9, false, RelationKind.Cooperation),
        new(RelationType.Praised, "PRAISED", "051", 3.4, false, RelationKind.Cooperation),
        new(RelationType.Congratulated, "CONGRATULATED", "051", 3.4, false, RelationKind.Cooperation),
        new(RelationType.Thanked, "THANKED", "051", 3.4, false, RelationKind.Cooperation),
        new(RelationType.Condoled, "CONDOLED", "018", 3.4, false, RelationKind.Cooperation),
        new(RelationType.Supported, "SUPPORTED", "050", 3.5, false, RelationKind.Cooperation),
        new(RelationType.Cooperated, "COOPERATED", "030", 4.0, true, RelationKind.Cooperation),
        new(RelationType.Urged, "URGED", "020", 3.0, false, RelationKind.Speech),
        new(RelationType.Criticized, "CRITICIZED", "111", -2.0, false, RelationKind.Conflict),
        new(RelationType.Accused, "ACCUSED", "112", -2.0, false, RelationKind.Conflict),
        new(RelationType.Warned, "WARNED", "130", -4.0, false, RelationKind.Conflict),
        new(RelationType.Threatened, "THREATENED", "138", -7.0, false, RelationKind.Conflict),
        new(RelationType.Sanctioned, "SANCTIONED", "163", -8.0, false, RelationKind.Conflict),
        new(RelationType.Fought, "FOUGHT", "190", -10.0, true, RelationKind.Conflict),
        new(RelationType.AffiliatedWith, "AFFILIATED_WITH", null, null, false, RelationKind.Membership),
        new(RelationType.MemberOf, "MEMBER_OF", null, null, false, RelationKind.Membership),
        new(RelationType.Chairs, "CHAIRS", null, null, false, RelationKind.Membership),
        new(RelationType.ReportedBy, "REPORTED_BY", null, null, false, RelationKind.Speech),
    ];

    private static readonly Dictionary<string, RelationTypeInfo> ByName =
        All.ToDictionary(i => i.Name, StringComparer.OrdinalIgnoreCase);

    public static RelationTypeInfo Of(RelationType type) => All[(int)type];

    public static bool TryParse(string name, out RelationType type)
    {
        if (ByName.TryGetValue(name.Trim(), out var info))
        {
            type = info.Type;
            return true;
        }
        type = default;
        return false;
    }

    public static IReadOnlyList<RelationTypeInfo> Values => All;
}
