using System.Text.Json;
using Graph.Core;
using Graph.Storage.Neo4j;
using Graph.Storage.Sqlite;

namespace Graph.Storage.Tests;

/// <summary>Articles of one Neo4j batch are grouped with each other (in memory: none of them is stored when the candidates are
/// read) exactly as SQLite groups them stored one after another: the same story ids and the same event ids. Articles stored
/// before grouping are grouped by <see cref="Neo4jGraphStore.GroupStoredAsync"/>.</summary>
public sealed class Neo4jBatchGroupingTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "graph-grouping-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static readonly string[] People = ["Person:a-one", "Person:b-two", "Organization:c-three", "Person:d-four", "Person:e-five"];

    private const string Wire = "قال وزير الخارجية الروسي سيرغي لافروف اليوم إن بلاده ستواصل الحوار مع الصين بشأن الأمن الإقليمي والتعاون الاقتصادي وإن العقوبات الغربية لن تغير موقف موسكو من الأزمة.";

    private static (Article, ExtractionResult) Report(string text, string outlet, DateOnly published, RelationType type, string subject, string @object,
        params string[] named)
    {
        var article = new Article(Ids.Article(text), text, null, null, outlet, published, "ar");
        var ids = new[] { subject, @object, "Country:RUS" }.Concat(named).Distinct().ToList();
        var entities = ids.Select(id => new Entity(id, Enum.Parse<EntityType>(id[..id.IndexOf(':')]), id[(id.IndexOf(':') + 1)..],
            new Dictionary<string, string>(), [])).ToList();
        var evidence = new Evidence(text, 0, text.Length, 0, 4, null);
        var relations = new List<Relation> { new(Ids.Relation(article.Id, type, subject, @object), article.Id, type, subject, @object, 0.8, [evidence]) };
        if (subject == "Person:a-one")
            relations.Add(new Relation(Ids.Relation(article.Id, RelationType.AffiliatedWith, subject, "Country:RUS"), article.Id, RelationType.AffiliatedWith,
                subject, "Country:RUS", 0.9, [evidence], Role: "Foreign Minister"));
        return (article, new ExtractionResult(entities, [], [], relations));
    }

    private static List<(Article, ExtractionResult)> Batch() =>
    [
        Report("نص أول عن القضية.", "TASS", new DateOnly(2024, 4, 9), RelationType.Criticized, "Person:a-one", "Country:JPN", People),
        Report("نص ثان مكتوب بشكل مختلف تماما.", "RT", new DateOnly(2024, 4, 10), RelationType.Criticized, "Country:RUS", "Country:JPN", People[..4]),
        Report("نص ثالث عن شيء آخر.", "BBC", new DateOnly(2024, 4, 10), RelationType.Met, "Person:a-one", "Person:z-other", "Person:y-other", "Person:x-other"),
        Report(Wire, "TASS", new DateOnly(2024, 4, 11), RelationType.Met, "Country:RUS", "Country:CHN"),
        Report("موسكو (رويترز) - " + Wire + " وأضاف أن المحادثات ستستمر.", "Reuters", new DateOnly(2024, 6, 1), RelationType.Met, "Country:RUS", "Country:CHN"),
        Report("روسيا تنتقد اليابان مرة أخرى بعد شهر.", "RT", new DateOnly(2024, 5, 20), RelationType.Criticized, "Country:RUS", "Country:JPN"),
    ];

    private static IEnumerable<JsonElement> Rows(QueryApiPeer.Request request, string parameter) =>
        JsonDocument.Parse(request.Body).RootElement.GetProperty("parameters").GetProperty(parameter).GetProperty("_value").EnumerateArray()
            .Select(row => row.GetProperty("_value"));

    private static string? Text(JsonElement value) => value.GetProperty("_value").ValueKind == JsonValueKind.Null ? null : value.GetProperty("_value").GetString();

    [Fact]
    public async Task A_batch_groups_its_own_articles_as_SQLite_groups_them_stored_one_by_one()
    {
        var batch = Batch();
        var ct = TestContext.Current.CancellationToken;
        var sqlite = new SqliteGraphStore(Path.Combine(_dir, "graph.db"));
        foreach (var (article, extraction) in batch) await sqlite.StoreAsync(article, extraction, ct);
        var storiesInSqlite = (await sqlite.GetArticlesAsync(batch.Select(b => b.Item1.Id).ToList(), ct)).ToDictionary(a => a.Id, a => a.StoryId);
        var eventsInSqlite = (await sqlite.GetRelationsByArticleAsync(batch.Select(b => b.Item1.Id).ToList(), ct))
            .SelectMany(g => g).ToDictionary(r => r.Id, r => r.EventId);

        var (peer, store) = await QueryApiPeer.StartWithStoreAsync();
        await using var _ = peer;
        using var __ = store;
        const string Empty = """{"data":{"fields":[],"values":[]}}""";
        peer.Answer(202, """{"transaction":{"id":"tx-5"}}""")
            .Answer(202, $$$"""{"data":{"fields":["id","created"],"values":[{{{string.Join(',', batch.Select(b => $$"""[{"$type":"String","_value":"{{b.Item1.Id}}"},{"$type":"Boolean","_value":true}]"""))}}}]}}""")
            .Answer(202, """{"data":{"fields":["copies","reports","offices"],"values":[[{"$type":"List","_value":[]},{"$type":"List","_value":[]},{"$type":"List","_value":[]}]]}}""")
            .Answer(202, Empty);
        foreach (var step in ArticleWrites.Contents(batch))
            peer.Answer(202, $$$"""{"data":{"fields":["written"],"values":[[{"$type":"Integer","_value":"{{{step.Rows}}}"}]]}}""");
        peer.Answer(202, Empty).Answer(200, """{"bookmarks":["FB:1"]}""");

        await store.StoreBatchAsync(batch, ct);

        var requests = peer.Requests.ToList();
        var stories = Rows(requests[^2], "stories").ToDictionary(r => Text(r.GetProperty("id"))!, r => Text(r.GetProperty("story")));
        var events = requests.Where(r => r.Body.Contains("MERGE (s)-[r:", StringComparison.Ordinal)).SelectMany(r => Rows(r, "rows"))
            .ToDictionary(r => Text(r.GetProperty("id"))!, r => r.GetProperty("props").GetProperty("_value").TryGetProperty("eventId", out var e) ? Text(e) : null);
        Assert.Equal(storiesInSqlite.OrderBy(x => x.Key), stories.OrderBy(x => x.Key));
        Assert.Equal(eventsInSqlite.OrderBy(x => x.Key), events.OrderBy(x => x.Key));
        // What the batch is about: a and b one story (and their criticism one event, the minister's for his country), the wire
        // text and its copy one story, the rest on their own.
        var ids = batch.Select(b => b.Item1.Id).ToList();
        Assert.Equal(stories[ids[0]], stories[ids[1]]);
        Assert.Equal(stories[ids[3]], stories[ids[4]]);
        Assert.Equal(4, stories.Values.Distinct().Count());
        Assert.Equal(events[batch[0].Item2.Relations[0].Id], events[batch[1].Item2.Relations[0].Id]);
        Assert.NotEqual(events[batch[0].Item2.Relations[0].Id], events[batch[5].Item2.Relations[0].Id]);
    }

    private static string Str(string? s) => s is null ? """{"$type":"Null","_value":null}""" : $$"""{"$type":"String","_value":{{JsonSerializer.Serialize(s)}}}""";

    private static string Result(string[] fields, params string[][] rows) =>
        """{"data":{"fields":[""" + string.Join(',', fields.Select(f => JsonSerializer.Serialize(f))) + "],\"values\":["
        + string.Join(',', rows.Select(r => "[" + string.Join(',', r) + "]")) + "]}}";

    [Fact]
    public async Task Articles_stored_before_grouping_are_grouped_in_place()
    {
        var (article, extraction) = TestGraphArticle();
        var sanction = extraction.Relations[0];
        var statement = extraction.Statements[0];
        var (peer, store) = await QueryApiPeer.StartWithStoreAsync();
        await using var _ = peer;
        using var __ = store;
        const string Empty = """{"data":{"fields":[],"values":[]}}""";
        var props = """{"$type":"Map","_value":{"id":""" + Str(sanction.Id) + ",\"articleId\":" + Str(article.Id) + ",\"confidence\":{\"$type\":\"Float\",\"_value\":\"0.8\"}}}";
        var statementProps = """{"$type":"Map","_value":{"id":""" + Str(statement.Id) + ",\"articleId\":" + Str(article.Id) + ",\"speakerId\":" + Str(statement.SpeakerId)
            + ",\"text\":" + Str(statement.Text) + ",\"kind\":" + Str("Paraphrase") + ",\"language\":" + Str("ar") + "}}";
        peer.Answer(200, Result(["id", "text", "title", "url", "outlet", "publishedAt", "language", "storyId", "seq"],
                [Str(article.Id), Str(article.Text), Str(null), Str(null), Str("TASS"), Str("2024-04-09"), Str("ar"), Str(null), Str("000000000000001.000000." + article.Id)]))
            .Answer(200, Result(["subject", "object", "type", "props"], [Str(sanction.SubjectId), Str(sanction.ObjectId), Str("SANCTIONED"), props]))
            .Answer(200, Result(["article", "entity", "start", "end", "kind", "text"]))
            .Answer(200, Result(["props"], [statementProps]))
            .Answer(202, """{"transaction":{"id":"tx-6"}}""")
            .Answer(202, """{"data":{"fields":["copies","reports","offices"],"values":[[{"$type":"List","_value":[]},{"$type":"List","_value":[]},{"$type":"List","_value":[]}]]}}""")
            .Answer(202, Empty).Answer(202, Empty).Answer(202, Empty).Answer(202, Empty)
            .Answer(200, """{"bookmarks":["FB:1"]}""")
            .Answer(200, Result(["id", "text", "title", "url", "outlet", "publishedAt", "language", "storyId", "seq"]));

        var grouped = await store.GroupStoredAsync(ct: TestContext.Current.CancellationToken);

        Assert.Equal(1, grouped);
        var bodies = peer.Requests.Select(r => r.Body).ToList();
        var setEvent = Assert.Single(bodies, b => b.Contains("SET r.eventId = row.event", StringComparison.Ordinal));
        Assert.Contains("[r:SANCTIONED {id: row.id}]", setEvent);
        Assert.Contains(sanction.Id, setEvent);
        Assert.Contains(Graph.Core.Grouping.SameQuote.Key(statement)!, Assert.Single(bodies, b => b.Contains("SET s.quoteKey = row.key", StringComparison.Ordinal)));
        Assert.Contains("Story:" + article.Id[8..24], Assert.Single(bodies, b => b.Contains("MERGE (e:Event {id: row.id})", StringComparison.Ordinal)));
    }

    private static (Article, ExtractionResult) TestGraphArticle()
    {
        var article = TestGraph.Article();
        return (article, TestGraph.Extraction(article));
    }
}
