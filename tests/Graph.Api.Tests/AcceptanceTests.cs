using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>The five questions of the API's acceptance, asked of the seed through GraphQL over real HTTP, on each store
/// (<see cref="AcceptanceTests"/> on SQLite, <see cref="Neo4jAcceptanceTests"/> on Neo4j) with the same assertions.
/// The queries are the files in samples/queries (the README shows them; the benchmark times them).</summary>
public abstract class AcceptanceContract
{
    /// <summary>The service, with the seed ingested, on the store under test.</summary>
    protected abstract ServiceFixture Service { get; }

    public static readonly string WhichCountriesDidRussiaCriticize = Query("1-which-countries-did-russia-criticize");

    public static readonly string WhoMetWangYi = Query("2-who-met-wang-yi");

    public static readonly string WhoSanctionedRussia = Query("3-who-sanctioned-russia");

    public static readonly string WhatDidLavrovSayAboutSanctions = Query("4-what-did-lavrov-say-about-sanctions");

    public static readonly string HowIsJapanConnectedToChina = Query("5-how-is-japan-connected-to-china");

    /// <summary>The acceptance queries live in samples/queries, shared with the README and the benchmark.</summary>
    private static string Query(string name) => File.ReadAllText(Repo.Path("samples", "queries", name + ".graphql"));

