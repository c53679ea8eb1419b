-- 002: the analysis queue (same shape as PostgreSQL's; SQLite ingest analyses in-process,
-- so this table stays empty unless `marsad ingest --enqueue` is used).
CREATE TABLE jobs (
  id          INTEGER PRIMARY KEY,
  hash        TEXT NOT NULL UNIQUE,
  text        TEXT NOT NULL,
  meta        TEXT NOT NULL,
  attempts    INTEGER NOT NULL DEFAULT 0,
  error       TEXT,
  enqueued_at TEXT NOT NULL
);
