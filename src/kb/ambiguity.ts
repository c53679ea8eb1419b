/**
 * Names with several readings (`عمان`: Oman or Amman; `طرابلس`: Tripoli in Libya or in
 * Lebanon) and the context cues that choose between them, from `data/kb/ambiguous.txt`.
 *
 * `chooseReading` scores each reading of a mention with the cues of the table (the words right
 * before or after it, words in its sentence, a dateline, coordination with a place of some kind)
 * plus the support of the reading's own country elsewhere in the sentence or article, and
 * returns the readings best first. Ties keep the table's order (its first reading is the default).
 */
import { readFileSync } from 'node:fs';
import { repoPath } from '../core/paths.ts';
import { keyUnits, laterKey, nameKey, phraseKeys } from './keys.ts';
import type { KbIndex } from './kb.ts';
import type { GazetteerMatch, ScanItem } from './scan.ts';

/** Cue weights (documented in the data file's header). */
export const CUE_WEIGHT = { phrase: 3, dateline: 3, coordinated: 3, near: 2, countrySentence: 2, countryArticle: 1 } as const;
/** Score a reading needs to link a name marked ambiguous without a NER span. */
export const STRONG = 3;

export interface Reading {
  id: string;
  /** Word keys right before the name (nearest last) / right after it. */
  before: string[][];
  after: string[][];
  /** Sentence words: exact keys, or prefixes when ending in `*`. */
  near: string[];
  dateline: boolean;
  coordinated: Set<string>;
}

export type AmbiguityTable = ReadonlyMap<string, readonly Reading[]>;

let TABLE: AmbiguityTable | undefined;
export const AMBIGUITY_FILE = repoPath('data', 'kb', 'ambiguous.txt');

/** Parses the table (see the file header for the format). */
export function parseAmbiguity(text: string): Map<string, Reading[]> {
  const out = new Map<string, Reading[]>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [name, id, cues] = line.split(' | ').map((s) => s.trim());
    if (!name || !id) continue;
    const r: Reading = { id, before: [], after: [], near: [], dateline: false, coordinated: new Set() };
    for (const c of (cues ?? '').split(';').map((s) => s.trim()).filter(Boolean)) {
      const eq = c.indexOf('=');
      const k = eq < 0 ? c : c.slice(0, eq).trim();
      const v = eq < 0 ? '' : c.slice(eq + 1).trim();
      if (k === 'before' && v) r.before.push(phraseKeys(v));
      else if (k === 'after' && v) r.after.push(phraseKeys(v));
      else if (k === 'near') for (const w of v.split(',').map((s) => s.trim()).filter(Boolean)) {
        if (/\s/.test(w)) throw new Error(`${AMBIGUITY_FILE}: near= takes single words ("${w}" for ${name})`);
        r.near.push(w.endsWith('*') ? nearKey(w.slice(0, -1)) + '*' : nearKey(w));
      }
      else if (k === 'dateline') r.dateline = true;
      else if (k === 'coordinated' && v) r.coordinated.add(v);
      else throw new Error(`${AMBIGUITY_FILE}: unknown cue "${c}" for ${name}`);
    }
    const key = nameKey(name);
    let l = out.get(key);
    if (!l) out.set(key, (l = []));
    l.push(r);
  }
  return out;
}

function nearKey(w: string): string {
  return keyUnits(w)[0]?.stem ?? '';
}

export function ambiguityTable(): AmbiguityTable {
  if (TABLE) return TABLE;
  let text = '';
  try {
    text = readFileSync(AMBIGUITY_FILE, 'utf8');
  } catch {
    text = '';
  }
  TABLE = parseAmbiguity(text);
  return TABLE;
}

/** What `chooseReading` needs to know about the article. */
export interface AmbiguityContext {
  text: string;
  items: readonly ScanItem[];
  /** Gazetteer name and demonym matches of the article. */
  gaz: readonly GazetteerMatch[];
  ix: KbIndex;
  /** `[start, end)` of the sentence around a character offset. */
  sentence(pos: number): [number, number];
}

export interface Scored {
  id: string;
  score: number;
}

