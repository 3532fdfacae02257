using System.Globalization;
using System.Text;
using Graph.Core;

namespace Graph.Storage.Sqlite;

/// <summary>Reading events and stories.</summary>
public sealed partial class SqliteGraphStore
{
    private const string EventColumns = "e.seq, e.id, e.subject_id, e.type, e.object_id, e.date, e.first_reported, e.last_reported, e.anchor_day";

    public Task<IReadOnlyList<Event>> GetEventsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        using var connection = Open();
        IReadOnlyList<Event> events = LoadEvents(connection, Query(connection,
            $"SELECT {EventColumns} FROM events e WHERE e.id IN (SELECT value FROM json_each(@ids)) ORDER BY e.seq",
            r => ReadEvent(r).Event, ("@ids", Json(ids))));
        return Task.FromResult(events);
    }

    public Task<Page<Event>> QueryEventsAsync(EventQuery query, int first, string? after, CancellationToken ct = default)
    {
        using var connection = Open();
        var where = new StringBuilder("WHERE 1 = 1");
        var args = new List<(string, object?)>();
        Filter(where, args, query.SubjectId, "e.subject_id = @subject", "@subject");
        Filter(where, args, query.ObjectId, "e.object_id = @object", "@object");
        if (query.Types is { Count: > 0 } types)
        {
            where.Append(" AND e.type IN (SELECT value FROM json_each(@types))");
            args.Add(("@types", Json(types.Select(t => RelationTypeInfo.Of(t).Name))));
        }
        if (query.DateFrom is { } from)
        {
            where.Append(" AND coalesce(e.anchor_day, -1) >= @from");
            args.Add(("@from", from.DayNumber));
        }
        if (query.DateTo is { } to)
        {
            where.Append(" AND coalesce(e.anchor_day, -1) BETWEEN 0 AND @to");
            args.Add(("@to", to.DayNumber));
        }
        if (query.MinOutlets > 0)
        {
            where.Append(" AND e.outlet_count >= @outlets");
            args.Add(("@outlets", query.MinOutlets));
        }
        var total = Scalar(connection, $"SELECT count(*) FROM events e {where}", [.. args]);
        // The latest first: by anchor day (undated last), then the latest stored.
        const string key = "coalesce(e.anchor_day, -1)";
        if (Cursor.DecodeString(after, "event") is { } position)
        {
            var parts = position.Split('|');
            if (parts.Length != 2 || !long.TryParse(parts[0], out var day) || !long.TryParse(parts[1], out var seq)) throw new InvalidCursorException(after!);
            where.Append($" AND ({key} < @day OR {key} = @day AND e.seq < @seq)");
            args.Add(("@day", day));
            args.Add(("@seq", seq));
        }
        args.Add(("@take", first + 1));
        var rows = Query(connection, $"SELECT {EventColumns} FROM events e {where} ORDER BY {key} DESC, e.seq DESC LIMIT @take", ReadEvent, [.. args]);
        var page = rows.Take(first).ToList();
        var events = LoadEvents(connection, page.Select(p => p.Event).ToList());
        var items = page.Zip(events, (p, e) => new PageItem<Event>(e, Cursor.Encode("event", $"{p.Anchor ?? -1}|{p.Seq}"))).ToList();
        return Task.FromResult(new Page<Event>(items, rows.Count > first, after is not null, total));
    }

    public Task<ILookup<string, Statement>> GetSameQuotesAsync(IReadOnlyCollection<string> statementIds, CancellationToken ct = default)
    {
        using var connection = Open();
        var rows = Query(connection,
            $"""
            SELECT q.id, {string.Join(", ", StatementColumns.Split(", ").Select(c => "s." + c))} FROM statements q JOIN statements s ON s.quote_key = q.quote_key
            WHERE q.id IN (SELECT value FROM json_each(@ids)) ORDER BY q.id, s.seq
            """,
            r => (Of: r.GetString(0), Statement: ReadStatementAt(r, 1)), ("@ids", Json(statementIds)));
        return Task.FromResult(rows.ToLookup(x => x.Of, x => x.Statement));
    }

    public Task<ILookup<string, Article>> GetArticlesByStoryAsync(IReadOnlyCollection<string> storyIds, CancellationToken ct = default)
    {
        using var connection = Open();
        var articles = Query(connection, $"SELECT {ArticleColumns} FROM articles WHERE story_id IN (SELECT value FROM json_each(@ids)) ORDER BY seq",
            ReadArticle, ("@ids", Json(storyIds)));
        return Task.FromResult(articles.ToLookup(a => a.StoryId!));
    }

    private static (long Seq, int? Anchor, Event Event) ReadEvent(Microsoft.Data.Sqlite.SqliteDataReader r) =>
        (r.GetInt64(0), r.IsDBNull(8) ? null : r.GetInt32(8),
            new Event(r.GetString(1), r.GetString(2), ParseType(r.GetString(3)), r.GetString(4), Str(r, 5), Day(Str(r, 6)), Day(Str(r, 7)), []));

    private static DateOnly? Day(string? date) => date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The events with their reports, in the order given.</summary>
    private static List<Event> LoadEvents(Microsoft.Data.Sqlite.SqliteConnection connection, IReadOnlyList<Event> events)
    {
        var reports = Query(connection,
                """
                SELECT r.event_id, r.id, r.article_id, a.outlet, r.confidence FROM relations r JOIN articles a ON a.id = r.article_id
                WHERE r.event_id IN (SELECT value FROM json_each(@ids)) ORDER BY r.seq
                """,
                r => (Event: r.GetString(0), Report: new EventReport(r.GetString(1), r.GetString(2), Str(r, 3), r.GetDouble(4))),
                ("@ids", Json(events.Select(e => e.Id))))
            .ToLookup(x => x.Event, x => x.Report);
        return events.Select(e => e with { Reports = reports[e.Id].ToList() }).ToList();
    }
}
