-- Version 10: evidence keyed by its relation's seq, not its id. Relation ids are
-- hashes, so every evidence row landed on a random page of a large B-tree and dirtied it; seq grows, so new evidence is
-- appended to the last pages. Read in relations' seq order, so the new table is written in key order too.
CREATE TABLE evidence_by_seq (
    relation_seq   INTEGER NOT NULL REFERENCES relations (seq),
    ordinal        INTEGER NOT NULL,
    sentence       TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    statement_id   TEXT REFERENCES statements (id),
    PRIMARY KEY (relation_seq, ordinal)
) WITHOUT ROWID;
INSERT INTO evidence_by_seq (relation_seq, ordinal, sentence, sentence_start, sentence_end, start, "end", statement_id)
SELECT r.seq, e.ordinal, e.sentence, e.sentence_start, e.sentence_end, e.start, e."end", e.statement_id
FROM relations r JOIN evidence e ON e.relation_id = r.id ORDER BY r.seq, e.ordinal;
DROP TABLE evidence;
ALTER TABLE evidence_by_seq RENAME TO evidence;

-- Secondary indexes a bulk import dropped (SqliteGraphStore.BeginBulkImport), with the statements that create them again:
-- at the end of the import, or when the store next opens if the import never ended.
CREATE TABLE deferred_indexes (
    name TEXT PRIMARY KEY,
    sql  TEXT NOT NULL
);
