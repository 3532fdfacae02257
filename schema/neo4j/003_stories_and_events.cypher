// Stories and events (see src/Graph.Storage.Neo4j/GroupingStatements.cs for the shape), each look-up at ingest an index seek.
// An article's story (its other articles: Article.sameStory).
CREATE INDEX article_story IF NOT EXISTS FOR (a:Article) ON (a.storyId);
// The keys a new article finds its story by, one small node per key and article (created, never merged: no shared lock):
// a MinHash band key (near-copies), and a person or organisation named, by the day published (independent reports, a range
// of days for one actor: equality on the first property, a range on the second).
CREATE INDEX story_band_key IF NOT EXISTS FOR (b:StoryBand) ON (b.key);
CREATE INDEX story_actor IF NOT EXISTS FOR (x:StoryActor) ON (x.actorId, x.day);
// An event: one act however many articles report it. The look-up of an act's stored events gives its sides and type and a
// range of anchor days; the event list filters by one side or a range of days.
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE INDEX event_key IF NOT EXISTS FOR (e:Event) ON (e.subjectId, e.type, e.objectId, e.anchorDay);
CREATE INDEX event_subject IF NOT EXISTS FOR (e:Event) ON (e.subjectId);
CREATE INDEX event_object IF NOT EXISTS FOR (e:Event) ON (e.objectId);
CREATE INDEX event_anchor IF NOT EXISTS FOR (e:Event) ON (e.anchorDay);
// The same quote in several articles: the speaker and a hash of the folded words (Graph.Core.Grouping.SameQuote).
CREATE INDEX statement_quote IF NOT EXISTS FOR (s:Statement) ON (s.quoteKey);
