/**
 * Fact recall of Marsad on a small gold set of ANT articles it was not developed on
 * (data/eval/<split>/*.json: dev, held-out, a second batch dev2, held-out2, a third dev3, then dev4,
 * held-out3, held-out4 and a fifth development batch dev5), scored by the shared factcheck script.
 *
 *   node --import tsx scripts/eval-articles.ts [dev|held-out|dev2|held-out2|dev3|dev4|held-out3|held-out4|dev5|all] [--missing] [--keep DIR] [--pick]
 *
 * Each gold file names an ANT article (DOCNO and path relative to the corpus folder) and lists what
 * an analyst extracts from it (entities with their mention strings, quantities, dates resolved
 * against the article's <TIME>, quotes, events): the same shape as the canonical example's
 * expected.json. The article is analysed as the ingest reader builds it (headline, blank line,
 * body) with its publication date; the Doc JSON goes to a temporary folder (or --keep DIR) and
 * factcheck.py scores it. Printed: per article and in total, hits/total per kind, the share of
 * multi-mention entities whose mentions got one id, and entity precision (predicted entity spans
 * before the boilerplate marker that match a gold mention). --missing lists missed mentions.
 *
 * --pick prints the seeded selection the gold set was drawn from (no scoring): articles of the
 * middleEast, internationalNews and economy categories, 150-600 words, with at least three distinct
 * diplomacy / defence / energy / trade / economy / climate cues, in the order of a seeded shuffle;
 * the first seven are dev, the next five held-out; continuing the same order, the next five are
 * dev2, the five after them held-out2, the five after those dev3, then dev4, held-out3, held-out4
 * and dev5 (five each; PICK_SPLITS).
 *
 * --unlinked [N] [--seed S] (no scoring) analyses a seeded sample of N (400) ANT politics and economy
 * articles (seed S, default 777), the evaluation articles left out, and lists the entities the KB does
 * not know by the number of articles naming them: the list new KB entries are drawn from (three
 * articles or more).
 *
 * Exits 0 with a message when the shared folder, the corpus or python3 is missing.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { repoPath, sharedAvailable, sharedPath } from '../src/core/paths.ts';
import { antDir, listAntFiles, readAnt, seededSample, type AntArticle } from '../src/corpus/ant.ts';
import { articleText } from '../src/ingest/readers.ts';

export const SPLITS = ['dev', 'held-out', 'dev2', 'held-out2', 'dev3', 'dev4', 'held-out3', 'held-out4', 'dev5'] as const;
export type Split = (typeof SPLITS)[number];

/** The splits in the order they take articles from the seeded pick, with their sizes. */
export const PICK_SPLITS: readonly (readonly [Split, number])[] = [
  ['dev', 7], ['held-out', 5], ['dev2', 5], ['held-out2', 5], ['dev3', 5], ['dev4', 5], ['held-out3', 5],
  ['held-out4', 5], ['dev5', 5],
];
const PICK_TOTAL = PICK_SPLITS.reduce((n, [, k]) => n + k, 0);

/** The split of the i-th article of the seeded pick (0-based), or undefined past the last split. */
export function pickSplit(i: number): Split | undefined {
  let end = 0;
  for (const [split, k] of PICK_SPLITS) if (i < (end += k)) return split;
  return undefined;
}

function isSplit(s: string): s is Split {
  return (SPLITS as readonly string[]).includes(s);
}

export interface GoldEntity { label_en: string; type: string; mentions: string[]; [k: string]: unknown }
export interface Gold {
  docno: string;
  file: string;
  published: string;
  body_ends_before?: string;
  entities: GoldEntity[];
  adjectival_only?: (string | { mentions: string[] })[];
  quantities: { value?: number; from?: number; to?: number; mentions?: string[]; [k: string]: unknown }[];
  dates: { mention: string; resolved: string; [k: string]: unknown }[];
  quotes: { speaker: string; starts_with: string; kind?: string; [k: string]: unknown }[];
  events: { cameo: string; acceptable_codes?: string[]; [k: string]: unknown }[];
  [k: string]: unknown;
}

