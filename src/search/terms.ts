/**
 * Search terms: the words of a text with their offsets, and a light Arabic stemmer.
 *
 * The same function turns article text (when indexing) and query text (when searching)
 * into terms, so both sides always agree: `الاستثمارية`, `والاستثمار` and `استثمار`
 * all become the term `استثمار`.
 *
 * The stemmer is a light stemmer in the spirit of Larkey's light10: on the normalised
 * word (see `ar/normalize.ts`) it strips one conjunction (و ف), a preposition + article
 * (بال كال لل وال ...), a bare preposition (ب ل ك) before a long remainder, the article
 * ال, then common suffixes (ها ان ات ون ين يه ه ي ...), never leaving fewer than three
 * letters. It conflates some unrelated words; it never splits one word into two terms.
 * Terms only ever contain letters and digits, so they are safe to quote in any query
 * language (FTS5, tsquery).
 */
import { norm } from '../ar/normalize.ts';

export interface Term {
  /** Offsets of the word in the original text. */
  start: number;
  end: number;
  /** The search term (normalised, stemmed); letters and digits only. */
  term: string;
}

/** A word: letters, digits, combining marks and tatweel (marks are dropped by `norm`). */
const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;
const ARABIC_LETTER = /^[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+$/;

const ARTICLE_PREFIXES = ['وبال', 'وكال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال'];
const SUFFIXES = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'نا', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
const MIN_STEM = 3;

/** Light stem of one normalised word. Non-Arabic words come back unchanged. */
export function stem(w: string): string {
  if (w.length <= MIN_STEM || !ARABIC_LETTER.test(w)) return w;
  let s = w;
  let stripped = false;
  for (const p of ARTICLE_PREFIXES) {
    if (s.startsWith(p) && s.length - p.length >= MIN_STEM) {
      s = s.slice(p.length);
      stripped = true;
      break;
    }
  }
  if (!stripped) {
    // one conjunction, then one preposition before a long remainder
    if ((s[0] === 'و' || s[0] === 'ف') && s.length - 1 >= MIN_STEM) s = s.slice(1);
    if ((s[0] === 'ب' || s[0] === 'ل' || s[0] === 'ك') && s.length - 1 >= 5) s = s.slice(1);
    if (s.startsWith('ال') && s.length - 2 >= MIN_STEM) s = s.slice(2);
  }
  for (const suf of SUFFIXES) {
    if (s.length - suf.length >= MIN_STEM && s.endsWith(suf)) s = s.slice(0, -suf.length);
  }
  return s;
}

/** The normalised search term of one raw word (letters and digits only, may be ''). */
export function termOf(raw: string): string {
  const n = norm(raw).replace(/[^\p{L}\p{N}]+/gu, '');
  return n ? stem(n) : '';
}

/** Every word of `text` with its offsets and term (words that normalise to nothing are skipped). */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const t = termOf(m[0]);
    if (t) out.push({ start: m.index, end: m.index + m[0].length, term: t });
  }
  return out;
}

/** The term stream indexed for full-text search: terms joined by single spaces. */
export function termString(text: string): string {
  return terms(text).map((t) => t.term).join(' ');
}
