/**
 * Child process of the crash test: ingests a folder into a SQLite file, slowly (each
 * write waits a little), so the parent can kill it with SIGKILL half-way.
 * Usage: node --import tsx test/ingest/crash-child.ts DB DIR
 */
import { ingest } from '../../src/ingest/ingest.ts';
import { openSqlite } from '../../src/store/sqlite.ts';
import type { DocRows } from '../../src/store/rows.ts';

const [db, dir] = process.argv.slice(2);
const repo = openSqlite(db!);
const slow = Object.create(repo) as typeof repo;
slow.putRowsGroup = async (rows: DocRows[]) => {
  await new Promise((r) => setTimeout(r, 15 * rows.length));
  return repo.putRowsGroup(rows);
};
await ingest([dir!], { repo: slow, workers: 0 });
await repo.close();
