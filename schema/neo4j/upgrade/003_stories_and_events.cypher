// Nothing to run with cypher-shell for stories and events: an article's story needs its MinHash signature and a statement's
// quote key a hash of its folded words, which Graph computes and Cypher cannot. On a database written before stories and
// events were kept (before the store's schema names event_id), run once, after the service has applied the new schema and
// before ingesting more:  graph group --neo4j http://neo4j:PASSWORD@localhost:7474
// Until then old articles are in no story and no event (Article.storyId and a relation's eventId are null), their statements
// have no quote key, and new articles are grouped only with each other. Running it again groups nothing more.
