using Graph.Core;
using Graph.Core.Grouping;

namespace Graph.Storage.Neo4j;

/// <summary>The statements that keep stories and events as a batch is stored (see <see cref="Grouping"/>): two reads of the
/// candidates for all the batch's articles at once, and one write of what the rules of <c>Graph.Core.Grouping</c> decided.
/// The keys a story is found by are small <c>:StoryBand {key, articleId}</c> and <c>:StoryActor {actorId, day, articleId}</c>
/// nodes, one per key and article, as SQLite's story_bands and story_actors rows: an index serves a property's value, not a
/// value inside a list, and a node per key and article (rather than one shared node per key linked to its articles) is
/// created, never merged, so two writers never lock the same node.</summary>
public static class GroupingStatements
{
    /// <summary>Near-copies (articles sharing a band key), independent reports (articles naming the same people and
    /// organisations within the day window: the 20 sharing most, as SQLite), and the government offices of the people the
    /// batch's acts name, in one request.</summary>
    public static readonly CypherStatement Candidates = new("grouping-candidates", """
        CALL () {
          UNWIND $bands AS k
          MATCH (b:StoryBand {key: k})
          MATCH (a:Article {id: b.articleId})
          RETURN collect({key: k, article: a.id, story: a.storyId, signature: a.signature}) AS copies
        }
        CALL () {
          UNWIND $lookups AS q
          CALL (q) {
            UNWIND q.actors AS actor
            MATCH (x:StoryActor {actorId: actor}) WHERE x.day >= q.from AND x.day <= q.to
            WITH x.articleId AS other, count(x) AS shared
            MATCH (a:Article {id: other})
            RETURN other, a.storyId AS story, a.actorCount AS actors, a.seq AS seq, shared
            ORDER BY shared DESC, seq LIMIT 20
          }
          RETURN collect({article: q.article, other: other, story: story, actors: actors, seq: seq, shared: shared}) AS reports
        }
        CALL () {
          MATCH (p:Person)-[r:AFFILIATED_WITH]->(c:Country)
          WHERE p.id IN $people AND r.government = true
          RETURN collect({person: p.id, country: c.id, confidence: r.confidence}) AS offices
        }
        RETURN copies, reports, offices
        """, "bands", "lookups", "people") { Kind = QueryKind.Write, Uses = "story_band_key, story_actor (actorId, day), article_id (unique); entity_id (unique), then AFFILIATED_WITH" };

    /// <summary>The stored events each act of the batch may be: the same sides and type, anchored within the window.</summary>
    public static readonly CypherStatement EventCandidates = new("event-candidates", """
        UNWIND $lookups AS q
        MATCH (e:Event)
        WHERE e.subjectId = q.subject AND e.type = q.type AND e.objectId = q.object AND e.anchorDay >= q.from AND e.anchorDay <= q.to
        RETURN DISTINCT e.id AS id, e.subjectId AS subject, e.type AS type, e.objectId AS object, e.date AS date, e.anchorDay AS anchor
        """, "lookups") { Kind = QueryKind.Write, Uses = "event_key (subjectId, type, objectId, anchorDay): equality then a range" };

    /// <summary>Each new article's story, signature and look-up keys; each event created or reported again, in the order the
    /// batch reports them, as SQLite's INSERT or UPDATE of events. An event keeps its reports as parallel lists (relation,
    /// article, outlet or "", confidence) and its distinct outlets: its relations are relationships, which a node cannot
    /// point at, and reading the reports with the event costs no look-up of relationships by an event id (which would need
    /// an index per relationship type).</summary>
    public static readonly CypherStatement Write = new("merge-stories-and-events", """
        CALL () {
          UNWIND $stories AS row
          MATCH (a:Article {id: row.id})
          SET a.storyId = row.story, a.signature = row.signature, a.actorCount = row.actorCount
          FOREACH (k IN row.bands | CREATE (:StoryBand {key: k, articleId: row.id}))
          FOREACH (x IN row.actors | CREATE (:StoryActor {actorId: x, day: row.day, articleId: row.id}))
          RETURN count(a) AS stories
        }
        CALL () {
          UNWIND $events AS row
          MATCH (a:Article {id: row.article})
          MERGE (e:Event {id: row.id})
          ON CREATE SET e.subjectId = row.subject, e.type = row.type, e.objectId = row.object, e.date = row.date, e.anchorDay = row.anchor,
            e.firstReported = row.published, e.lastReported = row.published, e.seq = a.seq + '.' + row.ordinal,
            e.outlets = [], e.reportRelations = [], e.reportArticles = [], e.reportOutlets = [], e.reportConfidences = []
          ON MATCH SET e.anchorDay = CASE WHEN e.date IS NULL AND row.dateDay IS NOT NULL THEN row.dateDay ELSE e.anchorDay END,
            e.date = coalesce(e.date, row.date),
            e.firstReported = CASE WHEN e.firstReported IS NULL OR row.published < e.firstReported THEN coalesce(row.published, e.firstReported) ELSE e.firstReported END,
            e.lastReported = CASE WHEN e.lastReported IS NULL OR row.published > e.lastReported THEN coalesce(row.published, e.lastReported) ELSE e.lastReported END
          SET e.reportRelations = e.reportRelations + row.relations,
            e.reportArticles = e.reportArticles + [x IN row.relations | a.id],
            e.reportOutlets = e.reportOutlets + [x IN row.relations | coalesce(a.outlet, '')],
            e.reportConfidences = e.reportConfidences + row.confidences,
            e.outlets = CASE WHEN a.outlet IS NULL OR a.outlet IN e.outlets THEN e.outlets ELSE e.outlets + a.outlet END
          RETURN count(e) AS events
        }
        RETURN stories, events
        """, "stories", "events") { Kind = QueryKind.Write, Uses = "article_id, event_id (unique)" };

    /// <summary>For articles stored before events were kept (<c>graph group</c>): each act relation's event, one statement per
    /// ontology type (a relationship type cannot be a parameter).</summary>
    public static readonly IReadOnlyDictionary<RelationType, CypherStatement> SetEventIds = RelationTypeInfo.Values.Where(t => EventDraft.IsAct(t.Type)).ToDictionary(
        t => t.Type,
        t => new CypherStatement("set-event-ids-" + t.Name.ToLowerInvariant(), $"""
            UNWIND $rows AS row
            MATCH ()-[r:{t.Name} {"{"}id: row.id{"}"}]->()
            SET r.eventId = row.event
            RETURN count(r) AS written
            """, "rows") { Kind = QueryKind.Write, Uses = $"rel_{t.Name.ToLowerInvariant()}_id" });

    /// <summary>For statements stored before quote keys were kept (<c>graph group</c>).</summary>
    public static readonly CypherStatement SetQuoteKeys = new("set-quote-keys", """
        UNWIND $rows AS row
        MATCH (s:Statement {id: row.id})
        SET s.quoteKey = row.key
        RETURN count(s) AS written
        """, "rows") { Kind = QueryKind.Write, Uses = "statement_id (unique)" };

    public static IEnumerable<CypherStatement> All => [Candidates, EventCandidates, Write, .. SetEventIds.Values, SetQuoteKeys];
}
