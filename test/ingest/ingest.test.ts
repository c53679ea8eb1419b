import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ingest } from '../../src/ingest/ingest.ts';
import { openSqlite } from '../../src/store/sqlite.ts';
import { writeCorpus } from './corpus.ts';
import { backends } from '../store/fixtures.ts';

const N = 60;
let dir: string;
let corpus: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-'));
  corpus = join(dir, 'corpus');
  writeCorpus(corpus, N, { dupEvery: 10 }); // 5 copies: articles 10, 20, ... repeat their predecessor
});
after(() => rmSync(dir, { recursive: true, force: true }));

const UNIQUE = N - 5;

/** Row counts of every table, and per-article child counts (to catch half-stored articles). */
function snapshot(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = ['articles', 'mentions', 'events', 'quotes', 'quantities', 'topics', 'dates', 'story_bands', 'entities'];
    const counts = Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS c FROM ${t}`).get() as { c: number }).c]));
    const fts = (db.prepare(`SELECT count(*) AS c FROM articles_fts WHERE articles_fts MATCH '"تقرير"'`).get() as { c: number }).c;
    const per = db.prepare(`SELECT a.id, a.hash, (SELECT count(*) FROM topics t WHERE t.article_id = a.id) AS topics,
      (SELECT count(*) FROM story_bands b WHERE b.article_id = a.id) AS bands FROM articles a ORDER BY a.id`).all();
    return { counts, fts, per };
  } finally {
    db.close();
  }
}

for (const b of backends()) {
  test(`ingest stores each article once; a second run stores nothing new (${b.name})`, { skip: b.skip }, async () => {
    const repo = b.name === 'sqlite' ? openSqlite(join(dir, 'idem.db')) : await b.open();
    try {
      const s1 = await ingest([corpus], { repo, workers: 0 });
      assert.equal(s1.read, N);
      assert.equal(s1.stored, UNIQUE);
      assert.equal(s1.duplicates, 5);
      assert.equal(s1.failed, 0);
      const s2 = await ingest([corpus], { repo, workers: 0 });
      assert.deepEqual([s2.stored, s2.updated, s2.duplicates, s2.failed], [0, 0, N, 0]);
      assert.equal((await repo.stats()).articles, UNIQUE);
      // re-analysis of unchanged articles with the same pipeline changes nothing
      const s3 = await ingest([corpus], { repo, workers: 0, reanalyze: true, limit: 5 });
      assert.deepEqual([s3.stored, s3.updated, s3.duplicates], [0, 0, 5]);
      assert.equal((await repo.search({ q: 'التقرير' })).total, UNIQUE);
    } finally {
      await repo.close();
      await b.cleanup();
    }
  });
}

test('worker threads give the same store as in-process analysis; bad files are reported and skipped', async () => {
  const bad = join(dir, 'bad');
  writeCorpus(bad, 6);
  writeFileSync(join(bad, 'broken.json'), '{not json');
  writeFileSync(join(bad, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
  const a = openSqlite(join(dir, 'threads.db'));
  const b = openSqlite(join(dir, 'inproc.db'));
  try {
    const failures: string[] = [];
    const sa = await ingest([bad, join(dir, 'missing-folder')], { repo: a, workers: 2, onFailure: (f) => failures.push(f.reason) });
    assert.equal(sa.stored, 6);
    assert.equal(sa.failed, 3);
    assert.deepEqual(failures.map((r) => r.replace(/:.*/, '')).sort(), ['file not found', 'invalid JSON', 'looks binary (NUL bytes)']);
    const sb = await ingest([bad], { repo: b, workers: 0 });
    assert.equal(sb.stored, 6);
    const sa2 = await a.stats();
    const sb2 = await b.stats();
    assert.deepEqual(sa2, sb2);
    assert.deepEqual((await a.getArticle('T-3'))!.doc, (await b.getArticle('T-3'))!.doc);
  } finally {
    await a.close();
    await b.close();
  }
});

test('crash test: kill -9 the ingest half-way, run it again: the store equals a clean run', async () => {
  const cleanFile = join(dir, 'clean.db');
  const clean = openSqlite(cleanFile);
  await ingest([corpus], { repo: clean, workers: 0 });
  await clean.close();

  const crashFile = join(dir, 'crash.db');
  openSqlite(crashFile).close(); // create the schema so the parent can poll it
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./crash-child.ts', import.meta.url)), crashFile, corpus], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code, sig) => r(sig === 'SIGKILL' ? -9 : code)));
  const poll = new Database(crashFile, { readonly: true });
  let atKill = 0;
  try {
    for (let i = 0; i < 1500; i++) {
      await new Promise((r) => setTimeout(r, 20));
      atKill = (poll.prepare('SELECT count(*) AS c FROM articles').get() as { c: number }).c;
      if (atKill >= 15) break;
    }
  } finally {
    poll.close();
  }
  child.kill('SIGKILL');
  assert.equal(await exited, -9, `the child should be killed mid-way (stderr: ${stderr})`);
  const partial = snapshot(crashFile);
  assert.ok(partial.counts.articles! > 0 && partial.counts.articles! < UNIQUE, `killed half-way: ${partial.counts.articles} of ${UNIQUE}`);
  assert.ok(existsSync(crashFile + '-wal'), 'WAL mode');

  const repo = openSqlite(crashFile);
  const s = await ingest([corpus], { repo, workers: 0 });
  await repo.close();
  assert.equal(s.stored, UNIQUE - partial.counts.articles!);
  assert.equal(s.failed, 0);
  const got = snapshot(crashFile);
  const want = snapshot(cleanFile);
  assert.deepEqual(got.counts, want.counts);
  assert.equal(got.fts, want.fts);
  assert.deepEqual(got.per, want.per);
});
