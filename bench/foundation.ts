/**
 * Foundation benchmark: tokenisation + normalisation + clitic segmentation + sentence
 * splitting (the `tokens`, `words`, `sentences` stages) over every ANT article, on one core.
 * Prints tokens/s and MB/s (UTF-8 input bytes), median of RUNS runs, and checks that every
 * span of every article round-trips.
 * Usage: node --import tsx bench/foundation.ts [runs=5]
 */
import { listAntFiles, readAnt } from '../src/corpus/ant.ts';
import { buildPipeline } from '../src/core/pipeline.ts';
import { BASE_STAGES } from '../src/stages/index.ts';
import { tokenize } from '../src/ar/tokenize.ts';
import { median, table } from './util.ts';

const runs = Number(process.argv[2] ?? 5);
const files = listAntFiles();
if (!files.length) {
  console.log('foundation bench: ../shared/data/ant-corpus-multisource absent, skipped');
  process.exit(0);
}
const texts = files.map((f) => {
  const a = readAnt(f);
  return a.title + '\n' + a.text;
});
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
const pipe = buildPipeline(BASE_STAGES);

// round-trip check over all articles
let bad = 0;
let tokenCount = 0;
for (const t of texts) {
  const d = pipe(t);
  for (const layerName of ['tokens', 'words', 'sentences'] as const) {
    for (const s of d.layers[layerName]!) if (s.start < 0 || s.end > t.length || s.start >= s.end) bad++;
  }
  tokenCount += d.layers.tokens!.length;
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
pipe(texts[0]!); // warm up
const tokOnly: number[] = [];
const full: number[] = [];
for (let r = 0; r < runs; r++) {
  tokOnly.push(time(() => { for (const t of texts) tokenize(t); }));
  full.push(time(() => { for (const t of texts) pipe(t); }));
}
const mb = bytes / 1e6;
const rows = [
  ['tokenize + normalise', fmt(tokenCount / median(tokOnly)), (mb / median(tokOnly)).toFixed(1), median(tokOnly).toFixed(2)],
  ['tokens + words (clitics) + sentences', fmt(tokenCount / median(full)), (mb / median(full)).toFixed(1), median(full).toFixed(2)],
];
console.log(`\n### Foundation (${files.length} ANT articles, ${mb.toFixed(1)} MB UTF-8, ${fmt(tokenCount)} tokens, median of ${runs} runs, one core)\n`);
console.log(table(['stage set', 'tokens/s', 'MB/s', 'seconds'], rows));
console.log(`\nspan round-trip failures over all articles: ${bad}`);
if (bad) process.exitCode = 1;

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
