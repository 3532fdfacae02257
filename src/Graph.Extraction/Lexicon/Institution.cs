namespace Graph.Extraction;

/// <summary>A body of a state from <c>institutions.tsv</c>: its English name, and whether it stands for the state itself
/// (<see cref="StandsForCountry"/>: a government, a presidency, an army) or is an organisation affiliated with it (a ministry).</summary>
public sealed record Institution(string English, bool StandsForCountry);
