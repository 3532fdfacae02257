using Graph.Core;
using Graph.Extraction.Tagging;

namespace Graph.Extraction.Tests.Tagging;

/// <summary>Names through the whole extraction (rules and tagger, as <c>graph extract</c> gives them) on the tenth of
/// ANERcorp's train split kept aside from training, scored as the workplace's <c>score_ner.py</c> scores them: each
/// sentence a document of its words joined by spaces, each name mention mapped onto the words it overlaps (a person to
/// PERS; a country, place or bloc to LOC; an organisation to ORG), exact spans. The bar of issue 13 is for the hidden test
/// split; this tenth stands in for it.</summary>
public sealed class HeldAsideExtractionTests
{
    private static readonly string[] Classes = ["PERS", "LOC", "ORG"];

    /// <summary>Floors a little under what the extraction reached (micro 0.679, PERS 0.653, LOC 0.838, ORG 0.504).</summary>
    [Fact]
    public void The_extraction_finds_the_names_of_the_held_aside_tenth_of_ANERcorp()
    {
        var path = Path.Combine(SharedFolder.Path, "data", "anercorp", "ANERCorp_CamelLab_train.txt");
        if (!File.Exists(path)) Assert.Skip($"ANERcorp is not beside the repository ({path}); it comes with the workplace's shared folder.");
        using var reader = new StreamReader(path);
        var (_, held) = ConllCorpus.Split(ConllCorpus.Read(reader), 0.1);
        var counts = new int[Classes.Length, 3];
        foreach (var s in held)
        {
            var gold = Spans(s.Labels);
            var predicted = Spans(Predicted(s.Words));
            for (var c = 0; c < Classes.Length; c++)
            {
                var g = gold.Where(x => x.Class == Classes[c]).ToHashSet();
                var p = predicted.Where(x => x.Class == Classes[c]).ToHashSet();
                counts[c, 0] += g.Intersect(p).Count();
                counts[c, 1] += p.Except(g).Count();
                counts[c, 2] += g.Except(p).Count();
            }
        }
        double F1(int tp, int fp, int fn) => tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        int Sum(int k) => Enumerable.Range(0, Classes.Length).Sum(c => counts[c, k]);
        var micro = F1(Sum(0), Sum(1), Sum(2));
        var perClass = Enumerable.Range(0, Classes.Length).Select(c => F1(counts[c, 0], counts[c, 1], counts[c, 2])).ToArray();
        var report = FormattableString.Invariant($"micro {micro:0.000} PERS {perClass[0]:0.000} LOC {perClass[1]:0.000} ORG {perClass[2]:0.000}");
        Assert.True(micro >= 0.66, report);
        Assert.True(perClass[0] >= 0.62, report);
        Assert.True(perClass[1] >= 0.80, report);
        Assert.True(perClass[2] >= 0.47, report);
    }

    /// <summary>A label for each word from the extraction's name mentions; a mention over a word already labelled is left
    /// out, as the scorer leaves it.</summary>
    private static string[] Predicted(string[] words)
    {
        var result = Extract.From(string.Join(' ', words));
        var types = result.Entities.ToDictionary(e => e.Id, e => e.Type);
        var offsets = new (int Start, int End)[words.Length];
        for (int i = 0, at = 0; i < words.Length; at += words[i].Length + 1, i++) offsets[i] = (at, at + words[i].Length);
        var labels = Enumerable.Repeat("O", words.Length).ToArray();
        foreach (var m in result.Mentions)
        {
            if (m.Kind != "name" || !types.TryGetValue(m.EntityId, out var type)) continue;
            var cls = type switch
            {
                EntityType.Person => "PERS",
                EntityType.Country or EntityType.Place or EntityType.Bloc => "LOC",
                EntityType.Organization => "ORG",
                _ => null,
            };
            var covered = Enumerable.Range(0, words.Length).Where(i => offsets[i].Start < m.End && m.Start < offsets[i].End).ToList();
            if (cls is null || covered.Count == 0 || covered.Any(i => labels[i] != "O")) continue;
            labels[covered[0]] = "B-" + cls;
            foreach (var i in covered.Skip(1)) labels[i] = "I-" + cls;
        }
        return labels;
    }

    /// <summary>The names a label sequence marks, CoNLL style: an inside label of another class, or after outside, starts one.</summary>
    private static HashSet<(int First, int End, string Class)> Spans(string[] labels)
    {
        var spans = new HashSet<(int, int, string)>();
        int start = -1;
        string? cls = null;
        for (var i = 0; i <= labels.Length; i++)
        {
            var label = i < labels.Length ? labels[i] : "O";
            var inside = label.StartsWith("I-", StringComparison.Ordinal) && label[2..] == cls;
            if (start >= 0 && !inside)
            {
                spans.Add((start, i, cls!));
                start = -1;
                cls = null;
            }
            if (label != "O" && start < 0)
            {
                start = i;
                cls = label[2..];
            }
        }
        return spans;
    }
}
