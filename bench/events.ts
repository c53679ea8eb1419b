/**
 * Topics, events and gist benchmark: the time the `topics`, `events` and `gist` stages add to the
 * default pipeline, over a seeded sample of ANT articles. Median of RUNS runs, one core; prints a
 * markdown table (MB/s = UTF-8 megabytes of article text per second).
 *
 * Usage: node --import tsx bench/events.ts [runs=5] [articles=500]
 *        node --import tsx bench/events.ts --show 08,09,12 [--seed 61] [--articles 30]   (events to read by hand)
 *        node --import tsx bench/events.ts --compare DIR [--runs 31]   (this event coder against another checkout's)
 */
import { buildPipeline } from '../src/core/pipeline.ts';
import { DEFAULT_STAGES } from '../src/stages/index.ts';
import { extractEvents, type EventSpan } from '../src/events/extract.ts';
import { listAntFiles, readAnt, seededSample } from '../src/corpus/ant.ts';
import { join, resolve } from 'node:path';
import { antBench, median, table } from './util.ts';

if (process.argv.includes('--show')) {
  showEvents();
  process.exit(0);
}
if (process.argv.includes('--compare')) {
  await compareCoders();
  process.exit(0);
}

/**
 * `--compare DIR [--runs R]`: CPU time of the event coder of this tree against the one in DIR (another
 * checkout of the repository, e.g. `git archive <commit> | tar -x -C DIR`), on the same Docs (500 ANT
 * articles, seed 11, analysed up to the events stage), in one process, the two interleaved and
 * alternating which goes first; prints the median CPU time per article and the ratio.
 */
async function compareCoders(): Promise<void> {
  const i = process.argv.indexOf('--compare');
  const dir = process.argv[i + 1];
  const r = process.argv.indexOf('--runs');
  const R = r >= 0 ? Number(process.argv[r + 1]) : 31;
  if (!dir) return void console.log('--compare needs the folder of another checkout');
  const files = listAntFiles();
  if (!files.length) return void console.log('events bench: ANT corpus absent, skipped');
  const other = (await import(join(resolve(dir), 'src', 'events', 'extract.ts'))) as { extractEvents: typeof extractEvents };
  const up = buildPipeline(DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((s) => s.name === 'events')));
  const docs = seededSample(files, 500, 11).map(readAnt).map((a) => up(a.title + '\n' + a.text, { published: a.published }));
  const run = (f: typeof extractEvents) => cpu(() => { for (let k = 0; k < 3; k++) for (const d of docs) f(d); }) / 3;
  for (let k = 0; k < 5; k++) run(other.extractEvents), run(extractEvents);
  const a: number[] = [];
  const b: number[] = [];
  for (let k = 0; k < R; k++) {
    if (k % 2) a.push(run(other.extractEvents)), b.push(run(extractEvents));
    else b.push(run(extractEvents)), a.push(run(other.extractEvents));
  }
  const n = (f: typeof extractEvents) => docs.reduce((x, d) => x + f(d).length, 0);
  const ms = (x: number[]) => ((median(x) * 1000) / docs.length).toFixed(3);
  console.log(`event coder, 500 ANT articles (seed 11), median of ${R} interleaved runs, CPU ms per article:`);
  console.log(`  ${dir}: ${ms(a)} (${n(other.extractEvents)} events)`);
  console.log(`  this tree: ${ms(b)} (${n(extractEvents)} events)`);
  const ratios = a.map((x, k) => b[k]! / x).sort((x, y) => x - y);
  console.log(`  ratio this/other: ${(median(b) / median(a)).toFixed(3)} (per-pair ratios: median ${median(ratios).toFixed(3)}, middle half ${ratios[Math.floor(R / 4)]!.toFixed(3)}–${ratios[Math.floor((3 * R) / 4)]!.toFixed(3)})`);
}

/**
 * `--show ROOTS [--seed S] [--articles N]`: prints, for a seeded sample of ANT articles, every event
 * whose CAMEO root is in ROOTS (comma-separated, e.g. 08,09,12,15,16,20), with its evidence sentence,
 * for reading by hand; and the violent events (18x, 19x, 20x) the accident rule removes.
 */
function showEvents(): void {
  const arg = (name: string, def: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] ?? def : def;
  };
  const roots = arg('--show', '08,09,12,15,16,20').split(',');
  const seed = Number(arg('--seed', '61'));
  const n = Number(arg('--articles', '30'));
  const files = listAntFiles();
  if (!files.length) return void console.log('events bench: ANT corpus absent, skipped');
  const pipe = buildPipeline(DEFAULT_STAGES.filter((s) => s.name !== 'gist' && s.name !== 'topics'));
  const line = (e: EventSpan, text: string) =>
    `${e.code} ${e.name} | ${e.trigger.text} | source: ${e.source?.label ?? '-'} | target: ${e.target?.label ?? '-'} | participants: ${e.participants.map((p) => p.label).join(', ') || '-'} | conf ${e.confidence}\n    ${text.slice(e.evidence.start, e.evidence.end).replace(/\s+/g, ' ').slice(0, 400)}`;
  let shown = 0;
  let removed = 0;
  seededSample(files, n, seed).forEach((f, i) => {
    const a = readAnt(f);
    const d = pipe(a.title + '\n' + a.text, { published: a.published });
    const evs = (d.layers.events ?? []) as EventSpan[];
    const key = (e: EventSpan) => `${e.code}|${e.start}`;
    const kept = new Set(evs.map(key));
    const accidents = extractEvents(d, { keepAccidents: true }).filter((e) => /^(18|19|20)/.test(e.code) && !kept.has(key(e)));
    const mine = evs.filter((e) => roots.some((r) => e.code.startsWith(r)));
    if (!mine.length && !accidents.length) return;
    console.log(`\n## [${i + 1}] ${f.split('/').slice(-2).join('/')}`);
    for (const e of mine) console.log(`- ${line(e, d.text)}`), shown++;
    for (const e of accidents) console.log(`- removed as an accident: ${line(e, d.text)}`), removed++;
  });
  console.log(`\n${n} articles (seed ${seed}): ${shown} events of roots ${roots.join(',')}; ${removed} violent events removed as accidents`);
}

