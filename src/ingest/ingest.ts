/**
 * Ingest: read inputs, skip what is already stored (by content hash), analyse the rest
 * on a pool of worker threads, store each article in its own transaction.
 *
 * Crash safety: an article is committed whole or not at all, and a re-run skips every
 * committed article by its hash before analysing, so a run killed at any point and run
 * again ends with exactly the rows of a clean run.
 *
 * With `enqueue` (PostgreSQL), articles are put in the job queue instead, for
 * `marsad worker` processes to analyse.
 */
import type { PutResult, Repository } from '../store/types.ts';
import type { DocRows } from '../store/rows.ts';
import type { SqlRepository } from '../store/sql.ts';
import { contentHash } from '../store/rows.ts';
import { enqueueJob } from '../store/queue.ts';
import { AnalysisPool, defaultPoolSize } from './pool.ts';
import { expandInputs, readSource, type RawArticle, type ReadFailure } from './readers.ts';

export interface IngestProgress {
  /** Articles finished (stored, duplicate or failed). */
  done: number;
  /** Articles known so far (grows while files are read). */
  total: number;
  filesRead: number;
  files: number;
  stored: number;
  duplicates: number;
  failed: number;
}

export interface IngestOptions {
  repo: Repository;
  /** Worker threads (default: one per core; 0 = analyse in this thread). */
  workers?: number;
  /** Analyse again articles already stored (updates them in place). */
  reanalyze?: boolean;
  /** Put articles in the job queue instead of analysing them (for `marsad worker`). */
  enqueue?: boolean;
  /** Stop after this many articles (benchmarks, samples). */
  limit?: number;
  /**
   * Most articles per commit (default 64). Each article is always stored whole or not at
   * all (its own SAVEPOINT); grouping commits only saves time. 1 = a commit per article.
   */
  commitEvery?: number;
  onProgress?(p: IngestProgress): void;
  onFailure?(f: ReadFailure): void;
}

export interface IngestSummary {
  /** Articles read from the inputs. */
  read: number;
  /** New articles stored. */
  stored: number;
  /** Stored articles whose analysis changed (re-analysis). */
  updated: number;
  /** Articles already stored (or seen twice in this run). */
  duplicates: number;
  /** Articles put in the job queue (enqueue mode). */
  enqueued: number;
  failed: number;
  failures: ReadFailure[];
  elapsedMs: number;
  /** Time spent in analysis and row preparation (sum over workers), and in writing. */
  analyzeMs: number;
  writeMs: number;
}

export async function ingest(inputs: string[], opts: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const repo = opts.repo as SqlRepository;
  const s: IngestSummary = { read: 0, stored: 0, updated: 0, duplicates: 0, enqueued: 0, failed: 0, failures: [], elapsedMs: 0, analyzeMs: 0, writeMs: 0 };
  const { sources, missing } = await expandInputs(inputs);
  const progress: IngestProgress = { done: 0, total: sources.length, filesRead: 0, files: sources.length, stored: 0, duplicates: 0, failed: 0 };
  const report = () => {
    progress.stored = s.stored + s.updated + s.enqueued;
    progress.duplicates = s.duplicates;
    progress.failed = s.failed;
    opts.onProgress?.({ ...progress });
  };
  const failure = (f: ReadFailure) => {
    s.failed++;
    s.failures.push(f);
    opts.onFailure?.(f);
    progress.done++;
  };
  for (const m of missing) { progress.total++; failure(m); }

  const poolSize = opts.enqueue ? 0 : opts.workers ?? defaultPoolSize();
  const pool = opts.enqueue ? null : new AnalysisPool(poolSize);
  const window = Math.max(16, (poolSize || 1) * 16);
  const inflight = new Set<Promise<void>>();
  const seen = new Set<string>();
  // writes are serialised on one writer, grouping the articles that wait (group commit)
  const group = Math.max(1, opts.commitEvery ?? 64);
  const waiting: { rows: DocRows; done(r: PutResult | Error): void }[] = [];
  let writing: Promise<void> | null = null;
  const drain = async () => {
    while (waiting.length) {
      const batch = waiting.splice(0, group);
      const w0 = performance.now();
      let results: (PutResult | Error)[];
      try {
        results = await repo.putRowsGroup(batch.map((b) => b.rows));
      } catch (e) {
        results = batch.map(() => (e instanceof Error ? e : new Error(String(e))));
      }
      s.writeMs += performance.now() - w0;
      batch.forEach((b, i) => b.done(results[i]!));
    }
    writing = null;
  };
  const write = (rows: DocRows) => new Promise<PutResult | Error>((done) => {
    waiting.push({ rows, done });
    if (!writing) writing = drain();
  });
  let limitLeft = opts.limit ?? Infinity;

  const handle = async (a: RawArticle): Promise<void> => {
    const hash = contentHash(a.text);
    // claimed before the store look-up: a second copy of the text read meanwhile is a
    // duplicate, not a second analysis racing the first one
    const again = seen.has(hash);
    seen.add(hash);
    if (again || (!opts.reanalyze && (await repo.hasHash(hash)))) {
      s.duplicates++;
      progress.done++;
      report();
      return;
    }
    if (opts.enqueue) {
      const added = await enqueueJob(repo, hash, a.text, a.meta);
      if (added) s.enqueued++; else s.duplicates++;
      progress.done++;
      report();
      return;
    }
    let result;
    try {
      result = await pool!.run(a);
    } catch (e) {
      failure({ origin: a.origin, reason: `analysis failed: ${(e as Error).message}` });
      report();
      return;
    }
    s.analyzeMs += result.timing.analyzeMs + result.timing.rowsMs;
    const r = await write(result.rows);
    if (r instanceof Error) {
      failure({ origin: a.origin, reason: `store failed: ${r.message}` });
    } else {
      if (r.status === 'stored') s.stored++;
      else if (r.status === 'updated') s.updated++;
      else s.duplicates++;
      progress.done++;
    }
    report();
  };

  try {
    outer: for (const src of sources) {
      const items = await readSource(src);
      progress.filesRead++;
      progress.total += items.length - 1;
      for (const it of items) {
        if (!it.ok) { failure(it.failure); report(); continue; }
        if (limitLeft-- <= 0) break outer;
        s.read++;
        const p = handle(it.article).catch((e) => failure({ origin: it.article.origin, reason: (e as Error).message }));
        inflight.add(p);
        void p.finally(() => inflight.delete(p));
        if (inflight.size >= window) await Promise.race(inflight);
      }
    }
    await Promise.all(inflight);
    await writing;
  } finally {
    await pool?.close();
  }
  s.elapsedMs = performance.now() - t0;
  report();
  return s;
}
