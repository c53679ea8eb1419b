/**
 * The knowledge base: loads `data/kb/kb.json` (built by `scripts/build-kb.ts`) once and
 * indexes every Arabic name, spelling and demonym by its matching key (see `keys.ts`).
 *
 * - `getEntity(id)`: one entity;
 * - `lookup(query)`: entities for an Arabic name (any spelling, with clitics or article,
 *   fuzzy for long names), an English label, an ISO code or an id;
 * - `kbIndex()`: the index the gazetteer and link stages scan text with.
 */
import { readFileSync } from 'node:fs';
import { MarsadError } from '../core/errors.ts';
import { repoPath } from '../core/paths.ts';
import { norm } from '../ar/normalize.ts';
import { cliticReadings, keyUnits, laterKey, nameKey, wordKey } from './keys.ts';
import type { KbEntity, KbFile } from './types.ts';

export type AliasKind = 'name' | 'demonym';

/** One indexed name: the entity, the key words after the first, and how it may be used. */
export interface AliasEntry {
  entity: number;
  rest: readonly string[];
  kind: AliasKind;
  ambiguous: boolean;
  alias: string;
}

export interface KbIndex {
  readonly entities: readonly KbEntity[];
  readonly byId: ReadonlyMap<string, number>;
  /** First-word key -> names starting with it (longest first). */
  readonly byFirst: ReadonlyMap<string, readonly AliasEntry[]>;
  /** One-deletion neighbourhood of single-word place names, for fuzzy matching. */
  readonly deletions: ReadonlyMap<string, readonly string[]>;
}

/** Kinds eligible for fuzzy spelling matches (transliterated place names vary most). */
export const FUZZY_KINDS = new Set(['country', 'city', 'region', 'sea', 'river']);
/** Minimum key length for fuzzy matching: shorter names collide with common words (`مصر`/`مصرف`). */
export const FUZZY_MIN = 6;

let INDEX: KbIndex | undefined;
let PATH = repoPath('data', 'kb', 'kb.json');

/** Use another KB file (tests, custom deployments). Resets the loaded index. */
export function useKbFile(path: string): void {
  PATH = path;
  INDEX = undefined;
}

export function kbIndex(): KbIndex {
  if (INDEX) return INDEX;
  let file: KbFile;
  try {
    file = JSON.parse(readFileSync(PATH, 'utf8')) as KbFile;
  } catch (e) {
    throw new MarsadError('E_MODEL', `knowledge base ${PATH} is missing or unreadable (${(e as Error).message}); run scripts/build-kb.ts`);
  }
  if (file.schema !== 'marsad.kb/1' || !Array.isArray(file.entities)) throw new MarsadError('E_MODEL', `knowledge base ${PATH} has an unknown schema`);
  INDEX = buildIndex(file.entities);
  return INDEX;
}

