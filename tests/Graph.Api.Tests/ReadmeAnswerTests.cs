using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Api.Tests;

/// <summary>Each of the README's five examples, run on the seed, answers what the README prints under it (the line
/// starting with →): the answer is read from the API's result and looked for in that line. Every person the README names is
/// named as the API names them.</summary>
public sealed partial class ReadmeAnswerTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private static readonly string Readme = File.ReadAllText(Repo.Path("README.md"));

    /// <summary>The README's answer to a sample query: the paragraph starting with → right after the query's code block.</summary>
    private static string PrintedAnswer(string file)
    {
        var query = File.ReadAllText(Repo.Path("samples", "queries", file + ".graphql")).Trim();
        foreach (Match block in CodeBlock().Matches(Readme))
        {
            if (Comment().Replace(block.Groups["code"].Value, "").Trim() != query) continue;
            var answer = Answer().Match(Readme, block.Index + block.Length);
            Assert.True(answer.Success && answer.Index == block.Index + block.Length, $"no → answer under {file} in the README");
            return Regex.Replace(answer.Groups["text"].Value, @"\s+", " ");
        }
        throw new Xunit.Sdk.XunitException($"{file} is not printed in the README");
    }

    [GeneratedRegex(@"```graphql\n(?<code>.*?)```\n", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"[ \t]+# [^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\G[ \t]*→ (?<text>(?:[^\n]+\n?)+?)(?:\n\s*\n|\n(?=\S)|$)")]
    private static partial Regex Answer();

    private async Task<JsonElement> RunAsync(string file)
    {
        var result = await seed.Service.QueryAsync(File.ReadAllText(Repo.Path("samples", "queries", file + ".graphql")));
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    private static string Name(JsonElement e, string property) => e.GetProperty(property).GetProperty("name").GetString()!;

    [Fact]
    public async Task Which_countries_Russia_criticized_answers_as_printed()
    {
        var printed = PrintedAnswer("1-which-countries-did-russia-criticize");
        var groups = (await RunAsync("1-which-countries-did-russia-criticize")).GetProperty("country").GetProperty("counterparts").EnumerateArray().ToList();
        foreach (var g in groups)
        {
            var entity = g.GetProperty("entity");
            var vias = g.GetProperty("relations").EnumerateArray().Where(r => r.GetProperty("via").ValueKind == JsonValueKind.Object).Select(r => Name(r, "via")).Distinct().ToList();
            var name = entity.GetProperty("kind").GetString() == "BLOC" ? $"{Name(g, "entity")} as a bloc" : Name(g, "entity");
            var expected = vias.Count > 0 ? $"{name} (via {string.Join(", ", vias)})" : name;
            Assert.Contains(expected, printed);
        }
    }

    [Fact]
    public async Task Who_met_Wang_Yi_answers_as_printed()
    {
        var printed = PrintedAnswer("2-who-met-wang-yi");
        var relations = (await RunAsync("2-who-met-wang-yi")).GetProperty("person").GetProperty("relations").EnumerateArray().ToList();
        var others = relations.Select(r => Name(r, "subject") == "Wang Yi" ? Name(r, "object") : Name(r, "subject")).Distinct().ToList();
        var sentences = relations.Sum(r => r.GetProperty("evidence").GetArrayLength());
        Assert.StartsWith($"{string.Join(" and ", others)} ({Count(relations.Count, "`MET` relation")}, {Count(sentences, "sentence")} of evidence)", printed);
    }

    [Fact]
    public async Task Who_sanctioned_Russia_answers_as_printed()
    {
        var printed = PrintedAnswer("3-who-sanctioned-russia");
        var groups = (await RunAsync("3-who-sanctioned-russia")).GetProperty("country").GetProperty("counterparts").EnumerateArray().ToList();
        foreach (var g in groups)
        {
            var dates = g.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("relation").GetProperty("date"))
                .Where(d => d.ValueKind == JsonValueKind.String).Select(d => DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
            Assert.Contains(dates.Count > 0 ? $"{Name(g, "entity")} (dated {string.Join(", ", dates.Select(d => d.ToString("d MMMM", CultureInfo.InvariantCulture)))}" : Name(g, "entity"), printed);
        }
    }

    [Fact]
    public async Task What_Lavrov_said_about_sanctions_answers_as_printed()
    {
        var printed = PrintedAnswer("4-what-did-lavrov-say-about-sanctions");
        var search = (await RunAsync("4-what-did-lavrov-say-about-sanctions")).GetProperty("searchStatements");
        var hits = search.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var speakers = hits.Select(h => Name(h, "speaker")).Distinct().ToList();
        var kinds = hits.GroupBy(h => h.GetProperty("kind").GetString()!.ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Count(g.Count(), g.Key));
        Assert.StartsWith($"{Count(search.GetProperty("totalCount").GetInt32(), "statement")} by {string.Join(", ", speakers)} ({string.Join(", ", kinds)})", printed);
        Assert.All(hits, h => Assert.Contains($"«{h.GetProperty("text").GetString()}»", printed));
    }

    [Fact]
    public async Task How_Japan_is_connected_to_China_answers_as_printed_with_subject_and_object()
    {
        var printed = PrintedAnswer("5-how-is-japan-connected-to-china");
        var steps = (await RunAsync("5-how-is-japan-connected-to-china")).GetProperty("path").EnumerateArray().ToList();
        Assert.StartsWith(string.Join(" to ", steps.Select(s => Name(s, "from")).Append(Name(steps[^1], "to"))) + ":", printed);
        foreach (var relation in steps.Select(s => s.GetProperty("relation")))
        {
            var (subject, type, obj) = (Name(relation, "subject"), relation.GetProperty("type").GetString()!, Name(relation, "object"));
            Assert.Contains($"{subject} {type.ToLowerInvariant()} {obj} (`{type}`, subject {subject}, object {obj})", printed);
        }
    }

    [Fact]
    public async Task Every_person_the_README_names_is_named_as_the_API_names_them()
    {
        var result = await seed.Service.QueryAsync("""{ entities(where: { kind: PERSON }, first: 500) { edges { node { name aliases } } } }""");
        var people = result.GetProperty("data").GetProperty("entities").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.NotEmpty(people);
        foreach (var person in people)
        {
            var name = person.GetProperty("name").GetString()!;
            foreach (var alias in person.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)
                         .Where(a => a.Any(char.IsAsciiLetter) && !name.Contains(a, StringComparison.Ordinal)))
                Assert.False(Regex.IsMatch(Readme, $@"\b{Regex.Escape(alias)}\b"), $"the README calls {name} «{alias}»");
        }
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
