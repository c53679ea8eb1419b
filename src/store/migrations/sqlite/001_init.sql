-- 001: articles, full-text index, entities and mentions, events, quotes, quantities,
-- topics, dates, story bands. Offsets are UTF-16 code units into articles.text.
CREATE TABLE articles (
  n           INTEGER PRIMARY KEY,          -- rowid, shared with articles_fts
  id          TEXT NOT NULL UNIQUE,
  hash        TEXT NOT NULL UNIQUE,         -- sha256 of the text
  doc_hash    TEXT NOT NULL,                -- sha256 of the Doc JSON
  title       TEXT,
  source      TEXT,
  url         TEXT,
  published   TEXT,                         -- ISO 8601 as given
  month       TEXT,                         -- YYYY-MM
  chars       INTEGER NOT NULL,
  stages      TEXT NOT NULL,
  story_id    TEXT NOT NULL,
  signature   TEXT NOT NULL,                -- MinHash, hex
  text        TEXT NOT NULL,
  doc         BLOB NOT NULL,                -- Doc JSON, raw deflate
  ingested_at TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_month ON articles(month);

-- search terms (see search/terms.ts), contentless: the text lives in articles
CREATE VIRTUAL TABLE articles_fts USING fts5(terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');

CREATE TABLE entities (
  id       TEXT PRIMARY KEY,
  type     TEXT NOT NULL,
  label    TEXT NOT NULL,
  label_en TEXT,
  kind     TEXT
);
CREATE INDEX entities_label ON entities(label);

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
  confidence     REAL,
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
  value      REAL,
  vfrom      REAL,
  vto        REAL,
  unit       TEXT,
  PRIMARY KEY (article_id, idx)
);

CREATE TABLE topics (
  article_id TEXT NOT NULL,
  code       TEXT NOT NULL,
  label      TEXT,
  score      REAL,
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

-- MinHash LSH bands (see cluster/minhash.ts)
CREATE TABLE story_bands (
  band       TEXT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
CREATE INDEX story_bands_article ON story_bands(article_id);
