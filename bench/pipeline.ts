/**
 * Whole-pipeline benchmark: the default analysis (every stage in DEFAULT_STAGES) over a
 * seeded sample of ANT articles on one core; MB/s (UTF-8 input) and the time of each stage,
 * medians of RUNS runs after a warm-up run.
 * Usage: node --import tsx bench/pipeline.ts [runs=5] [articles=500] [--against DIR]
 *
 * `--against DIR` (DIR: another checkout of this repository, e.g. a `git worktree` of an earlier
 * commit) loads that checkout's pipeline too and runs both in the same process, article by
 * article, alternating which goes first: a side-by-side comparison that a noisy machine
 * disturbs far less than separate runs. It prints per-stage ms for both and the ratio.
 *
 * `--only STAGE[,STAGE]` (with `--against`) times only those stages, in isolation: each side
 * first runs its own earlier stages over every article once, then the named stages run over
 * all articles, the two sides taking turns article by article. This shows a small stage's own
 * cost without the noise of the others (but with warmer caches than in the whole pipeline).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDoc, type Doc } from '../src/core/doc.ts';
import type { Stage } from '../src/core/pipeline.ts';
import { DEFAULT_STAGES } from '../src/stages/index.ts';
import { antBench, median, table } from './util.ts';

const ai = process.argv.indexOf('--against');
const against = ai > 0 ? process.argv[ai + 1] : undefined;
if (ai > 0) process.argv.splice(ai, 2);
const oi = process.argv.indexOf('--only');
const only = oi > 0 ? (process.argv[oi + 1] ?? '').split(',').filter(Boolean) : undefined;
if (oi > 0) process.argv.splice(oi, 2);
const { runs, arts } = antBench('pipeline', 11);
const bytes = arts.reduce((s, a) => s + Buffer.byteLength(a.title + '\n' + a.text), 0);

/**
 * The order the two sides run article `i` of run `r` in: taking turns article by article, and
 * which goes first alternating, so a burst of load from other processes slows both sides alike.
 */
function turns(i: number, r: number): readonly number[] {
  return (i + r) % 2 ? [0, 1] : [1, 0];
}

if (against) {
  const other = (await import(pathToFileURL(resolve(against, 'src', 'stages', 'index.ts')).href)) as { DEFAULT_STAGES: readonly Stage[] };
  const sides = [other.DEFAULT_STAGES, DEFAULT_STAGES];
  if (only) isolated(sides, only);
  const names = DEFAULT_STAGES.map((s) => s.name);
  const per = sides.map(() => new Map<string, number[]>());
  const totals: number[][] = [[], []];
  for (let r = 0; r <= runs; r++) {
    const acc = sides.map(() => new Map<string, number>());
    const tot = [0, 0];
    arts.forEach((a, i) => {
      for (const k of turns(i, r)) {
        let d: Doc = createDoc(a.title + '\n' + a.text, { published: a.published });
        for (const s of sides[k]!) {
          const t = performance.now();
          d = s.run(d);
          const dt = performance.now() - t;
          acc[k]!.set(s.name, (acc[k]!.get(s.name) ?? 0) + dt);
          tot[k]! += dt;
        }
      }
    });
    if (r === 0) continue; // warm-up
    for (const k of [0, 1]) {
      totals[k]!.push(tot[k]!);
      for (const [n, v] of acc[k]!) per[k]!.set(n, [...(per[k]!.get(n) ?? []), v]);
    }
  }
  const ms = (k: number, n: string) => median(per[k]!.get(n) ?? [0]) / arts.length;
  console.log(`\n### Whole pipeline, this checkout against ${against} (${arts.length} ANT articles, ${(bytes / 1e6).toFixed(2)} MB, median of ${runs} runs, interleaved per article, one core)\n`);
  const rows = names.map((n) => [n, ms(0, n).toFixed(3), ms(1, n).toFixed(3), `${((ms(1, n) / ms(0, n) - 1) * 100).toFixed(0)}%`]);
  const [t0, t1] = [median(totals[0]!), median(totals[1]!)];
  rows.push(['total', (t0 / arts.length).toFixed(2), (t1 / arts.length).toFixed(2), `${((t1 / t0 - 1) * 100).toFixed(0)}%`]);
  console.log(table(['stage', 'other ms per article', 'this ms per article', 'change'], rows));
  console.log(`\nMB/s: other ${(bytes / 1e3 / t0).toFixed(3)}, this ${(bytes / 1e3 / t1).toFixed(3)} (×${(t0 / t1).toFixed(3)})`);
  process.exit(0);
}

/** `--only`: the named stages alone, both sides in turn article by article (see `turns`). */
function isolated(sides: (readonly Stage[])[], only: string[]): never {
  const first = DEFAULT_STAGES.findIndex((s) => only.includes(s.name));
  if (first < 0 || only.some((n) => !DEFAULT_STAGES.some((s) => s.name === n))) {
    console.error(`--only: stage names among ${DEFAULT_STAGES.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const docs = sides.map((st) => arts.map((a) => {
    let d: Doc = createDoc(a.title + '\n' + a.text, { published: a.published });
    for (const s of st.slice(0, first)) d = s.run(d);
    return d;
  }));
  const picked = sides.map((st) => only.map((n) => st.find((s) => s.name === n)!));
  const ms: number[][] = [[], []];
  for (let r = 0; r <= runs; r++) {
    const tot = [0, 0];
    for (let i = 0; i < arts.length; i++) {
      for (const k of turns(i, r)) {
        const t = performance.now();
        let d = docs[k]![i]!;
        for (const s of picked[k]!) d = s.run(d);
        tot[k]! += performance.now() - t;
      }
    }
    if (r) for (const k of [0, 1]) ms[k]!.push(tot[k]! / arts.length);
  }
  const [m0, m1] = [median(ms[0]!), median(ms[1]!)];
  console.log(`\n${only.join(' + ')} alone (${arts.length} ANT articles, median of ${runs} runs, interleaved per article): other ${m0.toFixed(4)} ms per article, this ${m1.toFixed(4)} ms (×${(m0 / m1).toFixed(3)})`);
  process.exit(0);
}

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
