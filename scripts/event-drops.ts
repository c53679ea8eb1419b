/**
 * Why event candidates are dropped: for every trigger match of a CAMEO code outside 01x (statements) in a seeded
 * sample of ANT articles, whether the event coder emitted it and, if not, which `return null` of its coding step
 * (`code` in src/events/extract.ts) dropped it. Prints a table of drop reasons by count (the line of the test, the
 * comment above it and the source line), and with `--read N` up to N dropped candidates of each of the largest
 * reasons (trigger, code, sentence) for reading by hand.
 *
 * The event coder itself is not changed: the calls come from an instrumented copy of extract.ts
 * (scripts/instrumented-coder.ts), so the instrumentation costs nothing to the coder used everywhere else.
 *
 * Usage: node --import tsx scripts/event-drops.ts [--articles 1000] [--seed 7] [--cats middleEast,internationalNews,economy]
 *        [--read 30] [--reasons 3]
 */
import { buildPipeline } from '../src/core/pipeline.ts';
import { DEFAULT_STAGES } from '../src/stages/index.ts';
import { readAnt } from '../src/corpus/ant.ts';
import { antSample, arg, sampleOptions } from './ant-sample.ts';
import { extractLines, withInstrumentedCoder, type CoderCall } from './instrumented-coder.ts';

const opts = sampleOptions();
const { seed: SEED, cats: CATS } = opts;
const READ = Number(arg('--read', '0'));
const REASONS = Number(arg('--reasons', '3'));

await withInstrumentedCoder('event-drops', (callsOf) => {
  const sample = antSample(opts);
  if (!sample.length) throw new Error('event-drops: ANT corpus absent');
  const up = buildPipeline(DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((s) => s.name === 'events')));
  const byReason = new Map<string, { n: number; codes: Map<string, number>; examples: string[] }>();
  let hits = 0;
  let emitted = 0;
  for (const f of sample) {
    const a = readAnt(f);
    const doc = up(a.title + '\n' + a.text, { published: a.published });
    const calls = callsOf(doc);
    // One candidate per trigger match (a match and its alternative readings share units and t0).
    const groups = new Map<string, CoderCall[]>();
    for (const c of calls) {
      const k = `${c.units[c.t0]!.start}`;
      groups.set(k, [...(groups.get(k) ?? []), c]);
    }
    for (const cs of groups.values()) {
      const c0 = cs[0]!;
      if (c0.trigger.code.startsWith('01')) continue;
      hits++;
      if (cs.some((c) => c.ev)) {
        emitted++;
        continue;
      }
      const key = String(c0.line);
      const r = byReason.get(key) ?? { n: 0, codes: new Map<string, number>(), examples: [] as string[] };
      r.n++;
      r.codes.set(c0.trigger.code, (r.codes.get(c0.trigger.code) ?? 0) + 1);
      const s = doc.layers.sentences!.find((x: any) => x.start <= c0.units[c0.t0]!.start && x.end > c0.units[c0.t0]!.start) as any;
      const tr = doc.text.slice(c0.units[c0.t0]!.start, c0.units[c0.t1 - 1]!.end);
      r.examples.push(`${c0.trigger.code} «${tr}» | ${a.docno} | ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 300)}`);
      byReason.set(key, r);
    }
  }
  const rows = [...byReason.entries()].sort((a, b) => b[1].n - a[1].n);
  console.log(`${sample.length} ANT articles (${CATS.join(', ')}; seed ${SEED}): ${hits} trigger matches of codes outside 01x, ${emitted} emitted, ${hits - emitted} dropped\n`);
  console.log('| dropped | share | line | test (comment above it, then the code) | top codes |');
  console.log('|---:|---:|---:|---|---|');
  const comment = (l: number) => {
    for (let k = l - 2; k >= Math.max(0, l - 6); k--) if (extractLines[k]!.trim().startsWith('//')) return extractLines[k]!.trim().slice(2).trim().slice(0, 90);
    return '';
  };
  for (const [line, r] of rows) {
    const l = Number(line);
    const codes = [...r.codes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([c, n]) => `${c}:${n}`).join(' ');
    const src = l ? extractLines[l - 1]!.trim().slice(0, 110).replace(/\|/g, '\\|') : '(no return recorded)';
    console.log(`| ${r.n} | ${((100 * r.n) / hits).toFixed(1)}% | ${l} | ${comment(l).replace(/\|/g, '\\|')} — \`${src}\` | ${codes} |`);
  }
  if (READ) {
    for (const [line, r] of rows.slice(0, REASONS)) {
      console.log(`\n## line ${line}: ${r.n} dropped (${READ} read, evenly spaced)`);
      const step = Math.max(1, Math.floor(r.examples.length / READ));
      for (let k = 0, shown = 0; k < r.examples.length && shown < READ; k += step, shown++) console.log(`- ${r.examples[k]}`);
    }
  }
});
