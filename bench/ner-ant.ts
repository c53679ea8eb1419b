/**
 * NER tagging speed on news and its working set: the sentences of the first N of a seeded
 * sample of 500 ANT articles (tokens, words and sentences stages run first; each article one
 * document, as in the `ner` stage), tagged over and over (about 500 articles' worth per run),
 * for N = 25, 75 and 500; tokens per second, median of 5 runs after a warm-up run.
 * 75 articles are about as many tokens as `bench/ner.ts` (ANERcorp test); 500 are the
 * whole-pipeline benchmark's sample, whose word forms' cached score vectors and weight rows
 * no longer fit in the processor's caches.
 * Usage: node --import tsx bench/ner-ant.ts
 */
import { createDoc, layer, type Doc, type Sentence, type Token } from '../src/core/doc.ts';
import { DEFAULT_STAGES } from '../src/stages/index.ts';
import { defaultTagger, type Confidence } from '../src/ner/tagger.ts';
import { antBench, median, table } from './util.ts';

process.argv.splice(2, process.argv.length, '5', '500');
const { arts } = antBench('ner-ant', 11);
const tagger = defaultTagger();
const sentsOf = (d: Doc): string[][] => {
  const toks = layer<Token>(d, 'tokens');
  return layer<Sentence>(d, 'sentences').map((s) => toks.slice(s.tokenStart, s.tokenEnd).map((t) => d.text.slice(t.start, t.end)));
};
const docs = arts.map((a) => {
  let d: Doc = createDoc(a.title + '\n' + a.text, { published: a.published });
  for (const s of DEFAULT_STAGES.slice(0, 3)) d = s.run(d);
  return sentsOf(d);
});
const rows: (string | number)[][] = [];
for (const n of [25, 75, 500]) {
  const part = docs.slice(0, n);
  let tokens = 0;
  const forms = new Set<string>();
  for (const doc of part) for (const s of doc) for (const t of s) tokens++, forms.add(t);
  const reps = Math.ceil(500 / n);
  const rate = (fn: (doc: string[][]) => void): number => {
    const rs: number[] = [];
    for (let r = 0; r <= 5; r++) {
      const t = performance.now();
      for (let k = 0; k < reps; k++) for (const doc of part) fn(doc);
      if (r) rs.push((tokens * reps) / ((performance.now() - t) / 1000));
    }
    return median(rs);
  };
  const full = (conf: Confidence) => (doc: string[][]) => tagger.tagDocument(doc, { window: 0, confidence: conf });
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
  rows.push([n, tokens, forms.size, fmt(rate((doc) => doc.forEach((s) => tagger.firstPass(s)))), fmt(rate(full(false))), fmt(rate(full('entities')))]);
}
console.log(table(['articles', 'tokens', 'word forms', 'first pass, tokens/s', 'full', 'full + confidences (as the ner stage)'], rows));
