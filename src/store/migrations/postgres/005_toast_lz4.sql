-- 005: cheaper storage of the large values. The Doc blob is already deflated: stored out of
-- line without a second (failing) compression attempt. The text, the tsvector and queued
-- texts are compressed with lz4 instead of pglz (several times less CPU on the server),
-- when the server was built with lz4; otherwise they keep pglz.
ALTER TABLE articles ALTER COLUMN doc SET STORAGE EXTERNAL;
DO $$
BEGIN
  ALTER TABLE articles ALTER COLUMN text SET COMPRESSION lz4;
  ALTER TABLE articles ALTER COLUMN tsv SET COMPRESSION lz4;
  ALTER TABLE jobs ALTER COLUMN text SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN
  NULL;
END $$;
