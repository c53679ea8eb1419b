-- 003: one row per (article, entity) with its number of mentions. Facets, entity filters,
-- entity lists and co-occurrence count articles, so they read this table instead of
-- every mention (about 3 times fewer rows, no count(DISTINCT)).
CREATE TABLE article_entities (
  article_id TEXT NOT NULL,
  entity_id  TEXT NOT NULL,
  mentions   INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);
INSERT INTO article_entities (article_id, entity_id, mentions)
  SELECT article_id, entity_id, count(*) FROM mentions GROUP BY article_id, entity_id;
