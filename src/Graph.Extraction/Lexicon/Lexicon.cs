using System.Reflection;

namespace Graph.Extraction;

/// <summary>The closed word lists of <c>Data/lexicon.tsv</c> (prepositions, light verbs, negators …), loaded once.</summary>
public static class Lexicon
{
    // Held in fields, loaded with the class: steps ask for a list at nearly every token, and a look-up by name each time
    // cost about 1 % of an extraction.
    private static readonly Dictionary<string, WordSet> Lists = Load();

    public static readonly WordSet Prepositions = Get("prepositions");
    public static readonly WordSet HeadNouns = Get("head_nouns");
    public static readonly WordSet NameJoiners = Get("name_joiners");
    public static readonly WordSet Former = Get("former");
    public static readonly WordSet TitleModifiers = Get("title_modifiers");
    public static readonly WordSet LightVerbs = Get("light_verbs");
    public static readonly WordSet Negators = Get("negators");
    public static readonly WordSet Denials = Get("denials");
    public static readonly WordSet Complementisers = Get("complementisers");
    public static readonly WordSet ContinuationStarts = Get("continuation_starts");
    public static readonly WordSet ClauseBreaks = Get("clause_breaks");
    public static readonly WordSet SentenceParticles = Get("sentence_particles");
    public static readonly WordSet Adverbs = Get("adverbs");
    public static readonly WordSet ObjectStarts = Get("object_starts");
    public static readonly WordSet Intentions = Get("intentions");
    public static readonly WordSet Conditions = Get("conditions");
    public static readonly WordSet Threats = Get("threats");
    public static readonly WordSet SpeechSettings = Get("speech_settings");
    public static readonly WordSet Numbers = Get("numbers");

    private static WordSet Get(string name) =>
        Lists.TryGetValue(name, out var words) ? words : throw new InvalidDataException($"lexicon.tsv has no list '{name}'.");

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
