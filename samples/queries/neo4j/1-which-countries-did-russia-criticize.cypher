// Which countries did Russia criticize or accuse? Counts Russia itself and its officials in office (the roll-up rule),
// and a target's officials as their country; answers countries and blocs, each with who acted, the sentences and quotes.
MATCH (russia:Country {id: 'Country:RUS'})
MATCH (actor:Entity)-[act:CRITICIZED|ACCUSED]->(target:Entity)
WHERE actor = russia OR EXISTS { (actor)-[:AFFILIATED_WITH {government: true}]->(russia) }
OPTIONAL MATCH (target)-[:AFFILIATED_WITH {government: true}]->(office:Country)
WITH russia, actor, act, coalesce(office, target) AS counterpart
WHERE counterpart <> russia AND (counterpart:Country OR counterpart:Bloc)
OPTIONAL MATCH (quote:Statement) WHERE quote.id IN act.evidenceStatement
WITH counterpart, actor, act, russia, collect(quote.text) AS quotes
RETURN counterpart.name AS counterpart, counterpart.type AS kind, count(act) AS relations,
       collect({type: type(act), via: CASE WHEN actor = russia THEN null ELSE actor.name END,
                sentence: act.evidenceSentence[0], quotes: quotes, article: act.articleId}) AS evidence
ORDER BY relations DESC, counterpart
