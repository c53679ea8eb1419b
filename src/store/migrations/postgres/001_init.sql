-- 001: the same tables as SQLite's 001, plus a tsvector column (config 'simple' over the
-- pre-stemmed search terms) and pg_trgm indexes for entity look-up.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TABLE articles (
  n           BIGSERIAL PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  hash        TEXT NOT NULL UNIQUE,
  doc_hash    TEXT NOT NULL,
  title       TEXT,
  source      TEXT,
  url         TEXT,
  published   TEXT COLLATE "C",
  month       TEXT,
  chars       INTEGER NOT NULL,
  stages      TEXT NOT NULL,
  story_id    TEXT NOT NULL,
  signature   TEXT NOT NULL,
  text        TEXT NOT NULL,
  doc         BYTEA NOT NULL,
  tsv         TSVECTOR NOT NULL,
  ingested_at TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_month ON articles(month);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
CREATE INDEX articles_title_trgm ON articles USING GIN (title gin_trgm_ops);

CREATE TABLE entities (
  id       TEXT PRIMARY KEY,
  type     TEXT NOT NULL,
  label    TEXT NOT NULL,
  label_en TEXT,
  kind     TEXT
);
CREATE INDEX entities_label_trgm ON entities USING GIN (label gin_trgm_ops);
CREATE INDEX entities_label_en_trgm ON entities USING GIN (label_en gin_trgm_ops);

CREATE TABLE mentions (
  article_id TEXT NOT NULL,
  entity_id  TEXT NOT NULL,
  off_start  INTEGER NOT NULL,
  off_end    INTEGER NOT NULL,
  text       TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE events (
  article_id     TEXT NOT NULL,
  idx            INTEGER NOT NULL,
  code           TEXT NOT NULL,
  name           TEXT,
  source         TEXT,
  target         TEXT,
  place          TEXT,
  date           TEXT,
  trigger_start  INTEGER,
  trigger_end    INTEGER,
  evidence_start INTEGER,
  evidence_end   INTEGER,
  confidence     DOUBLE PRECISION,
  raw            TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_code ON events(code);

CREATE TABLE quotes (
  article_id TEXT NOT NULL,
  idx        INTEGER NOT NULL,
  off_start  INTEGER NOT NULL,
  off_end    INTEGER NOT NULL,
  text       TEXT NOT NULL,
  kind       TEXT,
  speaker    TEXT,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE quantities (
  article_id TEXT NOT NULL,
  idx        INTEGER NOT NULL,
  off_start  INTEGER NOT NULL,
  off_end    INTEGER NOT NULL,
  text       TEXT NOT NULL,
  value      DOUBLE PRECISION,
  vfrom      DOUBLE PRECISION,
  vto        DOUBLE PRECISION,
  unit       TEXT,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE topics (
  article_id TEXT NOT NULL,
  code       TEXT NOT NULL,
  label      TEXT,
  score      DOUBLE PRECISION,
  PRIMARY KEY (article_id, code)
);
CREATE INDEX topics_code ON topics(code);

CREATE TABLE dates (
  article_id  TEXT NOT NULL,
  idx         INTEGER NOT NULL,
  off_start   INTEGER NOT NULL,
  off_end     INTEGER NOT NULL,
  text        TEXT NOT NULL,
  resolved    TEXT,
  granularity TEXT,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE story_bands (
  band       TEXT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band, article_id)
);
CREATE INDEX story_bands_article ON story_bands(article_id);
