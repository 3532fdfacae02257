-- Version 2: full-text search over statements, and indexes for listing relations by type and confidence.
-- The index holds search terms (Graph.Core.SearchTerms: folded, clitics and article removed), written by the store;
-- rows that existed before this version are indexed by the migration's C# step.
CREATE VIRTUAL TABLE statements_fts USING fts5(terms, content='', tokenize='unicode61 remove_diacritics 0');
CREATE INDEX ix_relations_type ON relations (type, seq);
CREATE INDEX ix_relations_confidence ON relations (confidence DESC, seq);
