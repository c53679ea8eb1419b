/**
 * Why the gold events of the dev batches are missed. For every gold event of dev, dev2, dev3, dev4 and dev5 (never a
 * held-out batch) that the shared factcheck counts as missed (no event of the Doc has a code starting with the gold
 * `cameo` or one of its `acceptable_codes`), the script locates the sentence most likely telling it and classifies it:
 *
 *   (b) a trigger of an acceptable code matches in the sentence but the coder drops it (the `return null` line of
 *       `code` in src/events/extract.ts that dropped it, read from the instrumented copy of scripts/instrumented-coder.ts);
 *   (c) no acceptable trigger matches there, but the coder emits an event of another code in the sentence;
 *   (a) no trigger of an acceptable code matches in the sentence and nothing is emitted there;
 *   (d) the locator finds no sentence naming at least two of the event's participants, or one named actor when the
 *       event has one: the event is told across sentences or only implied (read the printed sentence to check).
 *
 * Locator: the gold participants (source, target, participants, place, and any gold entity label found in the gold
 * `name`) are mapped to the mentions of the gold entities; each sentence scores the number of distinct such entities it
 * names, ties broken by an acceptable trigger match in it, then by the earlier sentence. Printed: the sentence, its
 * score, the class, the triggers that matched there, and tables by class and by code.
 *
 * Usage: node --import tsx scripts/event-misses.ts [dev,dev2,dev3,dev4,dev5] [--brief]
 */
import { buildPipeline } from '../src/core/pipeline.ts';
import { DEFAULT_STAGES, analyze } from '../src/stages/index.ts';
import { sharedAvailable } from '../src/core/paths.ts';
import { extractLines, withInstrumentedCoder } from './instrumented-coder.ts';
import { analysedText, goldArticle, goldFiles, readGold, type Gold, type Split } from './eval-articles.ts';

const DEV: Split[] = ['dev', 'dev2', 'dev3', 'dev4', 'dev5'];
const pos = process.argv.slice(2).find((a) => !a.startsWith('--'));
const splits = (pos ? pos.split(',') : DEV).filter((s): s is Split => (DEV as string[]).includes(s));
const BRIEF = process.argv.includes('--brief');

interface Sent { start: number; end: number }
type GoldEvent = Gold['events'][number] & { name?: string; source?: string; target?: string; participants?: string[]; place?: string };

const norm = (s: string) =>
  s.replace(/[\u064B-\u0652\u0640]/g, '').replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');

/** The accepted code prefixes of a gold event (as factcheck.py). */
export function accepted(e: { cameo: string; acceptable_codes?: string[] }): string[] {
  return [...new Set([...(e.acceptable_codes ?? []), ...String(e.cameo).split('/')])];
}
const fits = (code: string, acc: string[]) => acc.some((a) => code.startsWith(a));

