namespace Graph.Extraction;

/// <summary>An office title from <c>offices.tsv</c>; one without a role is an honorific (الدكتور، الشيخ، سمو): it announces
/// a name but holds no office.</summary>
public sealed record Office(string Role, bool Government)
{
    public bool Honorific => Role.Length == 0;
}
