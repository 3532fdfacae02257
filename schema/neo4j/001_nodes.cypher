// Graph's node constraints and indexes (Community edition features only). Applied at start-up; each is IF NOT EXISTS.
// Stable ids are unique, so ingest MERGEs on them and storing an article twice changes nothing.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
// A folded name is a node of its own, linked to the entities it names: a unique constraint's range index serves an exact
// name and a name prefix (STARTS WITH), which it cannot do for a value inside a list property.
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE;
// Entity pages of one kind read their label's id index in order and stop at the page's end.
CREATE INDEX person_id IF NOT EXISTS FOR (e:Person) ON (e.id);
CREATE INDEX country_id IF NOT EXISTS FOR (e:Country) ON (e.id);
CREATE INDEX organization_id IF NOT EXISTS FOR (e:Organization) ON (e.id);
CREATE INDEX bloc_id IF NOT EXISTS FOR (e:Bloc) ON (e.id);
CREATE INDEX place_id IF NOT EXISTS FOR (e:Place) ON (e.id);
CREATE INDEX article_seq IF NOT EXISTS FOR (a:Article) ON (a.seq);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX statement_speaker IF NOT EXISTS FOR (s:Statement) ON (s.speakerId);
CREATE INDEX statement_article IF NOT EXISTS FOR (s:Statement) ON (s.articleId);
// Search terms are folded and stemmed by Graph (SearchTerms), so the index only splits on spaces; the speaker's id is one
// token, so a search by speaker is one Lucene query and its page can be cut inside the index.
CREATE FULLTEXT INDEX statement_search IF NOT EXISTS FOR (s:Statement) ON EACH [s.terms, s.speakerId] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
