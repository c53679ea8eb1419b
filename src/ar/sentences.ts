/**
 * Paragraph and sentence splitting over tokens.
 *
 * - A newline ends a paragraph (blank lines are not needed); every paragraph ends a sentence.
 * - A sentence ends after `.`, `!`, `?`, `؟`, `…` (plus any closing quotes or brackets that
 *   follow), unless the period is part of an abbreviation (`د.`, `أ.`, single Latin letters,
 *   `U.S.`). `؛` (Arabic semicolon) and `،` are clause breaks, not sentence ends.
 * - The first paragraph is a `headline` when it is one short line without final punctuation
 *   and more text follows.
 * - Trailing site boilerplate (tag lines such as `(العلامات للترجمة) جدول الأعمال`, "share",
 *   "read more", copyright lines) is marked `boilerplate`, not body.
 */
import type { BlockKind, Paragraph, Sentence, Token } from '../core/doc.ts';
import { SENTENCE_END } from './chars.ts';
import { norm } from './normalize.ts';

/** Normalised Arabic abbreviations that end with a period without ending the sentence. */
const ABBREVIATIONS = new Set(['د', 'ا', 'م', 'ص', 'ج', 'ق', 'ه', 'ت', 'س', 'ش', 'ط', 'مج', 'ف', 'بن']);

/** Boilerplate markers (normalised). A trailing paragraph containing one of these is boilerplate. */
export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /^\(?العلامات/, // tags line: "(العلامات للترجمة) ..."
  /^(الوسوم|وسوم|كلمات مفتاحيه|الكلمات المفتاحيه|اقرا ايضا|اقرا المزيد|شارك|مشاركه|تابعونا|تابعنا|المصدر|جميع الحقوق)(?![\u0621-\u064a])/,
  /^(حقوق النشر|©|copyright)/i,
  /^(tags?|share|read more|related)\s*:?/i,
];

export interface Blocks {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** Splits `text` (with its `tokens`) into paragraphs and sentences. */
export function splitBlocks(text: string, tokens: readonly Token[]): Blocks {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  // Paragraphs: maximal runs of tokens between newlines.
  const paraRanges: [number, number][] = []; // token index ranges
  let ti = 0;
  const n = tokens.length;
  while (ti < n) {
    const startTok = ti;
    let j = ti + 1;
    while (j < n && !hasNewline(text, tokens[j - 1]!.end, tokens[j]!.start)) j++;
    paraRanges.push([startTok, j]);
    ti = j;
  }
  const kinds: BlockKind[] = paraRanges.map(() => 'body');
  // Headline: first paragraph, a single line, short, no sentence-final punctuation, more text after it.
  if (paraRanges.length > 1) {
    const [a, b] = paraRanges[0]!;
    const last = tokens[b - 1]!;
    const words = b - a;
    if (words <= 30 && !(last.kind === 'punct' && SENTENCE_END.has(text[last.start]!))) kinds[0] = 'headline';
  }
  // Boilerplate: trailing paragraphs matching a marker (scan backwards).
  for (let p = paraRanges.length - 1; p > 0; p--) {
    const [a, b] = paraRanges[p]!;
    const line = norm(text.slice(tokens[a]!.start, tokens[b - 1]!.end)).trim();
    if (BOILERPLATE_PATTERNS.some((re) => re.test(line))) kinds[p] = 'boilerplate';
    else break;
  }
  paraRanges.forEach(([a, b], p) => {
    const kind = kinds[p]!;
    paragraphs.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end, kind });
    let s = a;
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
      if (kind === 'headline' || !isSentenceEnd(text, tokens, k)) continue;
      // take closing quotes/brackets that follow the final mark
      let e = k + 1;
      while (e < b && isCloser(text, tokens[e]!) && tokens[e]!.start === tokens[e - 1]!.end) e++;
      sentences.push({ start: tokens[s]!.start, end: tokens[e - 1]!.end, paragraph: p, kind, tokenStart: s, tokenEnd: e });
      s = e;
      k = e - 1;
      void t;
    }
    if (s < b) sentences.push({ start: tokens[s]!.start, end: tokens[b - 1]!.end, paragraph: p, kind, tokenStart: s, tokenEnd: b });
  });
  return { paragraphs, sentences };
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2029 || c === 0x2028) return true;
  }
  return false;
}

function isCloser(text: string, t: Token): boolean {
  const ch = text[t.start]!;
  return (t.kind === 'quote' && ch !== '“' && ch !== '«' && ch !== '„') || ch === ')' || ch === ']' || ch === '}';
}

function isSentenceEnd(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'punct') return false;
  const ch = text[t.start]!;
  if (!SENTENCE_END.has(ch)) return false;
  if (ch === '.' && t.end - t.start === 1 && k > 0) {
    const prev = tokens[k - 1]!;
    if (prev.end === t.start) {
      // abbreviation: one-letter Latin (U.S.), or a short Arabic abbreviation (د. for doctor)
      if (prev.kind === 'latin' && prev.end - prev.start === 1) return false;
      if (prev.kind === 'word' && ABBREVIATIONS.has(prev.norm)) return false;
    }
    // a period followed directly by a letter or digit (no space) is not an end (e.g. "bbc.com")
    const next = tokens[k + 1];
    if (next && next.start === t.end && (next.kind === 'latin' || next.kind === 'number')) return false;
  }
  return true;
}
