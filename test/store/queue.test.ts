/**
 * The PostgreSQL job queue: ingest --enqueue, N workers, a worker killed mid-batch.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ingest } from '../../src/ingest/ingest.ts';
import { analyzeArticle } from '../../src/ingest/analyze-job.ts';
import { dropSchema, openPostgres, type PostgresRepository } from '../../src/store/postgres.ts';
import { openSqlite } from '../../src/store/sqlite.ts';
import { pendingJobs, runWorker } from '../../src/store/queue.ts';
import { writeCorpus } from '../ingest/corpus.ts';
import { PG_SKIP, PG_URL } from './fixtures.ts';

const analyze = (text: string, meta: Record<string, unknown>) => analyzeArticle({ text, meta }).rows;

test('workers need PostgreSQL: a clear error on SQLite', async () => {
  const repo = openSqlite(':memory:');
  await assert.rejects(runWorker(repo, { analyze, exitWhenEmpty: true }), /PostgreSQL/);
  await repo.close();
});

test('queue (postgres): enqueue, kill -9 a worker mid-batch, the others finish; nothing lost or doubled', { skip: PG_SKIP }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-queue-'));
  const schema = `marsad_q${process.pid}_${Date.now().toString(36)}`;
  let repo: PostgresRepository | undefined;
  try {
    writeCorpus(dir, 40, { dupEvery: 10 });
    const unique = 40 - 3;
    repo = await openPostgres(PG_URL, { schema });
    const s = await ingest([dir], { repo, enqueue: true });
    assert.deepEqual([s.enqueued, s.duplicates, s.stored], [unique, 3, 0]);
    // enqueueing again adds nothing
    assert.equal((await ingest([dir], { repo, enqueue: true })).enqueued, 0);
    assert.equal(await pendingJobs(repo), unique);

    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./worker-child.ts', import.meta.url)), PG_URL, schema], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<string | number | null>((r) => child.on('exit', (code, sig) => r(sig ?? code)));
    const c = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
    await c.connect();
    let stored = 0;
    try {
      for (let i = 0; i < 1500 && stored < 4; i++) {
        await new Promise((r) => setTimeout(r, 20));
        stored = Number((await c.query('SELECT count(*) AS n FROM articles')).rows[0].n);
      }
      // wait until the worker holds locked jobs of its next batch, then kill it
      await new Promise((r) => setTimeout(r, 70));
      child.kill('SIGKILL');
      assert.equal(await exited, 'SIGKILL', `worker should be killed mid-way (stderr: ${stderr})`);
      stored = Number((await c.query('SELECT count(*) AS n FROM articles')).rows[0].n);
    } finally {
      await c.end();
    }
    assert.ok(stored > 0 && stored < unique, `killed half-way: ${stored}/${unique}`);
    assert.equal(await pendingJobs(repo), unique - stored, 'jobs of the killed batch are back in the queue');

    // two workers drain the rest concurrently
    const r2 = await openPostgres(PG_URL, { schema });
    try {
      const [w1, w2] = await Promise.all([
        runWorker(repo, { analyze, exitWhenEmpty: true, batch: 2 }),
        runWorker(r2, { analyze, exitWhenEmpty: true, batch: 2 }),
      ]);
      assert.equal(w1.stored + w2.stored, unique - stored);
      assert.ok(w1.jobs > 0 && w2.jobs > 0, `both workers took jobs (${w1.jobs}, ${w2.jobs})`);
    } finally {
      await r2.close();
    }
    const st = await repo.stats();
    assert.equal(st.articles, unique);
    assert.equal(st.pendingJobs, 0);
    const all = await repo.search({ limit: 100, facets: false });
    assert.equal(new Set(all.hits.map((h) => h.hash)).size, unique);
    assert.equal((await repo.search({ q: 'تقرير' })).total, unique);
  } finally {
    await repo?.close();
    await dropSchema(PG_URL, schema);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('queue (postgres): a batch rolled back by a deadlock is stored on retry without analysing its articles again', { skip: PG_SKIP }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-queue-retry-'));
  const schema = `marsad_qr${process.pid}_${Date.now().toString(36)}`;
  let repo: PostgresRepository | undefined;
  try {
    writeCorpus(dir, 6);
    repo = await openPostgres(PG_URL, { schema });
    const s = await ingest([dir], { repo, enqueue: true });
    assert.equal(s.enqueued, 6);
    // the second article written fails once with PostgreSQL's deadlock code, as when two
    // workers lock the same new entities in opposite orders
    const real = repo.putRowsIn.bind(repo);
    let writes = 0;
    repo.putRowsIn = async (db, rows) => {
      if (++writes === 2) throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
      return real(db, rows);
    };
    const seen = new Map<string, number>();
    const counting = (text: string, meta: Record<string, unknown>) => {
      seen.set(text, (seen.get(text) ?? 0) + 1);
      return analyze(text, meta);
    };
    const w = await runWorker(repo, { analyze: counting, exitWhenEmpty: true, batch: 3 });
    assert.equal(w.retries, 1);
    assert.equal(w.stored, 6);
    assert.equal((await repo.stats()).articles, 6);
    assert.deepEqual([...seen.values()], [1, 1, 1, 1, 1, 1], 'each article analysed once');
  } finally {
    await repo?.close();
    await dropSchema(PG_URL, schema);
    rmSync(dir, { recursive: true, force: true });
  }
});
