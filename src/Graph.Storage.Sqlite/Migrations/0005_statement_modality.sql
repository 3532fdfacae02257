-- Version 5: a statement's modality (how its speech verb presents it: Asserted, Negated, Future, Possible).
-- Statements stored before it were read as said.
ALTER TABLE statements ADD COLUMN modality TEXT NOT NULL DEFAULT 'Asserted';
