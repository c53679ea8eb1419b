/**
 * Whole-pipeline benchmark: the default analysis (every stage in DEFAULT_STAGES) over a
 * seeded sample of ANT articles on one core; MB/s (UTF-8 input) and the time of each stage,
 * medians of RUNS runs after a warm-up run.
 * Usage: node --import tsx bench/pipeline.ts [runs=5] [articles=500]
 */
import { createDoc, type Doc } from '../src/core/doc.ts';
import { DEFAULT_STAGES } from '../src/stages/index.ts';
import { antBench, median, table } from './util.ts';

const { runs, arts } = antBench('pipeline', 11);
const bytes = arts.reduce((s, a) => s + Buffer.byteLength(a.title + '\n' + a.text), 0);
const perStage = new Map<string, number[]>(DEFAULT_STAGES.map((s) => [s.name, []]));
const totals: number[] = [];
for (let r = 0; r <= runs; r++) {
  const acc = new Map<string, number>(DEFAULT_STAGES.map((s) => [s.name, 0]));
  const t0 = performance.now();
  for (const a of arts) {
    let d: Doc = createDoc(a.title + '\n' + a.text, { published: a.published });
    for (const s of DEFAULT_STAGES) {
      const t = performance.now();
      d = s.run(d);
      acc.set(s.name, acc.get(s.name)! + performance.now() - t);
    }
  }
  if (r === 0) continue; // warm-up: model loading, JIT
  totals.push((performance.now() - t0) / 1000);
  for (const [k, v] of acc) perStage.get(k)!.push(v);
}
const total = median(totals);
console.log(`\n### Whole pipeline (${arts.length} ANT articles, ${(bytes / 1e6).toFixed(2)} MB UTF-8, median of ${runs} runs, one core)\n`);
console.log(`**${(bytes / 1e6 / total).toFixed(2)} MB/s**, ${(total * 1000 / arts.length).toFixed(1)} ms per article\n`);
const rows = DEFAULT_STAGES.map((s) => {
  const ms = median(perStage.get(s.name)!);
  return [s.name, (ms / arts.length).toFixed(2), `${((ms / 1000 / total) * 100).toFixed(1)}%`];
});
console.log(table(['stage', 'ms per article', 'share'], rows));
