/**
 * Quotes missed on unseen text: over a seeded sample of ANT articles, every body sentence with a
 * reporting cue (a reporting verb or participle of `src/facts/reporting.ts`, an attribution
 * `حسب`/`بحسب`/`حسبما`/`وفقا لـ`/`نقلا عن`, or a quotation mark) that no quote of the `quotes` layer
 * overlaps (span, trigger or speaker). The misses are grouped by shape: the cue (conjunction
 * stripped), the classes of the 3 tokens after it and the class of the token before it
 * (`PER`/`ORG`/`LOC` entity, `ROLE` noun, `COMP` complementizer, `PREP`, `:`, `"`, `،`, `NUM`, `w`
 * any other word, `^` sentence start). A column says how many of each group `findQuotes` found
 * with `minConfidence: 'low'` (found, then dropped by the confidence filter) rather than not at all.
 * Articles of the held-out gold batches are left out (by file name only; their gold is not read).
 *
 * Usage: node --import tsx scripts/quote-drops.ts [--articles 1000] [--seed 7]
 *        [--cats middleEast,internationalNews,economy] [--groups 30] [--read 0] [--by shape|cue]
 */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { buildPipeline } from '../src/core/pipeline.ts';
import { layer, type Entity, type Sentence, type Token } from '../src/core/doc.ts';
import { DEFAULT_STAGES } from '../src/stages/index.ts';
import { readAnt } from '../src/corpus/ant.ts';
import { antSample, arg, sampleOptions } from './ant-sample.ts';
import { repoPath } from '../src/core/paths.ts';
import { findQuotes, type Quote } from '../src/facts/quotes.ts';
import { ATTRIBUTIONS, COMPLEMENTIZERS, PARTICIPLES, ROLE_NOUNS, reportingVerb } from '../src/facts/reporting.ts';

const opts = sampleOptions();
const { seed: SEED, cats: CATS } = opts;
const GROUPS = Number(arg('--groups', '30'));
const READ = Number(arg('--read', '0'));
const BY = arg('--by', 'shape');

/** Docnos of the held-out gold batches (file names only), left out of the sample. */
function heldOutDocnos(): Set<string> {
  const out = new Set<string>();
  const root = repoPath('data', 'eval');
  for (const d of readdirSync(root)) if (d.startsWith('held-out')) for (const f of readdirSync(repoPath('data', 'eval', d))) out.add(f.replace(/\.json$/, ''));
  return out;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»', '„', '＂']);
const PREPS = /^(في|الي|علي|عن|من|مع|خلال|بعد|قبل|ل|ب|لل)$/;
const ATTRIB_EXTRA = /^(و)?(حسبما|وفقا|وفق|طبقا|نقلا)$/;

/** The cue a token is, in a stable form, or null. */
function cueOf(t: Token): string | null {
  if (QUOTE_MARKS.has(t.norm) || QUOTE_MARKS.has(t.norm.trim())) return 'QUOTE_MARK';
  const v = reportingVerb(t.norm);
  if (v) return v;
  const bare = t.norm.replace(/^[وف]/, '');
  if (PARTICIPLES.has(t.norm) || ATTRIBUTIONS.has(t.norm)) return t.norm.replace(/^و(حسب|بحسب|وفقا)$/, '$1');
  if (PARTICIPLES.has(bare) || ATTRIBUTIONS.has(bare)) return bare;
  if (ATTRIB_EXTRA.test(t.norm)) return t.norm.replace(/^و(?=حسبما|وفق|طبقا|نقلا)/, '');
  return null;
}

const up = buildPipeline(DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((s) => s.name === 'quotes') + 1));
const held = heldOutDocnos();
const sample = antSample(opts, (f) => !held.has(basename(f).replace(/\.txt$/, '')));
if (!sample.length) {
  console.log('quote-drops: ANT corpus absent');
  process.exit(0);
}

