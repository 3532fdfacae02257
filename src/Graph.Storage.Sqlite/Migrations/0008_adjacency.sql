-- Version 8: entity-to-entity adjacency, kept as relations are stored: one row per subject, object and type with how many
-- relations join them and the first of those by id. Path searches walk these rows (a pair once, however many articles
-- report it) and look a pair up by its two ends; the relations themselves are read only for the steps a path returns.
CREATE TABLE adjacency (
    subject_id  TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    type        TEXT NOT NULL,
    relations   INTEGER NOT NULL,
    relation_id TEXT NOT NULL,
    PRIMARY KEY (subject_id, object_id, type)
) WITHOUT ROWID;
CREATE INDEX ix_adjacency_object ON adjacency (object_id, subject_id, type, relation_id);
INSERT INTO adjacency (subject_id, object_id, type, relations, relation_id)
SELECT subject_id, object_id, type, count(*), min(id) FROM relations GROUP BY subject_id, object_id, type;
