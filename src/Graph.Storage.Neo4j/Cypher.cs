using System.Reflection;
using Graph.Core;

namespace Graph.Storage.Neo4j;

/// <summary>Every Cypher statement the Neo4j store sends, in one place, so <c>graph cypher --list</c> can print them and CI can
/// parse them. Relationship types cannot be parameters in Cypher, so the statements that name one are made here, once per
/// ontology type, from <see cref="RelationTypeInfo"/> (never from input). Values always travel as parameters.</summary>
public static class Cypher
{
    // ---- writing: each statement an UNWIND over rows of one or more articles, in one explicit transaction ----

    /// <summary>Creates the articles not yet stored; <c>created</c> says which this transaction created (its token). A new
    /// article gets its order key <c>seq</c> here, from the server's clock, its place in the batch and its id, so no two
    /// writers share a counter and no key repeats: a string that sorts by time of storing (15 digits of milliseconds, then the
    /// place in the batch), unique through the content id. Statements and relations append their place in the article.</summary>
    public static readonly CypherStatement MergeArticles = new("merge-articles", """
        UNWIND $articles AS row
        MERGE (a:Article {id: row.id})
        ON CREATE SET a += row.props, a.token = $token,
          a.seq = right('000000000000000' + toString(timestamp()), 15) + '.' + row.ordinal + '.' + row.id
        RETURN row.id AS id, a.token = $token AS created
        """, "articles", "token") { Kind = QueryKind.Write, Uses = "article_id (unique)" };

    /// <summary>Each folded name of an entity is also a <c>:Name {key}</c> node linked to it: an index serves a value, not a
    /// value inside a list property, so this is how a name finds its entities.</summary>
    public static readonly CypherStatement MergeEntities = new("merge-entities", """
        UNWIND $rows AS row
        MERGE (e:Entity {id: row.id})
        ON CREATE SET e += row.props
        SET e.aliases = [x IN coalesce(e.aliases, []) WHERE NOT x IN row.aliases] + row.aliases,
            e.keys = [x IN coalesce(e.keys, []) WHERE NOT x IN row.keys] + row.keys
        FOREACH (k IN row.keys | MERGE (n:Name {key: k}) MERGE (n)-[:NAMES]->(e))
        FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
        FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET e:Country)
        FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
        FOREACH (_ IN CASE WHEN row.type = 'Bloc' THEN [1] ELSE [] END | SET e:Bloc)
        FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
        RETURN count(e) AS written
        """, "rows") { Kind = QueryKind.Write, Uses = "entity_id, name_key (unique)" };

    public static readonly CypherStatement MergeMentions = new("merge-mentions", """
        UNWIND $rows AS row
        MATCH (a:Article {id: row.article})
        MATCH (e:Entity {id: row.entity})
        MERGE (a)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
        ON CREATE SET m.kind = row.kind, m.text = row.text
        RETURN count(m) AS written
        """, "rows") { Kind = QueryKind.Write, Uses = "article_id, entity_id (unique)" };

    public static readonly CypherStatement MergeStatements = new("merge-statements", """
        UNWIND $rows AS row
        MATCH (a:Article {id: row.article})
        MERGE (s:Statement {id: row.id})
        ON CREATE SET s += row.props, s.seq = a.seq + '.' + row.ordinal
        MERGE (s)-[:IN_ARTICLE]->(a)
        WITH s, row
        OPTIONAL MATCH (speaker:Entity {id: row.speaker})
        FOREACH (_ IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END | MERGE (speaker)-[:SAID]->(s))
        WITH s, row
        OPTIONAL MATCH (source:Entity {id: row.source})
        FOREACH (_ IN CASE WHEN source IS NULL THEN [] ELSE [1] END | MERGE (s)-[:REPORTED_BY]->(source))
        RETURN count(s) AS written
        """, "rows") { Kind = QueryKind.Write, Uses = "article_id, statement_id, entity_id (unique)" };

    /// <summary>The day a relation is filed under: its own full date, else its article's.</summary>
    private const string Day = "CASE WHEN size(coalesce(row.props.date, '')) = 10 THEN row.props.date ELSE a.publishedAt END";