/** Readings of the name at items `[from, to)` (key `key`), best first, with their scores. */
export function chooseReading(ctx: AmbiguityContext, key: string, from: number, to: number, table: AmbiguityTable = ambiguityTable()): Scored[] | undefined {
  const readings = table.get(key);
  if (!readings?.length) return undefined;
  const { items, ix } = ctx;
  const first = items[from]!;
  const start = first.stemStart;
  const end = items[to - 1]!.end;
  const [ss, se] = ctx.sentence(start);
  // the countries other (unambiguous) names and adjectives point to, in the sentence and the article
  const inSentence = new Set<string>();
  const inArticle = new Set<string>();
  for (const g of ctx.gaz) {
    if (g.ambiguous || g.alt?.length || (g.start < end && start < g.end)) continue;
    if (table.has(keyOf(items, g.from, g.to))) continue;
    const e = ix.entities[ix.byId.get(g.id) ?? -1];
    const c = e ? (e.kind === 'country' ? e.iso : e.country) : undefined;
    if (!c) continue;
    inArticle.add(c);
    if (g.start >= ss && g.end <= se) inSentence.add(c);
  }
  const scored = readings.map((r, order) => {
    let score = 0;
    const e = ix.entities[ix.byId.get(r.id) ?? -1];
    if (!e) return { id: r.id, score: -1, order };
    if (r.before.some((p) => phraseBefore(items, from, p))) score += CUE_WEIGHT.phrase;
    if (r.after.some((p) => phraseAfter(items, to, p))) score += CUE_WEIGHT.phrase;
    if (r.near.length && nearIn(items, ss, se, from, to, r.near)) score += CUE_WEIGHT.near;
    if (r.dateline && isDateline(ctx.text, start, end)) score += CUE_WEIGHT.dateline;
    if (r.coordinated.size && coordinatedWith(ctx, from, to, r.coordinated)) score += CUE_WEIGHT.coordinated;
    const c = e.kind === 'country' ? e.iso : e.country;
    if (c && inSentence.has(c)) score += CUE_WEIGHT.countrySentence;
    else if (c && inArticle.has(c)) score += CUE_WEIGHT.countryArticle;
    return { id: r.id, score, order };
  });
  return scored
    .filter((s) => s.score >= 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ id, score }) => ({ id, score }));
}

/** Matching key of items `[from, to)` (as `nameKey` gives for the name). */
export function keyOf(items: readonly ScanItem[], from: number, to: number): string {
  const ks: string[] = [];
  for (let i = from; i < to; i++) ks.push(i === from ? items[i]!.stem : laterKey(items[i]!));
  return ks.join(' ');
}

function unitMatches(it: ScanItem, k: string, first: boolean): boolean {
  return it.stem === k || (!first && laterKey(it) === k);
}

function phraseBefore(items: readonly ScanItem[], from: number, p: readonly string[]): boolean {
  const s = from - p.length;
  if (s < 0 || items[from]!.breakBefore) return false;
  // a conjunction on the name starts a new phrase (`الأردن وعمان`)
  if (items[from]!.prefix.startsWith('و') || items[from]!.prefix.startsWith('ف')) return false;
  for (let k = 0; k < p.length; k++) {
    const it = items[s + k]!;
    if (k > 0 && it.breakBefore) return false;
    if (!unitMatches(it, p[k]!, k === 0)) return false;
  }
  return true;
}

function phraseAfter(items: readonly ScanItem[], to: number, p: readonly string[]): boolean {
  if (to + p.length > items.length) return false;
  for (let k = 0; k < p.length; k++) {
    const it = items[to + k]!;
    if (it.breakBefore) return false;
    if (!unitMatches(it, p[k]!, k === 0) || (k === 0 && it.prefix)) return false;
  }
  return true;
}

function nearIn(items: readonly ScanItem[], ss: number, se: number, from: number, to: number, near: readonly string[]): boolean {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.end <= ss) continue;
    if (it.start >= se) break;
    if (i >= from && i < to) continue;
    for (const w of near) if (w.endsWith('*') ? it.stem.startsWith(w.slice(0, -1)) : it.stem === w) return true;
  }
  return false;
}

/** `عمان - `, `عمان (رويترز) -`, `عمان:` at the start of a paragraph. */
export function isDateline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== '') return false;
  return /^[ \t]*(\([^()\n]{1,40}\)[ \t]*)?[-\u2013\u2014:]/.test(text.slice(end, end + 50));
}

/** Joined by و to a KB name of one of `kinds` (`عمان والإمارات`, `الإمارات وعمان`). */
function coordinatedWith(ctx: AmbiguityContext, from: number, to: number, kinds: ReadonlySet<string>): boolean {
  const { items, gaz, ix } = ctx;
  const kindOk = (g: GazetteerMatch): boolean => g.kind === 'name' && !g.ambiguous && kinds.has(ix.entities[ix.byId.get(g.id) ?? -1]?.kind ?? '');
  const next = items[to];
  if (next && !next.breakBefore && next.prefix.startsWith('و') && gaz.some((g) => g.from === to && kindOk(g))) return true;
  if (items[from]!.prefix.startsWith('و') && !items[from]!.breakBefore && gaz.some((g) => g.to === from && kindOk(g))) return true;
  return false;
}
