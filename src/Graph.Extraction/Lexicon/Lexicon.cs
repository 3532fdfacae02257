using System.Reflection;

namespace Graph.Extraction;

/// <summary>The closed word lists of <c>Data/lexicon.tsv</c> (prepositions, light verbs, negators …), loaded once.</summary>
public static class Lexicon
{
    private static readonly Lazy<Dictionary<string, WordSet>> Lists = new(Load);

    public static WordSet Prepositions => Get("prepositions");
    public static WordSet HeadNouns => Get("head_nouns");
    public static WordSet NameJoiners => Get("name_joiners");
    public static WordSet Former => Get("former");
    public static WordSet TitleModifiers => Get("title_modifiers");
    public static WordSet LightVerbs => Get("light_verbs");
    public static WordSet Negators => Get("negators");
    public static WordSet Denials => Get("denials");
    public static WordSet Complementisers => Get("complementisers");
    public static WordSet ContinuationStarts => Get("continuation_starts");
    public static WordSet ClauseBreaks => Get("clause_breaks");
    public static WordSet SentenceParticles => Get("sentence_particles");
    public static WordSet Adverbs => Get("adverbs");
    public static WordSet ObjectStarts => Get("object_starts");
    public static WordSet Intentions => Get("intentions");
    public static WordSet Conditions => Get("conditions");
    public static WordSet Threats => Get("threats");
    public static WordSet SpeechSettings => Get("speech_settings");
    public static WordSet Numbers => Get("numbers");

    private static WordSet Get(string name) =>
        Lists.Value.TryGetValue(name, out var words) ? words : throw new InvalidDataException($"lexicon.tsv has no list '{name}'.");

    private static Dictionary<string, WordSet> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Data.lexicon.tsv")
            ?? throw new InvalidOperationException("Data file lexicon.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var lists = new Dictionary<string, WordSet>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            var words = lists[f[0]] = new WordSet();
            foreach (var w in f[1].Split('|', StringSplitOptions.RemoveEmptyEntries)) words.Add(Normalizer.Fold(w));
        }
        return lists;
    }
}
