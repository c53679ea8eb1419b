/**
 * Tokenizer with UTF-16 offsets.
 *
 * Token kinds:
 * - `word`: Arabic letters with their diacritics and tatweel (`وبكازاخستان`, `إلهام`);
 * - `number`: digits in any script with inner separators (`2024`, `1,000`, `3.5`, `4ر16`, `١٥`);
 * - `latin`: Latin letters and digits starting with a letter (`COP29`, `G20`, `BBC`);
 * - `quote`: quotation marks (“ ” « » " ' ‘ ’ „);
 * - `punct`: other punctuation, one character per token (`،` `.` `؟` `(` `–`);
 * - `symbol`: anything else that is not a space (`%`, `$`, emoji).
 *
 * Invisible characters (bidi marks U+200E/U+200F/U+061C, zero-width joiners, BOM) never
 * start a token; inside a word they stay in it (and vanish from `norm`); between words
 * they are skipped like spaces.
 */
import type { Token, TokenKind } from '../core/doc.ts';
import { DECIMAL_MARKS, NUMBER_INNER_SEPARATORS, QUOTES, digitValue, isArabicLetter, isDiacritic, isIgnorable, TATWEEL } from './chars.ts';
import { norm } from './normalize.ts';

/** Character classes, precomputed for the BMP. */
const enum C {
  Space = 0,
  Arabic = 1, // letter
  Mark = 2, // diacritic or tatweel: continues an Arabic word
  Digit = 3,
  Latin = 4,
  Ignorable = 5,
  Quote = 6,
  Punct = 7,
  Symbol = 8,
}

const CLASS = new Uint8Array(0x10000);
(function build() {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    let k: C;
    if (isIgnorable(c)) k = C.Ignorable;
    else if (/\s/.test(ch)) k = C.Space;
    else if (digitValue(c) >= 0) k = C.Digit;
    else if (isDiacritic(c) || c === TATWEEL) k = C.Mark;
    else if (isArabicLetter(c)) k = C.Arabic;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) k = C.Latin;
    else if (QUOTES[ch]) k = C.Quote;
    else if (/\p{P}/u.test(ch)) k = C.Punct;
    else if (c >= 0xd800 && c <= 0xdfff) k = C.Symbol; // surrogate halves: kept together below
    else if (/\p{L}/u.test(ch)) k = C.Latin; // other scripts (Cyrillic, Greek, CJK...) as "latin"-like words
    else if (/\p{M}/u.test(ch)) k = C.Mark;
    else k = C.Symbol;
    CLASS[c] = k;
  }
})();

/** Class of the code unit at `i` (or Space past the end). */
function cls(text: string, i: number): C {
  return i < text.length ? (CLASS[text.charCodeAt(i)] as C) : C.Space;
}

/** Next index ≥ i that is not an ignorable character. */
function skipIgnorables(text: string, i: number): number {
  while (i < text.length && CLASS[text.charCodeAt(i)] === C.Ignorable) i++;
  return i;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = CLASS[text.charCodeAt(i)] as C;
    if (k === C.Space || k === C.Ignorable) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (k === C.Arabic || k === C.Mark) {
      kind = 'word';
      i++;
      for (;;) {
        const c = cls(text, i);
        if (c === C.Arabic || c === C.Mark) i++;
        else if (c === C.Ignorable) {
          const j = skipIgnorables(text, i);
          const cj = cls(text, j);
          if (cj === C.Arabic || cj === C.Mark) i = j;
          else break;
        } else break;
      }
    } else if (k === C.Digit) {
      kind = 'number';
      i++;
      for (;;) {
        const c = cls(text, i);
        if (c === C.Digit) i++;
        else if (c === C.Ignorable) {
          const j = skipIgnorables(text, i);
          if (cls(text, j) === C.Digit) i = j;
          else break;
        } else if (NUMBER_INNER_SEPARATORS.has(text[i]!) && cls(text, i + 1) === C.Digit && acceptSeparator(text, start, i)) {
          i += 2;
        } else break;
      }
      // A Latin letter right after digits (e.g. "29COP") makes no sense as one token: split.
    } else if (k === C.Latin) {
      kind = 'latin';
      i++;
      for (;;) {
        const c = cls(text, i);
        if (c === C.Latin || c === C.Digit) i++;
        else if (c === C.Mark && !isDiacritic(text.charCodeAt(i)) && text.charCodeAt(i) !== TATWEEL) i++; // combining accents
        else break;
      }
    } else if (k === C.Quote) {
      kind = 'quote';
      i++;
    } else if (k === C.Punct) {
      kind = 'punct';
      i++;
      // Keep runs of the same punctuation (`...`, `!!`, `--`) together.
      while (i < n && text[i] === text[start]) i++;
    } else {
      kind = 'symbol';
      const code = text.charCodeAt(i);
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    const surface = text.slice(start, i);
    tokens.push({ start, end: i, kind, norm: kind === 'number' ? numberNorm(surface) : norm(surface) });
  }
  return tokens;
}

/**
 * Whether a separator at `sep` inside a digit run belongs to the number.
 * `ر` only as a decimal mark between digits (`4ر16`); `،` (Arabic comma) only when it groups
 * thousands (exactly three digits follow, as in `1،000`), otherwise it is a list comma (`5، 6`).
 */
function acceptSeparator(text: string, start: number, sep: number): boolean {
  const ch = text[sep]!;
  if (ch === '،' || ch === ',' || ch === '٬') {
    let j = sep + 1;
    let d = 0;
    while (j < text.length && digitValue(text.charCodeAt(j)) >= 0) {
      j++;
      d++;
    }
    return d === 3;
  }
  void start;
  return true;
}

/** ASCII digits, `.` as the decimal mark, thousands separators dropped: `1,000` -> `1000`, `4ر16` -> `4.16`. */
export function numberNorm(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const d = digitValue(ch.charCodeAt(0));
    if (d >= 0) out += d;
    else if (DECIMAL_MARKS.has(ch)) out += '.';
    // thousands separators and invisibles dropped
  }
  return out;
}