export function buildIndex(entities: readonly KbEntity[]): KbIndex {
  const byId = new Map<string, number>();
  const byFirst = new Map<string, AliasEntry[]>();
  const deletions = new Map<string, string[]>();
  const seen = new Set<string>();
  const add = (i: number, alias: string, kind: AliasKind, ambiguous: boolean): void => {
    const units = keyUnits(alias);
    if (!units.length) return;
    const first = units[0]!.whole;
    if (!first) return;
    const rest = units.slice(1).map(laterKey);
    // one-word names keep both spellings, with and without the article (`البنتاغون`, `بنتاغون`):
    // the gazetteer takes a one-word name only when the text agrees with it on the article
    const art = rest.length === 0 && /^ال.{2}/.test(norm(alias.trim()));
    const dedup = `${i}\u0001${first} ${rest.join(' ')}\u0001${kind}\u0001${art}`;
    if (seen.has(dedup)) return;
    seen.add(dedup);
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    list.push({ entity: i, rest, kind, ambiguous, alias });
    if (kind === 'name' && !ambiguous && rest.length === 0 && first.length >= FUZZY_MIN && FUZZY_KINDS.has(entities[i]!.kind)) {
      for (const d of deletes(first)) {
        const l = deletions.get(d);
        if (!l) deletions.set(d, [first]);
        else if (!l.includes(first)) l.push(first);
      }
    }
  };
  entities.forEach((e, i) => {
    byId.set(e.id, i);
    for (const a of e.aliases) for (const v of abdSpellings(a)) add(i, v, 'name', false);
    for (const a of e.ambiguous ?? []) for (const v of abdSpellings(a)) add(i, v, 'name', true);
    for (const a of e.demonyms ?? []) add(i, a, 'demonym', false);
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return { entities, byId, byFirst, deletions };
}

/** A name with `عبد` + a word with the article, written apart and joined (`عبد الفتاح`, `عبدالفتاح`). */
export function abdSpellings(a: string): string[] {
  if (!/عبد/.test(a)) return [a];
  const joined = a.replace(/(^|\s)عبد\s+(?=ال)/g, '$1عبد');
  const apart = a.replace(/(^|\s)عبد(?=ال)/g, '$1عبد ');
  return [...new Set([a, joined, apart])];
}

/** The string itself and every string with one character deleted. */
export function deletes(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

export function getEntity(id: string): KbEntity | undefined {
  const ix = kbIndex();
  const i = ix.byId.get(id);
  return i === undefined ? undefined : ix.entities[i];
}

// ------------------------------------------------------------------ fuzzy guard

/** Letters whose presence or absence is a spelling variant of transliterated names. */
const VOWELS = new Set(['ا', 'و', 'ي', 'ه']);
/** Letter pairs that transliterations of the same sound alternate between. */
const SUBST = new Set(['قك', 'كق', 'سص', 'صس', 'تط', 'طت', 'زذ', 'ذز', 'زظ', 'ظز', 'دض', 'ضد', 'غق', 'قغ', 'جغ', 'غج', 'كغ', 'غك', 'اي', 'يا', 'او', 'وا', 'وي', 'يو', 'اه', 'ها']);
/** Endings that make a different word from a name (adjective, plural, feminine), not another spelling. */
const SUFFIXES = ['ي', 'ه', 'يه', 'ين', 'ون', 'ان', 'ات', 'يون', 'يين'];

/**
 * One edit between `a` (text) and `b` (name key), allowed only for spelling variation:
 * a vowel letter inserted or dropped, or a substitution between letters that render the
 * same foreign sound. Never when `a` is `b` plus an ending (`قطري` is not `قطر`).
 */
export function spellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < FUZZY_MIN || b.length < FUZZY_MIN) return false;
  if (a[0] !== b[0]) return false;
  if (a.startsWith(b) && SUFFIXES.includes(a.slice(b.length))) return false;
  if (b.startsWith(a) && SUFFIXES.includes(b.slice(a.length))) return false;
  if (a.length === b.length) {
    let diff = -1;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) {
        if (diff >= 0) return false;
        diff = i;
      }
    }
    // the last letter carries case and gender endings (سعوديا / سعودية): not a spelling variant
    if (diff === a.length - 1 && VOWELS.has(a[diff]!) && VOWELS.has(b[diff]!)) return false;
    return diff < 0 || SUBST.has(a[diff]! + b[diff]!);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (long.slice(i + 1) !== short.slice(i)) return false;
  return VOWELS.has(long[i]!) && i > 0 && i < long.length - 1;
}

const FUZZY_CACHE = new WeakMap<KbIndex, Map<string, string[]>>();
const NONE: string[] = [];

