using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Graph.Api.Tests;

/// <summary>The requests of issue 14: kilobyte-sized documents that once held both cores for minutes, grew the process by
/// gigabytes or got an empty 500. Each comes with the status and code it must now get. The fuzzer reuses the shapes.</summary>
public static class Hostile
{
    public sealed record Attack(string Name, byte[] Body, int Status, string Code, string? Get = null, bool WithKey = false);

    private const string MarqueeQuery = """
        { country(name: "Russia") { counterparts(types: [CRITICIZED, ACCUSED]) { entity { id name kind } count
            relations(first: 3) { via { name } counterpartVia { name } relation { type evidence { sentence statement { text speaker { name } } } article { id title } } } } } }
        """;

    /// <summary>F0 = name, Fk = ...Fk-1 ...Fk-1 name: 2^k fields once expanded, from a document of about 50·k bytes.</summary>
    public static string FragmentDoubling(int k) =>
        $"{{ country(name: \"Russia\") {{ ...F{k} }} }} fragment F0 on Country {{ name }} "
        + string.Concat(Enumerable.Range(1, k).Select(i => $"fragment F{i} on Country {{ ...F{i - 1} ...F{i - 1} name }} "));

    public static string RepeatedFields(int n) => "{ stats { " + string.Concat(Enumerable.Repeat("articles ", n)) + "} }";

    public static string Aliases(int n, string selection) =>
        "{ " + string.Concat(Enumerable.Range(0, n).Select(i => $"a{i}: {selection} ")) + "}";

    public static string Deep(int levels, string operation = "") =>
        operation + "{ " + string.Concat(Enumerable.Repeat("stats { ", levels)) + "articles" + new string('}', levels + 1);

    public const string IntrospectionFlood = "__schema { types { name fields { name } } }";
    public const string ArticleTexts = "articles(first: 500) { items { text } }";

    private static byte[] Json(string query, object? variables = null) => JsonSerializer.SerializeToUtf8Bytes(new { query, variables });

    /// <summary>A body whose variable n is the given raw bytes inside a JSON string.</summary>
    private static byte[] RawVariable(byte[] raw) =>
        [.. "{\"query\":\"query($n: String!) { country(name: $n) { name } }\",\"variables\":{\"n\":\""u8, .. raw, .. "\"}}"u8];

    public static IEnumerable<Attack> All()
    {
        yield return new("fragment doubling to F24 (1.2 KB)", Json(FragmentDoubling(24)), 400, "TOO_MANY_SELECTIONS");
        yield return new("fragment doubling to F26", Json(FragmentDoubling(26)), 400, "TOO_MANY_SELECTIONS");
        yield return new("40,000 repeated fields (360 KB)", Json(RepeatedFields(40_000)), 413, "DOCUMENT_TOO_LARGE");
        yield return new("7,000 repeated fields (63 KB)", Json(RepeatedFields(7_000)), 400, "TOO_MANY_SELECTIONS");
        yield return new("300 fields in one selection set", Json(RepeatedFields(300)), 400, "SELECTION_SET_TOO_WIDE");
        yield return new("8,000 aliases of __schema", Json(Aliases(8_000, IntrospectionFlood)), 413, "DOCUMENT_TOO_LARGE");
        yield return new("100 aliases of __schema", Json(Aliases(100, IntrospectionFlood)), 400, "COMPLEXITY");
        yield return new("60 aliases of 500 article texts", Json(Aliases(60, ArticleTexts)), 400, "COMPLEXITY");
        yield return new("6 aliases of 20 article texts of 1 MB", Json(Aliases(6, "articles(first: 20) { items { text } }")), 400, "RESPONSE_TOO_LARGE");
        yield return new("a query nested 70 levels", Json(Deep(70)), 400, "DOCUMENT_TOO_DEEP");
        yield return new("a mutation nested 70 levels, without the key", Json(Deep(70, "mutation ")), 401, "UNAUTHENTICATED");
        yield return new("a mutation nested 70 levels, with the key", Json(Deep(70, "mutation ")), 400, "DOCUMENT_TOO_DEEP", WithKey: true);
        yield return new("a lone surrogate in a variable", RawVariable("\\ud800"u8.ToArray()), 400, "BAD_REQUEST");
        yield return new("a lone surrogate in the query", "{\"query\":\"{ country(name: \\\"\\udc00\\\") { name } }\"}"u8.ToArray(), 400, "BAD_REQUEST");
        yield return new("a lone surrogate in a GraphQL string", Json("{ country(name: \"\\ud800\") { name } }"), 400, "BAD_REQUEST");
        yield return new("a lone surrogate in a key", "{\"query\":\"{ stats { articles } }\",\"extensions\":{\"\\ud800\":1}}"u8.ToArray(), 400, "BAD_REQUEST");
        yield return new("a lone surrogate in GET variables", [], 400, "BAD_REQUEST",
            Get: "/graphql?query=" + Uri.EscapeDataString("query($n: String!) { country(name: $n) { name } }") + "&variables=" + Uri.EscapeDataString("{\"n\":\"\\ud800\"}"));
        yield return new("invalid UTF-8 FF FE in a string", RawVariable([0xFF, 0xFE]), 400, "BAD_REQUEST");
        yield return new("invalid UTF-8 C0 AF (overlong /)", RawVariable([0xC0, 0xAF]), 400, "BAD_REQUEST");
        yield return new("invalid UTF-8 ED A0 80 (an encoded surrogate)", RawVariable([0xED, 0xA0, 0x80]), 400, "BAD_REQUEST");
        yield return new("duplicate variable names", "{\"query\":\"query($n: String!) { country(name: $n) { name } }\",\"variables\":{\"n\":\"Japan\",\"n\":\"Russia\"}}"u8.ToArray(), 400, "BAD_REQUEST");
    }

    public static HttpRequestMessage Request(Attack attack, string? key = null)
    {
        var request = attack.Get is not null
            ? new HttpRequestMessage(HttpMethod.Get, attack.Get)
            : new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(attack.Body) };
        request.Content?.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (attack.WithKey && key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    /// <summary>Runs the marquee query (README question 1) and returns how long the answer took.</summary>
    public static async Task<TimeSpan> MarqueeAsync(HttpClient http)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsync("/graphql", new ByteArrayContent(Json(MarqueeQuery)) { Headers = { ContentType = new("application/json") } });
        var body = await response.Content.ReadAsStringAsync();
        clock.Stop();
        if (!body.Contains("\"Bloc:west\"", StringComparison.Ordinal)) throw new InvalidOperationException(body);
        return clock.Elapsed;
    }
}
