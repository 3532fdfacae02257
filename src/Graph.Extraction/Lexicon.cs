using System.Reflection;

namespace Graph.Extraction;

/// <summary>The closed word lists of <c>Data/lexicon.tsv</c> (prepositions, light verbs, negators …), loaded once.</summary>
public static class Lexicon
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Lists = new(Load);

    public static IReadOnlySet<string> Prepositions => Get("prepositions");
    public static IReadOnlySet<string> HeadNouns => Get("head_nouns");
    public static IReadOnlySet<string> NameJoiners => Get("name_joiners");
    public static IReadOnlySet<string> Former => Get("former");
    public static IReadOnlySet<string> TitleModifiers => Get("title_modifiers");
    public static IReadOnlySet<string> LightVerbs => Get("light_verbs");
    public static IReadOnlySet<string> Negators => Get("negators");
    public static IReadOnlySet<string> Denials => Get("denials");
    public static IReadOnlySet<string> Complementisers => Get("complementisers");
    public static IReadOnlySet<string> ContinuationStarts => Get("continuation_starts");
    public static IReadOnlySet<string> ClauseBreaks => Get("clause_breaks");

    private static HashSet<string> Get(string name) =>
        Lists.Value.TryGetValue(name, out var words) ? words : throw new InvalidDataException($"lexicon.tsv has no list '{name}'.");

    private static Dictionary<string, HashSet<string>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Data.lexicon.tsv")
            ?? throw new InvalidOperationException("Data file lexicon.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            lists[f[0]] = f[1].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(w => Normalizer.Fold(w)).ToHashSet(StringComparer.Ordinal);
        }
        return lists;
    }
}