    /// <summary>One statement per ontology type (a relationship type cannot be a parameter): <c>(subject)-[:TYPE {id, evidence…}]->(object)</c>,
    /// with its order keys (<c>seq</c>, <c>day</c>, <c>dayFirst</c>, <c>dayLast</c>) written once here rather than computed per row by every page.</summary>
    public static readonly IReadOnlyDictionary<RelationType, CypherStatement> MergeRelations = RelationTypeInfo.Values.ToDictionary(
        t => t.Type,
        t => new CypherStatement("merge-relations-" + t.Name.ToLowerInvariant(), $"""
            UNWIND $rows AS row
            MATCH (a:Article {"{"}id: row.article{"}"})
            MATCH (s:Entity {"{"}id: row.subject{"}"})
            MATCH (o:Entity {"{"}id: row.object{"}"})
            MERGE (s)-[r:{t.Name} {"{"}id: row.id{"}"}]->(o)
            ON CREATE SET r += row.props, r.seq = a.seq + '.' + row.ordinal, r.articleId = a.id, r.outlet = a.outlet, r.articleDate = a.publishedAt,
              r.day = {Day}, r.dayFirst = coalesce({Day}, '9999'), r.dayLast = coalesce({Day}, '')
            RETURN count(r) AS written
            """, "rows") { Kind = QueryKind.Write, Uses = $"article_id, entity_id (unique); rel_{t.Name.ToLowerInvariant()}_id" });

    // ---- reading ----

    internal const string ArticleFields = "a.id AS id, a.text AS text, a.title AS title, a.url AS url, a.outlet AS outlet, a.publishedAt AS publishedAt, a.language AS language, a.storyId AS storyId";

    public static readonly CypherStatement ArticlesById = new("articles-by-id", $"""
        MATCH (a:Article) WHERE a.id IN $ids
        RETURN {ArticleFields}, a.seq AS seq
        """, "ids") { Uses = "article_id (unique)" };

    public static readonly CypherStatement ArticlePage = new("article-page", $"""
        MATCH (a:Article) WHERE a.seq > $after
        RETURN {ArticleFields}, a.seq AS seq
        ORDER BY a.seq LIMIT $take
        """, "after", "take") { Uses = "article_seq (ordered range seek)" };

    public static readonly CypherStatement ArticleCount = new("article-count", "MATCH (a:Article) RETURN count(a) AS n") { Uses = "the count store" };

    public static readonly CypherStatement EntitiesById = new("entities-by-id", """
        MATCH (e:Entity) WHERE e.id IN $ids
        RETURN properties(e) AS props
        ORDER BY e.id
        """, "ids") { Uses = "entity_id (unique)" };

    public static readonly CypherStatement MentionsByArticle = new("mentions-by-article", """
        MATCH (a:Article)-[m:MENTIONS]->(e:Entity) WHERE a.id IN $ids
        RETURN a.id AS article, e.id AS entity, m.start AS start, m.end AS end, m.kind AS kind, m.text AS text
        ORDER BY article, start, end, entity
        """, "ids") { Uses = "article_id (unique), then its MENTIONS" };

    public static readonly CypherStatement MentionCounts = new("mention-counts", """
        MATCH (:Article)-[m:MENTIONS]->(e:Entity) WHERE e.id IN $ids
        RETURN e.id AS id, count(m) AS n
        """, "ids") { Uses = "entity_id (unique), then its MENTIONS" };

    public static readonly CypherStatement StatementsById = new("statements-by-id", """
        MATCH (s:Statement) WHERE s.id IN $ids
        RETURN properties(s) AS props
        """, "ids") { Uses = "statement_id (unique)" };

    public static readonly CypherStatement StatementsBySpeaker = new("statements-by-speaker", """
        MATCH (s:Statement) WHERE s.speakerId IN $ids
        RETURN properties(s) AS props
        ORDER BY s.seq
        """, "ids") { Uses = "statement_speaker" };

    public static readonly CypherStatement StatementsByArticle = new("statements-by-article", """
        MATCH (s:Statement) WHERE s.articleId IN $ids
        RETURN properties(s) AS props
        ORDER BY s.articleId, s.start, s.id
        """, "ids") { Uses = "statement_article" };