if (!sharedAvailable('data', 'ant-corpus-multisource')) {
  console.log('event-misses: the shared ANT corpus is absent, skipped');
  process.exit(0);
}
await withInstrumentedCoder('event-misses', (callsOf) => {
  const up = buildPipeline(DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((s) => s.name === 'events')));
  const byClass = new Map<string, number>();
  const byCode = new Map<string, Map<string, number>>();
  const byDrop = new Map<string, number>();
  let total = 0;
  let missed = 0;
  const details: string[] = [];
  for (const split of splits) {
    for (const gf of goldFiles(split)) {
      const gold = readGold(gf);
      const a = goldArticle(gold);
      if (!a) continue;
      const text = analysedText(a);
      const doc = analyze(text, { published: gold.published, title: a.title, source: a.source });
      const evs = (doc.layers.events ?? []) as unknown as { code: string; start: number; end: number; trigger: { start: number; text: string } }[];
      const pre = up(text, { published: gold.published, title: a.title, source: a.source });
      const calls = callsOf(pre);
      const sents = (doc.layers.sentences ?? []) as unknown as Sent[];
      const body = gold.body_ends_before ? text.indexOf(gold.body_ends_before) : -1;
      const inBody = sents.filter((s) => body < 0 || s.start < body);
      const ntext = norm(text);
      for (const e of gold.events as GoldEvent[]) {
        total++;
        const acc = accepted(e);
        if (evs.some((x) => x.code && fits(x.code, acc))) continue;
        missed++;
        // Locator: the gold entities the event names.
        const labels = new Set<string>([e.source, e.target, e.place, ...(e.participants ?? [])].filter((x): x is string => !!x));
        for (const ent of gold.entities) if (e.name && e.name.includes(ent.label_en)) labels.add(ent.label_en);
        const ments = [...labels].map((l) => (gold.entities.find((x) => x.label_en === l)?.mentions ?? []).map(norm).filter(Boolean));
        const accCalls = calls.filter((c) => fits(c.trigger.code, acc));
        const scored = inBody.map((s, i) => {
          const st = ntext.slice(s.start, s.end);
          const hit = ments.filter((ms) => ms.some((m) => st.includes(m))).length;
          const trig = accCalls.some((c) => c.units[c.t0]!.start >= s.start && c.units[c.t0]!.start < s.end) ? 1 : 0;
          return { s, i, hit, trig };
        });
        scored.sort((x, y) => y.hit - x.hit || y.trig - x.trig || x.i - y.i);
        const best = scored[0]!;
        const need = Math.min(2, Math.max(1, ments.filter((m) => m.length).length));
        const inS = (p: number) => p >= best.s.start && p < best.s.end;
        const here = calls.filter((c) => inS(c.units[c.t0]!.start));
        const accHere = here.filter((c) => fits(c.trigger.code, acc));
        const emittedHere = evs.filter((x) => inS(x.trigger?.start ?? x.start));
        let cls: string;
        let why = '';
        if (accHere.length) {
          cls = 'b';
          const l = accHere.find((c) => !c.ev)?.line ?? 0;
          why = `dropped at extract.ts:${l}${l ? ' ' + extractLines[l - 1]!.trim().slice(0, 70) : ''}`;
          byDrop.set(String(l), (byDrop.get(String(l)) ?? 0) + 1);
        } else if (best.hit < need) cls = 'd';
        else if (emittedHere.length) cls = 'c';
        else cls = 'a';
        byClass.set(cls, (byClass.get(cls) ?? 0) + 1);
        const fam = String(e.cameo).slice(0, 2);
        const m = byCode.get(fam) ?? new Map<string, number>();
        m.set(cls, (m.get(cls) ?? 0) + 1);
        byCode.set(fam, m);
        const trigs = here.map((c) => `${c.trigger.code}«${text.slice(c.units[c.t0]!.start, c.units[c.t1 - 1]!.end)}»${c.ev ? '+' : '-' + c.line}`);
        details.push(
          `- [${cls}] ${split} ${gold.docno} gold ${e.cameo} (accepts ${acc.join(',')}) "${e.name ?? ''}" | located ${best.hit}/${ments.length}` +
            ` | emitted here: ${emittedHere.map((x) => x.code).join(',') || '-'} | triggers here: ${trigs.join(' ') || '-'}${why ? ' | ' + why : ''}` +
            (BRIEF ? '' : `\n    ${text.slice(best.s.start, best.s.end).replace(/\s+/g, ' ').slice(0, 400)}`),
        );
      }
    }
  }
  const names: Record<string, string> = {
    a: '(a) no trigger of an acceptable code in the sentence',
    b: '(b) an acceptable trigger matches, the coder drops it',
    c: '(c) the coder emits another code there',
    d: '(d) told across sentences or implied (locator weak)',
  };
  console.log(`${splits.join(', ')}: ${total} gold events, ${total - missed} found, ${missed} missed\n`);
  console.log('| class | missed |\n|---|---:|');
  for (const k of ['a', 'b', 'c', 'd']) console.log(`| ${names[k]} | ${byClass.get(k) ?? 0} |`);
  console.log('\n| gold code family | a | b | c | d | missed |\n|---|---:|---:|---:|---:|---:|');
  for (const [fam, m] of [...byCode].sort()) {
    const n = [...m.values()].reduce((x, y) => x + y, 0);
    console.log(`| ${fam} | ${['a', 'b', 'c', 'd'].map((k) => m.get(k) ?? 0).join(' | ')} | ${n} |`);
  }
  if (byDrop.size) {
    console.log('\n| (b) drop line in extract.ts | n |\n|---|---:|');
    for (const [l, n] of [...byDrop].sort((x, y) => y[1] - x[1])) console.log(`| ${l} ${Number(l) ? extractLines[Number(l) - 1]!.trim().slice(0, 80).replace(/\|/g, '\\|') : ''} | ${n} |`);
  }
  console.log('\n' + details.join('\n'));
});
