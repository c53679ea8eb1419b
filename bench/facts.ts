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
 * With `--sample [seed] --all-quotes`, the quotes are every quote the stage finds before the
 * confidence filter (`minConfidence: 'low'`), each speaker with `confidence` and `how` (the
 * rule that found it), and the counts per confidence are printed: for choosing the policy on a
 * development seed and for counting what the filter costs.
 *
 * Usage: node --import tsx bench/facts.ts [runs=5] [articles=500]
 *        node --import tsx bench/facts.ts --chrono
 *        node --import tsx bench/facts.ts --sample [seed] [--all-quotes]
 */
import { listAntFiles, readAnt, seededSample } from '../src/corpus/ant.ts';
import { buildPipeline } from '../src/core/pipeline.ts';
import { BASE_STAGES, DEFAULT_STAGES } from '../src/stages/index.ts';
import { datesStage } from '../src/stages/dates.ts';
import { quantitiesStage } from '../src/stages/quantities.ts';
import { quotesStage } from '../src/stages/quotes.ts';
import { findDates } from '../src/facts/dates.ts';
import { findQuotes, type Quote } from '../src/facts/quotes.ts';
import type { Entity, Sentence, Token } from '../src/core/doc.ts';
import { tokenize } from '../src/ar/tokenize.ts';
import { DATE_CASES } from '../test/facts/date-cases.ts';
import { antBench, median, table } from './util.ts';

if (process.argv.includes('--chrono')) {
  await chronoComparison();
  process.exit(0);
}
if (process.argv.includes('--sample')) {
  const k = process.argv.indexOf('--sample');
  handCheckSample(Number(process.argv[k + 1] ?? 2024) || 2024);
  process.exit(0);
}

const { runs, arts } = antBench('facts', 7);
const FACTS = new Set([datesStage.name, quantitiesStage.name, quotesStage.name]);
const restStages = DEFAULT_STAGES.filter((s) => !FACTS.has(s.name));
const factStages = DEFAULT_STAGES.filter((s) => FACTS.has(s.name));
const base = buildPipeline(BASE_STAGES);
const rest = buildPipeline(restStages);
const time = (fn: () => void) => {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
const inputs = arts.map((a) => ({ text: a.title + '\n' + a.text, meta: { published: a.published } }));
// Docs the three stages start from: the rest of the default pipeline (entities included), and the foundation.
const restDocs = inputs.map((x) => rest(x.text, x.meta));
const baseDocs = inputs.map((x) => base(x.text, x.meta));
const runFacts = (docs: typeof restDocs) => {
  for (const d of docs) {
    let x = d;
    for (const st of factStages) x = st.run(x);
  }
};
runFacts(restDocs.slice(0, 20)); // warm up
const tRest: number[] = [];
const tBase: number[] = [];
const tFactsRest: number[] = [];
const tFactsBase: number[] = [];
const perStage: Record<string, number[]> = Object.fromEntries(factStages.map((s) => [s.name, []]));
for (let r = 0; r < runs; r++) {
  tBase.push(time(() => { for (const x of inputs) base(x.text, x.meta); }));
  tRest.push(time(() => { for (const x of inputs) rest(x.text, x.meta); }));
  tFactsBase.push(time(() => runFacts(baseDocs)));
  tFactsRest.push(time(() => runFacts(restDocs)));
  // each stage alone, over docs that already hold the layers before it
  let docs = restDocs;
  for (const st of factStages) {
    const t = time(() => { docs = docs.map((d) => st.run(d)); });
    perStage[st.name]!.push(t);
  }
}
const ms = (xs: number[]) => ((median(xs) / arts.length) * 1000).toFixed(2);
const rows = [
  ['foundation (tokens, words, sentences)', ms(tBase)],
  ['default pipeline without the three', ms(tRest)],
  ['dates + quantities + quotes, after the foundation', ms(tFactsBase)],
  ['dates + quantities + quotes, after the rest (entities present)', ms(tFactsRest)],
  ...factStages.map((st) => [`  ${st.name} alone`, ms(perStage[st.name]!)]),
];
console.log(`\n### Facts stages (${arts.length} ANT articles, seed 7, median of ${runs} runs, one core)\n`);
console.log(table(['what runs', 'ms/article'], rows));
const share = median(tFactsRest) / median(tRest);
console.log(`\nadded by dates + quantities + quotes: ${(100 * share).toFixed(1)}% of the rest of the default pipeline; ${(100 * median(tFactsBase) / median(tBase)).toFixed(0)}% of the foundation alone`);

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
  const allQuotes = process.argv.includes('--all-quotes');
  const perConf: Record<string, number> = {};
  let kept = 0;
  for (const a of arts) {
    const text = a.title + '\n' + a.text;
    let d = pipe(text, { published: a.published });
    const sents = d.layers.sentences ?? [];
    kept += (d.layers.quotes ?? []).length;
    if (allQuotes) {
      // every quote before the confidence filter, in body sentences only (as the stage does)
      const sentences = sents as Sentence[];
      const all = findQuotes({ text, tokens: d.layers.tokens as Token[], sentences, entities: d.layers.entities as Entity[] | undefined, minConfidence: 'low', debug: true })
        .filter((q) => {
          const s = sentences.find((x) => q.start >= x.start && q.start < x.end);
          return !s || s.kind === 'body';
        });
      for (const q of all) {
        const c = q.speaker ? `${q.speaker.confidence} ${q.speaker.how?.replace(/:.*/, '')}` : 'no speaker';
        perConf[c] = (perConf[c] ?? 0) + 1;
      }
      d = { ...d, layers: { ...d.layers, quotes: all as Quote[] } };
    }
    for (const k of Object.keys(by)) {
      for (const f of (d.layers[k] ?? []) as ({ start: number; end: number } & Record<string, unknown>)[]) {
        const s = sents.find((x) => f.start >= x.start && f.start < x.end);
        const { tokenStart, tokenEnd, ...rest } = f;
        void tokenStart, tokenEnd;
        by[k]!.push({ doc: a.docno, pub: a.published ?? '-', fact: rest, ctx: s ? text.slice(s.start, s.end) : '' });
      }
    }
  }
  console.log(`\nquotes kept by the stage: ${kept} in 100 articles`);
  if (allQuotes) {
    console.log('quotes before the confidence filter, by speaker confidence and rule:');
    for (const [c, k] of Object.entries(perConf).sort()) console.log(`  ${c}: ${k}`);
  }
  for (const [k, rows] of Object.entries(by)) {
    const pick = seededSample(rows, 60, 5);
    console.log(`\n## ${k}: ${rows.length} found in 100 articles (seed ${seed}); ${pick.length} picked\n`);
    pick.forEach((r, i) => console.log(`${k[0]}${i + 1}. [${r.doc} ${r.pub}] ${JSON.stringify(r.fact)}\n    ${r.ctx.replace(/\s+/g, ' ')}\n`));
  }
}
