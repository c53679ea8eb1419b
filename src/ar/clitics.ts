/**
 * Proclitic segmentation: `وبكازاخستان` -> و + ب + كازاخستان, `للأسطول` -> ل + الأسطول,
 * `والاستثمارية` -> و + الاستثمارية, `وأضاف` -> و + أضاف, `سيساهم` -> س + يساهم.
 *
 * Conservative where the "clitic" letter belongs to the word (`بغداد`, `لبنان`, `واشنطن`,
 * `وزير`, `كان`): a split is taken only when the remaining stem is a well-attested word
 * (corpus counts in `data/lexicon/ar-words.tsv`), relative to the whole form, or starts with
 * the article `ال`. A small list of protected words (`NEVER_SPLIT`) and the gazetteers can veto.
 * Works on normalised forms (see `normalize.ts`); `segmentToken` maps back to offsets.
 */
import { readFileSync } from 'node:fs';
import type { Word, WordRole } from '../core/doc.ts';
import { repoPath } from '../core/paths.ts';
import { isDropped, stripArticle } from './normalize.ts';

/** Proclitic letters (normalised) and their role. */
export const PROCLITICS: Readonly<Record<string, WordRole>> = {
  'و': 'conj',
  'ف': 'conj',
  'ب': 'prep',
  'ل': 'prep',
  'ك': 'prep',
  'س': 'fut',
};

/** Words that start with a proclitic letter but must never be split (checked on the normalised form). */
export const NEVER_SPLIT = new Set<string>([
  // function words and frequent nouns whose first letter is a root letter
  'بعد', 'بين', 'بل', 'بعض', 'كان', 'كانت', 'كل', 'كلا', 'كما', 'كيف', 'لكن', 'لكنه', 'لم', 'لن', 'لا', 'لدي', 'لدى', 'ليس', 'ليست',
  'فقط', 'فوق', 'في', 'فيه', 'فيها', 'وهو', 'وهي', 'وفق', 'وفقا', 'ولي', 'وسط', 'وقت', 'وقف', 'وزير', 'وزيره', 'وزاره', 'وكاله', 'ولايه',
  'سوف', 'سنه', 'سنوات', 'سياسه', 'سياسي', 'سوريا', 'سلام', 'سوي', 'بلد', 'بلاد', 'بيان', 'لجنه', 'كبير', 'كبيره', 'فريق', 'فتره',
  // place names that begin with a clitic letter
  'بغداد', 'بيروت', 'باريس', 'برلين', 'بكين', 'بريطانيا', 'بلجيكا', 'باكستان', 'بنغلاديش', 'البحرين', 'بولندا', 'بلغاريا', 'بروكسل',
  'لبنان', 'ليبيا', 'لندن', 'لاتفيا', 'ليتوانيا', 'لوكسمبورغ', 'لاهاي',
  'واشنطن', 'وارسو', 'ويلز', 'فرنسا', 'فلسطين', 'فنزويلا', 'فنلندا', 'فيتنام', 'فيينا', 'فلوريدا',
  'كندا', 'كوريا', 'كوبا', 'كينيا', 'كازاخستان', 'كابل', 'كراتشي', 'كردستان', 'كولومبيا', 'كرواتيا',
  'سوريا', 'سويسرا', 'السويد', 'سنغافوره', 'سيول', 'سيناء', 'سرت',
]);

/** Stem/whole count ratio above which a split is taken for a known whole form. */
const SPLIT_RATIO = 0.2;

let LEX: Map<string, number> | undefined;

