/**
 * The analysis job queue (PostgreSQL scale-out). `enqueueJob` adds an article (once per
 * content hash); `runWorker` takes jobs with `FOR UPDATE SKIP LOCKED` inside the
 * transaction that stores their results and deletes them. A worker killed mid-job never
 * commits: its transaction rolls back, the rows unlock, and another worker takes them.
 * No article is lost and none is stored twice (the content hash is unique).
 */
import { MarsadError } from '../core/errors.ts';
import type { DocRows } from './rows.ts';
import { isRetryable, type Db, type SqlRepository } from './sql.ts';
import type { Repository } from './types.ts';

export async function enqueueJob(repo: Repository, hash: string, text: string, meta: Record<string, unknown>): Promise<boolean> {
  const db = (repo as unknown as { db: Db }).db;
  const n = await db.run('INSERT INTO jobs (hash, text, meta, enqueued_at) VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING',
    [hash, text, JSON.stringify(meta), new Date().toISOString()]);
  return n > 0;
}

export interface WorkerOptions {
  /** Jobs taken per transaction (default 8). */
  batch?: number;
  /** Stop when the queue is empty (default: keep polling). */
  exitWhenEmpty?: boolean;
  /** Poll interval when the queue is empty (ms, default 1000). */
  pollMs?: number;
  /** Analysis of one job (text + meta -> rows). */
  analyze(text: string, meta: Record<string, unknown>): DocRows;
  /** Called after each committed batch. */
  onBatch?(info: { stored: number; duplicates: number; failed: number }): void;
  /** Stops the loop (checked between batches). */
  signal?: AbortSignal;
}

export interface WorkerSummary {
  jobs: number;
  /** Batches rolled back and run again (deadlock or conflict with another writer). */
  retries: number;
  stored: number;
  duplicates: number;
  failed: number;
}

export async function runWorker(repo: Repository, opts: WorkerOptions): Promise<WorkerSummary> {
  if (repo.backend !== 'postgres') {
    throw new MarsadError('E_USAGE', 'workers take jobs from a PostgreSQL store: set MARSAD_DB=postgres://... (SQLite ingest analyses in-process)');
  }
  const sql = repo as unknown as SqlRepository & { db: Db };
  const batch = Math.max(1, Math.min(opts.batch ?? 8, 500));
  const sum: WorkerSummary = { jobs: 0, retries: 0, stored: 0, duplicates: 0, failed: 0 };
  let retries = 0;
  // analyses of a batch that rolled back (deadlock with another writer): its jobs usually come
  // back to this worker at once, and need not be analysed again
  const analysed = new Map<string, DocRows>();
  while (!opts.signal?.aborted) {
    const info = { stored: 0, duplicates: 0, failed: 0 };
    const took = await sql.db.tx(async (db) => {
      const jobs = await db.all<{ id: string; text: string; meta: string; attempts: number }>(
        'SELECT id, text, meta, attempts FROM jobs WHERE error IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED', [batch]);
      // analyse the whole batch first, then write: entity rows stay locked for a short time
      const done: { id: string; rows: DocRows }[] = [];
      for (const j of jobs) {
        try {
          let rows = analysed.get(j.id);
          if (!rows) {
            rows = opts.analyze(j.text, JSON.parse(j.meta) as Record<string, unknown>);
            if (analysed.size >= 4 * batch) analysed.clear();
            analysed.set(j.id, rows);
          }
          done.push({ id: j.id, rows });
        } catch (e) {
          // a job that cannot be analysed stays in the queue with its error, for inspection
          await db.run('UPDATE jobs SET attempts = attempts + 1, error = ? WHERE id = ?', [(e as Error).message ?? String(e), j.id]);
          info.failed++;
        }
      }
      for (const d of done) {
        const r = await sql.putRowsIn(db, d.rows);
        if (r.status === 'duplicate') info.duplicates++; else info.stored++;
      }
      // the stored jobs leave the queue in the same transaction (one statement for the batch)
      if (done.length) await db.run('DELETE FROM jobs WHERE id = ANY(CAST(? AS BIGINT[]))', [done.map((d) => d.id)]);
      return jobs.length;
    }).catch(async (e) => {
      // a deadlock or unique violation against a concurrent writer: the batch rolled back, retry it
      if (isRetryable(e) && ++retries <= 20) {
        sum.retries++;
        return -1;
      }
      throw e;
    });
    if (took === -1) continue;
    retries = 0;
    analysed.clear();
    if (took > 0) {
      sum.jobs += took;
      sum.stored += info.stored;
      sum.duplicates += info.duplicates;
      sum.failed += info.failed;
      opts.onBatch?.(info);
      continue;
    }
    if (opts.exitWhenEmpty) break;
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 1000));
  }
  return sum;
}

export async function pendingJobs(repo: Repository): Promise<number> {
  const db = (repo as unknown as { db: Db }).db;
  const r = await db.get<{ c: unknown }>('SELECT count(*) AS c FROM jobs WHERE error IS NULL');
  return Number(r?.c ?? 0);
}
