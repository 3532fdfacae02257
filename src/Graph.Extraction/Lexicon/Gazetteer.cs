using System.Reflection;
using Graph.Core;

namespace Graph.Extraction;

/// <summary>Everything the extractor knows before it reads a text, loaded once from the TSV files in <c>Data/</c>:
/// countries (names, nisba adjectives, capitals), blocs, organisations, office holders, office titles,
/// speech verbs, attribution phrases and relation cues. The code that applies them is generic.</summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(() => new Gazetteer());

    public static Gazetteer Default => Shared.Value;

    public PhraseTable<GazetteerEntry> Names { get; } = new(indexed: true);
    public Dictionary<string, EntityDraft> Entities { get; } = new(StringComparer.Ordinal);
    public PhraseTable<Office> Offices { get; } = new(indexed: true);
    /// <summary>Head nouns of a state's bodies (الحكومة، وزارة الخارجية، السفارة), before the state's nisba or name.</summary>
    public PhraseTable<Institution> Institutions { get; } = new(indexed: true);
    public PhraseTable<SpeechCue> Speech { get; } = new(indexed: true);
    public PhraseTable<bool> Sources { get; } = new(indexed: true);
    public PhraseTable<List<Cue>> Cues { get; } = new(indexed: true);
    /// <summary>Words that point at a country (بلاده، بلدنا) and whose country they mean: <c>speaker</c> or <c>antecedent</c>.</summary>
    public PhraseTable<string> Pronouns { get; } = new(indexed: true);
    /// <summary>Month names to their number.</summary>
    public PhraseTable<int> Months { get; } = new(indexed: true);
    /// <summary>Capital cities by folded name, to the country key; used for "in the capital" (a place, not an actor).</summary>
    public Dictionary<string, string> Capitals { get; } = new(StringComparer.Ordinal);
    /// <summary>Given names (folded): one followed by name-like words starts a person's name.</summary>
    public WordSet GivenNames { get; } = new();
    /// <summary>Nouns that head an organisation's name (وزارة، شركة، حزب …).</summary>
    public WordSet OrganizationHeads { get; } = new();
    /// <summary>Function words (folded) that end a name after a title.</summary>
    public WordSet FunctionWords { get; } = new();

    /// <summary>The gazetteer of the data files embedded in the assembly.</summary>
    private Gazetteer() : this(Embedded) { }

    /// <param name="open">Opens a data table by name (<c>countries</c>, <c>cues</c> …, as in <c>Data/</c>); null for a table
    /// the gazetteer goes without. A test can give a small gazetteer of a few lines.</param>
    public Gazetteer(Func<string, TextReader?> open)
    {
        _open = open;
        var names = new List<(string[] Words, GazetteerEntry Entry)>();
        var demonyms = new List<(string[] Words, GazetteerEntry Entry)>();
        foreach (var f in Rows("countries"))
        {
            var key = Ids.Country(f[0]);
            var english = f[2].Split('|');
            var arabic = Split(f[3]);
            var draft = Add(new EntityDraft(key, EntityType.Country, english[0]) { Iso3 = f[0], Iso2 = f[1], ArabicLabel = arabic.FirstOrDefault() });
            foreach (var a in arabic.Concat(english.Skip(1))) draft.AddAlias(a);
            foreach (var a in arabic) names.Add((Normalizer.FoldPhrase(a), new GazetteerEntry(key, "name")));
            foreach (var c in Split(At(f, 5)))
            {
                var words = Normalizer.FoldPhrase(c);
                names.Add((words, new GazetteerEntry(key, "name")));
                Capitals.TryAdd(string.Join(' ', words), key);
                draft.AddAlias(c);
            }
            foreach (var stem in Split(At(f, 4)))
                foreach (var form in Nisba.Forms(Normalizer.FoldPhrase(stem)))
                    demonyms.Add((form, new GazetteerEntry(key, "demonym")));
        }
        foreach (var f in Rows("blocs"))
        {
            var key = Ids.Entity(EntityType.Bloc, f[0]);
            var arabic = Split(f[2]);
            var draft = Add(new EntityDraft(key, EntityType.Bloc, f[1]) { ArabicLabel = arabic[0] });
            foreach (var a in arabic)
            {
                draft.AddAlias(a);
                names.Add((Normalizer.FoldPhrase(a), new GazetteerEntry(key, "name")));
            }
        }
        foreach (var f in Rows("organizations"))
        {
            var key = Ids.Entity(EntityType.Organization, f[0]);
            var english = f[2].Split('|');
            var arabic = Split(f[3]);
            var draft = Add(new EntityDraft(key, EntityType.Organization, english[0]) { ArabicLabel = arabic[0], Role = f[1] });
            // A body of a state's government (the White House, the Kremlin): its acts count for the state.
            if (At(f, 4) is { Length: 3 } state)
            {
                draft.RoleOf = Ids.Country(state);
                draft.Government = true;
            }
            foreach (var a in arabic.Concat(english.Skip(1))) draft.AddAlias(a);
            foreach (var a in arabic) names.Add((Normalizer.FoldPhrase(a), new GazetteerEntry(key, "name")));
        }
        foreach (var f in Rows("people"))
        {
            var key = Ids.Entity(EntityType.Person, Slug(f[1]));
            var arabic = Split(f[2]);
            var draft = Add(new EntityDraft(key, EntityType.Person, f[1])
            {
                ArabicLabel = arabic[0], Role = f[3], RoleOf = AffiliationKey(f[4]), Government = !f[3].StartsWith("Former", StringComparison.Ordinal),
            });
            foreach (var a in arabic) draft.AddAlias(a);
            draft.AddAlias(f[1].Split(' ')[^1]);
            foreach (var a in arabic) names.Add((Normalizer.FoldPhrase(a), new GazetteerEntry(key, "name")));
            foreach (var a in Split(At(f, 5))) names.Add((Normalizer.FoldPhrase(a), new GazetteerEntry(key, "name", NeedsFullName: true)));
        }
        foreach (var f in Rows("cities"))
        {
            var key = Ids.Entity(EntityType.Place, Slug(f[0]));
            var arabic = Split(f[1]);
            var draft = Add(new EntityDraft(key, EntityType.Place, f[0]) { ArabicLabel = arabic[0] });
            foreach (var a in arabic)
            {
                draft.AddAlias(a);
                names.Add((Normalizer.FoldPhrase(a), new GazetteerEntry(key, "name")));
            }
        }
        foreach (var f in Rows("given_names"))
            foreach (var n in Split(f[0])) GivenNames.Add(Normalizer.Fold(n));
        foreach (var f in Rows("org_heads")) OrganizationHeads.Add(Normalizer.Fold(f[0]));
        // Names first, so a phrase that is both a name and a demonym form (الصين) stays a name.
        foreach (var (words, entry) in names.Concat(demonyms))
        {
            entry.Type = Entities.TryGetValue(entry.EntityKey, out var draft) ? draft.Type : null;
            Names.Add(words, entry);
        }

        foreach (var f in Rows("function_words"))
            foreach (var w in Split(f[0])) FunctionWords.Add(Normalizer.Fold(w));
        foreach (var f in Rows("institutions")) Institutions.Add(Normalizer.FoldPhrase(f[0]), new Institution(f[1], f[2] == "country"));
        foreach (var f in Rows("offices"))
        {
            var words = Normalizer.FoldPhrase(f[0]);
            var office = new Office(f[1], f[2] == "1");
            Offices.Add(words, office);
            // The feminine of the first word holds the same office (نائبة وزير الخارجية، سفيرة، المبعوثة); a listed form wins.
            if (words[0][^1] != 'ه') Offices.Add([words[0] + "ه", .. words[1..]], office);
        }
        foreach (var f in Rows("speech"))
        {
            var content = At(f, 2);
            var rightAfter = content.StartsWith('=');
            if (rightAfter) content = content[1..];
            var cue = new SpeechCue(Frames.Parse<SpeechFrame>("speech.tsv", f[1]), content is "" or "-" ? [] : [.. Split(content).Select(w => Normalizer.Fold(w))], rightAfter);
            foreach (var (words, _) in Morphology.Expand(f[0])) Speech.Add(words, cue);
        }
        foreach (var f in Rows("months"))
            foreach (var name in Split(f[1])) Months.Add(Normalizer.FoldPhrase(name), int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture));
        foreach (var f in Rows("pronouns")) Pronouns.Add(Normalizer.FoldPhrase(f[0]), f[1]);
        foreach (var f in Rows("sources")) Sources.Add(Normalizer.FoldPhrase(f[0]), true);
        foreach (var f in Rows("cues"))
        {
            if (!RelationTypeInfo.TryParse(f[0], out var type))
                throw new InvalidDataException($"cues.tsv: unknown relation type '{f[0]}'");
            var cue = new Cue(type, Frames.Parse<CueFrame>("cues.tsv", f[2]), double.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture),
                At(f, 4) is { Length: > 0 } prepositions ? [.. Split(prepositions).Select(w => Normalizer.Fold(w))] : null);
            // A verb with an object pronoun (يحثها، اتهموه) points back at its object: the verb-pron frame.
            var pronounCue = cue.Frame == CueFrame.Verb ? cue with { Frame = CueFrame.VerbPron } : cue;
            // !form takes a form out of the line's expansion (دعم is the verbal noun far more often than the verb).
            var excluded = Split(f[1]).Where(x => x.StartsWith('!')).Select(x => string.Join(' ', Normalizer.FoldPhrase(x[1..]))).ToHashSet(StringComparer.Ordinal);
            foreach (var form in Split(f[1]).Where(x => !x.StartsWith('!')))
                foreach (var (words, objectPronoun) in Morphology.Expand(form))
                {
                    if (excluded.Contains(string.Join(' ', words))) continue;
                    var c = objectPronoun ? pronounCue : cue;
                    if (!Cues.Add(words, [c]) && Cues.TryGet(words, out var existing) && !existing.Contains(c)) existing.Add(c);
                }
        }
    }

    /// <summary>Whether a word at <paramref name="at"/> ends a name that runs on from before it: a speech verb, or a relation
    /// cue other than a word of judgement (تمويل الإرهاب in مركز استهداف تمويل الإرهاب is part of the name).</summary>
    public bool EndsName(List<Token> tokens, int at, int limit)
    {
        if (Speech.Match(tokens, at, limit) is not null) return true;
        if (Cues.Match(tokens, at, limit) is not { } cue) return false;
        foreach (var c in cue.Value)
            if (c.Frame != CueFrame.Evaluation) return true;
        return false;
    }

    private EntityDraft Add(EntityDraft draft)
    {
        Entities[draft.Key] = draft;
        return draft;
    }

    /// <summary>The entity key an affiliation column names: an ISO alpha-3 code, or org:KEY / bloc:KEY.</summary>
    private static string AffiliationKey(string value) => value switch
    {
        _ when value.StartsWith("org:", StringComparison.Ordinal) => Ids.Entity(EntityType.Organization, value[4..]),
        _ when value.StartsWith("bloc:", StringComparison.Ordinal) => Ids.Entity(EntityType.Bloc, value[5..]),
        _ => Ids.Country(value),
    };

    public static string Slug(string english)
    {
        var chars = english.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        var slug = new string(chars.ToArray());
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Trim('-');
    }

    private static string At(string[] f, int i) => i < f.Length ? f[i] : "";

    private static string[] Split(string s) => s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private readonly Func<string, TextReader?> _open;

    private static TextReader? Embedded(string name) =>
        new StreamReader(Assembly.GetExecutingAssembly().GetManifestResourceStream($"Data.{name}.tsv")
            ?? throw new InvalidOperationException($"Data file {name}.tsv is not embedded."));

    private List<string[]> Rows(string name)
    {
        using var reader = _open(name);
        var rows = new List<string[]>();
        if (reader is null) return rows;
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') rows.Add(line.Split('\t'));
        return rows;
    }
}