/** Name keys within one spelling edit of `key` (see `spellingVariant`). Cached per word. */
export function fuzzyKeys(key: string, ix: KbIndex = kbIndex()): string[] {
  if (key.length < FUZZY_MIN) return NONE;
  let cache = FUZZY_CACHE.get(ix);
  if (!cache) FUZZY_CACHE.set(ix, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const out = new Set<string>();
  for (const d of deletes(key)) {
    for (const k of ix.deletions.get(d) ?? NONE) if (k !== key && spellingVariant(key, k)) out.add(k);
  }
  const res = out.size ? [...out] : NONE;
  if (cache.size > 100_000) cache.clear();
  cache.set(key, res);
  return res;
}

// ------------------------------------------------------------------ lookup

export interface LookupHit {
  entity: KbEntity;
  /** How the query matched. */
  match: 'exact' | 'demonym' | 'stem' | 'fuzzy' | 'english' | 'id';
  alias: string;
}

/**
 * Entities for a query: an Arabic name in any known spelling (`قرغيزستان`, `وبكازاخستان`,
 * `الأذربيجانية`), an English label (`Kyrgyzstan`), an ISO code (`KG`), or an id (`Q813`).
 * Best matches first; an empty list when nothing matches.
 */
export function lookup(query: string, opts: { limit?: number } = {}): LookupHit[] {
  const ix = kbIndex();
  const limit = opts.limit ?? 10;
  const q = (query ?? '').trim();
  if (!q) return [];
  // the same words come back article after article (the NER stage asks for every candidate name)
  let cache = LOOKUP_CACHE.get(ix);
  if (!cache) LOOKUP_CACHE.set(ix, (cache = new Map()));
  let hits = cache.get(q);
  if (!hits) {
    hits = lookupAll(ix, q);
    if (cache.size > 50_000) cache.clear();
    cache.set(q, hits);
  }
  return hits.slice(0, limit).map((h) => ({ ...h }));
}

/** Every hit of `lookup` for a trimmed, non-empty query, in order (cached by `lookup`). */
const LOOKUP_CACHE = new WeakMap<KbIndex, Map<string, LookupHit[]>>();

function lookupAll(ix: KbIndex, q: string): LookupHit[] {
  const hits: LookupHit[] = [];
  const seen = new Set<number>();
  const push = (i: number, match: LookupHit['match'], alias: string): void => {
    if (seen.has(i)) return;
    seen.add(i);
    hits.push({ entity: ix.entities[i]!, match, alias });
  };
  const byIdHit = ix.byId.get(q);
  if (byIdHit !== undefined) push(byIdHit, 'id', q);
  if (/[\u0600-\u06ff]/.test(q)) {
    const units = keyUnits(q);
    if (units.length) {
      const rest = units.slice(1).map(laterKey);
      const tryFirst = (first: string, how: 'exact' | 'stem' | 'fuzzy'): void => {
        for (const e of ix.byFirst.get(first) ?? []) {
          if (e.rest.length !== rest.length || e.rest.some((r, k) => r !== rest[k])) continue;
          push(e.entity, e.kind === 'demonym' ? 'demonym' : how, e.alias);
        }
      };
      tryFirst(units[0]!.whole, 'exact');
      if (units[0]!.stem !== units[0]!.whole) tryFirst(units[0]!.stem, 'stem');
      if (!hits.length) for (const r of cliticReadings(norm(q.split(/\s+/)[0]!))) if (!hits.length) tryFirst(wordKey(r.rest), 'stem');
      if (!hits.length && rest.length === 0) for (const k of fuzzyKeys(units[0]!.stem, ix)) tryFirst(k, 'fuzzy');
    }
  } else {
    const lq = q.toLowerCase();
    const upper = q.toUpperCase();
    ix.entities.forEach((e, i) => {
      if (e.iso === upper || e.iso3 === upper || e.label_en.toLowerCase() === lq) push(i, 'english', e.label_en);
    });
    ix.entities.forEach((e, i) => {
      if (e.label_en.toLowerCase().startsWith(lq)) push(i, 'english', e.label_en);
    });
    ix.entities.forEach((e, i) => {
      if (lq.length >= 3 && e.label_en.toLowerCase().includes(lq)) push(i, 'english', e.label_en);
    });
    // Latin names indexed as Arabic aliases (COP29, BBC)
    const k = nameKey(q);
    for (const e of ix.byFirst.get(k.split(' ')[0] ?? '') ?? []) if (e.rest.join(' ') === k.split(' ').slice(1).join(' ')) push(e.entity, 'exact', e.alias);
  }
  return hits;
}

/** Every Arabic name and demonym of an entity, for display. */
export function aliasesOf(id: string): { names: string[]; demonyms: string[]; ambiguous: string[] } {
  const e = getEntity(id);
  if (!e) return { names: [], demonyms: [], ambiguous: [] };
  return { names: [...e.aliases], demonyms: [...(e.demonyms ?? [])], ambiguous: [...(e.ambiguous ?? [])] };
}

/** The role of a person valid at `date` (ISO), else the most recent one. */
export function roleAt(e: KbEntity, date?: string): string | undefined {
  if (!e.roles?.length) return undefined;
  if (date) {
    const d = date.slice(0, 10);
    const hit = e.roles.find((r) => (!r.from || r.from <= d) && (!r.to || d < r.to));
    if (hit) return hit.title;
  }
  const open = e.roles.find((r) => !r.to);
  return (open ?? e.roles[0]!).title;
}

export { norm, wordKey };
