/**
 * The store commands end to end, through the CLI's `main` (all command lines in one
 * child process, see cli-runner.ts), on a temp SQLite file.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.ts';

type Run = { code: number; out: string; err: string };
let dir: string;
let runs: Run[] = [];

/** The command lines, run in order by one child process (see cli-runner.ts). */
const COMMANDS: string[][] = [];
const cmd = (...args: string[]): number => COMMANDS.push(args) - 1;

const INGEST = cmd('ingest', '--workers', '0', '@in');
const INGEST_AGAIN = cmd('ingest', '--workers', '0', '--json', '@in');
const SEARCH_JSON = cmd('search', 'للتقرير', '--json', '--source', 'BBC');
const SEARCH_TEXT = cmd('search', 'تقرير', '-n', '2');
const SEARCH_STAR = cmd('search', '*');
const SEARCH_DATE = cmd('search', 'تقرير', '--from', 'last week');
const EXPORT_NINJS = cmd('export', '--format', 'ninjs', '-o', '@x.ninjs.jsonl', '--source', 'CNN');
const EXPORT_CSV = cmd('export', '--format', 'entities-csv', '--limit', '2');
const EXPORT_BAD = cmd('export', '--format', 'xml');
const STORIES = cmd('stories', '--min-size', '1', '--json');
const WORKER = cmd('worker');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
  writeCorpus(join(dir, 'in'), 8);
  writeFileSync(join(dir, 'in', 'broken.jsonl'), '{"text": "نص سليم في سطر أول"}\n{broken\n');
  const out = join(dir, 'runs.json');
  const args = COMMANDS.map((c) => c.map((a) => (a.startsWith('@') ? join(dir, a.slice(1)) : a)));
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./cli-runner.ts', import.meta.url)), out, JSON.stringify(args)], {
    env: { ...process.env, MARSAD_DB: join(dir, 'cli.db') }, encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  runs = JSON.parse(readFileSync(out, 'utf8')) as Run[];
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('ingest prints a summary and reports bad lines; a second run stores nothing', () => {
  const r = runs[INGEST]!;
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^stored 9, updated 0, duplicates 0, failed 1 \(9 articles read/);
  assert.match(r.err, /skipped .*broken\.jsonl:2: invalid JSON on line 2/);
  const again = runs[INGEST_AGAIN]!;
  const j = JSON.parse(again.out);
  assert.deepEqual([j.stored, j.duplicates], [0, 9]);
});

test('search: Arabic-aware hits with snippets, filters, and a clear error for a query without words', () => {
  const r = runs[SEARCH_JSON]!;
  assert.equal(r.code, 0, r.err);
  const res = JSON.parse(r.out);
  assert.equal(res.total, 4);
  assert.ok(res.hits.every((h: { source: string }) => h.source === 'BBC'));
  assert.match(runs[SEARCH_TEXT]!.out, /^8 articles\n\n1\. 2018-03-/);
  const bad = runs[SEARCH_STAR]!;
  assert.equal(bad.code, 1);
  assert.equal(bad.err, 'marsad: error: the query "*" has no words to search for (only letters and digits are searched)\n');
  const date = runs[SEARCH_DATE]!;
  assert.equal(date.code, 1);
  assert.match(date.err, /^marsad: error: --from must be a date/);
});

test('export writes ninjs and entities CSV; stories lists groups', () => {
  const out = join(dir, 'x.ninjs.jsonl');
  const r = runs[EXPORT_NINJS]!;
  assert.equal(r.code, 0, r.err);
  const items = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(items.length, 4);
  assert.ok(items.every((i) => i.uri.startsWith('urn:marsad:article:') && i.bodies[0].value.length > 0));
  const csv = runs[EXPORT_CSV]!;
  assert.equal(csv.out.split('\r\n')[0], 'article_id,published,source,entity_id,type,label,label_en,kind,start,end,text');
  assert.equal(runs[EXPORT_BAD]!.code, 1);
  assert.match(runs[EXPORT_BAD]!.err, /unknown export format "xml"/);
  assert.equal(JSON.parse(runs[STORIES]!.out).length, 9);
  assert.equal(runs[WORKER]!.code, 1);
  assert.match(runs[WORKER]!.err, /PostgreSQL/);
});
