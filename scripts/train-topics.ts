/**
 * Builds the topic data and model, and measures them.
 *
 *   node --import tsx scripts/train-topics.ts [vocab] [train] [eval] [--split dev|test]
 *
 * - vocab: IPTC Media Topics TSV (shared data `iptc-mediatopics/`) -> data/topics/mediatopics.json
 *   (qcode, parent, level, English name, Arabic labels in matching form; single-word Arabic labels
 *   found in more than 3% of training articles are dropped as too generic to be cues).
 * - train: multinomial naive Bayes on the train part of the ANT corpus (BBC + CNN) -> models/topics/nb.json.
 *   Classes: culture, economy, sport, technology, news (internationalNews + middleEast).
 * - eval: top-level accuracy on the dev or test part, for the lexicon alone, the classifier alone
 *   and both, over articles whose category maps to an IPTC top-level topic (culture 01, economy 04,
 *   technology 13, sport 15). Prints a markdown table.
 *
 * Split: by a hash of the article id (seeded, stable): 70% train, 10% dev, 20% test.
 * Nothing is tuned on test.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { sharedPath, sharedAvailable, repoPath } from '../src/core/paths.ts';
import { buildPipeline } from '../src/core/pipeline.ts';
import { tokensStage } from '../src/stages/tokens.ts';
import { wordsStage } from '../src/stages/words.ts';
import { stemsOf, type Stem } from '../src/topics/features.ts';
import { cueKey } from '../src/topics/lexicon.ts';
import { trainNB } from '../src/topics/nb.ts';
import { VOCAB_FILE, type MediaTopic } from '../src/topics/vocab.ts';
import { CLASS_TO_TOP, MODEL_FILE, bestTop, loadTopicModel } from '../src/topics/classify.ts';

const SEED = 'marsad-topics-1';
const args = process.argv.slice(2);
const steps = args.filter((a) => !a.startsWith('--') && a !== 'dev' && a !== 'test');
const split = args.includes('test') ? 'test' : 'dev';
const todo = steps.length ? new Set(steps) : new Set(['vocab', 'train', 'eval']);

if (!sharedAvailable('data', 'ant-corpus-multisource') || !sharedAvailable('data', 'iptc-mediatopics')) {
  console.error('shared data (ant-corpus-multisource, iptc-mediatopics) not found: nothing to do');
  process.exit(1);
}

export interface Article {
  id: string;
  source: string;
  category: string;
  label: string;
  text: string;
  part: 'train' | 'dev' | 'test';
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function partOf(id: string): 'train' | 'dev' | 'test' {
  const r = fnv(SEED + ':' + id) % 100;
  return r < 70 ? 'train' : r < 80 ? 'dev' : 'test';
}

function tag(doc: string, name: string): string {
  const m = doc.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`));
  return m ? m[1]!.trim() : '';
}

function readAnt(): Article[] {
  const root = sharedPath('data', 'ant-corpus-multisource');
  const out: Article[] = [];
  for (const source of ['BBC', 'CNN']) {
    for (const category of readdirSync(join(root, source)).sort()) {
      const dir = join(root, source, category);
      for (const f of readdirSync(dir).sort()) {
        const raw = readFileSync(join(dir, f), 'utf8');
        const id = tag(raw, 'DOCNO') || `${source}-${category}-${f}`;
        const text = [tag(raw, 'TITLE'), tag(raw, 'TEXT')].filter(Boolean).join('\n');
        const label = category === 'internationalNews' || category === 'middleEast' ? 'news' : category;
        out.push({ id, source, category, label, text, part: partOf(id) });
      }
    }
  }
  return out;
}

const base = buildPipeline([tokensStage, wordsStage]);
const t0 = Date.now();
const articles = readAnt();
const stems = new Map<string, Stem[]>();
for (const a of articles) stems.set(a.id, stemsOf(base(a.text)));
console.error(`read and segmented ${articles.length} ANT articles in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const train = articles.filter((a) => a.part === 'train');

if (todo.has('vocab')) {
  const tsv = readFileSync(sharedPath('data', 'iptc-mediatopics', 'iptc-mediatopics.tsv'), 'utf8');
  const rows = tsv.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  const parent = new Map(rows.map((r) => [r[0]!, r[1] === '-' ? null : r[1]!]));
  const levelOf = (c: string): number => {
    let n = 0;
    for (let p = parent.get(c); p; p = parent.get(p)) n++;
    return n;
  };
  // Document frequency of single keys in training articles, to drop generic one-word labels.
  const df = new Map<string, number>();
  for (const a of train) for (const k of new Set(stems.get(a.id)!.map((s) => s.key))) df.set(k, (df.get(k) ?? 0) + 1);
  const arabic = /[\u0600-\u06FF]/;
  let dropped = 0;
  const topics: MediaTopic[] = rows.map((r) => {
    const labels = (r[3] ?? '').split('|').filter((l) => arabic.test(l));
    const ar: string[] = [];
    for (const l of labels) {
      const words = l.split(/\s+/).filter(Boolean).map(cueKey);
      if (!words.length) continue;
      if (words.length === 1 && (df.get(words[0]!) ?? 0) > 0.03 * train.length) {
        dropped++;
        continue;
      }
      ar.push(words.join(' '));
    }
    return { code: r[0]!, parent: parent.get(r[0]!) ?? null, level: levelOf(r[0]!), name: r[2]!, ar };
  });
  mkdirSync(dirname(VOCAB_FILE), { recursive: true });
  writeFileSync(
    VOCAB_FILE,
    JSON.stringify({
      about: 'IPTC Media Topics (IPTC NewsCodes, http://cv.iptc.org/newscodes/mediatopic/, CC BY 4.0; give IPTC credit). Derived: qcode, parent, level, English name; Arabic labels in Marsad matching form (not official labels). Built by scripts/train-topics.ts.',
      topics,
    }, null, 0).replace(/\},\{/g, '},\n{') + '\n',
  );
  console.error(`vocab: ${topics.length} concepts, ${topics.filter((t) => t.ar.length).length} with Arabic cues (${dropped} generic one-word labels dropped) -> data/topics/mediatopics.json`);
}

if (todo.has('train')) {
  const model = trainNB(train.map((a) => ({ keys: stems.get(a.id)!.map((s) => s.key), label: a.label })));
  mkdirSync(dirname(MODEL_FILE), { recursive: true });
  writeFileSync(MODEL_FILE, JSON.stringify(model) + '\n');
  console.error(`train: ${train.length} articles, ${Object.keys(model.words).length} features -> models/topics/nb.json`);
}

if (todo.has('eval')) {
  if (!existsSync(MODEL_FILE)) throw new Error('no model: run train first');
  const model = loadTopicModel();
  const held = articles.filter((a) => a.part === split && CLASS_TO_TOP[a.label]);
  const noNb = { ...model, nb: null };
  const configs: [string, (s: Stem[]) => string | null][] = [
    ['lexicon only', (s) => bestTop(noNb, s, 0)],
    ['classifier only', (s) => bestTop(model, s, 1)],
    ['classifier + lexicon (default)', (s) => bestTop(model, s)],
  ];
  if (args.includes('--sweep')) for (const w of [0.6, 0.7, 0.8, 0.9]) configs.push([`classifier ${w} + lexicon ${(1 - w).toFixed(1)}`, (s) => bestTop(model, s, w)]);
  console.log(`Top-level accuracy on the ANT ${split} part (${held.length} articles in culture/economy/sport/technology):\n`);
  console.log('| method | accuracy | culture | economy | sport | technology |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, f] of configs) {
    const per = new Map<string, [number, number]>();
    let ok = 0;
    for (const a of held) {
      const good = f(stems.get(a.id)!) === CLASS_TO_TOP[a.label];
      if (good) ok++;
      const p = per.get(a.label) ?? [0, 0];
      p[0] += good ? 1 : 0;
      p[1]++;
      per.set(a.label, p);
    }
    const cell = (l: string) => {
      const p = per.get(l) ?? [0, 0];
      return `${((100 * p[0]) / Math.max(1, p[1])).toFixed(1)}% (${p[1]})`;
    };
    console.log(`| ${name} | **${((100 * ok) / held.length).toFixed(1)}%** | ${cell('culture')} | ${cell('economy')} | ${cell('sport')} | ${cell('technology')} |`);
  }
}
void repoPath;
