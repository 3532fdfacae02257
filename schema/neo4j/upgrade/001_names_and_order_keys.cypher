// Run once on a database written before entity names became :Name nodes and relations carried their order keys (before
// the store's schema names name_key): `cypher-shell -u neo4j -p … -f schema/neo4j/upgrade/001_names_and_order_keys.cypher`
// after the service has applied the new schema. Until then name look-ups find nothing and date orders misplace old relations.
// Running it again changes nothing. Not applied at start-up: each statement reads every entity or relation.
MATCH (e:Entity) WHERE e.keys IS NOT NULL
CALL (e) {
  FOREACH (k IN e.keys | MERGE (n:Name {key: k}) MERGE (n)-[:NAMES]->(e))
} IN TRANSACTIONS OF 1000 ROWS;
MATCH (:Entity)-[r]->(:Entity) WHERE r.seq IS NOT NULL AND r.dayFirst IS NULL
CALL (r) {
  SET r.day = CASE WHEN size(coalesce(r.date, '')) = 10 THEN r.date ELSE r.articleDate END,
      r.dayFirst = coalesce(CASE WHEN size(coalesce(r.date, '')) = 10 THEN r.date ELSE r.articleDate END, '9999'),
      r.dayLast = coalesce(CASE WHEN size(coalesce(r.date, '')) = 10 THEN r.date ELSE r.articleDate END, '')
} IN TRANSACTIONS OF 10000 ROWS;
