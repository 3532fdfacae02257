using System.Net;
using System.Text;
using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>Thousands of random and mutated GraphQL documents and variables, built from the served schema, against the
/// running server: never a 5xx, every error with a message and a code. Malformed articles through the mutation lose nothing.</summary>
public sealed class FuzzTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private ServiceFixture Service => seed.Service;

    private static readonly string[] Valid =
    [
        "{ stats { articles entities } }",
        """{ country(name: "Russia") { counterparts(types: [CRITICIZED]) { entity { name } count } } }""",
        """{ relations(first: 5, order: { confidence: DESC }) { edges { cursor node { type subject { name } } } } }""",
        """query($t: String!) { searchStatements(text: $t) { totalCount } }""",
        """{ entities(where: { nameStartsWith: "رو" }) { edges { node { id name kind } } } }""",
        """{ path(from: "Japan", to: "China") { relation { type } } }""",
        """mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { created } }""",
    ];

    private static readonly object?[] Variables =
    [
        null, new { }, new { t = "العقوبات" }, new { t = 5 }, new { t = (string?)null }, new { i = new { text = "" } },
        new { i = new { text = 12 } }, new { i = new { text = "قال لافروف إن الحوار ممكن.", publishedAt = "not-a-date" } },
        new { i = "x" }, new { first = -1 }, new { t = new string('ب', 5000) },
    ];

    /// <summary>Documents sent by the fuzz test: an eighth each of mutated, generated and valid documents, fragment trees,
    /// repeated fields, alias floods, deep nesting and bodies with bad UTF-8 or lone surrogates.</summary>
    private const int Documents = 10_000;

    private static readonly string[] AliasTargets =
    [
        Hostile.IntrospectionFlood, Hostile.ArticleTexts, "stats { articles }", "country(name: \"Russia\") { name }", "__typename",
        "relations(first: 500) { edges { node { id } } }",
    ];

    [Fact]
    public async Task Random_and_mutated_documents_never_get_a_server_error()
    {
        var schema = await Service.QueryAsync("{ __schema { queryType { fields { name args { name } } } } }");
        var fields = schema.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("fields").EnumerateArray()
            .Select(f => (Name: f.GetProperty("name").GetString()!, Args: f.GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToArray()))
            .ToList();
        var random = new Random(1126);
        var before = (await Service.QueryAsync("{ stats { articles relations } }")).GetProperty("data").GetRawText();
        var sent = 0;
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < Documents; i++)
        {
            var body = (i % 8) switch
            {
                0 => Body(Mutate(Valid[random.Next(Valid.Length)], random), random),
                1 => Body(Generated(fields, random), random),
                2 => Body(Valid[random.Next(Valid.Length)], random),
                3 => Body(FragmentTree(random), random),
                4 => Body(Hostile.RepeatedFields(random.Next(1, 8000)), random),
                5 => Body(Hostile.Aliases(random.Next(1, 2000), AliasTargets[random.Next(AliasTargets.Length)]), random),
                6 => Body(Hostile.Deep(random.Next(1, 120), random.Next(3) == 0 ? "mutation " : ""), random),
                _ => BadText(random),
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            if (i % 2 == 0) request.Headers.Accept.ParseAdd("application/graphql-response+json");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var response = await Service.Http.SendAsync(request, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (clock.Elapsed > slowest) slowest = clock.Elapsed;
            sent++;
            var document = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
            Assert.True((int)response.StatusCode < 500, $"{response.StatusCode} for {document}");
            using var json = JsonDocument.Parse(text);
            if (!json.RootElement.TryGetProperty("errors", out var errors)) continue;
            foreach (var error in errors.EnumerateArray())
            {
                Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()), text);
                Assert.True(error.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out _), $"no code: {text} for {document}");
            }
        }
        Assert.Equal(Documents, sent);
        // Every shape is bounded before validation; the slowest is an alias flood that passes the limits and executes.
        Assert.True(slowest < TimeSpan.FromSeconds(2), $"the slowest answer took {slowest.TotalMilliseconds:N0} ms");
        var after = (await Service.QueryAsync("{ stats { articles relations } }")).GetProperty("data").GetRawText();
        Assert.True(before == after || JsonDocument.Parse(after).RootElement.GetProperty("stats").GetProperty("articles").GetInt32() >= 1);
    }

    [Fact]
    public async Task Malformed_articles_through_the_mutation_are_refused_and_lose_nothing()
    {
        var before = (await Service.QueryAsync("{ stats { articles relations statements } }")).GetProperty("data").GetRawText();
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var junk = i % 3 == 0 ? " \t\n" : new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(0, 0x20)).ToArray());
            var result = await Service.QueryAsync(ServiceFixture.Ingest, new { input = new { text = junk } });
            var code = result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
            Assert.Contains(code, new[] { "EMPTY_TEXT", "INVALID_TEXT" });
        }
        Assert.Equal(before, (await Service.QueryAsync("{ stats { articles relations statements } }")).GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Hostile_text_comes_back_exactly_as_it_was_sent()
    {
        const string payload = "'); DROP TABLE articles; -- MATCH (n) DETACH DELETE n <script>alert(1)</script>";
        var text = $"قال وزير الخارجية الروسي سيرجي لافروف «{payload}».";
        var ingest = await Service.QueryAsync(ServiceFixture.Ingest, new { input = new { text, title = payload } });
        var id = ingest.GetProperty("data").GetProperty("ingestArticle").GetProperty("article").GetProperty("id").GetString();
        var article = (await Service.QueryAsync("query($id: ID!) { article(id: $id) { title text statements { text } } }", new { id })).GetProperty("data").GetProperty("article");
        Assert.Equal(payload, article.GetProperty("title").GetString());
        Assert.Equal(text, article.GetProperty("text").GetString());
        Assert.Contains(article.GetProperty("statements").EnumerateArray(), s => s.GetProperty("text").GetString() == payload);
    }

    private static byte[] Body(string document, Random random) =>
        JsonSerializer.SerializeToUtf8Bytes(new { query = document, variables = Variables[random.Next(Variables.Length)] });

    /// <summary>Fragments spreading earlier ones 1-4 times each, sometimes in a cycle or naming one that does not exist.</summary>
    private static string FragmentTree(Random random)
    {
        var count = random.Next(1, 40);
        var sb = new StringBuilder($"{{ country(name: \"Russia\") {{ ...F{count - 1} }} }} fragment F0 on Country {{ name }} ");
        for (var k = 1; k < count; k++)
        {
            sb.Append($"fragment F{k} on Country {{ ");
            for (var n = random.Next(1, 5); n > 0; n--) sb.Append($"...F{random.Next(k)} ");
            if (random.Next(10) == 0) sb.Append($"...F{random.Next(k, count + 2)} ");
            sb.Append(random.Next(2) == 0 ? "name } " : "name id } ");
        }
        return sb.ToString();
    }

    private static readonly byte[][] BadBytes = [[0xFF, 0xFE], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80], [0x80], [0xE2, 0x82]];
    private static readonly string[] BadEscapes = ["\\ud800", "\\udfff", "\\ud800\\u0041", "\\udbff\\udbff"];

    /// <summary>A valid body with invalid UTF-8 bytes or a lone-surrogate escape put inside one of its strings, or a key repeated.</summary>
    private static byte[] BadText(Random random)
    {
        var body = Encoding.UTF8.GetString(Body(Valid[random.Next(Valid.Length)], random));
        var quotes = Enumerable.Range(0, body.Length).Where(i => body[i] == '"').ToList();
        var at = quotes[random.Next(quotes.Count)] + 1;
        var (head, tail) = (Encoding.UTF8.GetBytes(body[..at]), Encoding.UTF8.GetBytes(body[at..]));
        return random.Next(3) switch
        {
            0 => [.. head, .. BadBytes[random.Next(BadBytes.Length)], .. tail],
            1 => [.. head, .. Encoding.UTF8.GetBytes(BadEscapes[random.Next(BadEscapes.Length)]), .. tail],
            _ => Encoding.UTF8.GetBytes(body.Replace("{\"query\":", "{\"query\":\"{ a }\",\"query\":")),
        };
    }

    private static string Mutate(string document, Random random)
    {
        var chars = document.ToList();
        for (var k = random.Next(1, 4); k > 0 && chars.Count > 0; k--)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, "{}()[]:$!\"@#,.\\ab1"[random.Next(18)]); break;
                default: chars[at] = (char)random.Next(32, 0x700); break;
            }
        }
        return new string(chars.ToArray());
    }

    private static string Generated(List<(string Name, string[] Args)> fields, Random random)
    {
        var field = fields[random.Next(fields.Count)];
        var args = field.Args.Where(_ => random.Next(2) == 0).Select(a => $"{a}: {Value(random)}").ToList();
        var selection = random.Next(4) switch { 0 => "", 1 => "{ id }", 2 => "{ __typename }", _ => "{ totalCount }" };
        return $"{{ {field.Name}{(args.Count > 0 ? "(" + string.Join(", ", args) + ")" : "")} {selection} }}";
    }

    private static string Value(Random random) => random.Next(8) switch
    {
        0 => "\"Russia\"",
        1 => "\"روسيا\"",
        2 => random.Next(-5, 1000).ToString(),
        3 => "null",
        4 => "[CRITICIZED, MET]",
        5 => "{ types: [SANCTIONED] }",
        6 => "\"Country:RUS\"",
        _ => "\"\\u0000\"",
    };
}
