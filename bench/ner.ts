/**
 * NER tagging speed on one core, model in memory: tokens per second over the ANERcorp
 * test tokens (gold tags ignored), median of 7 runs after one warm-up run, for the first
 * pass alone, for the full tagger (first pass + document-level second pass), and for the
 * full tagger with the confidences the `ner` stage asks for (sentences with an entity).
 * Also: model load time and size. Run: node --import tsx bench/ner.ts
 */
import { statSync } from 'node:fs';
import { sharedAvailable, sharedPath } from '../src/core/paths.ts';
import { readConll } from '../src/ner/conll.ts';
import { DEFAULT_MODEL_PATH, Tagger } from '../src/ner/tagger.ts';
import { median, table } from './util.ts';

if (!sharedAvailable('data', 'ner', 'anercorp-camel', 'test.txt')) {
  console.log('bench/ner: shared data absent, skipped');
  process.exit(0);
}
const t0 = performance.now();
const tagger = Tagger.load();
const loadMs = performance.now() - t0;
const sents = readConll(sharedPath('data', 'ner', 'anercorp-camel', 'test.txt')).map((s) => s.tokens);
const tokens = sents.reduce((a, s) => a + s.length, 0);

function run(fn: () => void, runs = 7): { cold: number; median: number } {
  let t = performance.now();
  fn();
  const cold = tokens / ((performance.now() - t) / 1000);
  const rates: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    fn();
    rates.push(tokens / ((performance.now() - t) / 1000));
  }
  return { cold, median: median(rates) };
}

const first = run(() => {
  for (const s of sents) tagger.firstPass(s);
});
const full = run(() => {
  tagger.tagDocument(sents);
});
const withConf = run(() => {
  tagger.tagDocument(sents, { confidence: 'entities' });
});
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
console.log(
  table(
    ['mode', 'tokens', 'tokens/s (median of 7)', 'tokens/s (first run)'],
    [
      ['first pass only', tokens, fmt(first.median), fmt(first.cold)],
      ['full (two passes, document features)', tokens, fmt(full.median), fmt(full.cold)],
      ['full + confidences (as the ner stage)', tokens, fmt(withConf.median), fmt(withConf.cold)],
    ],
  ),
);
console.log(`\nmodel: ${(statSync(DEFAULT_MODEL_PATH()).size / 1e6).toFixed(1)} MB on disk, loaded in ${Math.round(loadMs)} ms; node ${process.version}, one core`);