    private const string RelationFields = "s.id AS subject, o.id AS object, type(r) AS type, properties(r) AS props";

    /// <summary>The relations at given entities, as their subject (<c>from</c>) or object (<c>to</c>), with or without a
    /// list of types: keyed by (end, types given).</summary>
    public static readonly IReadOnlyDictionary<(string End, bool Types), CypherStatement> RelationsAt = new[] { ("from", "s"), ("to", "o") }
        .SelectMany(end => new[] { false, true }.Select(types => (end, types)))
        .ToDictionary(k => (k.end.Item1, k.types), k => new CypherStatement($"relations-{k.end.Item1}{(k.types ? "-typed" : "")}", $"""
            MATCH (s:Entity)-[r]->(o:Entity)
            WHERE {k.end.Item2}.id IN $ids AND r.seq IS NOT NULL{(k.types ? " AND type(r) IN $types" : "")}
            RETURN {RelationFields}
            ORDER BY r.seq
            """, k.types ? ["ids", "types"] : ["ids"]) { Uses = "entity_id (seek on the given ends), then their relationships" });

    /// <summary>Relationship indexes hold one type each, so a look-up by a relation property asks every type's index.</summary>
    private static CypherStatement ByRelationProperty(string name, string property) => new(name, $"""
        CALL () {"{"}
        {string.Join("\n  UNION ALL\n", RelationTypeInfo.Values.Select(t =>
            $"  MATCH (s:Entity)-[r:{t.Name}]->(o:Entity) WHERE r.{property} IN $ids RETURN s, r, o"))}
        {"}"}
        RETURN {RelationFields}
        ORDER BY r.seq
        """, "ids") { Uses = $"rel_<type>_{(property == "id" ? "id" : "article")}, one per type" };

    public static readonly CypherStatement RelationsById = ByRelationProperty("relations-by-id", "id");

    public static readonly CypherStatement RelationsByArticle = ByRelationProperty("relations-by-article", "articleId");

    public static readonly CypherStatement Edges = new("edges", """
        CALL () {
          MATCH (s:Entity)-[r]->(o:Entity) WHERE $outgoing AND s.id IN $ids AND type(r) IN $types AND r.seq IS NOT NULL RETURN s, r, o
          UNION
          MATCH (s:Entity)-[r]->(o:Entity) WHERE $incoming AND o.id IN $ids AND type(r) IN $types AND r.seq IS NOT NULL RETURN s, r, o
        }
        RETURN r.id AS id, s.id AS subject, o.id AS object, type(r) AS type, r.confidence AS confidence, r.articleId AS article, r.date AS date, r.eventId AS event
        ORDER BY confidence DESC, id
        """, "ids", "types", "outgoing", "incoming") { Uses = "entity_id (unique), then the entities' relationships" };

    /// <summary>Neighbours over relations of the given types, either way, each pair once with its first relation by id; with
    /// <c>among</c> (true), only neighbours in <c>$among</c>. Neo4j keeps each node's relationships with it, so no pair table is
    /// needed: the entities' relationships are walked.</summary>
    public static readonly IReadOnlyDictionary<bool, CypherStatement> Links = new[] { false, true }.ToDictionary(among => among, among =>
        new CypherStatement(among ? "links-among" : "links", $$"""
            CALL () {
              MATCH (s:Entity)-[r]->(o:Entity) WHERE s.id IN $ids AND type(r) IN $types AND r.seq IS NOT NULL{{(among ? " AND o.id IN $among" : "")}}
              RETURN s.id AS entity, o.id AS neighbour, r.id AS relation
              UNION ALL
              MATCH (s:Entity)-[r]->(o:Entity) WHERE o.id IN $ids AND type(r) IN $types AND r.seq IS NOT NULL{{(among ? " AND s.id IN $among" : "")}}
              RETURN o.id AS entity, s.id AS neighbour, r.id AS relation
            }
            WITH entity, neighbour, min(relation) AS first WHERE entity <> neighbour
            RETURN entity, neighbour, first ORDER BY first, entity
            """, among ? ["ids", "types", "among"] : ["ids", "types"]) { Uses = "entity_id (unique), then the entities' relationships" });