/** The gold files of a split, sorted by name. */
export function goldFiles(split: Split): string[] {
  const dir = repoPath('data', 'eval', split);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}

export function readGold(file: string): Gold {
  return JSON.parse(readFileSync(file, 'utf8')) as Gold;
}

/** The ANT article a gold file names, or undefined when the corpus is absent. */
export function goldArticle(g: Gold): AntArticle | undefined {
  const f = join(antDir(), ...g.file.split('/'));
  return existsSync(f) ? readAnt(f) : undefined;
}

/** The text Marsad analyses for an ANT article: headline, blank line, body (as the ingest reader). */
export function analysedText(a: AntArticle): string {
  return articleText(a.title, a.text);
}

// ------------------------------------------------------------------ selection

const PICK_SEED = 20261128;
const PICK_CATEGORIES = new Set(['middleEast', 'internationalNews', 'economy']);
const PICK_CUES =
  /(وزير الخارجية|مفاوضات|محادثات|قمة|اتفاق|اتفاقية|الدفاع|عسكري|صفقة|أسلحة|النفط|الغاز|الطاقة|تجار|صادرات|واردات|اقتصاد|الاستثمار|المناخ|الانبعاثات|سفير|دبلوماسي)/g;

/** The seeded candidate list the gold set was drawn from (7 dev, 5 held-out, then 5 each of dev2, held-out2, dev3, dev4, held-out3, held-out4, dev5). */
export function pickCandidates(n = PICK_TOTAL): AntArticle[] {
  const files = listAntFiles().filter((f) => PICK_CATEGORIES.has(f.split(/[\\/]/).at(-2) ?? ''));
  const out: AntArticle[] = [];
  for (const f of seededSample(files, files.length, PICK_SEED)) {
    const a = readAnt(f);
    const words = a.text.split(/\s+/).filter(Boolean).length;
    if (words < 150 || words > 600) continue;
    if (new Set((a.title + ' ' + a.text).match(PICK_CUES) ?? []).size < 3) continue;
    out.push(a);
    if (out.length >= n) break;
  }
  return out;
}

// ------------------------------------------------------------------ scoring

const KINDS = ['entity_mentions', 'entity_one_id', 'quantities', 'dates', 'quotes', 'events'] as const;
type Kind = (typeof KINDS)[number] | 'entity_precision';
type Score = Partial<Record<Kind, [number, number]>> & { missing_entities?: string[] };

