/**
 * API latency on loopback: search and article fetch, measured with autocannon for a
 * bounded time, over a store with the ANT corpus loaded (analysed with the default
 * pipeline; loaded once into a reusable SQLite file), else over the example articles.
 * Prints p50/p95/p99 per route (computed from every response time) and requests/s.
 *
 * Usage: node --import tsx bench/api.ts [--db FILE] [--seconds 10] [--connections 1,8] [--limit N]
 *   --db        SQLite store to use / fill (default: marsad-bench-api.db in the OS temp folder)
 *   --connections  concurrent connections, one run per value (default: 1 then 8)
 *   --limit     load at most N ANT articles (default: all)
 */
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { buildApp } from '../src/api/app.ts';
import { sharedAvailable, sharedPath } from '../src/core/paths.ts';
import { openRepository } from '../src/store/index.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { loadExamples } from '../src/cli/commands/serve.ts';
import { percentile, table } from './util.ts';

/** The part of autocannon used here (it ships no types). */
interface Instance extends PromiseLike<{ requests: { average: number } }> {
  on(ev: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (o: Record<string, unknown>) => Instance;

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

const dbFile = arg('db', join(tmpdir(), 'marsad-bench-api.db'));
const seconds = Number(arg('seconds', '10'));
const connectionSets = arg('connections', '1,8').split(',').map(Number).filter((n) => n > 0);
const limit = Number(arg('limit', '0')) || undefined;

const store = await openRepository(dbFile);
let corpus = 'examples';
if ((await store.stats()).articles < 100 && sharedAvailable('data', 'ant-corpus-multisource')) {
  process.stderr.write(`loading the ANT corpus into ${dbFile} (once; analysis of every article)...\n`);
  const t0 = performance.now();
  const s = await ingest([sharedPath('data', 'ant-corpus-multisource')], { repo: store, workers: 1, limit });
  process.stderr.write(`stored ${s.stored} articles in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}
if ((await store.stats()).articles === 0) await loadExamples(store);
const stats = await store.stats();
if (stats.articles >= 100) corpus = 'ANT corpus';

// query words and article ids to rotate through
const ids = (await store.search({ limit: 1000, facets: false })).hits.map((h) => h.id);
const QUERIES = ['ترامب', 'السعودية', 'الحرب في سوريا', 'النفط', 'كأس العالم', 'الاقتصاد', 'إيران', 'مصر', 'الأمم المتحدة', 'روسيا', '"البيت الأبيض"', 'الانتخابات'];

const app = await buildApp({ store, token: null });
const base = await app.listen({ port: 0, host: '127.0.0.1' });

async function measure(name: string, paths: string[], connections: number): Promise<(string | number)[]> {
  const times: number[] = [];
  let i = 0;
  let errors = 0;
  const inst = autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, method: 'GET', path: paths[i++ % paths.length] }) }],
  });
  inst.on('response', (_c, status, _b, ms) => {
    if (status !== 200) errors++;
    times.push(ms);
  });
  const r = await inst;
  return [name, connections, times.length, (r.requests.average ?? 0).toFixed(0), percentile(times, 50).toFixed(1), percentile(times, 95).toFixed(1), percentile(times, 99).toFixed(1), errors];
}

const routes: [string, string[]][] = [
  ['search: words, one row per story, no facets', QUERIES.map((q) => `/api/articles?q=${encodeURIComponent(q)}&facets=false`)],
  ['search: words, one row per story, facets', QUERIES.map((q) => `/api/articles?q=${encodeURIComponent(q)}`)],
  ['search: filters only (source, month)', ['/api/articles?source=BBC&from=2018-03&to=2018-03', '/api/articles?from=2018-06-01&to=2018-06-30']],
  ['article fetch (Doc JSON, all layers)', ids.slice(0, 500).map((id) => `/api/articles/${encodeURIComponent(id)}`)],
  ['article fetch as the dashboard does (omit tokens, words)', ids.slice(0, 500).map((id) => `/api/articles/${encodeURIComponent(id)}?omit=tokens,words`)],
];
const rows: (string | number)[][] = [];
for (const c of connectionSets) for (const [name, paths] of routes) rows.push(await measure(name, paths, c));
const load = loadavg().map((x) => x.toFixed(1)).join(' ');
console.log(`\nAPI latency on loopback over ${stats.articles} articles (${corpus}), ${seconds} s per route and concurrency, Node ${process.version}, ${cpus().length} cores, load average ${load}\n`);
console.log(table(['route', 'connections', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'non-200'], rows));
await app.close();
await store.close();
