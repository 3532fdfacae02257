using Graph.Core;

namespace Graph.Storage.Neo4j;

/// <summary>The statements that write a batch of articles in one explicit transaction, each an <c>UNWIND</c> over the rows of
/// every article in the batch, so a batch costs a handful of round trips instead of several per article.</summary>
public static partial class Cypher
{
    public static readonly CypherStatement MergeArticles = new("merge-articles", """
        UNWIND $articles AS row
        MERGE (a:Article {id: row.id})
        ON CREATE SET a += row.props, a.token = $token
        RETURN row.id AS id, a.token = $token AS created
        """, "articles", "token") { Kind = QueryKind.Write, Uses = "article_id (unique)" };

    /// <summary>Numbers the batch's new articles in the order given, from one block of the counter reserved once per batch (the
    /// counter's write lock is taken once a transaction, not once an article).</summary>
    public static readonly CypherStatement NumberArticles = new("number-articles", """
        MERGE (q:Sequence {name: 'article'})
        SET q.locked = true
        WITH q
        UNWIND range(0, size($ids) - 1) AS i
        MATCH (a:Article {id: $ids[i]}) WHERE a.seq IS NULL
        WITH q, i, a ORDER BY i
        WITH q, collect(a) AS fresh
        WITH q, fresh, coalesce(q.value, 0) AS base
        SET q.value = base + size(fresh)
        WITH fresh, base
        UNWIND range(0, size(fresh) - 1) AS j
        WITH fresh[j] AS a, base + j + 1 AS seq
        SET a.seq = seq
        RETURN count(a) AS written
        """, "ids") { Kind = QueryKind.Write, Uses = "sequence_name (unique), article_id (unique)" };

    public static readonly CypherStatement MergeBatchMentions = new("merge-batch-mentions", """
        UNWIND $rows AS row
        MATCH (a:Article {id: row.article})
        MATCH (e:Entity {id: row.entity})
        MERGE (a)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
        ON CREATE SET m.kind = row.kind, m.text = row.text
        RETURN count(m) AS written
        """, "rows") { Kind = QueryKind.Write, Uses = "article_id, entity_id (unique)" };

    public static readonly CypherStatement MergeBatchStatements = new("merge-batch-statements", """
        UNWIND $rows AS row
        MATCH (a:Article {id: row.article})
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
        """, "rows") { Kind = QueryKind.Write, Uses = "article_id, statement_id, entity_id (unique)" };

    /// <summary>One statement per ontology type (a relationship type cannot be a parameter), over the batch's relations of that type.</summary>
    public static readonly IReadOnlyDictionary<RelationType, CypherStatement> MergeBatchRelations = RelationTypeInfo.Values.ToDictionary(
        t => t.Type,
        t => new CypherStatement("merge-batch-relations-" + t.Name.ToLowerInvariant(), $"""
            UNWIND $rows AS row
            MATCH (a:Article {"{"}id: row.article{"}"})
            MATCH (s:Entity {"{"}id: row.subject{"}"})
            MATCH (o:Entity {"{"}id: row.object{"}"})
            MERGE (s)-[r:{t.Name} {"{"}id: row.id{"}"}]->(o)
            ON CREATE SET r += row.props, r.seq = a.seq * 1000000 + row.ordinal, r.articleId = a.id, r.outlet = a.outlet, r.articleDate = a.publishedAt,
                          r.day = {Day}, r.dayFirst = coalesce({Day}, '9999'), r.dayLast = coalesce({Day}, '')
            RETURN count(r) AS written
            """, "rows") { Kind = QueryKind.Write, Uses = $"article_id, entity_id (unique); rel_{t.Name.ToLowerInvariant()}_id" });
}
