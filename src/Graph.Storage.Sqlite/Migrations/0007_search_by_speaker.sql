-- Version 7: the search index also holds each statement's speaker (a token in its own column, Graph.Storage.Sqlite.SearchIndex),
-- so a search by speaker walks the speaker's statements inside the index instead of ranking every statement with the word.
-- A contentless index cannot gain a column: it is built again from the statements by the migration's C# step.
DROP TABLE statements_fts;
CREATE VIRTUAL TABLE statements_fts USING fts5(terms, speaker, content='', tokenize='unicode61 remove_diacritics 0');