const { runs, arts } = antBench('events', 11);
const texts = arts.map((a) => ({ text: a.title + '\n' + a.text, published: a.published }));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text, 'utf8'), 0);
const OURS = ['topics', 'events', 'gist'];
const without = (names: string[]) => DEFAULT_STAGES.filter((s) => !names.includes(s.name));
const pipes: [string, ReturnType<typeof buildPipeline>][] = [
  ['default pipeline without topics, events, gist', buildPipeline(without(OURS))],
  ['+ topics', buildPipeline(without(['events', 'gist']))],
  ['+ topics + events', buildPipeline(without(['gist']))],
  ['default pipeline (+ topics + events + gist)', buildPipeline(DEFAULT_STAGES)],
];
/** Process CPU time (user + system) in seconds: less sensitive than wall time to other work on a shared machine. */
function cpu(fn: () => void): number {
  const a = process.cpuUsage();
  fn();
  const b = process.cpuUsage(a);
  return (b.user + b.system) / 1e6;
}
const time = (fn: () => void) => {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
for (const [, p] of pipes) for (const t of texts.slice(0, 20)) p(t.text, { published: t.published }); // warm up
const secs: number[][] = pipes.map(() => []);
for (let r = 0; r < runs; r++) {
  pipes.forEach(([, p], i) => secs[i]!.push(time(() => { for (const t of texts) p(t.text, { published: t.published }); })));
}
const base = median(secs[0]!);
let events = 0;
let topics = 0;
const full = pipes[3]![1];
for (const t of texts) {
  const d = full(t.text, { published: t.published });
  events += (d.layers.events ?? []).length;
  topics += (d.layers.topics ?? []).length;
}
console.log(`${arts.length} ANT articles (seed 11), ${(bytes / 1e6).toFixed(2)} MB UTF-8, median of ${runs} runs, one core\n`);
console.log(
  table(
    ['pipeline', 'seconds', 'MB/s', 'added ms per article'],
    pipes.map(([name], i) => {
      const s = median(secs[i]!);
      return [name, s.toFixed(2), (bytes / 1e6 / s).toFixed(2), i ? (((s - base) * 1000) / arts.length).toFixed(2) : '–'];
    }),
  ),
);
console.log(`\nper article: ${(events / arts.length).toFixed(2)} events, ${(topics / arts.length).toFixed(2)} topics`);

// Each stage alone, on Docs already analysed by the stages before it (less noisy than differences).
const upTo = (name: string) => buildPipeline(DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((s) => s.name === name)));
const rows: (string | number)[][] = [];
for (const name of OURS) {
  const stage = DEFAULT_STAGES.find((s) => s.name === name);
  if (!stage) continue;
  const docs = texts.map((t) => upTo(name)(t.text, { published: t.published }));
  for (const d of docs.slice(0, 20)) stage.run(d);
  const ts: number[] = [];
  const cs: number[] = [];
  for (let r = 0; r < runs; r++) {
    ts.push(time(() => { for (const d of docs) stage.run(d); }));
    cs.push(cpu(() => { for (const d of docs) stage.run(d); }));
  }
  const s = median(ts);
  rows.push([name, (s * 1000).toFixed(1), ((s * 1000) / docs.length).toFixed(3), ((median(cs) * 1000) / docs.length).toFixed(3), (bytes / 1e6 / s).toFixed(1)]);
}
// Reference in the same conditions: the foundation stages (tokens, words, sentences) on the same texts.
{
  const base = buildPipeline(DEFAULT_STAGES.slice(0, 3));
  const ts: number[] = [];
  const cs: number[] = [];
  for (let r = 0; r < runs; r++) {
    ts.push(time(() => { for (const t of texts) base(t.text); }));
    cs.push(cpu(() => { for (const t of texts) base(t.text); }));
  }
  const s = median(ts);
  rows.push(['(reference: tokens + words + sentences)', (s * 1000).toFixed(1), ((s * 1000) / texts.length).toFixed(3), ((median(cs) * 1000) / texts.length).toFixed(3), (bytes / 1e6 / s).toFixed(1)]);
}
console.log('\nEach stage alone (on Docs analysed up to it; wall time, and the process CPU time of separate runs):\n');
console.log(table(['stage', 'ms total', 'ms per article', 'CPU ms per article', 'MB/s'], rows));
