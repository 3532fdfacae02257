namespace Graph.Core.Grouping;

/// <summary>When two articles report the same story: a near-copy of one text (<see cref="StorySignature"/> agreeing on at
/// least <see cref="CopySimilarity"/>), or an independent report of the same events published within
/// <see cref="WindowDays"/> days that names at least <see cref="MinSharedActors"/> of the same people and organisations,
/// and at least half of those the shorter report names.</summary>
/// <remarks>Chosen on the 25 real articles of the development set, where two outlets' reports of one affair (France 24
/// and Sky News Arabia, a day apart) share 38% of their word trigrams and 10 people and organisations (10 of the
/// shorter's 11), while no other pair shares more than 1.5% of its trigrams, and the closest other pair published within
/// the window (two reports on the Iran nuclear deal, the same day) shares 2 people (Trump and Rouhani) beside seven
/// countries. Countries, places and blocs are left out: stories about the same states are not one story.</remarks>
public static class SameStory
{
    public const double CopySimilarity = 0.2;
    public const int WindowDays = 3;
    public const int MinSharedActors = 4;

    /// <summary>The people and organisations an article names: what an independent report of the same story shares.</summary>
    public static IReadOnlyList<string> Actors(IEnumerable<string> entityIds) =>
        entityIds.Where(id => id.StartsWith("Person:", StringComparison.Ordinal) || id.StartsWith("Organization:", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Whether an article naming <paramref name="actors"/> actors and another naming <paramref name="otherActors"/>,
    /// <paramref name="shared"/> of them the same, report the same events.</summary>
    public static bool SharesActors(int shared, int actors, int otherActors) =>
        shared >= MinSharedActors && shared * 2 >= Math.Min(actors, otherActors);
}
