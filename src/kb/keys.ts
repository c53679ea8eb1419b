/**
 * Matching keys for names: the same function turns a KB alias and a stretch of article
 * text into the same string, so lookups are exact Map hits.
 *
 * A key is a sequence of word keys joined by spaces. A word key is the normalised word
 * (see `ar/normalize.ts`) with the definite article removed (twice, so that `الألماني`,
 * `ألماني` and `الماني` agree; names that begin with `ال`, like `إلهام`, lose it on both sides
 * alike). The first word of a name is taken whole (its proclitics belong to the sentence,
 * not the name: the text side tries the clitic-stripped stem as well); later words keep
 * their proclitics as a `prefix+` mark (`التاسع والعشرين` -> `تاسع و+عشرين`), so a name never
 * matches across a conjunction it does not contain.
 */
import { norm, stripArticle } from '../ar/normalize.ts';
import { splitClitics } from '../ar/clitics.ts';
import { tokenize } from '../ar/tokenize.ts';

/** Key of one normalised word. */
export function wordKey(normWord: string): string {
  return stripArticle(stripArticle(normWord));
}

/** Dash-like tokens that names may contain (`باكو – تبليسي – قارص`); they are skipped. */
export const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '/']);

/** One unit of a name: the key of the whole token and of its stem, with the proclitic letters. */
export interface KeyUnit {
  whole: string;
  stem: string;
  prefix: string;
}

/** Splits a name or phrase into key units (dashes skipped; other punctuation dropped). */
export function keyUnits(text: string): KeyUnit[] {
  const out: KeyUnit[] = [];
  for (const t of tokenize(text)) {
    if (t.kind === 'punct' || t.kind === 'quote' || t.kind === 'symbol') {
      // "+" in names such as OPEC+ is kept as its own unit
      if (t.norm === '+') out.push({ whole: '+', stem: '+', prefix: '' });
      continue;
    }
    if (t.kind !== 'word') {
      out.push({ whole: t.norm, stem: t.norm, prefix: '' });
      continue;
    }
    const { prefix, stem } = splitClitics(t.norm);
    out.push({ whole: wordKey(t.norm), stem: wordKey(stem), prefix });
  }
  return out;
}

/** Key of a name for the index: first unit whole, later units as `prefix+stem`. */
export function nameKey(text: string): string {
  return unitsKey(keyUnits(text));
}

export function unitsKey(units: readonly KeyUnit[]): string {
  return unitKeys(units).join(' ');
}

/** The keys of a name's units, one per unit: the first whole, later ones as `prefix+stem` (`unitsKey` joins them). */
export function unitKeys(units: readonly KeyUnit[]): string[] {
  return units.map((u, i) => (i === 0 ? u.whole : laterKey(u)));
}

/** Key of a non-first unit. */
export function laterKey(u: KeyUnit): string {
  return u.prefix ? u.prefix + '+' + u.stem : u.stem;
}

/** `laterKey(u) === key`, without building the key string (the scan compares it for every candidate name). */
export function laterKeyIs(u: KeyUnit, key: string): boolean {
  const p = u.prefix;
  if (!p) return u.stem === key;
  const s = u.stem;
  return key.length === p.length + 1 + s.length && key.charCodeAt(p.length) === 43 && key.startsWith(p) && key.endsWith(s);
}

/** Match keys of a phrase (a title, a body head, a context cue): the first word's stem, then each later word with its proclitics (`laterKey`). */
export function phraseKeys(text: string): string[] {
  return keyUnits(text).map((u, i) => (i === 0 ? u.stem : laterKey(u)));
}

/** Normalised form of a whole query string (for lookups of free text). */
export function queryNorm(s: string): string {
  return norm(s).trim();
}

/**
 * Proclitic readings of a normalised word the segmenter left whole (unknown words such as
 * `وبقيرغيزستان`): `[و|ف]? [ب|ل|ك]?` stripped, `لل` read as `ل` + `ال`. Longest prefix first;
 * remainders shorter than 4 letters are not offered. Callers use them only when the whole
 * word matches nothing.
 */
export function cliticReadings(w: string): { prefix: string; rest: string }[] {
  const out: { prefix: string; rest: string }[] = [];
  const conj = w[0] === 'و' || w[0] === 'ف' ? 1 : 0;
  for (let c = conj; c >= 0; c--) {
    const r = w.slice(c);
    const p = r[0];
    if (p === 'ل' && r[1] === 'ل' && r.length >= 6) out.push({ prefix: w.slice(0, c + 1), rest: 'ا' + r.slice(1) });
    if ((p === 'ب' || p === 'ل' || p === 'ك') && r.length - 1 >= 4) out.push({ prefix: w.slice(0, c + 1), rest: r.slice(1) });
    if (c > 0 && r.length >= 4) out.push({ prefix: w.slice(0, c), rest: r });
  }
  return out;
}
