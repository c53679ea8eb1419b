/**
 * Facts benchmark: time the `dates`, `quantities` and `quotes` stages add, over a seeded
 * sample of ANT articles, against (a) the foundation stages and (b) the default pipeline
 * without them. Median of RUNS runs, one core; prints a markdown table.
 *
 * With `--chrono`, instead runs the date test cases (`test/facts/date-cases.ts`) through
 * chrono-node's Arabic parser and through Marsad's `dates`, and prints how many each gets right.
 *
 * With `--sample [seed]`, prints the facts found in a seeded sample of 100 ANT articles
 * (default seed 2024), 60 of each kind picked at random (seed 5) with their sentence, for
 * checking by hand (docs/facts.md: seed 2024 was used to find errors, seed 99 to report).
 *
 * Usage: node --import tsx bench/facts.ts [runs=5] [articles=500]
 *        node --import tsx bench/facts.ts --chrono
 *        node --import tsx bench/facts.ts --sample [seed]
 */
import { listAntFiles, readAnt, seededSample } from '../src/corpus/ant.ts';
import { buildPipeline } from '../src/core/pipeline.ts';
import { BASE_STAGES, DEFAULT_STAGES } from '../src/stages/index.ts';
import { datesStage } from '../src/stages/dates.ts';
import { quantitiesStage } from '../src/stages/quantities.ts';
import { quotesStage } from '../src/stages/quotes.ts';
import { findDates } from '../src/facts/dates.ts';
import { tokenize } from '../src/ar/tokenize.ts';
import { DATE_CASES } from '../test/facts/date-cases.ts';
import { median, table } from './util.ts';

if (process.argv.includes('--chrono')) {
  await chronoComparison();
  process.exit(0);
}
if (process.argv.includes('--sample')) {
  const k = process.argv.indexOf('--sample');
  handCheckSample(Number(process.argv[k + 1] ?? 2024) || 2024);
  process.exit(0);
}

