-- Version 3: who holds a government office for which country, kept as relations are stored (Graph.Core.Roles decides
-- what is a government office). The roll-up reads it instead of every AFFILIATED_WITH relation and its evidence.
CREATE TABLE offices (
    person_id  TEXT NOT NULL REFERENCES entities (id),
    country_id TEXT NOT NULL REFERENCES entities (id),
    role       TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (person_id, country_id, role)
) WITHOUT ROWID;
CREATE INDEX ix_offices_country ON offices (country_id, person_id);
