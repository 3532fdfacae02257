-- Version 4: the roll-up and path searches read edges (id, ends, type, confidence) by one end; these indexes hold all of
-- those columns, so the reads never visit the relations table itself.
CREATE INDEX ix_relations_subject_edge ON relations (subject_id, type, object_id, confidence, id);
CREATE INDEX ix_relations_object_edge ON relations (object_id, type, subject_id, confidence, id);
