using Graph.Core;

namespace Graph.Storage.Neo4j;

/// <summary>Reading events, stories and quotes (kept at write time by <see cref="Grouping"/>).</summary>
public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) =>
        (await RunAsync(EventQueries.EventsById, ct, ("ids", ids.Distinct().ToList()))).Records.Select(r => Read.Event(r.Map("props"))).ToList();

    public async Task<Page<Event>> QueryEventsAsync(EventQuery query, int first, string? after, CancellationToken ct = default)
    {
        var shape = new EventQueries.Shape(query.SubjectId is not null, query.ObjectId is not null, query.Types is { Count: > 0 },
            query.DateFrom is not null, query.DateTo is not null, query.MinOutlets > 0);
        var filter = new List<(string, object?)>();
        if (shape.Subject) filter.Add(("subject", query.SubjectId));
        if (shape.Object) filter.Add(("object", query.ObjectId));
        if (shape.Types) filter.Add(("types", query.Types!.Select(t => RelationTypeInfo.Of(t).Name).Distinct().ToList()));
        if (shape.From) filter.Add(("from", query.DateFrom!.Value.DayNumber));
        if (shape.To) filter.Add(("to", query.DateTo!.Value.DayNumber));
        if (shape.Outlets) filter.Add(("outlets", query.MinOutlets));
        var total = (await RunAsync(EventQueries.Count(shape), ct, [.. filter])).Records.Single().Int("n");
        if (Cursor.DecodeString(after, "event") is { } position)
        {
            var bar = position.IndexOf('|');
            if (bar < 0 || !long.TryParse(position[..bar], out var day) || bar == position.Length - 1) throw new InvalidCursorException(after!);
            filter.Add(("day", day));
            filter.Add(("seq", position[(bar + 1)..]));
        }
        filter.Add(("take", first + 1));
        var rows = (await RunAsync(EventQueries.Page(shape, after is not null), ct, [.. filter])).Records.ToList();
        var items = rows.Take(first).Select(r => new PageItem<Event>(Read.Event(r.Map("props")), Cursor.Encode("event", $"{r.Long("day")}|{r.Map("props")["seq"]}"))).ToList();
        return new Page<Event>(items, rows.Count > first, after is not null, total);
    }

    public async Task<ILookup<string, Statement>> GetSameQuotesAsync(IReadOnlyCollection<string> statementIds, CancellationToken ct = default) =>
        (await RunAsync(EventQueries.SameQuotes, ct, ("ids", statementIds.Distinct().ToList()))).Records
            .ToLookup(r => r.String("of"), r => Read.Statement(r.Map("props")));

    public async Task<ILookup<string, Article>> GetArticlesByStoryAsync(IReadOnlyCollection<string> storyIds, CancellationToken ct = default) =>
        (await RunAsync(EventQueries.ArticlesByStory, ct, ("ids", storyIds.Distinct().ToList()))).Records.Select(Read.Article).ToLookup(a => a.StoryId!);
}
