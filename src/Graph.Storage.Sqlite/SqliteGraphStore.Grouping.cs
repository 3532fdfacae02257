using System.Globalization;
using System.Text.Json;
using Graph.Core;
using Graph.Core.Grouping;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite;

/// <summary>Stories and events, kept as articles are stored: each look-up goes through an index (band keys, actors by day,
/// event sides by anchor day), never a scan of what is stored. The story is found before the article's row is written and
/// the events before its relations, so each row is written once, with them.</summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>An article's story, its signature and the keys that find it again.</summary>
    private sealed record StoryPlan(string StoryId, byte[] Signature, long[] Bands, IReadOnlyList<string> Actors);

    private static StoryPlan FindStory(SqliteConnection connection, SqliteTransaction tx, Article article, IEnumerable<string> entityIds)
    {
        var actors = SameStory.Actors(entityIds);
        var signature = StorySignature.Of(article.Text);
        var bands = StorySignature.BandKeys(signature);
        // A near-copy of a stored text: a shared band, then the signatures compared.
        var copies = !StorySignature.HasShingles(signature) ? [] : Query(connection, tx,
            """
            SELECT DISTINCT a.id, a.story_id, a.signature FROM story_bands b JOIN articles a ON a.id = b.article_id
            WHERE b.band_key IN (SELECT value FROM json_each(@bands)) AND a.id <> @id
            """,
            r => (Story: Str(r, 1), Signature: r.IsDBNull(2) ? null : (byte[])r.GetValue(2)),
            ("@bands", JsonSerializer.Serialize(bands)), ("@id", article.Id));
        var story = copies.Where(c => c.Signature is not null && c.Story is not null)
            .Select(c => (c.Story, Similarity: StorySignature.Similarity(signature, StorySignature.FromBytes(c.Signature!))))
            .Where(c => c.Similarity >= SameStory.CopySimilarity).OrderByDescending(c => c.Similarity).FirstOrDefault().Story;
        // An independent report: the same people and organisations, published within a few days.
        if (story is null && article.PublishedAt?.DayNumber is { } day && actors.Count >= SameStory.MinSharedActors)
        {
            var reports = Query(connection, tx,
                """
                SELECT a.story_id, a.actor_count, count(*) AS shared FROM story_actors s JOIN articles a ON a.id = s.article_id
                WHERE s.actor_id IN (SELECT value FROM json_each(@actors)) AND s.day BETWEEN @from AND @to AND a.id <> @id
                GROUP BY a.id ORDER BY shared DESC, a.seq LIMIT 20
                """,
                r => (Story: Str(r, 0), Actors: r.GetInt32(1), Shared: r.GetInt32(2)),
                ("@actors", Json(actors)), ("@from", day - SameStory.WindowDays), ("@to", day + SameStory.WindowDays), ("@id", article.Id));
            story = reports.FirstOrDefault(r => r.Story is not null && SameStory.SharesActors(r.Shared, actors.Count, r.Actors)).Story;
        }
        return new StoryPlan(story ?? "Story:" + article.Id["Article:".Length..][..16], StorySignature.ToBytes(signature), bands, actors);
    }

    /// <summary>Enters a stored article's keys, so later articles find its story.</summary>
    private static void IndexStory(SqliteConnection connection, SqliteTransaction tx, Article article, StoryPlan plan)
    {
        if (StorySignature.HasShingles(StorySignature.FromBytes(plan.Signature)))
            Execute(connection, tx, "INSERT OR IGNORE INTO story_bands (band_key, article_id) SELECT value, @a FROM json_each(@bands)",
                ("@bands", JsonSerializer.Serialize(plan.Bands)), ("@a", article.Id));
        if (article.PublishedAt?.DayNumber is { } day && plan.Actors.Count > 0)
            Execute(connection, tx, "INSERT OR IGNORE INTO story_actors (actor_id, day, article_id) SELECT value, @d, @a FROM json_each(@actors)",
                ("@actors", Json(plan.Actors)), ("@d", day), ("@a", article.Id));
    }

    /// <summary>Puts an article's act relations in events (an existing one of the same sides and type within the window, or a
    /// new one) and returns each relation's event.</summary>
    private static Dictionary<string, string> JoinEvents(SqliteConnection connection, SqliteTransaction tx, Article article, IReadOnlyList<Relation> relations)
    {
        var eventOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var people = relations.Where(r => EventDraft.IsAct(r.Type)).SelectMany(r => new[] { r.SubjectId, r.ObjectId })
            .Where(id => id.StartsWith("Person:", StringComparison.Ordinal)).Distinct().ToList();
        var offices = people.Count == 0 ? new Dictionary<string, string>() : OfficeCountries(connection, tx, people);
        var published = article.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var drafts = EventDraft.Of(article, relations, offices);
        // The stored events each draft may be, for all drafts in one look-up (each through ix_events_key).
        var keys = drafts.Select(d => d.AnchorDay is { } a
            ? new object?[] { d.SubjectId, RelationTypeInfo.Of(d.Type).Name, d.ObjectId, a - EventDraft.WindowDays, a + EventDraft.WindowDays }
            : null).ToList();
        var candidates = keys.All(k => k is null) ? [] : Query(connection, tx,
            """
            SELECT k.key, e.id, e.date, e.anchor_day FROM json_each(@keys) k
            JOIN events e ON e.subject_id = k.value ->> 0 AND e.type = k.value ->> 1 AND e.object_id = k.value ->> 2
                AND e.anchor_day BETWEEN k.value ->> 3 AND k.value ->> 4
            """,
            r => (Draft: r.GetInt32(0), Id: r.GetString(1), Date: Str(r, 2), Anchor: r.GetInt32(3)),
            ("@keys", JsonSerializer.Serialize(keys)));
        // What this article learns of a stored event (the date a report gives it) counts for its later acts; an event one of
        // its acts joined is not joined by another (the text tells its acts apart).
        var learnt = new Dictionary<string, (string? Date, int Anchor)>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var type = RelationTypeInfo.Of(draft.Type).Name;
            var id = candidates.Where(c => c.Draft == i && !used.Contains(c.Id))
                .Select(c => learnt.TryGetValue(c.Id, out var l) ? c with { Date = l.Date, Anchor = l.Anchor } : c)
                .Where(e => draft.Matches(e.Date, e.Anchor)).OrderBy(e => Math.Abs(e.Anchor - draft.AnchorDay!.Value)).ThenBy(e => e.Id, StringComparer.Ordinal)
                .Select(e => (string?)e.Id).FirstOrDefault();
            if (id is null)
            {
                id = draft.NewId(article.Id);
                Execute(connection, tx,
                    """
                    INSERT OR IGNORE INTO events (id, subject_id, type, object_id, date, anchor_day, first_reported, last_reported, outlet_count)
                    VALUES (@id, @s, @t, @o, @d, @a, @p, @p, @n)
                    """,
                    ("@id", id), ("@s", draft.SubjectId), ("@t", type), ("@o", draft.ObjectId), ("@d", draft.Date), ("@a", draft.AnchorDay), ("@p", published),
                    ("@n", article.Outlet is null ? 0 : 1));
                if (article.Outlet is not null)
                    Execute(connection, tx, "INSERT OR IGNORE INTO event_outlets (event_id, outlet) VALUES (@e, @o)", ("@e", id), ("@o", article.Outlet));
            }
            else
            {
                // A full date a report gives an undated event anchors it there from now on.
                var stored = candidates.First(c => c.Id == id);
                var date = learnt.TryGetValue(id, out var l) ? l.Date : stored.Date;
                var anchor = date is null && Acts.Day(draft.Date) is { } day ? day : learnt.TryGetValue(id, out var k) ? k.Anchor : stored.Anchor;
                learnt[id] = (date ?? draft.Date, anchor);
                var newOutlet = article.Outlet is not null
                    && Execute(connection, tx, "INSERT OR IGNORE INTO event_outlets (event_id, outlet) VALUES (@e, @o)", ("@e", id), ("@o", article.Outlet)) == 1;
                Execute(connection, tx,
                    """
                    UPDATE events SET date = coalesce(date, @d), anchor_day = @a, outlet_count = outlet_count + @n,
                        first_reported = CASE WHEN first_reported IS NULL OR @p < first_reported THEN coalesce(@p, first_reported) ELSE first_reported END,
                        last_reported = CASE WHEN last_reported IS NULL OR @p > last_reported THEN coalesce(@p, last_reported) ELSE last_reported END
                    WHERE id = @id
                    """,
                    ("@id", id), ("@d", draft.Date), ("@a", anchor), ("@n", newOutlet ? 1 : 0), ("@p", published));
            }
            used.Add(id);
            foreach (var r in draft.Relations) eventOf[r.Id] = id;
        }
        return eventOf;
    }

    private static Dictionary<string, string> OfficeCountries(SqliteConnection connection, SqliteTransaction tx, IReadOnlyCollection<string> people) =>
        Query(connection, tx,
                "SELECT person_id, country_id FROM offices WHERE person_id IN (SELECT value FROM json_each(@ids)) ORDER BY person_id, confidence DESC, country_id",
                r => (Person: r.GetString(0), Country: r.GetString(1)), ("@ids", Json(people)))
            .GroupBy(x => x.Person).ToDictionary(g => g.Key, g => g.First().Country, StringComparer.Ordinal);

    /// <summary>Stories, events and quote keys for what was stored before they were kept (migration 6), in the order stored.</summary>
    internal static void GroupStoredArticles(SqliteConnection connection, SqliteTransaction tx)
    {
        // In pages of 200 articles by seq, so a large database is not read into memory at once.
        for (long after = 0; ;)
        {
            var page = Query(connection, tx, $"SELECT {ArticleColumns} FROM articles WHERE seq > @after ORDER BY seq LIMIT 200",
                r => (Seq: r.GetInt64(0), Article: ReadArticle(r)), ("@after", after));
            if (page.Count == 0) break;
            after = page[^1].Seq;
            foreach (var (_, article) in page) GroupStored(connection, tx, article);
        }
        for (long after = 0; ;)
        {
            var page = Query(connection, tx, $"SELECT {StatementColumns}, seq FROM statements WHERE seq > @after ORDER BY seq LIMIT 2000",
                r => (Seq: r.GetInt64(13), Statement: ReadStatement(r)), ("@after", after));
            if (page.Count == 0) break;
            after = page[^1].Seq;
            foreach (var (_, statement) in page)
                Execute(connection, tx, "UPDATE statements SET quote_key = @q WHERE id = @id", ("@q", SameQuote.Key(statement)), ("@id", statement.Id));
        }
    }

    private static void GroupStored(SqliteConnection connection, SqliteTransaction tx, Article article)
    {
        var relations = Query(connection, tx, $"SELECT {RelationColumns} FROM relations WHERE article_id = @a ORDER BY seq",
            ReadRelationHead, ("@a", article.Id));
        var entities = Query(connection, tx, "SELECT DISTINCT entity_id FROM mentions WHERE article_id = @a", r => r.GetString(0), ("@a", article.Id));
        var story = FindStory(connection, tx, article, entities);
        Execute(connection, tx, "UPDATE articles SET story_id = @story, signature = @signature, actor_count = @actors WHERE id = @id",
            ("@story", story.StoryId), ("@signature", story.Signature), ("@actors", story.Actors.Count), ("@id", article.Id));
        IndexStory(connection, tx, article, story);
        foreach (var (relation, eventId) in JoinEvents(connection, tx, article, relations))
            Execute(connection, tx, "UPDATE relations SET event_id = @e WHERE id = @id", ("@e", eventId), ("@id", relation));
    }

}
