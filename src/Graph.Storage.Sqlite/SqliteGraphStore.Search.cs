using System.Globalization;
using System.Text;
using Graph.Core;

namespace Graph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        using var connection = Open();
        IReadOnlyList<Relation> result = LoadRelations(connection, "id IN (SELECT value FROM json_each(@ids))", ids);
        return Task.FromResult(result);
    }

    public Task<ILookup<string, string>> GetOfficialsAsync(IReadOnlyCollection<string> countryIds, CancellationToken ct = default)
    {
        using var connection = Open();
        var rows = Query(connection, "SELECT DISTINCT country_id, person_id FROM offices WHERE country_id IN (SELECT value FROM json_each(@ids)) ORDER BY 1, 2",
            r => (Country: r.GetString(0), Person: r.GetString(1)), ("@ids", Json(countryIds)));
        return Task.FromResult(rows.ToLookup(x => x.Country, x => x.Person));
    }

    public Task<IReadOnlyDictionary<string, string>> GetOfficeCountriesAsync(IReadOnlyCollection<string> personIds, CancellationToken ct = default)
    {
        using var connection = Open();
        var rows = Query(connection,
            "SELECT person_id, country_id FROM offices WHERE person_id IN (SELECT value FROM json_each(@ids)) ORDER BY person_id, confidence DESC, country_id",
            r => (Person: r.GetString(0), Country: r.GetString(1)), ("@ids", Json(personIds.Where(p => p.StartsWith("Person:", StringComparison.Ordinal)))));
        IReadOnlyDictionary<string, string> result = rows.GroupBy(x => x.Person).ToDictionary(g => g.Key, g => g.First().Country);
        return Task.FromResult(result);
    }

    public Task<IReadOnlyList<EdgeRef>> GetEdgesAsync(IReadOnlyCollection<string> entityIds, IReadOnlyCollection<RelationType> types,
        RelationDirection direction = RelationDirection.Both, CancellationToken ct = default)
    {
        using var connection = Open();
        var ids = entityIds.Distinct().ToArray();
        var wanted = types.Distinct().ToArray();
        var args = new (string, object?)[] { ("@ids", Json(ids)), ("@types", Json(wanted.Select(t => RelationTypeInfo.Of(t).Name))) };
        // The given side and the type come back as their places in the two lists (json_each's key), so a row makes strings
        // only for what the caller does not already hold; the lists come first in the join, so each pair is one index seek.
        // Read through SQLite's own calls rather than a data reader (a country's roll-up reads thousands of rows, and the
        // reader's checks per column were half the read), with the repeated texts (the other side, the date) made once a read.
        var texts = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        List<EdgeRef> Read(bool bySubject)
        {
            var edges = new List<EdgeRef>();
            using var rows = new RawRows(connection, bySubject ? EdgesBySubject : EdgesByObject, args);
            while (rows.Next())
            {
                var (given, other) = (ids[rows.Int(1)], rows.Text(2, texts)!);
                edges.Add(new EdgeRef(rows.Text(0)!, bySubject ? given : other, bySubject ? other : given, wanted[rows.Int(3)], rows.Double(4),
                    rows.Text(5)!, rows.Text(6, texts), rows.Text(7)));
            }
            return edges;
        }
        var edges = direction == RelationDirection.Incoming ? Read(bySubject: false) : Read(bySubject: true);
        if (direction == RelationDirection.Both)
        {
            // An edge between two of the given entities came already by its subject.
            var given = new HashSet<string>(ids, StringComparer.Ordinal);
            edges.AddRange(Read(bySubject: false).Where(e => !given.Contains(e.SubjectId)));
        }
        // Sorted here rather than by SQLite, whose sorter copies every column of every row (a third of the read for 1,700 edges).
        edges.Sort(static (a, b) => b.Confidence.CompareTo(a.Confidence) is var c and not 0 ? c : string.CompareOrdinal(a.RelationId, b.RelationId));
        return Task.FromResult<IReadOnlyList<EdgeRef>>(edges);
    }

    private const string EdgesBySubject = """
        SELECT r.id, i.key, r.object_id, t.key, r.confidence, r.article_id, r.date, r.event_id
        FROM json_each(@ids) i CROSS JOIN json_each(@types) t CROSS JOIN relations r WHERE r.subject_id = i.value AND r.type = t.value
        """;

    private const string EdgesByObject = """
        SELECT r.id, i.key, r.subject_id, t.key, r.confidence, r.article_id, r.date, r.event_id
        FROM json_each(@ids) i CROSS JOIN json_each(@types) t CROSS JOIN relations r WHERE r.object_id = i.value AND r.type = t.value
        """;

    public Task<IReadOnlyList<Link>> GetLinksAsync(IReadOnlyCollection<string> entityIds, IReadOnlyCollection<RelationType> types,
        IReadOnlyCollection<string>? among = null, CancellationToken ct = default)
    {
        using var connection = Open();
        var (toObject, toSubject) = among is null ? ("", "") : (" AND object_id IN (SELECT value FROM json_each(@among))", " AND subject_id IN (SELECT value FROM json_each(@among))");
        var sql = $"""
            SELECT entity, neighbour, min(relation_id) AS first FROM (
              SELECT subject_id AS entity, object_id AS neighbour, relation_id FROM adjacency
              WHERE subject_id IN (SELECT value FROM json_each(@ids)){toObject} AND type IN (SELECT value FROM json_each(@types))
              UNION ALL
              SELECT object_id, subject_id, relation_id FROM adjacency INDEXED BY ix_adjacency_object
              WHERE object_id IN (SELECT value FROM json_each(@ids)){toSubject} AND type IN (SELECT value FROM json_each(@types)))
            WHERE entity <> neighbour
            GROUP BY entity, neighbour ORDER BY first, entity
            """;
        IReadOnlyList<Link> links = Query(connection, sql, r => new Link(r.GetString(0), r.GetString(1), r.GetString(2)),
            ("@ids", Json(entityIds)), ("@types", Json(types.Select(t => RelationTypeInfo.Of(t).Name))), ("@among", among is null ? null : Json(among)));
        return Task.FromResult(links);
    }

    public Task<Page<Relation>> QueryRelationsAsync(RelationQuery query, int first, string? after, CancellationToken ct = default)
    {
        using var connection = Open();
        var where = new StringBuilder("WHERE 1 = 1");
        var args = new List<(string, object?)>();
        if (query.Types is { Count: > 0 } types)
        {
            where.Append(" AND r.type IN (SELECT value FROM json_each(@types))");
            args.Add(("@types", Json(types.Select(t => RelationTypeInfo.Of(t).Name))));
        }
        Filter(where, args, query.SubjectId, "r.subject_id = @subject", "@subject");
        Filter(where, args, query.ObjectId, "r.object_id = @object", "@object");
        Filter(where, args, query.Outlet, "a.outlet = @outlet", "@outlet");
        Filter(where, args, query.DateFrom, $"{DateKey} >= @from", "@from");
        Filter(where, args, query.DateTo, $"{DateKey} <= @to", "@to");
        if (query.MinConfidence is { } min)
        {
            where.Append(" AND r.confidence >= @min");
            args.Add(("@min", min));
        }
        const string from = "FROM relations r JOIN articles a ON a.id = r.article_id";
        var total = Scalar(connection, $"SELECT count(*) {from} {where}", [.. args]);

        var kind = "relation-" + query.Order;
        var (sortKey, orderBy, keyset) = query.Order switch
        {
            RelationOrder.ConfidenceDescending => ("r.confidence", "r.confidence DESC, r.seq", "(r.confidence < @k OR r.confidence = @k AND r.seq > @seq)"),
            RelationOrder.DateAscending => ($"coalesce({DateKey}, '9999')", $"coalesce({DateKey}, '9999'), r.seq", $"(coalesce({DateKey}, '9999') > @k OR coalesce({DateKey}, '9999') = @k AND r.seq > @seq)"),
            RelationOrder.DateDescending => ($"coalesce({DateKey}, '')", $"coalesce({DateKey}, '') DESC, r.seq", $"(coalesce({DateKey}, '') < @k OR coalesce({DateKey}, '') = @k AND r.seq > @seq)"),
            _ => ("r.seq", "r.seq", "r.seq > @seq"),
        };
        if (Cursor.DecodeString(after, kind) is { } position)
        {
            var bar = position.LastIndexOf('|');
            if (bar < 0 || !long.TryParse(position[(bar + 1)..], out var seq)) throw new InvalidCursorException(after!);
            var key = position[..bar];
            where.Append(" AND ").Append(keyset);
            args.Add(("@seq", seq));
            object sortValue = key;
            if (query.Order == RelationOrder.ConfidenceDescending)
                sortValue = double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence) && double.IsFinite(confidence)
                    ? confidence : throw new InvalidCursorException(after!);
            args.Add(("@k", sortValue));
        }
        args.Add(("@take", first + 1));
        var rows = Query(connection, $"SELECT r.id, r.seq, {sortKey} {from} {where} ORDER BY {orderBy} LIMIT @take",
            r => (Id: r.GetString(0), Seq: r.GetInt64(1), Key: Convert.ToString(r.GetValue(2), CultureInfo.InvariantCulture) ?? ""), [.. args]);
        var page = rows.Take(first).ToList();
        var relations = LoadRelations(connection, "id IN (SELECT value FROM json_each(@ids))", page.Select(p => p.Id).ToList()).ToDictionary(r => r.Id);
        var items = page.Select(p => new PageItem<Relation>(relations[p.Id], Cursor.Encode(kind, $"{p.Key}|{p.Seq}"))).ToList();
        return Task.FromResult(new Page<Relation>(items, rows.Count > first, after is not null, total));
    }

    public Task<Page<ScoredStatement>> SearchStatementsAsync(string text, string? speakerId, int first, string? after, CancellationToken ct = default)
    {
        var terms = SearchTerms.Of(text).Distinct().ToList();
        if (terms.Count == 0) return Task.FromResult(new Page<ScoredStatement>([], false, false, 0));
        using var connection = Open();
        // A speaker's search walks the speaker's statements inside the index (their token is a column of it), so its cost
        // follows what the speaker said, not how many statements hold the words; the join checks the speaker itself.
        var args = new List<(string, object?)> { ("@q", SearchIndex.Match(terms, speakerId)), ("@speaker", speakerId) };
        // A cursor holds the last hit's score and seq, and for a search ranked among the latest hits the newest of them.
        (double Score, long Seq, long? Top)? position = null;
        if (Cursor.DecodeString(after, "search") is { } cursor)
        {
            var parts = cursor.Split('|');
            long top = 0;
            if (parts.Length is not (2 or 3) || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) || !double.IsFinite(score)
                || !long.TryParse(parts[1], out var seq) || parts.Length == 3 && !long.TryParse(parts[2], out top))
                throw new InvalidCursorException(after!);
            position = (score, seq, parts.Length == 3 ? top : null);
        }
        // A hit after the cursor's: a lower score, or the same score and a later seq (the order hits are ranked in).
        bool AfterCursor((long Seq, double Score) x) => position is not { } p || x.Score < p.Score || x.Score == p.Score && x.Seq > p.Seq;
        long? windowTop = null;
        int total;
        List<(long Seq, double Score)> rows;
        // A speaker's few hits are scored here (Bm25: the same scores without bm25() walking every statement holding the words).
        var few = speakerId is null ? null : Query(connection,
            """
            SELECT s.seq, s.text FROM statements_fts JOIN statements s ON s.seq = statements_fts.rowid
            WHERE statements_fts MATCH @q AND s.speaker_id = @speaker LIMIT @most
            """,
            r => (Seq: r.GetInt64(0), Text: r.GetString(1)), [.. args, ("@most", MaxScoredHere + 1)]);
        if (few is not null && few.Count <= MaxScoredHere)
        {
            var scores = _bm25.Score(connection, terms, few.Select(h => h.Text).ToList(), withSpeaker: true);
            var ranked = few.Select((h, i) => (h.Seq, Score: scores[i])).OrderByDescending(x => x.Score).ThenBy(x => x.Seq).ToList();
            total = ranked.Count;
            rows = ranked.Where(AfterCursor).Take(first + 1).ToList();
        }
        else if (speakerId is null)
        {
            // Without a speaker every hit is counted from the index alone, and the latest RankedWindow hits are ranked: bm25()
            // costs a microsecond a hit, and a common word is in a quarter of a million statements at a million articles
            // (0.9 s to rank them all). Later pages rank the same window: the cursor keeps its newest hit.
            total = Scalar(connection, "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH @q", [.. args]);
            var window = Query(connection,
                $"SELECT rowid, {SearchIndex.Score} FROM statements_fts WHERE statements_fts MATCH @q AND rowid <= @top ORDER BY rowid DESC LIMIT @window",
                r => (Seq: r.GetInt64(0), Score: r.GetDouble(1)), [.. args, ("@top", position?.Top ?? long.MaxValue), ("@window", RankedWindow)]);
            windowTop = position?.Top ?? (window.Count > 0 ? window[0].Seq : 0);
            rows = window.Where(AfterCursor)
                .OrderByDescending(x => x.Score).ThenBy(x => x.Seq).Take(first + 1).ToList();
        }
        else
        {
            var hits = $"""
                SELECT s.seq AS seq, {SearchIndex.Score} AS score FROM statements_fts JOIN statements s ON s.seq = statements_fts.rowid
                WHERE statements_fts MATCH @q AND s.speaker_id = @speaker
                """;
            total = Scalar(connection, $"SELECT count(*) FROM ({hits})", [.. args]);
            var keyset = "";
            if (position is { } p)
            {
                keyset = "WHERE score < @score OR score = @score AND seq > @seq";
                args.Add(("@score", p.Score));
                args.Add(("@seq", p.Seq));
            }
            args.Add(("@take", first + 1));
            rows = Query(connection, $"SELECT seq, score FROM ({hits}) {keyset} ORDER BY score DESC, seq LIMIT @take",
                r => (Seq: r.GetInt64(0), Score: r.GetDouble(1)), [.. args]);
        }
        var page = rows.Take(first).ToList();
        var statements = Query(connection,
                $"SELECT {StatementColumns}, seq FROM statements WHERE seq IN (SELECT value FROM json_each(@seqs))",
                r => (Seq: r.GetInt64(13), Statement: ReadStatement(r)), ("@seqs", System.Text.Json.JsonSerializer.Serialize(page.Select(p => p.Seq))))
            .ToDictionary(x => x.Seq, x => x.Statement);
        var items = page.Select(p => new PageItem<ScoredStatement>(new ScoredStatement(statements[p.Seq], p.Score),
            Cursor.Encode("search", $"{p.Score.ToString("R", CultureInfo.InvariantCulture)}|{p.Seq}{(windowTop is { } top ? "|" + top : "")}"))).ToList();
        return Task.FromResult(new Page<ScoredStatement>(items, rows.Count > first, after is not null, total));
    }

    /// <summary>A search without a speaker ranks at most this many hits, the latest stored (all of them when fewer match);
    /// its total counts them all.</summary>
    public int RankedWindow { get; init; } = 5_000;

    /// <summary>A speaker's search with at most this many hits is scored in memory (<see cref="Bm25"/>); beyond it, by bm25().</summary>
    private const int MaxScoredHere = 500;

    private static RelationType ParseType(string name) =>
        RelationTypeInfo.TryParse(name, out var type) ? type : throw new InvalidDataException($"Unknown relation type '{name}' in the database.");

    /// <summary>A relation's date for filtering and ordering: the full date the text gives, else the article's.</summary>
    private const string DateKey = "(CASE WHEN length(r.date) = 10 THEN r.date ELSE a.published_at END)";

    private static void Filter(StringBuilder where, List<(string, object?)> args, string? value, string condition, string name)
    {
        if (value is null) return;
        where.Append(" AND ").Append(condition);
        args.Add((name, value));
    }
}
