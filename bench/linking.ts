/**
 * Linking benchmark and evaluation over a seeded sample of ANT articles (BBC/CNN Arabic).
 *
 * 1. Time: analysis with and without the `gazetteer` + `link` stages (the default pipeline
 *    minus those two), median of runs, and the two stages alone per article.
 * 2. Link rate: share of entity mentions (per NER type when the NER model is present,
 *    else of gazetteer mentions per KB kind) linked to a KB entry.
 * 3. `--links FILE`: writes a seeded random sample of KB links with their context, for
 *    checking by hand (the checked list is in docs/linking.md).
 *
 * Usage: node --import tsx bench/linking.ts [--n 200] [--seed 42] [--runs 3] [--links links.tsv] [--sample 50]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { type Entity, layer, withLayers } from '../src/core/doc.ts';
import { buildPipeline, defineStage } from '../src/core/pipeline.ts';
import { listAntFiles, readAnt, seededSample } from '../src/corpus/ant.ts';
import { kbIndex } from '../src/kb/kb.ts';
import { DEFAULT_STAGES } from '../src/stages/index.ts';
import { nerStage } from '../src/stages/ner.ts';
import { DEFAULT_MODEL_PATH } from '../src/ner/tagger.ts';
import { median, table } from './util.ts';

const argv = process.argv.slice(2);
const opt = (name: string, d: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : d;
};
const N = Number(opt('n', '200'));
const SEED = Number(opt('seed', '42'));
const RUNS = Number(opt('runs', '3'));
const LINKS = opt('links', '');
const SAMPLE = Number(opt('sample', '50'));

const files = listAntFiles();
if (!files.length) {
  console.log('ANT corpus absent (../shared/data/ant-corpus-multisource): benchmark skipped');
  process.exit(0);
}
const arts = seededSample(files, N, SEED).map(readAnt);
const hasNer = existsSync(DEFAULT_MODEL_PATH());
let stages = [...DEFAULT_STAGES];
if (hasNer && !stages.some((s) => s.name === 'ner')) {
  const at = stages.findIndex((s) => s.name === 'gazetteer');
  stages.splice(at, 0, nerStage);
}
const full = buildPipeline(stages);
// Later stages read `entities`: without linking they get the NER entities (or none) unchanged.
const noLink = defineStage({ name: 'no-link', requires: [], assigns: ['entities', 'demonyms'], run: (d) => withLayers(d, { entities: layer(d, 'entities'), demonyms: [] }, 'no-link') });
const without = buildPipeline(stages.flatMap((s) => (s.name === 'gazetteer' ? [] : s.name === 'link' ? [noLink] : [s])));
const linkOnly = stages.filter((s) => s.name === 'gazetteer' || s.name === 'link');

const t0 = performance.now();
kbIndex();
const kbLoad = performance.now() - t0;

// warm-up (model and lexicon loading)
for (const a of arts.slice(0, 5)) full(a.title + '\n' + a.text, { published: a.published });

const tFull: number[] = [];
const tWithout: number[] = [];
const tLink: number[] = [];
for (let r = 0; r < RUNS; r++) {
  let s = performance.now();
  for (const a of arts) without(a.title + '\n' + a.text, { published: a.published });
  tWithout.push(performance.now() - s);
  s = performance.now();
  let linkMs = 0;
  for (const a of arts) {
    const d = without(a.title + '\n' + a.text, { published: a.published });
    const u = performance.now();
    let x = d;
    for (const st of linkOnly) x = st.run(x);
    linkMs += performance.now() - u;
  }
  tLink.push(linkMs);
  s = performance.now();
  for (const a of arts) full(a.title + '\n' + a.text, { published: a.published });
  tFull.push(performance.now() - s);
}

const mFull = median(tFull);
const mWithout = median(tWithout);
const mLink = median(tLink);
console.log(`\nLinking cost over ${arts.length} ANT articles (seed ${SEED}), ${RUNS} runs, NER ${hasNer ? 'on' : 'absent (gazetteer only)'}; KB load ${kbLoad.toFixed(0)} ms\n`);
console.log(
  table(
    ['pipeline', 'median total (ms)', 'per article (ms)'],
    [
      ['analysis without gazetteer+link', mWithout.toFixed(0), (mWithout / arts.length).toFixed(2)],
      ['full analysis', mFull.toFixed(0), (mFull / arts.length).toFixed(2)],
      ['gazetteer+link stages alone', mLink.toFixed(0), (mLink / arts.length).toFixed(2)],
      ['linking share of full analysis', `${((100 * mLink) / mFull).toFixed(1)}%`, ''],
    ],
  ),
);

// ---- link rates
const docs = arts.map((a) => ({ a, d: full(a.title + '\n' + a.text, { published: a.published }) }));
const byType = new Map<string, { n: number; kb: number }>();
const byKind = new Map<string, number>();
const links: { doc: string; text: string; id: string; label: string; kind: string; match: string; ctx: string }[] = [];
for (const { a, d } of docs) {
  for (const e of layer<Entity>(d, 'entities')) {
    const t = hasNer ? (e.source === 'ner' ? e.type : `${e.type} (${e.source})`) : e.type;
    const s = byType.get(t) ?? { n: 0, kb: 0 };
    s.n++;
    if (e.link === 'kb') s.kb++;
    byType.set(t, s);
    if (e.link === 'kb') {
      byKind.set(String(e.kind), (byKind.get(String(e.kind)) ?? 0) + 1);
      const ctx = d.text.slice(Math.max(0, e.start - 40), e.start) + '[[' + e.text + ']]' + d.text.slice(e.end, e.end + 40);
      links.push({ doc: a.docno, text: e.text, id: String(e.id), label: String(e.label_en), kind: String(e.kind), match: String(e.match), ctx: ctx.replace(/\s+/g, ' ') });
    }
  }
}
console.log(`\nMentions linked to a KB entry, by type${hasNer ? ' (NER mentions; gazetteer/coref additions listed apart)' : ' (gazetteer only: every mention found is a KB name)'}\n`);
console.log(
  table(
    ['type', 'mentions', 'linked to KB', 'share'],
    [...byType.entries()].sort().map(([t, s]) => [t, s.n, s.kb, `${((100 * s.kb) / Math.max(1, s.n)).toFixed(1)}%`]),
  ),
);
console.log('\nKB links by kind: ' + [...byKind.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', '));
if (LINKS) {
  const sample = seededSample(links, SAMPLE, SEED);
  writeFileSync(LINKS, sample.map((l, i) => [i + 1, l.doc, l.text, l.id, l.label, l.kind, l.match, l.ctx].join('\t')).join('\n') + '\n');
  console.log(`\n${sample.length} random links written to ${LINKS}`);
}
