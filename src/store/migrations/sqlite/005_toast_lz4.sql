-- 005: PostgreSQL changes how it compresses large values; nothing to do on SQLite. This
-- migration keeps the two backends' version numbers in step.
SELECT 1;
