namespace Graph.Core;

/// <summary>Whether an office is held for a government — what makes a person's acts count as their country's (the roll-up rule).</summary>
public static class Roles
{
    private static readonly string[] GovernmentWords =
    [
        "Minister", "President", "Ambassador", "Spokesperson", "King", "Emir", "Ruler", "Sultan", "Crown Prince", "Chancellor", "Premier",
        "Envoy", "Representative", "Treasury Secretary", "Leader", "Secretary of State", "Secretary of Defense", "Security Council Secretary", "Chief of Staff",
        "Army Commander", "National Security Adviser", "Diplomat", "Official", "Deputy Chairman of the Security Council",
    ];

    public static bool IsGovernment(string? role) =>
        role is not null && !role.StartsWith("Former", StringComparison.Ordinal)
        && GovernmentWords.Any(w => role.Contains(w, StringComparison.Ordinal));
}
