-- Version 9: the roll-up reads each edge with its article, the date the text gives and its event (to tell acts apart and
-- count them). The edge indexes now hold those columns too, so a country's roll-up reads its index entries in order and
-- never visits the relation rows scattered through the table (at 245,000 articles: 523 random row reads for Russia's
-- criticisms, which grow with the archive).
DROP INDEX ix_relations_subject_edge;
DROP INDEX ix_relations_object_edge;
CREATE INDEX ix_relations_subject_edge ON relations (subject_id, type, object_id, confidence, id, article_id, date, event_id);
CREATE INDEX ix_relations_object_edge ON relations (object_id, type, subject_id, confidence, id, article_id, date, event_id);
