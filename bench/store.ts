/**
 * Store benchmark (standalone): `node --import tsx bench/store.ts [--limit N] [--workers N] [--pg-articles N] [--pg-warmup N]`
 *
 * 1. Cost of each analysis stage (ms per article, in one thread, over a sample).
 * 2. Ingest + index of the ANT corpus (../shared/data/ant-corpus-multisource) into a temp
 *    SQLite file, with the full pipeline on worker threads: articles/s.
 * 3. Store-only rate: the same articles, already analysed, written to a fresh store.
 * 4. Search latency p50/p95 over the stored corpus (word, clitic form, phrase, filters).
 * 5. PostgreSQL (when MARSAD_TEST_PG is set): 1 worker process vs 2 on the same queue;
 *    `--pg-warmup N`: each worker first analyses N other articles (steady state).
 * 6. PostgreSQL write path alone (`--parts pgstore`, `--pg-store-articles N`): analysed
 *    articles stored as a worker stores them; client and server CPU per article.
 *
 * `--parts stages,ingest,pg` chooses parts (ingest includes the store-only rate and search).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc, toJSON } from '../src/core/doc.ts';
import { sharedAvailable, sharedPath } from '../src/core/paths.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { defaultPoolSize } from '../src/ingest/pool.ts';
import { expandInputs, readSource, type RawArticle } from '../src/ingest/readers.ts';
import { DEFAULT_STAGES } from '../src/stages/index.ts';
import { docToRows, type DocRows } from '../src/store/rows.ts';
import { openSqlite } from '../src/store/sqlite.ts';
import { dropSchema, openPostgres } from '../src/store/postgres.ts';
import { pendingJobs } from '../src/store/queue.ts';
import type { Db } from '../src/store/sql.ts';
import { percentile, median, table } from './util.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const LIMIT = opt('limit', Infinity);
const WORKERS = opt('workers', defaultPoolSize());
const PG_ARTICLES = opt('pg-articles', 400);
const PG_STORE_ARTICLES = opt('pg-store-articles', 500);
/** Articles each worker analyses before the timed run (steady state: JIT and per-word caches warm). */
const PG_WARMUP = opt('pg-warmup', 0);
const pi = args.indexOf('--parts');
const PARTS = new Set((pi >= 0 ? args[pi + 1]! : 'stages,ingest,pg').split(','));
const ANT = ['data', 'ant-corpus-multisource'];

if (!sharedAvailable(...ANT)) {
  console.log('shared data absent (ANT corpus): store benchmark skipped');
  process.exit(0);
}

