using System.Text.Json;

namespace Graph.Storage.Tests;

/// <summary>The Neo4j store's statement search against a real HTTP peer: one request for the page and the count, the page cut
/// inside the full-text procedure, the speaker a clause of the Lucene query, and the cursor the number of hits before it.</summary>
public sealed class Neo4jSearchTests
{
    private static string Typed(string type, string value) => "{\"$type\":\"" + type + "\",\"_value\":" + value + "}";

    private static string Str(string v) => Typed("String", "\"" + v + "\"");

    private static string Int(int v) => Typed("Integer", "\"" + v + "\"");

    private static string Map(params (string Key, string Value)[] fields) =>
        Typed("Map", "{" + string.Join(',', fields.Select(f => "\"" + f.Key + "\":" + f.Value)) + "}");

    private static string Hit(string id) => Map(("score", Typed("Float", "\"1.5\"")), ("props", Map(("id", Str(id)), ("articleId", Str("Article:a")),
        ("speakerId", Str("Person:sergey-lavrov")), ("text", Str("العقوبات")), ("kind", Str("Paraphrase")), ("start", Int(0)), ("end", Int(8)),
        ("sentenceStart", Int(0)), ("sentenceEnd", Int(8)), ("language", Str("ar")))));

    private static string Answer(int total, params string[] ids) =>
        "{\"data\":{\"fields\":[\"total\",\"hits\"],\"values\":[[" + Int(total) + "," + Typed("List", "[" + string.Join(',', ids.Select(Hit)) + "]") + "]]}}";

    private static JsonElement Body(QueryApiPeer.Request r) => JsonDocument.Parse(r.Body).RootElement;

    private static string? Parameter(QueryApiPeer.Request r, string name) => Body(r).GetProperty("parameters").GetProperty(name).GetProperty("_value").GetString();

    [Fact]
    public async Task A_page_and_its_count_are_one_request_cut_inside_the_full_text_index()
    {
        var (peer, store) = await QueryApiPeer.StartWithStoreAsync();
        await using var _ = peer;
        using var __ = store;
        peer.Answer(200, Answer(5, "Statement:1", "Statement:2", "Statement:3")).Answer(200, Answer(5, "Statement:3", "Statement:4", "Statement:5"));
        var ct = TestContext.Current.CancellationToken;

        var first = await store.SearchStatementsAsync("العقوبات", "Person:sergey-lavrov", 2, null, ct);
        var second = await store.SearchStatementsAsync("العقوبات", "Person:sergey-lavrov", 2, first.Items[^1].Cursor, ct);

        Assert.Equal(5, first.TotalCount);
        Assert.Equal(["Statement:1", "Statement:2"], first.Items.Select(i => i.Node.Statement.Id));
        Assert.True(first.HasNextPage);
        Assert.Equal(["Statement:3", "Statement:4"], second.Items.Select(i => i.Node.Statement.Id));
        var requests = peer.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Contains("{skip: $skip, limit: $take}", Body(r).GetProperty("statement").GetString()));
        Assert.Equal(["0", "2"], requests.Select(r => Parameter(r, "skip")));
        Assert.Matches("^\\+terms:\"[^\"]+\" \\+speakerId:\"Person:sergey-lavrov\"$", Parameter(requests[0], "query"));
    }
}
