-- 004: the trigram index on titles is not used by any query (titles are searched through
-- the tsvector; only entity labels are looked up with ILIKE). Every new article paid for it.
DROP INDEX IF EXISTS articles_title_trgm;
