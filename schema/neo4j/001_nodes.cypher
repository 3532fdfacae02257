// Graph's node constraints and indexes (Community edition features only). Applied at start-up; each is IF NOT EXISTS.
// Stable ids are unique, so ingest MERGEs on them and storing an article twice changes nothing.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT sequence_name IF NOT EXISTS FOR (q:Sequence) REQUIRE q.name IS UNIQUE;
CREATE INDEX article_seq IF NOT EXISTS FOR (a:Article) ON (a.seq);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX statement_speaker IF NOT EXISTS FOR (s:Statement) ON (s.speakerId);
CREATE INDEX statement_article IF NOT EXISTS FOR (s:Statement) ON (s.articleId);
// Search terms are folded and stemmed by Graph (SearchTerms), so the index only splits on spaces.
CREATE FULLTEXT INDEX statement_terms IF NOT EXISTS FOR (s:Statement) ON EACH [s.terms] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
