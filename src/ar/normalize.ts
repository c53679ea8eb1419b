/**
 * Normalisation for matching, driven by the tables in `chars.ts`.
 *
 * `normalizeWithMap(text)` returns the normalised string and, for each of its UTF-16
 * units, the offset of the original unit it came from (plus one final entry for the
 * end), so a match in the normalised view maps back to the original text exactly.
 * `norm(s)` is the same without the map, for keys and lookups.
 *
 * What it does: drops diacritics, tatweel and invisible format characters (bidi marks,
 * zero-width joiners, BOM); unifies alef/hamza forms, taa marbuta, alef maqsura and
 * Persian letters; decomposes Arabic presentation forms (ligatures such as `ﻻ`);
 * turns Eastern Arabic and Persian digits into ASCII; maps Arabic punctuation to ASCII;
 * lower-cases Latin letters. It never changes the original text.
 */
import {
  DIGIT_ZEROS,
  LETTER_MAP,
  PRESENTATION_FORMS,
  PUNCT_MAP,
  TATWEEL,
  inRanges,
  isDiacritic,
  isIgnorable,
} from './chars.ts';

/** Per UTF-16 unit: undefined = keep, '' = drop, else replacement. Built once from the data tables. */
const TABLE: (string | undefined)[] = new Array(0x10000);

function build(): void {
  for (let c = 0; c < 0x10000; c++) {
    if (isDiacritic(c) || c === TATWEEL || isIgnorable(c)) TABLE[c] = '';
  }
  for (const [k, v] of Object.entries(LETTER_MAP)) TABLE[k.charCodeAt(0)] = v;
  for (const [k, v] of Object.entries(PUNCT_MAP)) TABLE[k.charCodeAt(0)] = v;
  for (const z of DIGIT_ZEROS) if (z !== 0x30) for (let d = 0; d < 10; d++) TABLE[z + d] = String(d);
  for (let c = 0x41; c <= 0x5a; c++) TABLE[c] = String.fromCharCode(c + 32);
  for (const [a, b] of PRESENTATION_FORMS) {
    for (let c = a; c <= b; c++) {
      const ch = String.fromCharCode(c);
      const nk = ch.normalize('NFKC');
      if (nk === ch) continue;
      // Re-normalise the decomposition with the tables above (e.g. ﻷ -> لأ -> لا).
      let out = '';
      for (let i = 0; i < nk.length; i++) {
        const cc = nk.charCodeAt(i);
        if (cc === 0x20) continue; // NFKC of some isolated forms yields a space + mark
        const r = TABLE[cc];
        out += r === undefined ? nk[i] : r;
      }
      TABLE[c] = out;
    }
  }
  // Non-breaking and other exotic spaces become plain spaces.
  for (const c of [0x00a0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]) {
    TABLE[c] = ' ';
  }
}
build();

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** `map[i]` = offset in the original of normalised unit `i`; `map[text.length]` = original length. */
  map: Uint32Array;
  /** The original text. */
  source: string;
}

/** Normalises `text` and keeps an offset map back to it. */
export function normalizeWithMap(text: string): Normalized {
  const map: number[] = [];
  let runStart = 0;
  let out = '';
  // Fast path: copy runs of unchanged characters in one slice.
  for (let i = 0; i < text.length; i++) {
    const r = TABLE[text.charCodeAt(i)];
    if (r === undefined) continue;
    if (runStart < i) {
      out += text.slice(runStart, i);
      for (let k = runStart; k < i; k++) map.push(k);
    }
    out += r;
    for (let k = 0; k < r.length; k++) map.push(i);
    runStart = i + 1;
  }
  if (runStart < text.length) {
    out += text.slice(runStart);
    for (let k = runStart; k < text.length; k++) map.push(k);
  }
  map.push(text.length);
  return { text: out, map: Uint32Array.from(map), source: text };
}

/** Normalised form of `s` for keys and lookups (no offset map). */
export function norm(s: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const r = TABLE[s.charCodeAt(i)];
    if (r === undefined) continue;
    if (runStart < i) out += s.slice(runStart, i);
    out += r;
    runStart = i + 1;
  }
  if (runStart === 0) return s;
  if (runStart < s.length) out += s.slice(runStart);
  return out;
}

/** Maps a `[start, end)` range of the normalised view back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.map[start]!;
  // End: the original unit after the last normalised unit of the range.
  let e = end > start ? n.map[end - 1]! + 1 : s;
  // Keep the diacritics and tatweel that follow the last letter (`الرَّئِيسُ`), not invisible controls.
  while (e < n.source.length && MARKS_AFTER(n.source.charCodeAt(e))) e++;
  return { start: s, end: Math.max(s, e) };
}

/** Removes a leading definite article `ال` from a normalised word (keeps short words whole). */
export function stripArticle(w: string): string {
  return w.length > 3 && w.charCodeAt(0) === 0x627 && w.charCodeAt(1) === 0x644 ? w.slice(2) : w;
}

/** True when a character is one the normaliser drops (diacritic, tatweel, invisible). */
export function isDropped(code: number): boolean {
  return TABLE[code] === '';
}

function MARKS_AFTER(code: number): boolean {
  return TABLE[code] === '' && !isIgnorable(code);
}