/** Corpus counts of normalised words (loaded once, lazily). */
export function lexicon(): Map<string, number> {
  if (LEX) return LEX;
  const m = new Map<string, number>();
  try {
    const raw = readFileSync(repoPath('data', 'lexicon', 'ar-words.tsv'), 'utf8');
    for (const line of raw.split('\n')) {
      if (!line || line.charCodeAt(0) === 35) continue;
      const tab = line.indexOf('\t');
      m.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
  } catch {
    // Without the lexicon the rules below still split article-bearing stems.
  }
  LEX = m;
  return m;
}

/** Extra words that must stay whole (e.g. gazetteer names); normalised forms. */
export function protectWords(words: Iterable<string>): void {
  for (const w of words) NEVER_SPLIT.add(w);
}

export interface CliticSplit {
  /** Normalised proclitic letters, in order (`'وب'`). */
  prefix: string;
  /** Normalised stem; for `لل...` the article is restored (`للاسطول` -> `الاسطول`). */
  stem: string;
}

/** Splits proclitics off a normalised word. */
export function splitClitics(w: string): CliticSplit {
  return segmentation(w).split;
}

function decide(w: string): CliticSplit {
  const whole: CliticSplit = { prefix: '', stem: w };
  if (w.length < 3 || NEVER_SPLIT.has(w) || !(w[0]! in PROCLITICS)) return whole;
  const lex = lexicon();
  const fw = lex.get(w) ?? 0;
  let best: CliticSplit = whole;
  let bestScore = -1;
  for (const c of candidates(w)) {
    const s = c.stem;
    if (NEVER_SPLIT.has(s) && s !== w) {
      // a protected word after a clitic (`وبغداد`, `ولبنان`) is a good split
      const score = Number.MAX_SAFE_INTEGER - c.prefix.length;
      if (score > bestScore) [best, bestScore] = [c, score];
      continue;
    }
    const fs = lex.get(s) ?? 0;
    const hasArticle = s.length >= 4 && s.startsWith('ال');
    let ok = false;
    if (s.length === 2) ok = fs >= 50 && fs >= 2 * fw; // `لحل`, `لخط`; not `كان` (ك + ان)
    else if (fs >= 20 || (fs >= 3 && fs >= SPLIT_RATIO * fw)) ok = true;
    else if (hasArticle && fw < 50 && s.length >= 5) ok = true; // rare whole form: article stems are safe
    else if (c.prefix.length === 1 && (c.prefix === 'و' || c.prefix === 'ف') && fw < 3 && s.length >= 4) ok = true; // unseen `و`-word: a conjunction
    if (!ok) continue;
    // Prefer the best-attested stem; ties go to the longer prefix chain.
    const score = fs * 4 + c.prefix.length;
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** All proclitic splits allowed by Arabic orthography: [و|ف]? ([ب|ك|ل] | س)? , with ل+ال -> لل. */
function candidates(w: string): CliticSplit[] {
  const out: CliticSplit[] = [];
  const conj = w[0] === 'و' || w[0] === 'ف' ? [0, 1] : [0];
  for (const c of conj) {
    const rest = w.slice(c);
    const p0 = w.slice(0, c);
    if (c && rest.length >= 2) out.push({ prefix: p0, stem: rest });
    const p = rest[0];
    if (p === 'ب' || p === 'ك' || p === 'ل') {
      if (p === 'ل' && rest[1] === 'ل' && rest.length >= 4) {
        // ل + ال: the article's alef is not written (للأسطول)
        out.push({ prefix: p0 + 'ل', stem: 'ا' + rest.slice(1) });
      } else if (rest.length >= 3) {
        out.push({ prefix: p0 + p, stem: rest.slice(1) });
      }
    } else if (p === 'س' && rest.length >= 4 && 'يتنا'.includes(rest[1]!)) {
      out.push({ prefix: p0 + 'س', stem: rest.slice(1) });
    }
  }
  return out;
}

/**
 * Segments one word token into words with offsets into the original text.
 * `surface` is the token's original text starting at `start`; `normForm` its normalised form.
 */
export function segmentToken(tokenIndex: number, start: number, surface: string, normForm: string): Word[] {
  const words: Word[] = [];
  segmentInto(words, tokenIndex, surface, 0, surface.length, normForm, start);
  return words;
}

/**
 * A normalised word's clitic split (`split`, what `splitClitics` returns) with its parts and the
 * article-less forms its words carry (`core`), kept once per form: one cache serves the `words`
 * stage and `splitClitics`' other callers (the gazetteer keys), which ask about the same words.
 */
interface Segmentation {
  /** `split.prefix` and `split.stem` again, on purpose: the `words` stage reads them for every word, and one load less counts there. */
  prefix: string;
  stem: string;
  /** `stripArticle` of the whole form (read when there is no prefix) and of the stem. */
  wholeCore: string;
  stemCore: string;
  split: CliticSplit;
}

const cache = new Map<string, Segmentation>();

function segmentation(normForm: string): Segmentation {
  let s = cache.get(normForm);
  if (!s) {
    const split = decide(normForm);
    s = { prefix: split.prefix, stem: split.stem, wholeCore: stripArticle(normForm), stemCore: stripArticle(split.stem), split };
    if (cache.size > 200_000) cache.clear();
    cache.set(normForm, s);
  }
  return s;
}

/**
 * `segmentToken` for the token `text.slice(from, to)` whose offsets in the Doc are `from + shift`
 * ..: pushes its words onto `out` (the `words` stage reads the Doc text in place, without a copy
 * of each token or an array per token; the words are the same).
 */
export function segmentInto(out: Word[], tokenIndex: number, text: string, from: number, to: number, normForm: string, shift = 0): void {
  const { prefix, stem, wholeCore, stemCore } = segmentation(normForm);
  if (!prefix) {
    out.push({ start: from + shift, end: to + shift, token: tokenIndex, role: 'stem', norm: normForm, core: wholeCore });
    return;
  }
  let i = from;
  for (const p of prefix) {
    // skip anything the normaliser drops before the letter, take the letter, then its marks
    while (i < to && isDropped(text.charCodeAt(i))) i++;
    const s = i;
    i++;
    while (i < to && isDropped(text.charCodeAt(i))) i++;
    out.push({ start: s + shift, end: i + shift, token: tokenIndex, role: PROCLITICS[p]!, norm: p });
  }
  out.push({ start: i + shift, end: to + shift, token: tokenIndex, role: 'stem', norm: stem, core: stemCore });
}
