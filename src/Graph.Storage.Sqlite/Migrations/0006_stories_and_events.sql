-- Version 6: stories (articles that report the same events) and events (one act however many articles report it).
-- An article's story and MinHash signature, and the keys that find its story at ingest with an index look-up each:
-- its signature's band keys (near-copies) and the people and organisations it names, by the day it was published.
ALTER TABLE articles ADD COLUMN story_id TEXT;
ALTER TABLE articles ADD COLUMN signature BLOB;
ALTER TABLE articles ADD COLUMN actor_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ix_articles_story ON articles (story_id);
CREATE TABLE story_bands (
    band_key   INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id),
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE TABLE story_actors (
    actor_id   TEXT NOT NULL,
    day        INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id),
    PRIMARY KEY (actor_id, day, article_id)
) WITHOUT ROWID;
-- An event: its sides after the roll-up, type, the date the texts give it, the day it is anchored to (that date, else the
-- first report's publication day) and the publication days of its first and last reports. Relations point at it.
CREATE TABLE events (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    subject_id     TEXT NOT NULL,
    type           TEXT NOT NULL,
    object_id      TEXT NOT NULL,
    date           TEXT,
    anchor_day     INTEGER,
    first_reported TEXT,
    last_reported  TEXT,
    outlet_count   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_events_key ON events (subject_id, type, object_id, anchor_day);
CREATE INDEX ix_events_object ON events (object_id, type, anchor_day);
-- Event lists, the latest anchored first (undated last), and date ranges, read through this index (no sort of every event).
CREATE INDEX ix_events_order ON events (coalesce(anchor_day, -1), seq);
-- The distinct outlets of each event's reports: a new report's outlet is one insert (its count kept in events.outlet_count).
CREATE TABLE event_outlets (
    event_id TEXT NOT NULL,
    outlet   TEXT NOT NULL,
    PRIMARY KEY (event_id, outlet)
) WITHOUT ROWID;
ALTER TABLE relations ADD COLUMN event_id TEXT;
CREATE INDEX ix_relations_event ON relations (event_id);
-- The same quote in several articles: the speaker and a hash of the quote's folded words (Graph.Core.Grouping.SameQuote).
ALTER TABLE statements ADD COLUMN quote_key TEXT;
CREATE INDEX ix_statements_quote ON statements (quote_key);