    /// <summary>A page of the statement search and the number of hits, in one request: Lucene counts the hits once and reads
    /// only the page (<c>skip</c> and <c>limit</c> go into the procedure call), in its own order, by score. The speaker is a
    /// clause of the Lucene query (<c>speakerId</c> is in the index), so it filters before the page is cut.</summary>
    public static readonly CypherStatement Search = new("search", """
        CALL () {
          CALL db.index.fulltext.queryNodes('statement_search', $query) YIELD node
          RETURN count(node) AS total
        }
        CALL () {
          CALL db.index.fulltext.queryNodes('statement_search', $query, {skip: $skip, limit: $take}) YIELD node, score
          RETURN collect({props: properties(node), score: score}) AS hits
        }
        RETURN total, hits
        """, "query", "skip", "take") { Uses = "statement_search (full-text, on terms and speakerId)" };

    public static readonly CypherStatement Officials = new("officials", """
        MATCH (p:Person)-[r:AFFILIATED_WITH]->(c:Country)
        WHERE c.id IN $ids AND r.government = true
        RETURN DISTINCT c.id AS country, p.id AS person
        ORDER BY country, person
        """, "ids") { Uses = "entity_id (unique), then AFFILIATED_WITH" };

    public static readonly CypherStatement OfficeCountries = new("office-countries", """
        MATCH (p:Person)-[r:AFFILIATED_WITH]->(c:Country)
        WHERE p.id IN $ids AND r.government = true
        RETURN p.id AS person, c.id AS country, max(r.confidence) AS confidence
        ORDER BY person, confidence DESC, country
        """, "ids") { Uses = "entity_id (unique), then AFFILIATED_WITH" };

    public static readonly CypherStatement Counts = new("counts", """
        CALL () { MATCH (a:Article) RETURN count(a) AS articles }
        CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
        CALL () { MATCH (:Article)-[m:MENTIONS]->(:Entity) RETURN count(m) AS mentions }
        CALL () { MATCH (s:Statement) RETURN count(s) AS statements }
        CALL () {
          MATCH (:Entity)-[r]->(:Entity) WHERE r.seq IS NOT NULL
          RETURN count(r) AS relations, sum(size(coalesce(r.evidenceStart, []))) AS evidence
        }
        RETURN articles, entities, mentions, statements, relations, evidence
        """) { Uses = "the count store for articles, entities, statements; mentions, relations and evidence scan relationships (stats only, never a probe)" };

    /// <summary>The readiness probe: the database is online and answers.</summary>
    public static readonly CypherStatement Ready = new("ready", "RETURN 1 AS ok") { Uses = "nothing (no data read)" };

    /// <summary>The indexes not yet online, polled at start-up until there are none: <c>db.awaitIndexes</c> would hold one
    /// request open for the whole build, which on a large database outlasts any request's time limit.</summary>
    public static readonly CypherStatement PendingIndexes = new("pending-indexes", """
        SHOW INDEXES YIELD name, state, populationPercent
        WHERE state <> 'ONLINE'
        RETURN name, state, populationPercent
        ORDER BY name
        """) { Kind = QueryKind.Schema, Uses = "the schema (no data read)" };

    /// <summary>Empties the database (tests only: each test owns its data).</summary>
    public static readonly CypherStatement DeleteAll = new("delete-all", "MATCH (n) DETACH DELETE n") { Kind = QueryKind.Write , Uses = "none: deletes everything (tests only)" };

    /// <summary>Every statement above, for <c>graph cypher --list</c> and the CI parse.</summary>
    public static IReadOnlyList<CypherStatement> All { get; } = typeof(Cypher)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .SelectMany(f => f.GetValue(null) switch
        {
            CypherStatement s => [s],
            IReadOnlyDictionary<RelationType, CypherStatement> d => d.Values,
            IReadOnlyDictionary<(string, bool), CypherStatement> d => d.Values,
            _ => Enumerable.Empty<CypherStatement>(),
        })
        .Concat(EntityQueries.All)
        .Concat(GroupingStatements.All)
        .Concat(EventQueries.Catalogue())
        .Concat(RelationQueries.Catalogue())
        .ToList();
}