interface Miss { key: string; lowFound: boolean; example: string }
const groups = new Map<string, Miss[]>();
let cueSentences = 0;
let covered = 0;
let quotesKept = 0;
for (const f of sample) {
  const a = readAnt(f);
  if (held.has(a.docno)) continue;
  const doc = up(a.title + '\n' + a.text, { published: a.published });
  const tokens = layer<Token>(doc, 'tokens');
  const sents = layer<Sentence>(doc, 'sentences');
  const ents = doc.layers.entities ? layer<Entity>(doc, 'entities') : [];
  const kept = (doc.layers.quotes ?? []) as unknown as Quote[];
  quotesKept += kept.length;
  const low = findQuotes({ text: doc.text, tokens, sentences: sents, entities: ents, minConfidence: 'low' });
  const ranges = (qs: Quote[]) =>
    qs.flatMap((q) => [[q.start, q.end], q.trigger ? [q.trigger.start, q.trigger.end] : null, q.speaker?.start != null ? [q.speaker.start, q.speaker.end!] : null].filter((r): r is number[] => !!r));
  const keptR = ranges(kept);
  const lowR = ranges(low);
  const overlaps = (rs: number[][], s: number, e: number) => rs.some(([x, y]) => x! < e && y! > s);
  const entAt = (t: Token) => ents.find((e) => e.start <= t.start && e.end >= t.end);
  const cls = (t: Token | undefined): string => {
    if (!t) return '$';
    const e = entAt(t);
    if (e && ['PER', 'ORG', 'LOC'].includes(e.type)) return e.type;
    const n = t.norm;
    if (QUOTE_MARKS.has(n)) return '"';
    if (n === ':' || n === '،' || n === ',') return n === ':' ? ':' : '،';
    if (/^[\d.,]+$/.test(n)) return 'NUM';
    if (COMPLEMENTIZERS.has(n)) return 'COMP';
    if (ROLE_NOUNS.has(n) || ROLE_NOUNS.has(n.replace(/^ال/, '')) || ROLE_NOUNS.has(n.replace(/^[وفبل]/, ''))) return 'ROLE';
    if (PREPS.test(n)) return n;
    if (/^[.،؛;!?؟()\-–—]+$/.test(n)) return n;
    return 'w';
  };
  for (const s of sents) {
    if (s.kind !== 'body') continue;
    // the first verb or attribution cue; else the first quotation mark that opens four words or
    // more (or is not closed in the sentence): shorter quoted words are names and scare quotes
    let first = -1;
    for (let k = s.tokenStart; k < s.tokenEnd && first < 0; k++) {
      const c = cueOf(tokens[k]!);
      if (c && c !== 'QUOTE_MARK') first = k;
    }
    for (let k = s.tokenStart; k < s.tokenEnd && first < 0; k++) {
      if (cueOf(tokens[k]!) !== 'QUOTE_MARK') continue;
      let j = k + 1;
      while (j < s.tokenEnd && cueOf(tokens[j]!) !== 'QUOTE_MARK') j++;
      if (j >= s.tokenEnd || j - k - 1 >= 4) first = k;
      else k = j;
    }
    if (first < 0) continue;
    cueSentences++;
    if (overlaps(keptR, s.start, s.end)) { covered++; continue; }
    const cue = cueOf(tokens[first]!)!;
    const after = [1, 2, 3].map((d) => (first + d < s.tokenEnd ? cls(tokens[first + d]) : '$'));
    const before = first === s.tokenStart ? '^' : cls(tokens[first - 1]);
    const key = BY === 'cue' ? cue : `${before} [${cue}] ${after.join(' ')}`;
    const text = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ');
    const at = tokens[first]!.start - s.start;
    const ex = `${a.docno} | ${text.slice(Math.max(0, at - 80), at)}⟦${text.slice(at, tokens[first]!.end - s.start)}⟧${text.slice(tokens[first]!.end - s.start, at + 220)}`;
    const list = groups.get(key) ?? [];
    list.push({ key, lowFound: overlaps(lowR, s.start, s.end), example: ex });
    groups.set(key, list);
  }
}
const misses = [...groups.values()].reduce((n, g) => n + g.length, 0);
console.log(`${sample.length} ANT articles (${CATS.join(', ')}; seed ${SEED}; held-out gold articles left out): ${quotesKept} quotes kept;`);
console.log(`${cueSentences} body sentences with a reporting cue, ${covered} with a quote, ${misses} without (${((100 * misses) / cueSentences).toFixed(1)}%)\n`);
console.log(`| missed | share | found at low / no speaker | shape (word before [cue] 3 after) |`);
console.log('|---:|---:|---:|---|');
const rows = [...groups.entries()].sort((x, y) => y[1].length - x[1].length);
for (const [k, g] of rows.slice(0, GROUPS)) console.log(`| ${g.length} | ${((100 * g.length) / misses).toFixed(1)}% | ${g.filter((m) => m.lowFound).length} | \`${k}\` |`);
if (READ) {
  for (const [k, g] of rows.slice(0, GROUPS)) {
    console.log(`\n## ${k}: ${g.length} missed (${Math.min(READ, g.length)} read, evenly spaced)`);
    const step = Math.max(1, Math.floor(g.length / READ));
    for (let i = 0, shown = 0; i < g.length && shown < READ; i += step, shown++) console.log(`- ${g[i]!.lowFound ? '[low] ' : ''}${g[i]!.example}`);
  }
}
