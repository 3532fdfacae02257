using System.Reflection;
using Graph.Core;

namespace Graph.Storage.Neo4j;

/// <summary>Every Cypher statement the Neo4j store sends, in one place, so <c>graph cypher --list</c> can print them and CI can
/// parse them. Relationship types cannot be parameters in Cypher, so the statements that name one are made here, once per
/// ontology type, from <see cref="RelationTypeInfo"/> (never from input). Values always travel as parameters.</summary>
public static partial class Cypher
{
    // ---- writing one article (in one explicit transaction) ----

    public static readonly CypherStatement MergeArticle = new("merge-article", """
        MERGE (a:Article {id: $id})
        ON CREATE SET a += $props, a.token = $token
        RETURN a.token = $token AS created
        """, "id", "props", "token") { Kind = QueryKind.Write , Uses = "article_id (unique)" };

    /// <summary>Numbers articles in the order they were stored (once: a numbered article keeps its number). Setting a property
    /// first takes the counter's write lock, so two writers never read the same value;
    /// statements and relations are numbered after their article: its number × 1,000,000 + their position.</summary>
    public static readonly CypherStatement NumberArticle = new("number-article", """
        MATCH (a:Article {id: $id}) WHERE a.seq IS NULL
        MERGE (q:Sequence {name: 'article'})
        SET q.locked = true
        WITH a, q
        SET q.value = coalesce(q.value, 0) + 1
        WITH a, q
        SET a.seq = q.value
        RETURN a.seq AS seq
        """, "id") { Kind = QueryKind.Write , Uses = "article_id, sequence_name (unique)" };

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
        """, "rows") { Kind = QueryKind.Write , Uses = "entity_id, name_key (unique)" };

    public static readonly CypherStatement MergeMentions = new("merge-mentions", """
        MATCH (a:Article {id: $article})
        UNWIND $rows AS row
        MATCH (e:Entity {id: row.entity})
        MERGE (a)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
        ON CREATE SET m.kind = row.kind, m.text = row.text
        RETURN count(m) AS written
        """, "article", "rows") { Kind = QueryKind.Write , Uses = "article_id, entity_id (unique)" };

    public static readonly CypherStatement MergeStatements = new("merge-statements", """
        MATCH (a:Article {id: $article})
        UNWIND $rows AS row
        MERGE (s:Statement {id: row.id})
        ON CREATE SET s += row.props, s.seq = a.seq * 1000000 + row.ordinal
        MERGE (s)-[:IN_ARTICLE]->(a)
        WITH s, row
        OPTIONAL MATCH (speaker:Entity {id: row.speaker})
        FOREACH (_ IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END | MERGE (speaker)-[:SAID]->(s))
        WITH s, row
        OPTIONAL MATCH (source:Entity {id: row.source})
        FOREACH (_ IN CASE WHEN source IS NULL THEN [] ELSE [1] END | MERGE (s)-[:REPORTED_BY]->(source))
        RETURN count(s) AS written
        """, "article", "rows") { Kind = QueryKind.Write , Uses = "article_id, statement_id, entity_id (unique)" };

    /// <summary>The day a relation is filed under: its own full date, else its article's.</summary>
    private const string Day = "CASE WHEN size(coalesce(row.props.date, '')) = 10 THEN row.props.date ELSE a.publishedAt END";

    /// <summary>One statement per ontology type: <c>(subject)-[:TYPE {id, evidence…}]->(object)</c>, with its order keys
    /// (<c>seq</c>, <c>day</c>, <c>dayFirst</c>, <c>dayLast</c>) written once here rather than computed per row by every page.</summary>
    public static readonly IReadOnlyDictionary<RelationType, CypherStatement> MergeRelations = RelationTypeInfo.Values.ToDictionary(
        t => t.Type,
        t => new CypherStatement("merge-relations-" + t.Name.ToLowerInvariant(), $"""
            MATCH (a:Article {"{"}id: $article{"}"})
            UNWIND $rows AS row
            MATCH (s:Entity {"{"}id: row.subject{"}"})
            MATCH (o:Entity {"{"}id: row.object{"}"})
            MERGE (s)-[r:{t.Name} {"{"}id: row.id{"}"}]->(o)
            ON CREATE SET r += row.props, r.seq = a.seq * 1000000 + row.ordinal, r.articleId = a.id, r.outlet = a.outlet, r.articleDate = a.publishedAt,
              r.day = {Day}, r.dayFirst = coalesce({Day}, '9999'), r.dayLast = coalesce({Day}, '')
            RETURN count(r) AS written
            """, "article", "rows") { Kind = QueryKind.Write, Uses = "article_id, entity_id (unique)" });

    // ---- reading ----

    private const string ArticleFields = "a.id AS id, a.text AS text, a.title AS title, a.url AS url, a.outlet AS outlet, a.publishedAt AS publishedAt, a.language AS language";

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
        RETURN r.id AS id, s.id AS subject, o.id AS object, type(r) AS type, r.confidence AS confidence, r.articleId AS article, r.date AS date
        ORDER BY id
        """, "ids", "types", "outgoing", "incoming") { Uses = "entity_id (unique), then the entities' relationships" };

    private static string SearchHits(bool speaker) => """
        CALL db.index.fulltext.queryNodes('statement_terms', $query) YIELD node, score
        """ + (speaker ? "\nWHERE node.speakerId = $speaker" : "");

    /// <summary>The search total and page, by whether a speaker is given and whether the page resumes after a cursor.</summary>
    public static readonly IReadOnlyDictionary<bool, CypherStatement> SearchCounts = new[] { false, true }.ToDictionary(speaker => speaker,
        speaker => new CypherStatement("search-count" + (speaker ? "-speaker" : ""), SearchHits(speaker) + "\nRETURN count(node) AS n",
            speaker ? ["query", "speaker"] : ["query"]) { Uses = "statement_terms (full-text)" });

    public static readonly IReadOnlyDictionary<(bool Speaker, bool After), CypherStatement> SearchPages = new[] { (false, false), (false, true), (true, false), (true, true) }
        .ToDictionary(k => k, k => new CypherStatement("search-page" + (k.Item1 ? "-speaker" : "") + (k.Item2 ? "-after" : ""), SearchHits(k.Item1) + $"""

            WITH node, score{(k.Item2 ? "\nWHERE score < $afterScore OR score = $afterScore AND node.seq > $afterSeq" : "")}
            RETURN properties(node) AS props, score
            ORDER BY score DESC, node.seq LIMIT $take
            """, [.. k.Item1 ? ["query", "speaker"] : new[] { "query" }, .. k.Item2 ? ["afterScore", "afterSeq"] : Array.Empty<string>(), "take"]) { Uses = "statement_terms (full-text)" });

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
            IReadOnlyDictionary<bool, CypherStatement> d => d.Values,
            IReadOnlyDictionary<(bool, bool), CypherStatement> d => d.Values,
            IReadOnlyDictionary<(string, bool), CypherStatement> d => d.Values,
            _ => Enumerable.Empty<CypherStatement>(),
        })
        .Concat(EntityQueries.All)
        .Concat(RelationQueries.Catalogue())
        .ToList();
}