const tmp = mkdtempSync(join(tmpdir(), 'marsad-bench-store-'));
const out: string[] = [];
try {
  // read the corpus once
  const { sources } = await expandInputs([sharedPath(...ANT)]);
  const articles: RawArticle[] = [];
  for (const s of sources) for (const it of await readSource(s)) if (it.ok && articles.length < LIMIT) articles.push(it.article);
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  out.push(`Corpus: ${articles.length} ANT articles, ${(chars / 1e6).toFixed(1)} M characters (${Math.round(chars / articles.length)} per article).`);

  // 1. stage costs on a sample, one thread
  if (PARTS.has('stages')) {
  const sample = articles.filter((_, i) => i % Math.max(1, Math.floor(articles.length / 300)) === 0).slice(0, 300);
  const stageMs = new Map<string, number>();
  let rowsMs = 0;
  for (const a of sample) {
    let doc = createDoc(a.text, a.meta);
    for (const st of DEFAULT_STAGES) {
      const t0 = performance.now();
      doc = st.run(doc);
      stageMs.set(st.name, (stageMs.get(st.name) ?? 0) + performance.now() - t0);
    }
    const t1 = performance.now();
    docToRows(toJSON(doc));
    rowsMs += performance.now() - t1;
  }
  const totalStage = [...stageMs.values()].reduce((x, y) => x + y, 0);
  const stageRows = [...stageMs].map(([n, ms]) => [n, (ms / sample.length).toFixed(2), `${((100 * ms) / totalStage).toFixed(0)}%`]);
  stageRows.push(['(all stages)', (totalStage / sample.length).toFixed(2), '100%']);
  stageRows.push(['store rows (terms, MinHash, deflate)', (rowsMs / sample.length).toFixed(2), '']);
  out.push(`\nAnalysis cost per article (one thread, ${sample.length}-article sample):\n\n` + table(['stage', 'ms / article', 'share'], stageRows));
  }

  // 2. full ingest + index into SQLite, analysis on worker threads
  if (PARTS.has('ingest')) {
  const file = join(tmp, 'ant.db');
  const repo = openSqlite(file);
  const s = await ingest([sharedPath(...ANT)], { repo, workers: WORKERS, limit: Number.isFinite(LIMIT) ? LIMIT : undefined });
  const st = await repo.stats();
  const size = statSync(file).size + (statSync(file + '-wal', { throwIfNoEntry: false })?.size ?? 0);
  out.push(`\nIngest + index into SQLite (${WORKERS} analysis threads): ${s.read} read, ${s.stored} stored, ${s.duplicates} duplicates, ${s.failed} failed ` +
    `in ${(s.elapsedMs / 1000).toFixed(1)} s = **${(s.read / (s.elapsedMs / 1000)).toFixed(1)} articles/s**; ` +
    `writer busy ${(s.writeMs / 1000).toFixed(1)} s (${((s.writeMs / s.stored) || 0).toFixed(2)} ms per article). ` +
    `Store: ${(size / 1e6).toFixed(0)} MB, ${st.articles} articles, ${st.stories} stories, ${st.mentions} mentions, ${st.events} events, ${st.topics} topic rows.`);

  // 3. store-only rate: pre-analysed rows into fresh stores (per-article commits, then group commit)
  const docs: DocRows[] = [];
  const tr = performance.now();
  for await (const d of repo.iterDocs({ limit: 2000 })) docs.push(docToRows(d));
  const rowsMsPer = (performance.now() - tr) / docs.length;
  const rate = async (name: string, put: (r: typeof repo, rows: DocRows[]) => Promise<unknown>) => {
    const r = openSqlite(join(tmp, `${name}.db`));
    const t = performance.now();
    await put(r, docs);
    const x = docs.length / ((performance.now() - t) / 1000);
    await r.close();
    return x;
  };
  const perArticle = await rate('single', async (r, rows) => { for (const x of rows) await r.putRows(x); });
  const grouped = await rate('group', async (r, rows) => { for (let i = 0; i < rows.length; i += 64) await r.putRowsGroup(rows.slice(i, i + 64)); });
  out.push(`\nStore only (${docs.length} already analysed articles, one thread): row preparation ${rowsMsPer.toFixed(2)} ms per article (done on the analysis threads during ingest, includes decoding the stored Doc here); ` +
    `writes **${grouped.toFixed(0)} articles/s** with group commit (64 per commit, a savepoint per article), ${perArticle.toFixed(0)} articles/s with a commit per article.`);

  // 4. search latency
  const queries: { name: string; p: Parameters<typeof repo.search>[0] }[] = [];
  const words = ['الاستثمار', 'والاستثمار', 'الاستثمارية', 'النفط', 'الانتخابات', 'ترامب', 'سوريا', 'كرة القدم', 'الأمم المتحدة', 'الحكومة', 'اللاجئين', 'الصين', 'إيران', 'الاقتصاد', 'السعودية', 'تويتر', 'المنتخب', 'الفيلم', 'مصر', 'الهاتف'];
  for (const w of words) queries.push({ name: 'word', p: { q: w } });
  for (const w of ['"الأمم المتحدة"', '"كرة القدم"', '"البيت الأبيض"', '"مجلس الأمن"', '"الشرق الأوسط"']) queries.push({ name: 'phrase', p: { q: w } });
  for (const w of words.slice(0, 10)) queries.push({ name: 'word + filters', p: { q: w, source: 'BBC', from: '2018-03', to: '2018-08' } });
  for (const w of words.slice(0, 10)) queries.push({ name: 'stories', p: { q: w, groupStories: true } });
  queries.push({ name: 'filters only', p: { source: 'CNN', from: '2018-05' } });
  const lat = new Map<string, number[]>();
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      await repo.search({ ...q.p, limit: 20 });
      const ms = performance.now() - t0;
      if (round > 0) { // round 0 warms caches
        (lat.get(q.name) ?? lat.set(q.name, []).get(q.name)!).push(ms);
        (lat.get('all') ?? lat.set('all', []).get('all')!).push(ms);
      }
    }
  }
  out.push(`\nSearch latency (limit 20, with snippets and facets), ${st.articles} articles:\n\n` +
    table(['queries', 'n', 'p50 ms', 'p95 ms'], [...lat].map(([k, xs]) => [k, xs.length, median(xs).toFixed(1), percentile(xs, 95).toFixed(1)])));
  await repo.close();
  }

  // 5. PostgreSQL: 1 vs 2 worker processes
  const PG = process.env.MARSAD_TEST_PG;
  if (!PARTS.has('pg')) {
    // not asked for
  } else if (!PG) {
    out.push('\nPostgreSQL workers: skipped (set MARSAD_TEST_PG=postgres://... to run).');
  } else {
    const bin = fileURLToPath(new URL('../bin/marsad.mjs', import.meta.url));
    const subset = articles.slice(0, PG_ARTICLES);
    // Workers are started first and left idle (polling), then all jobs are queued in one
    // transaction: the time measured is the time to drain the queue, without process start.
    const runWorkers = async (n: number) => {
      const schema = `marsad_bench_${process.pid}_${n}`;
      await dropSchema(PG, schema);
      const r = await openPostgres(PG, { schema });
      const url = `${PG}${PG.includes('?') ? '&' : '?'}schema=${schema}`;
      const kids = Array.from({ length: n }, () => spawn(process.execPath, [bin, 'worker', '--quiet', '--batch', '4', '--poll', '50'], { env: { ...process.env, MARSAD_DB: url }, stdio: ['ignore', 'pipe', 'inherit'] }));
      let report = '';
      for (const c of kids) c.stdout!.on('data', (d) => (report += d));
      let dead = 0;
      const exited = kids.map((c) => new Promise<void>((res) => c.on('exit', () => { dead++; res(); })));
      // wait until every worker has loaded the models and says it is ready
      while ((report.match(/: ready/g) ?? []).length < n) {
        if (dead) throw new Error('a worker process ended before it was ready (see its error above)');
        await new Promise((res) => setTimeout(res, 100));
      }
      const { contentHash } = await import('../src/store/rows.ts');
      const db = (r as unknown as { db: Db }).db;
      const queue = (list: RawArticle[]) => db.tx(async (d) => {
        for (const a of list) await d.run('INSERT INTO jobs (hash, text, meta, enqueued_at) VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING', [contentHash(a.text), a.text, JSON.stringify(a.meta), new Date().toISOString()]);
      });
      const drained = async () => {
        for (;;) {
          await new Promise((res) => setTimeout(res, 100));
          if ((await pendingJobs(r)) === 0) return;
        }
      };
      if (PG_WARMUP > 0) {
        // steady state: every worker first analyses about PG_WARMUP other articles (from the end
        // of the corpus, never the timed ones), so the timed run does not include the per-process
        // cost of compiling the code and filling the per-word caches
        await queue(articles.slice(articles.length - PG_WARMUP * n));
        await drained();
      }
      const storedBefore = (await r.stats()).articles;
      const cpuBefore = await workerCpu(kids.map((c) => c.pid!));
      await queue(subset);
      const server0 = await serverTicks(db);
      const t0 = performance.now();
      await drained();
      const secs = (performance.now() - t0) / 1000;
      const cpuAfter = await workerCpu(kids.map((c) => c.pid!));
      const server1 = await serverTicks(db);
      // CPU of the database's server processes during the run (when the server runs here)
      let serverCpu: number | null = null;
      if (server0 && server1) {
        serverCpu = 0;
        for (const [pid, t] of server1) serverCpu += (t - (server0.get(pid) ?? 0)) / 100;
      }
      for (const c of kids) c.kill('SIGTERM');
      await Promise.all(exited);
      const stored = (await r.stats()).articles - storedBefore;
      await r.close();
      await dropSchema(PG, schema);
      const retries = [...report.matchAll(/retried batches (\d+)/g)].reduce((x, m) => x + Number(m[1]), 0);
      // the workers' CPU during the timed run, from /proc (their own report covers their whole life)
      const cpu = cpuBefore != null && cpuAfter != null ? cpuAfter - cpuBefore : [...report.matchAll(/cpu ([\d.]+) s/g)].reduce((x, m) => x + Number(m[1]), 0);
      return { stored, secs, rate: stored / secs, retries, cpu, serverCpu, load: loadavg()[0]! };
    };
    const one = await runWorkers(1);
    const two = await runWorkers(2);
    out.push(`\nPostgreSQL queue, ${subset.length} articles (worker processes started and idle first${PG_WARMUP ? `, each having analysed about ${PG_WARMUP} other articles` : ''}; time to drain the queue):\n\n` +
      table(['workers', 'stored', 'seconds', 'articles/s', 'retried batches', 'worker CPU s', 'CPU ms / article', 'server CPU ms / article', 'load avg (1 min) after'],
        [one, two].map((x, i) => [i + 1, x.stored, x.secs.toFixed(1), x.rate.toFixed(1), x.retries, x.cpu.toFixed(1), ((1000 * x.cpu) / x.stored).toFixed(1),
          x.serverCpu == null ? '–' : ((1000 * x.serverCpu) / x.stored).toFixed(1), x.load.toFixed(1)])) +
      `\n\nSpeed-up with 2 workers: **${(two.rate / one.rate).toFixed(2)}x** (the CPU cost per article is the same when ` +
      `the work parallelises; the speed-up is then limited by the cores the other processes on the machine leave free).`);
  }

  // 6. PostgreSQL write path alone: already analysed articles stored as a worker does
  // (4 per transaction) on one connection; client and server CPU per article
  if (PARTS.has('pgstore') && PG) {
    const { analyzeArticle } = await import('../src/ingest/analyze-job.ts');
    const rows = articles.slice(0, PG_STORE_ARTICLES).map((a) => analyzeArticle(a).rows);
    const res: string[][] = [];
    for (let round = 1; round <= 3; round++) {
      const schema = `marsad_bench_${process.pid}_store`;
      await dropSchema(PG, schema);
      const r = await openPostgres(PG, { schema, max: 1 });
      const db = (r as unknown as { db: Db }).db;
      const pid = Number((await db.get<{ p: unknown }>('SELECT pg_backend_pid() AS p'))!.p);
      const s0 = (await procTicks(pid)) ?? NaN;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < rows.length; i += 4) {
        await db.tx(async (d) => { for (const x of rows.slice(i, i + 4)) await r.putRowsIn(d, x); });
      }
      const wall = performance.now() - t0;
      const c = process.cpuUsage(c0);
      const s1 = (await procTicks(pid)) ?? NaN;
      await r.close();
      await dropSchema(PG, schema);
      res.push([String(round), (wall / rows.length).toFixed(2), ((c.user + c.system) / 1000 / rows.length).toFixed(2),
        Number.isNaN(s1 - s0) ? '–' : (((s1 - s0) * 10) / rows.length).toFixed(2), loadavg()[0]!.toFixed(1)]);
    }
    out.push(`\nPostgreSQL write path alone (${rows.length} analysed articles, 4 per transaction, one connection):\n\n` +
      table(['round', 'wall ms / article', 'client CPU ms / article', 'server CPU ms / article', 'load avg (1 min)'], res));
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(out.join('\n'));

/** CPU ticks (1/100 s, user + system) of a process on this machine, or null. */
/** CPU seconds (user + system) of these processes so far, from /proc; null if one cannot be read. */
async function workerCpu(pids: number[]): Promise<number | null> {
  let sum = 0;
  for (const pid of pids) {
    const t = await procTicks(pid);
    if (t == null) return null;
    sum += t / 100;
  }
  return sum;
}

async function procTicks(pid: number): Promise<number | null> {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parts = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return Number(parts[11]) + Number(parts[12]);
  } catch {
    return null;
  }
}

/**
 * CPU ticks (1/100 s, user + system) of every server process connected to the database,
 * read from /proc: only when the server runs on this machine (else null).
 */
async function serverTicks(db: Db): Promise<Map<number, number> | null> {
  const pids = await db.all<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  const out = new Map<number, number>();
  for (const { pid } of pids) {
    const t = await procTicks(pid); // null: not on this machine, or the process has just ended
    if (t != null) out.set(pid, t);
  }
  return out.size ? out : null;
}
