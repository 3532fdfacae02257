-- Version 1: articles, entities with their names, mentions, statements, relations and their evidence.
CREATE TABLE articles (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    title        TEXT,
    url          TEXT,
    outlet       TEXT,
    published_at TEXT,
    language     TEXT NOT NULL,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);

CREATE TABLE entities (
    id              TEXT PRIMARY KEY,
    type            TEXT NOT NULL,
    name            TEXT NOT NULL,
    iso2            TEXT,
    iso3            TEXT,
    transliterated  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX ix_entities_type_name ON entities (type, name);

CREATE TABLE entity_labels (
    entity_id TEXT NOT NULL REFERENCES entities (id),
    lang      TEXT NOT NULL,
    label     TEXT NOT NULL,
    PRIMARY KEY (entity_id, lang)
) WITHOUT ROWID;
CREATE INDEX ix_entity_labels_label ON entity_labels (label);

-- Every name an entity is known by (labels included), with its folded key for look-ups.
CREATE TABLE entity_names (
    entity_id TEXT NOT NULL REFERENCES entities (id),
    name      TEXT NOT NULL,
    key       TEXT NOT NULL,
    is_alias  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, name)
) WITHOUT ROWID;
CREATE INDEX ix_entity_names_key ON entity_names (key, entity_id);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id),
    entity_id  TEXT NOT NULL REFERENCES entities (id),
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, start, "end", entity_id)
) WITHOUT ROWID;
CREATE INDEX ix_mentions_entity ON mentions (entity_id);

CREATE TABLE statements (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT NOT NULL UNIQUE,
    article_id     TEXT NOT NULL REFERENCES articles (id),
    speaker_id     TEXT REFERENCES entities (id),
    text           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    language       TEXT NOT NULL,
    headline       INTEGER NOT NULL,
    source_id      TEXT REFERENCES entities (id)
);
CREATE INDEX ix_statements_speaker ON statements (speaker_id, seq);
CREATE INDEX ix_statements_article ON statements (article_id, start);

CREATE TABLE relations (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL REFERENCES articles (id),
    type       TEXT NOT NULL,
    subject_id TEXT NOT NULL REFERENCES entities (id),
    object_id  TEXT NOT NULL REFERENCES entities (id),
    confidence REAL NOT NULL,
    modality   TEXT NOT NULL,
    date       TEXT,
    role       TEXT
);
CREATE INDEX ix_relations_subject_type ON relations (subject_id, type, seq);
CREATE INDEX ix_relations_object_type ON relations (object_id, type, seq);
CREATE INDEX ix_relations_article ON relations (article_id);

CREATE TABLE evidence (
    relation_id    TEXT NOT NULL REFERENCES relations (id),
    ordinal        INTEGER NOT NULL,
    sentence       TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    statement_id   TEXT REFERENCES statements (id),
    PRIMARY KEY (relation_id, ordinal)
) WITHOUT ROWID;
