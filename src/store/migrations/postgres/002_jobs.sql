-- 002: the analysis queue. `marsad ingest --enqueue` adds rows; `marsad worker` takes them
-- with FOR UPDATE SKIP LOCKED inside the transaction that stores the result, so a killed
-- worker's rows are unlocked by the rollback and taken again.
CREATE TABLE jobs (
  id          BIGSERIAL PRIMARY KEY,
  hash        TEXT NOT NULL UNIQUE,
  text        TEXT NOT NULL,
  meta        TEXT NOT NULL,            -- JSON: id, title, published, source, url
  attempts    INTEGER NOT NULL DEFAULT 0,
  error       TEXT,
  enqueued_at TEXT NOT NULL
);