function hasPython(): boolean {
  return spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!sharedAvailable('data', 'ant-corpus-multisource')) {
    console.log('eval-articles: the shared ANT corpus is absent, skipped');
    return;
  }
  if (args.includes('--pick')) {
    pickCandidates().forEach((a, i) =>
      console.log(`${pickSplit(i)}\t${a.docno}\t${a.text.split(/\s+/).filter(Boolean).length} words\t${a.title}`),
    );
    return;
  }
  if (args.includes('--unlinked')) {
    const seedIdx = args.indexOf('--seed');
    await unlinked(Number(args[args.indexOf('--unlinked') + 1]) || 400, seedIdx >= 0 ? Number(args[seedIdx + 1]) : 777);
    return;
  }
  const factcheck = sharedPath('tools', 'factcheck.py');
  if (!existsSync(factcheck) || !hasPython()) {
    console.log('eval-articles: python3 or the shared factcheck.py is missing, skipped');
    return;
  }
  const which = args.find((a) => isSplit(a) || a === 'all') ?? 'dev';
  const splits: Split[] = which === 'all' ? [...SPLITS] : [which as Split];
  const keepIdx = args.indexOf('--keep');
  const outDir = keepIdx >= 0 ? args[keepIdx + 1]! : mkdtempSync(join(tmpdir(), 'marsad-eval-'));
  mkdirSync(outDir, { recursive: true });
  const showMissing = args.includes('--missing');
  const { analyze } = await import('../src/stages/index.ts');
  const { toJSON } = await import('../src/core/doc.ts');

  const total: Record<string, [number, number]> = {};
  const add = (k: string, v: [number, number] | undefined) => {
    if (!v) return;
    const t = (total[k] ??= [0, 0]);
    t[0] += v[0];
    t[1] += v[1];
  };
  const cols: Kind[] = [...KINDS, 'entity_precision'];
  const fmt = (v: [number, number] | undefined) => (v ? `${v[0]}/${v[1]}` : '-');
  console.log(['split', 'article', 'ent', 'one-id', 'qty', 'dates', 'quotes', 'events', 'ent-prec'].join('\t'));
  for (const split of splits) {
    for (const gf of goldFiles(split)) {
      const g = readGold(gf);
      const a = goldArticle(g);
      if (!a) {
        console.log(`${split}\t${g.docno}\tarticle not found in the corpus`);
        continue;
      }
      const doc = analyze(analysedText(a), { published: g.published, title: a.title, source: a.source });
      const docFile = join(outDir, `${g.docno}.json`);
      writeFileSync(docFile, JSON.stringify(toJSON(doc)));
      const r = spawnSync('python3', [factcheck, docFile, gf, '--json'], { encoding: 'utf8' });
      if (r.status !== 0) {
        console.log(`${split}\t${g.docno}\tfactcheck failed: ${r.stderr.trim().split('\n').at(-1)}`);
        continue;
      }
      const s = JSON.parse(r.stdout.split('\n')[0]!) as Score;
      for (const k of cols) add(k, s[k] ?? undefined);
      console.log([split, g.docno, ...cols.map((k) => fmt(s[k] ?? undefined))].join('\t'));
      if (showMissing && s.missing_entities?.length) console.log(`\tmissing: ${s.missing_entities.join(', ')}`);
    }
  }
  const pct = (v: [number, number] | undefined) => (v && v[1] ? ` (${((100 * v[0]) / v[1]).toFixed(0)}%)` : '');
  console.log(['total', which, ...cols.map((k) => fmt(total[k]) + pct(total[k]))].join('\t'));
  const recall = KINDS.reduce((s, k) => [s[0] + (total[k]?.[0] ?? 0), s[1] + (total[k]?.[1] ?? 0)], [0, 0]);
  console.log(`facts recalled ${recall[0]}/${recall[1]} = ${(recall[0] / Math.max(recall[1], 1)).toFixed(2)}; Doc JSON in ${outDir}`);
}

/** Entities without a KB entry in a seeded sample of ANT articles, by the number of articles naming them. */
async function unlinked(n: number, seed = 777): Promise<void> {
  const { analyze } = await import('../src/stages/index.ts');
  const gold = new Set(SPLITS.flatMap((s) => goldFiles(s).map((f) => readGold(f).docno)));
  const files = listAntFiles().filter((f) => PICK_CATEGORIES.has(f.split(/[\\/]/).at(-2) ?? ''));
  const count = new Map<string, { docs: Set<string>; n: number; type: string; ar: string }>();
  for (const a of seededSample(files, n, seed).map(readAnt)) {
    if (gold.has(a.docno)) continue;
    const doc = analyze(analysedText(a), { published: a.published, title: a.title });
    for (const e of (doc.layers.entities ?? []) as { id?: string; link?: string; source?: string; type: string; label_ar?: string }[]) {
      if (e.link !== 'new' || e.source === 'body' || !e.id) continue;
      const c = count.get(e.id) ?? { docs: new Set<string>(), n: 0, type: e.type, ar: e.label_ar ?? '' };
      c.docs.add(a.docno);
      c.n++;
      count.set(e.id, c);
    }
  }
  console.log(['articles', 'mentions', 'type', 'id', 'Arabic'].join('\t'));
  for (const [id, c] of [...count].sort((x, y) => y[1].docs.size - x[1].docs.size || y[1].n - x[1].n)) {
    if (c.docs.size < 2) break;
    console.log([c.docs.size, c.n, c.type, id, c.ar].join('\t'));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