    private async Task<JsonElement> Data(string query)
    {
        var result = await Service.QueryAsync(query);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    [Fact]
    public async Task Which_countries_did_Russia_criticize_or_accuse()
    {
        var groups = (await Data(WhichCountriesDidRussiaCriticize)).GetProperty("country").GetProperty("counterparts").EnumerateArray().ToList();
        var countries = groups.Where(g => g.GetProperty("entity").GetProperty("kind").GetString() == "COUNTRY").Select(g => g.GetProperty("entity").GetProperty("id").GetString()).ToHashSet();
        var blocs = groups.Where(g => g.GetProperty("entity").GetProperty("kind").GetString() == "BLOC").Select(g => g.GetProperty("entity").GetProperty("id").GetString()).ToList();
        Assert.Equal(new HashSet<string?> { "Country:JPN", "Country:USA", "Country:ISR" }, countries);
        Assert.Equal(["Bloc:west"], blocs);

        var japan = groups.Single(g => g.GetProperty("entity").GetProperty("id").GetString() == "Country:JPN");
        Assert.Contains(japan.GetProperty("relations").EnumerateArray(), r => r.GetProperty("via").GetProperty("label").GetString() == "أندريه رودينكو"
            && r.GetProperty("via").GetProperty("name").GetString() == "Andrei Rudenko"); // as the README prints it
        Assert.Equal(new HashSet<string?> { "Japan", "United States", "Israel", "the West" },
            groups.Select(g => g.GetProperty("entity").GetProperty("name").GetString()).ToHashSet());
        foreach (var relation in groups.SelectMany(g => g.GetProperty("relations").EnumerateArray()))
        {
            var evidence = relation.GetProperty("relation").GetProperty("evidence");
            Assert.NotEqual(0, evidence.GetArrayLength());
            Assert.Contains(evidence.EnumerateArray(), e => e.GetProperty("statement").ValueKind == JsonValueKind.Object);
            Assert.StartsWith("Article:", relation.GetProperty("relation").GetProperty("article").GetProperty("id").GetString());
        }
    }

    [Fact]
    public async Task Who_met_Wang_Yi()
    {
        var relations = (await Data(WhoMetWangYi)).GetProperty("person").GetProperty("relations").EnumerateArray().ToList();
        var other = relations.Select(r => r.GetProperty("subject").GetProperty("name").GetString() == "Wang Yi"
            ? r.GetProperty("object").GetProperty("name").GetString() : r.GetProperty("subject").GetProperty("name").GetString()).Distinct();
        Assert.Equal(["Sergey Lavrov"], other);
        Assert.Contains(relations.SelectMany(r => r.GetProperty("evidence").EnumerateArray()), e => e.GetProperty("sentence").GetString()!.Contains("اجتماعه مع"));
    }

    [Fact]
    public async Task Who_sanctioned_Russia()
    {
        var groups = (await Data(WhoSanctionedRussia)).GetProperty("country").GetProperty("counterparts").EnumerateArray().ToList();
        Assert.Equal(new HashSet<string?> { "Country:JPN", "Bloc:west" }, groups.Select(g => g.GetProperty("entity").GetProperty("id").GetString()).ToHashSet());
        var japan = groups.Single(g => g.GetProperty("entity").GetProperty("id").GetString() == "Country:JPN").GetProperty("relations").EnumerateArray().ToList();
        var dated = Assert.Single(japan, r => r.GetProperty("relation").GetProperty("date").ValueKind == JsonValueKind.String);
        Assert.Equal("2025-01-10", dated.GetProperty("relation").GetProperty("date").GetString());
        Assert.Contains(dated.GetProperty("relation").GetProperty("evidence").EnumerateArray(),
            e => e.GetProperty("sentence").GetString()!.Contains("فرض عقوبات على 11 فردا و51 كيانا قانونيا وثلاثة بنوك من روسيا"));
    }

    [Fact]
    public async Task What_did_Lavrov_say_about_sanctions()
    {
        var search = (await Data(WhatDidLavrovSayAboutSanctions)).GetProperty("searchStatements");
        var hits = search.GetProperty("edges").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("Sergey Lavrov", h.GetProperty("node").GetProperty("speaker").GetProperty("name").GetString()));
        Assert.All(hits, h => Assert.Contains("العقوبات", h.GetProperty("node").GetProperty("text").GetString()));
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Equal(hits.Count, search.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task How_is_Japan_connected_to_China()
    {
        var steps = (await Data(HowIsJapanConnectedToChina)).GetProperty("path").EnumerateArray().ToList();
        // As the README prints it: Japan to Russia to China; Russia warned Japan, China supported Russia.
        string Name(JsonElement step, string end) => step.GetProperty(end).GetProperty("name").GetString()!;
        string Act(JsonElement step) => $"{Name(step.GetProperty("relation"), "subject")} {step.GetProperty("relation").GetProperty("type").GetString()} {Name(step.GetProperty("relation"), "object")}";
        Assert.Equal(["Japan→Russia", "Russia→China"], steps.Select(s => $"{Name(s, "from")}→{Name(s, "to")}"));
        Assert.Equal(["Russia WARNED Japan", "China SUPPORTED Russia"], steps.Select(Act));
        Assert.All(steps, s => Assert.NotEqual(0, s.GetProperty("relation").GetProperty("evidence").GetArrayLength()));
    }

    [Fact]
    public async Task Statements_carry_the_modality_of_their_speech_verb()
    {
        var data = await Data("""{ person(name: "Lavrov") { statements { text modality } } }""");
        var modalities = data.GetProperty("person").GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("modality").GetString()).ToList();
        Assert.NotEmpty(modalities);
        Assert.All(modalities, m => Assert.Equal("ASSERTED", m));
    }

    [Theory]
    [InlineData("Russia")]
    [InlineData("روسيا")]
    [InlineData("RUS")]
    [InlineData("موسكو")]
    public async Task A_country_is_found_by_any_name(string name)
    {
        var data = await Data($$"""{ country(name: "{{name}}") { id } }""");
        Assert.Equal("Country:RUS", data.GetProperty("country").GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_timeline_between_two_countries_is_ordered_by_date_with_Goldstein_weights()
    {
        var entries = (await Data("""{ timeline(a: "Russia", b: "Japan") { date goldstein entry { relation { type } } } }""")).GetProperty("timeline").EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        var dates = entries.Select(e => e.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(entries, e => Assert.True(e.GetProperty("goldstein").GetDouble() < 0));
    }
}

/// <summary>The acceptance on the embedded store.</summary>
public sealed class AcceptanceTests(SeedFixture seed) : AcceptanceContract, IClassFixture<SeedFixture>
{
    protected override ServiceFixture Service => seed.Service;
}

/// <summary>The acceptance on Neo4j, where a server is given (see Neo4jTestServer); skipped, saying how to run it, otherwise.</summary>
public sealed class Neo4jAcceptanceTests(Neo4jSeedFixture seed) : AcceptanceContract, IClassFixture<Neo4jSeedFixture>
{
    protected override ServiceFixture Service => seed.Service ?? throw Xunit.Sdk.SkipException.ForSkip(Neo4jTestServer.HowToRun);

    [Fact]
    public async Task The_READMEs_Browser_query_answers_which_countries_Russia_criticized()
    {
        _ = Service;
        var url = await Neo4jTestServer.RequireAsync();
        using var client = new Graph.Storage.Neo4j.QueryApiClient(Graph.Storage.Neo4j.Neo4jOptions.Parse(url));
        var text = File.ReadAllText(Repo.Path("samples", "queries", "neo4j", "1-which-countries-did-russia-criticize.cypher"));
        var rows = (await client.RunAsync(new Graph.Storage.Neo4j.CypherStatement("readme", text))).Records.ToList();
        Assert.Equal(new HashSet<string> { "Japan", "United States", "Israel", "the West" }, rows.Select(r => r.String("counterpart")).ToHashSet());
    }
}