const runs = Number(process.argv[2] ?? 5);
const size = Number(process.argv[3] ?? 500);
const files = listAntFiles();
if (!files.length) {
  console.log('facts bench: ../shared/data/ant-corpus-multisource absent, skipped');
  process.exit(0);
}
const arts = seededSample(files, size, 7).map(readAnt);
const FACTS = new Set([datesStage.name, quantitiesStage.name, quotesStage.name]);
const pipes: [string, ReturnType<typeof buildPipeline>][] = [
  ['foundation (tokens, words, sentences)', buildPipeline(BASE_STAGES)],
  ['foundation + dates + quantities + quotes', buildPipeline([...BASE_STAGES, datesStage, quantitiesStage, quotesStage])],
  ['default pipeline without the three', buildPipeline(DEFAULT_STAGES.filter((s) => !FACTS.has(s.name)))],
  ['default pipeline', buildPipeline(DEFAULT_STAGES)],
];
const time = (fn: () => void) => {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
for (const [, p] of pipes) for (const a of arts.slice(0, 20)) p(a.title + '\n' + a.text, { published: a.published }); // warm up
const secs: number[][] = pipes.map(() => []);
for (let r = 0; r < runs; r++) {
  pipes.forEach(([, p], i) => secs[i]!.push(time(() => { for (const a of arts) p(a.title + '\n' + a.text, { published: a.published }); })));
}
const med = secs.map(median);
const rows = pipes.map(([name], i) => [name, med[i]!.toFixed(3), ((med[i]! / arts.length) * 1000).toFixed(2)]);
console.log(`\n### Facts stages (${arts.length} ANT articles, seed 7, median of ${runs} runs, one core)\n`);
console.log(table(['pipeline', 'seconds', 'ms/article'], rows));
const addBase = (med[1]! - med[0]!) / med[0]!;
const addFull = (med[3]! - med[2]!) / med[2]!;
console.log(`\nadded by dates + quantities + quotes: ${(100 * addBase).toFixed(1)}% over the foundation, ${(100 * addFull).toFixed(1)}% over the rest of the default pipeline`);

async function chronoComparison(): Promise<void> {
  const chrono = await import('chrono-node/ar');
  let oursOk = 0;
  let chronoOk = 0;
  let chronoRes = 0;
  const rows: string[][] = [];
  for (const c of DATE_CASES) {
    if (c.published === null) continue; // chrono always needs a reference date
    const pub = c.published ?? '2024-08-09';
    const ref = new Date(pub + 'T12:00:00Z');
    const want = JSON.stringify(c.want.map(([m, r]) => [m, r]));
    const ours = JSON.stringify(findDates(c.text, tokenize(c.text), pub).map((d) => [d.text, d.resolved]));
    const results = chrono.parse(c.text, ref);
    const got = results.map((r) => {
      const k = r.start;
      const y = k.get('year');
      const m = k.get('month');
      const d = k.get('day');
      const gran = k.isCertain('day') || k.isCertain('weekday') ? 'day' : k.isCertain('month') ? 'month' : 'year';
      const res = gran === 'day' ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : gran === 'month' ? `${y}-${String(m).padStart(2, '0')}` : `${y}`;
      return [r.text, res];
    });
    const chronoStr = JSON.stringify(got);
    if (ours === want) oursOk++;
    if (chronoStr === want) chronoOk++;
    if (JSON.stringify(got.map((g) => g[1])) === JSON.stringify(c.want.map((w) => w[1]))) chronoRes++;
    else rows.push([c.text, want, chronoStr]);
  }
  const total = DATE_CASES.filter((c) => c.published !== null).length;
  console.log(`\n### Date cases: chrono-node (ar) vs Marsad dates (${total} cases)\n`);
  console.log(table(['parser', 'cases exactly right (span + resolution)', 'resolutions right (span ignored)'], [
    ['chrono-node 2.10 `chrono-node/ar`', `${chronoOk}/${total}`, `${chronoRes}/${total}`],
    ['Marsad `dates`', `${oursOk}/${total}`, `${oursOk}/${total}`],
  ]));
  console.log('\nchrono-node misses:\n');
  for (const r of rows) console.log(`- ${r[0]}\n  want ${r[1]}\n  got  ${r[2]}`);
}

function handCheckSample(seed: number): void {
  const files = listAntFiles();
  if (!files.length) return console.log('ANT corpus absent');
  const arts = seededSample(files, 100, seed).map(readAnt);
  const pipe = buildPipeline(DEFAULT_STAGES);
  type Row = { doc: string; pub: string; fact: Record<string, unknown>; ctx: string };
  const by: Record<string, Row[]> = { quantities: [], dates: [], quotes: [] };
  for (const a of arts) {
    const text = a.title + '\n' + a.text;
    const d = pipe(text, { published: a.published });
    const sents = d.layers.sentences ?? [];
    for (const k of Object.keys(by)) {
      for (const f of (d.layers[k] ?? []) as ({ start: number; end: number } & Record<string, unknown>)[]) {
        const s = sents.find((x) => f.start >= x.start && f.start < x.end);
        const { tokenStart, tokenEnd, ...rest } = f;
        void tokenStart, tokenEnd;
        by[k]!.push({ doc: a.docno, pub: a.published ?? '-', fact: rest, ctx: s ? text.slice(s.start, s.end) : '' });
      }
    }
  }
  for (const [k, rows] of Object.entries(by)) {
    const pick = seededSample(rows, 60, 5);
    console.log(`\n## ${k}: ${rows.length} found in 100 articles (seed ${seed}); ${pick.length} picked\n`);
    pick.forEach((r, i) => console.log(`${k[0]}${i + 1}. [${r.doc} ${r.pub}] ${JSON.stringify(r.fact)}\n    ${r.ctx.replace(/\s+/g, ' ')}\n`));
  }
}
