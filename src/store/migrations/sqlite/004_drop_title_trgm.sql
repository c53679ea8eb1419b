-- 004: PostgreSQL drops its unused trigram index on titles; SQLite never had one. This
-- migration keeps the two backends' version numbers in step.
SELECT 1;
