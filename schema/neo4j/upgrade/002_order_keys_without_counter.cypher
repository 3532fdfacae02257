// Run once on a database written while articles were numbered from the shared :Sequence node (before the store's schema
// names statement_search): `cypher-shell -u neo4j -p … -f schema/neo4j/upgrade/002_order_keys_without_counter.cypher` after
// the service has applied the new schema. Order keys become strings that no writer shares (see Cypher.MergeArticles): an old
// article's number, padded, sorts before every newer key; statements and relations append their place in the article.
// Until then article, relation and search pages skip what was stored before. Running it again changes nothing.
MATCH (a:Article) WHERE a.seq IS :: INTEGER
CALL (a) {
  SET a.seq = right('000000000000000' + toString(a.seq), 15) + '.000000.' + a.id
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (s:Statement)-[:IN_ARTICLE]->(a:Article) WHERE s.seq IS :: INTEGER
CALL (s, a) {
  SET s.seq = a.seq + '.' + right('000000' + toString(s.seq % 1000000), 6)
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (:Entity)-[r]->(:Entity) WHERE r.seq IS :: INTEGER
MATCH (a:Article {id: r.articleId})
CALL (r, a) {
  SET r.seq = a.seq + '.' + right('000000' + toString(r.seq % 1000000), 6)
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (q:Sequence) DELETE q;
DROP CONSTRAINT sequence_name IF EXISTS;
DROP INDEX statement_terms IF EXISTS;
