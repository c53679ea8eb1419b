/**
 * Quantities: every number with its unit, what it measures, and changes and ranges.
 *
 * Reads numbers with `ar/numbers.ts`, then looks around each one:
 * - unit after it (longest phrase in `units.ts`: `طن`, `مليون دولار`, `في المئة`, `ريال سعودي`)
 *   or a symbol before it (`%20`, `$5`); a dual unit alone is 2 of it (`لمدة يومين`); and a rate (`سنويا`, `في اليوم`, or `السنوية` in the
 *   measured phrase);
 * - `من X إلى Y` (a change when a change word such as `زيادة`/`ارتفع` leads the clause, else a
 *   range), `بين X و Y` (range), `ارتفع ... بنسبة X` (delta), `ارتفع ... إلى X` (to);
 * - what is measured: the phrase between a change or level word and the number
 *   (`زيادة القدرة الاستيعابية لخط السكة الحديد ... من`), else a measure noun before it
 *   (`نسبة البطالة`), else `X طن من القمح`, else the counted noun (`166 قطعة أثرية`).
 * Numbers inside dates (`15 مايو 2024`, `عام 2018`) are not quantities.
 */
import type { Token, Word } from '../core/doc.ts';
import { readNumberAt, scaleWord, type NumberMatch } from '../ar/numbers.ts';
import { norm } from '../ar/normalize.ts';
import { countRangeAt, lineNumbers } from './dates.ts';
import { perWordForm } from '../core/memo.ts';
import { ADJECTIVE_DUALS, CHANGE_WORDS, CONTEXT_CURRENCIES, DUAL_UNITS, KRONE_COUNTRIES, LEVEL_WORDS, MAX_UNIT_WORDS, MEASURE_NOUNS, PER_ADJECTIVES, PER_WORDS, QUALIFIERS, UNITS, VIRUS_WORDS, type UnitInfo } from './units.ts';

export type QuantityKind = 'amount' | 'percent' | 'change' | 'range' | 'ordinal';

export interface Quantity {
  start: number;
  end: number;
  text: string;
  kind: QuantityKind;
  value?: number;
  from?: number;
  to?: number;
  delta?: number;
  direction?: 'up' | 'down';
  unit?: string;
  unit_text?: string;
  per?: string;
  qualifier?: string;
  measured?: { start: number; end: number; text: string };
  tokenStart: number;
  tokenEnd: number;
}

interface Amount {
  num: NumberMatch;
  value: number;
  unit?: UnitInfo;
  unitText?: string;
  per?: string;
  tokenStart: number;
  tokenEnd: number;
  /** Multiplier written after the digits (`مليون` in `25 مليون`), to share across `من 15 إلى 25 مليون`. */
  mult: number;
}

const STOP = new Set(['فوق', 'تحت', 'امام', 'خلف', 'داخل', 'خارج', 'حول', 'ضد', 'دون', 'عبر', 'لدي', 'وراء', 'قرب', 'بعيدا', 'اي', 'او', 'في', 'من', 'الي', 'علي', 'عن', 'مع', 'او', 'و', 'ثم', 'قد', 'لقد', 'ان', 'انه', 'التي', 'الذي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'كان', 'كانت', 'بين', 'حتي', 'منذ', 'خلال', 'بعد', 'قبل', 'لا', 'لم', 'لن', 'ما', 'هو', 'هي', 'كل', 'بعض', 'اي', 'عند', 'لدي', 'حيث', 'كما', 'لكن', 'بل', 'اذا', 'اذ', 'فقط', 'نحو', 'حوالي']);
const FROM = new Set(['من', 'ومن']);
const TO = new Set(['الي', 'حتي', 'لي']);
const BETWEEN = new Set(['بين', 'وبين', 'ما بين']);
/** `تتراوح X إلى Y`: the verb opening a range. */
const RANGE_VERB = /^(تتراوح|يتراوح|تراوح|تراوحت|وتتراوح|ويتراوح)$/;
/** A word opening a range (`بين`, `من`, `تتراوح`). */
const opensRange = (w: string) => BETWEEN.has(w) || FROM.has(w) || RANGE_VERB.test(w);
/** Words that follow a number but are no counted noun (`تراجع ... إلى 28 ألفا بحسب الإحصاءات`, `بين 1066 و1579 جراء القتال`). */
const NOT_COUNTED = new Set(['حسب', 'بحسب', 'وفق', 'وفقا', 'طبقا', 'جراء', 'بسبب', 'نتيجه', 'اثر', 'باثر', 'بينما', 'فيما', 'مقابل', 'وسط', 'ايضا', 'تقريبا', 'فحسب']);
const LINK_PREPS = new Set(['من', 'الي', 'بنسبه', 'بمقدار', 'ب', 'نحو', 'حوالي', 'بنحو', 'بحوالي', 'قرابه', 'زهاء', 'اكثر', 'اقل', 'ما', 'يقرب', 'يزيد', 'علي', 'عن', 'الي نحو', 'ليصل', 'لتصل', 'ليبلغ', 'لتبلغ', 'في', 'مستوي', 'عند', 'بواقع', 'قدره', 'قدرها', 'بلغ', 'بلغت', 'تبلغ', 'يبلغ']);
const CLITICS = ['وب', 'ول', 'فب', 'و', 'ف', 'ب', 'ل', 'ك'];

/** Last words of the qualifier phrases (`نحو`, `أكثر من` -> `من`): a quick gate before joining phrases. */
const QUALIFIER_LAST = new Set([...QUALIFIERS.keys()].flatMap((k) => [k.split(' ').at(-1)!, 'و' + k.split(' ').at(-1)!]));

const isWordish = (t: Token | undefined) => !!t && (t.kind === 'word' || t.kind === 'latin');

/** Normalised word without a leading conjunction/preposition clitic. */
function bareNorm(w: string): string[] {
  const out = [w];
  for (const c of CLITICS) if (w.startsWith(c) && w.length - c.length >= 3) out.push(w.slice(c.length));
  return out;
}

const DUAL_ENDING = /(ين|ان)$/;
/** The dual unit a word is, without clitics (`لمدة يومين` -> `يومين`), if any (per form: it runs on every word). */
const dualUnitForm = perWordForm((w) => bareNorm(w).find((f) => DUAL_UNITS.has(f)));
/** `الثلاث`, `الخمسة`: the cardinal from three to ten a definite word form is (0 when it is none). */
const definiteCardinal = perWordForm((w) => {
  const m = readNumberAt([{ kind: 'word', norm: w.slice(2), start: 0, end: w.length - 2 }], 0);
  return m && m.kind === 'cardinal' && m.tokenEnd === 1 && m.value >= 3 && m.value <= 10 && Number.isInteger(m.value) ? m.value : 0;
});

/** `VIRUS_WORDS` as a word table for `wordIn`, built once. */
const VIRUS = new Map([...VIRUS_WORDS].map((w) => [w, true]));

/** Every clitic/article form of the change, level and measure words, built once (one Map lookup per token). */
const CHANGE_FORMS = new Map<string, 'up' | 'down' | undefined>();
const LEVEL_FORMS = new Set<string>();
const MEASURE_FORMS = new Set<string>();
for (const [w, d] of CHANGE_WORDS) {
  for (const base of [w, 'ال' + w]) for (const c of ['', ...CLITICS]) CHANGE_FORMS.set(c + base, d);
}
for (const w of LEVEL_WORDS) for (const c of ['', ...CLITICS]) LEVEL_FORMS.add(c + w);
for (const w of MEASURE_NOUNS) for (const c of ['', ...CLITICS]) MEASURE_FORMS.add(c + w);

function changeDir(w: string): { found: boolean; dir?: 'up' | 'down' } {
  return CHANGE_FORMS.has(w) ? { found: true, dir: CHANGE_FORMS.get(w) } : { found: false };
}
const isLevel = (w: string) => LEVEL_FORMS.has(w);
const isMeasureNoun = (w: string) => MEASURE_FORMS.has(w);

export interface QuantityInput {
  text: string;
  tokens: readonly Token[];
  /** Clitic-segmented words (optional): used to start a measured phrase after a clitic (`لمؤتمر` -> `مؤتمر`). */
  words?: readonly Word[];
  /** Token ranges owned by dates (`[tokenStart, tokenEnd)`), skipped. */
  dateRanges?: readonly { tokenStart: number; tokenEnd: number }[];
  /** Sentence token ranges; facts never cross them. */
  sentences?: readonly { tokenStart: number; tokenEnd: number }[];
}

export function findQuantities(input: QuantityInput): Quantity[] {
  const { text, tokens } = input;
  const n = tokens.length;
  const covered = new Uint8Array(n);
  for (const d of input.dateRanges ?? []) for (let k = d.tokenStart; k < d.tokenEnd && k < n; k++) covered[k] = 1;
  const sentOf = new Int32Array(n).fill(-1);
  (input.sentences ?? []).forEach((s, si) => {
    for (let k = s.tokenStart; k < s.tokenEnd && k < n; k++) sentOf[k] = si;
  });
  const line = lineNumbers(text, tokens);
  const sameLine = (a: number, b: number) => a >= 0 && b >= 0 && a < n && b < n && line[a] === line[b];
  const sameSent = (a: number, b: number) => sameLine(a, b) && sentOf[a] === sentOf[b];
  const nm = (i: number) => tokens[i]?.norm ?? '';
  /** Index of the first word of token `i` (words are in text order: a binary search), or `words.length`. */
  const firstWordOf = (ws: readonly Word[], i: number): number => {
    let lo = 0;
    let hi = ws.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ws[mid]!.token < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const stemStart = (i: number): number => {
    const ws = input.words;
    if (ws?.length) for (let k = firstWordOf(ws, i); k < ws.length && ws[k]!.token === i; k++) if (ws[k]!.role === 'stem') return ws[k]!.start;
    return tokens[i]!.start;
  };

  /**
   * A word that starts with the conjunction `و` (`10 وقال`), by the clitic segmentation when there is
   * one: `8 آلاف وظيفة`, `5 وحدات`, `20 وزيرا` start with a root و and are counted nouns.
   */
  const startsWithConj = (i: number): boolean => {
    const t = tokens[i]!;
    if (!t.norm.startsWith('و')) return false;
    const ws = input.words;
    if (!ws?.length) return true;
    const lo = firstWordOf(ws, i);
    if (lo >= ws.length || ws[lo]!.token !== i) return true;
    return ws[lo]!.role === 'conj';
  };

  /** `يومين`, `لمدة ساعتين`, `بدولارين`: a dual unit without a numeral is an amount of 2. */
  const dualAmountAt = (i: number): Amount | null => {
    const t = tokens[i]!;
    // every dual unit form ends in -ين or -ان (checked in units.ts): most words are out at once
    if (t.kind !== 'word' || !DUAL_ENDING.test(t.norm)) return null;
    const form = dualUnitForm(t.norm);
    if (!form) return null;
    if (ADJECTIVE_DUALS.has(form) && form === t.norm && DUAL_ENDING.test(nm(i - 1))) return null;
    const num: NumberMatch = { value: 2, kind: 'cardinal', tokenStart: i, tokenEnd: i + 1, start: t.start, end: t.end, confidence: 1, digits: false };
    return { num, value: 2, unit: UNITS.get(form), unitText: text.slice(t.start, t.end), tokenStart: i, tokenEnd: i + 1, mult: 1 };
  };

  /** Looks up a word, without clitics and article, in a word table. */
  const wordIn = <T>(k: number, table: ReadonlyMap<string, T>): T | undefined => {
    const t = tokens[k];
    if (!t || t.kind !== 'word') return undefined;
    for (const f of bareNorm(t.norm)) {
      const v = table.get(f.replace(/^ال/, '')) ?? table.get(f);
      if (v !== undefined) return v;
    }
    return undefined;
  };

  /** The krone country named nearest to token `i`, in its sentence or (`text`) anywhere: its currency code. */
  const kroneCountryNear = (i: number, scope: 'sentence' | 'text'): string | undefined => {
    for (let d = 1; d < n; d++) {
      const back = i - d >= 0 && (scope === 'text' || sameSent(i, i - d));
      const fwd = i + d < n && (scope === 'text' || sameSent(i, i + d));
      if (!back && !fwd) return undefined;
      const iso = (back ? wordIn(i - d, KRONE_COUNTRIES) : undefined) ?? (fwd ? wordIn(i + d, KRONE_COUNTRIES) : undefined);
      if (iso) return iso;
    }
    return undefined;
  };

  /** `500 كرونة`, `بألف كورونا` in an article about Denmark: a krone whose country is told by the context. */
  const contextCurrencyAt = (k: number): UnitInfo | undefined => {
    const cc = tokens[k]?.kind === 'word' ? CONTEXT_CURRENCIES.get(tokens[k]!.norm) : undefined;
    if (!cc) return undefined;
    if (cc.virus) {
      for (let j = k - 1; j >= 0 && sameSent(j, k); j--) if (wordIn(j, VIRUS)) return undefined;
      for (let j = k + 1; j < n && sameSent(j, k); j++) if (wordIn(j, VIRUS)) return undefined;
    }
    const unit = kroneCountryNear(k, 'sentence') ?? kroneCountryNear(k, 'text') ?? cc.fallback;
    return unit ? { unit, kind: 'currency' } : undefined;
  };

  /** `القرن`, `والقرن`, `للقرن`, `القرنين` right before token `i` (across an article written apart: `القرن الـ20`). */
  const centuryBefore = (i: number): boolean => {
    let k = i - 1;
    if (nm(k) === 'ال' && sameSent(k, i)) k--;
    if (k < 0 || !sameSent(k, i) || tokens[k]!.kind !== 'word') return false;
    const w = nm(k);
    const forms = /^[وف]?لل/.test(w) ? [...bareNorm(w), w.replace(/^[وف]?لل/, '')] : bareNorm(w);
    return forms.some((f) => /^قرن(ين|ان)?$/.test(f.replace(/^ال/, '')));
  };

  /**
   * `المواقع الثلاث`, `حقول النفط الثلاثة`, `الدول الخمس`: a cardinal from three to ten with the article after
   * a definite word counts the phrase it follows (`الثالث` is an ordinal, `الاثنين` a weekday).
   */
  const definiteCountAt = (i: number): Quantity | null => {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.norm.startsWith('ال') || t.norm.length < 5 || !sameSent(i - 1, i)) return null;
    const value = definiteCardinal(t.norm);
    if (!value) return null;
    const prev = tokens[i - 1];
    if (!prev || prev.kind !== 'word' || !/^(و|ف)?(ب|ل|ك)?ال/.test(prev.norm) || readNumberAt(tokens, i - 1)) return null;
    let from = i - 1;
    while (from > 0 && i - from < 4 && tokens[from - 1]!.kind === 'word' && sameSent(from - 1, i) && /^ال/.test(nm(from - 1)) && !STOP.has(nm(from - 1))) from--;
    // the head noun of a construct phrase before the definite words (`حقول | النفط`, `جماعات | المعارضة`)
    const head = tokens[from - 1];
    if (head && head.kind === 'word' && sameSent(from - 1, i) && /(ات|ون|ين|ول|وع|اط|اء)$/.test(head.norm) && !STOP.has(head.norm) && !head.norm.startsWith('ي') && !readNumberAt(tokens, from - 1)) from--;
    return { start: t.start, end: t.end, text: text.slice(t.start, t.end), kind: 'amount', value, measured: spanOf(from, i, true), tokenStart: i, tokenEnd: i + 1 };
  };

  /**
   * `فصيلان إسلاميان`, `الجنديان الإسرائيليان`: a noun in the nominative dual (`-ان`) with a dual nisba
   * adjective (`-يان`) after it counts two (the `-ين` forms are also plurals, so they are left alone).
   */
  const dualPairAt = (i: number): Quantity | null => {
    const t = tokens[i]!;
    const adj = tokens[i + 1];
    if (t.kind !== 'word' || !adj || adj.kind !== 'word' || !sameSent(i, i + 1)) return null;
    // (tested on the token: the noun without its conjunction ends as it does, and most words are out before the copy)
    if (!t.norm.endsWith('ان')) return null;
    const noun = t.norm.replace(/^[وف]/, '');
    const definite = noun.startsWith('ال');
    if (noun.length < (definite ? 7 : 5)) return null;
    if (!/يان$/.test(adj.norm) || adj.norm.startsWith('ال') !== definite || adj.norm.length < (definite ? 8 : 6)) return null;
    return { start: t.start, end: adj.end, text: text.slice(t.start, adj.end), kind: 'amount', value: 2, measured: spanOf(i, i + 2, false), tokenStart: i, tokenEnd: i + 2 };
  };

  /** `بين ثلاثة إلى سبعة مليارات ريال`, `من خمسة إلى عشرة آلاف`: a bare number opening a range, the next number read after its link. */
  const rangeStartAt = (m: NumberMatch): boolean => {
    if (!opensRange(nm(m.tokenStart - 1)) || !sameSent(m.tokenStart - 1, m.tokenEnd + 1)) return false;
    const link = nm(m.tokenEnd);
    if (TO.has(link) || link === 'و') return !!readNumberAt(tokens, m.tokenEnd + 1);
    return link.startsWith('و') && !!readNumberAt(tokens, m.tokenEnd);
  };

  /**
   * `السنوات الـ 49 الماضية`, `التهم الـ12 الموجهة`, `القتلى الـ 24`: a number after the article written apart
   * counts the definite plural before it (`pluralHead`), not the adjective after it. The head is the unit
   * when it is one (`السنوات`: years; the quantity's text then runs from it, with a following `الماضية`/
   * `المقبلة`/`الأخيرة`), else what is measured. A singular head makes an ordinal (`الذكرى الـ 70`,
   * `الدورة الـ 37`): left alone.
   */
  const headCountAt = (s: number): { head: number; unit?: UnitInfo } | null => {
    if (nm(s - 1) !== 'ال' || !sameSent(s - 2, s) || tokens[s - 2]?.kind !== 'word' || !pluralHead(nm(s - 2))) return null;
    return { head: s - 2, unit: wordIn(s - 2, UNITS) };
  };

  // 1. amounts
  const out0: Quantity[] = [];
  const amounts: Amount[] = [];
  const ordinals: NumberMatch[] = [];
  let centuryEnd = -1;
  for (let i = 0; i < n; ) {
    if (covered[i]) {
      i++;
      continue;
    }
    const m = readNumberAt(tokens, i);
    if (!m) {
      const dual = dualAmountAt(i);
      if (dual) amounts.push(dual);
      const def = dual ? null : (definiteCountAt(i) ?? dualPairAt(i));
      if (def) out0.push(def);
      i++;
      continue;
    }
    let overlaps = false;
    for (let k = m.tokenStart; k < m.tokenEnd; k++) if (covered[k]) overlaps = true;
    if (overlaps) {
      i++;
      continue;
    }
    i = m.tokenEnd;
    // `القرن العشرين`, `القرن الـ21`: a century names a period, it is not an amount or a count
    // (nor the second of `القرنين التاسع عشر والعشرين`)
    if (centuryBefore(m.tokenStart) || (m.tokenStart === centuryEnd && nm(m.tokenStart).startsWith('و'))) {
      centuryEnd = m.tokenEnd;
      continue;
    }
    if (m.kind === 'ordinal') {
      ordinals.push(m);
      continue;
    }
    const t0 = tokens[m.tokenStart]!;
    // Times, scores and codes glued with `:`/`/` (`10:30`, `3/2`) are not amounts.
    const after = tokens[m.tokenEnd];
    const before = tokens[m.tokenStart - 1];
    if (after && after.start === tokens[m.tokenEnd - 1]!.end && (after.norm === ':' || after.norm === '/') && tokens[m.tokenEnd + 1]?.kind === 'number') continue;
    if (before && before.end === t0.start && (before.norm === ':' || before.norm === '/' || before.norm === '-') && tokens[m.tokenStart - 2]?.kind === 'number') continue;
    // model names and codes: `أر-15`, `F-16`
    if (before && before.end === t0.start && before.norm === '-' && tokens[m.tokenStart - 2] && tokens[m.tokenStart - 2]!.end === before.start && tokens[m.tokenStart - 2]!.kind !== 'number') continue;
    // Times of day (`الساعة 11.25 صباحا`, `الساعة العاشرة`) are not amounts.
    if (before && /^(الساعه|ساعه|بالساعه|للساعه)$/.test(before.norm)) continue;
    if (after && /^(صباحا|مساء|ظهرا|عصرا|ليلا|فجرا)$/.test(after.norm) && after.start - tokens[m.tokenEnd - 1]!.end <= 1 && !UNITS.has(after.norm)) continue;
    // Numbers glued to Latin (`COP 29` is a name) or list markers at a line start (`1.`) are skipped.
    if (before && before.kind === 'latin' && before.end === t0.start) continue;
    if (after && (after.norm === '.' || after.norm === ')' || after.norm === '-') && after.start === t0.end && (m.tokenStart === 0 || text.slice(tokens[m.tokenStart - 1]!.end, t0.start).includes('\n'))) continue;
    const a: Amount = { num: m, value: m.value, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, mult: 1 };
    if (m.digits && m.tokenEnd > m.tokenStart + 1) {
      const lead = Number(tokens[m.tokenStart]!.norm);
      if (lead > 0) a.mult = m.value / lead;
    }
    // symbol before: `%20`, `$5`
    if (before && before.end === t0.start && (before.norm === '%' || before.norm === '$' || before.norm === '€' || before.norm === '£')) {
      a.unit = UNITS.get(before.norm);
      a.unitText = text.slice(before.start, before.end);
      a.tokenStart = m.tokenStart - 1;
    }
    // unit after (longest phrase)
    if (!a.unit) {
      for (let len = MAX_UNIT_WORDS; len >= 1; len--) {
        if (m.tokenEnd + len > n) continue;
        const parts: string[] = [];
        let ok = true;
        for (let k = m.tokenEnd; k < m.tokenEnd + len; k++) {
          const t = tokens[k]!;
          if (covered[k]) ok = false; // `١٧٤ ألفا عام ٢٠١٠`: `عام` belongs to the date
          if (!(t.kind === 'word' || t.kind === 'symbol' || (t.kind === 'punct' && t.norm === '%') || (t.kind === 'latin' && len === 1)) || !sameSent(m.tokenStart, k)) ok = false;
          parts.push(t.norm);
        }
        if (!ok) continue;
        const info = UNITS.get(parts.join(' '));
        // `دولار` with a proclitic is not a unit (`ولدولار`), but `بالمئة` is listed whole.
        if (info) {
          a.unit = info;
          a.unitText = text.slice(tokens[m.tokenEnd]!.start, tokens[m.tokenEnd + len - 1]!.end);
          a.tokenEnd = m.tokenEnd + len;
          break;
        }
      }
    }
    if (!a.unit && m.tokenEnd < n && !covered[m.tokenEnd] && sameSent(m.tokenStart, m.tokenEnd)) {
      const cu = contextCurrencyAt(m.tokenEnd);
      if (cu) {
        a.unit = cu;
        a.unitText = text.slice(tokens[m.tokenEnd]!.start, tokens[m.tokenEnd]!.end);
        a.tokenEnd = m.tokenEnd + 1;
      }
    }
    // rate after the unit: `سنويا`, `في اليوم`
    {
      const j = a.tokenEnd;
      const two = PER_WORDS.get(nm(j) + ' ' + nm(j + 1));
      const one = PER_WORDS.get(nm(j));
      if (two && sameSent(j - 1, j + 1)) {
        a.per = two;
        a.tokenEnd = j + 2;
      } else if (one && sameSent(j - 1, j)) {
        a.per = one;
        a.tokenEnd = j + 1;
      }
    }
    // Standalone `واحد`/`اثنان` without a unit are adjectives (`منطقة واحدة`), not amounts;
    // but `اثنين من المواقع` counts a part of something
    const partitive = m.value >= 2 && nm(m.tokenEnd) === 'من' && tokens[m.tokenEnd + 1]?.kind === 'word' && sameSent(m.tokenStart, m.tokenEnd + 1) && !STOP.has(nm(m.tokenEnd + 1));
    if (m.confidence < 1 && !a.unit && !partitive && !rangeStartAt(m)) continue;
    // A bare 1900-2100 without a unit is a year (`حكومة 1992`), not an amount, unless it opens a range
    // of counts (`بين 2000 و3000 شخص`: the test the dates layer uses to leave it alone, with the same
    // same-line check, so that a number dates leave is never skipped here).
    if (!a.unit && m.digits && m.tokenEnd === m.tokenStart + 1 && Number.isInteger(m.value) && m.value >= 1900 && m.value <= 2100 && t0.end - t0.start === 4 && !countRangeAt(tokens, m.tokenStart, sameLine)) continue;
    amounts.push(a);
  }

  // 2. combine amounts into changes and ranges
  const out: Quantity[] = [...out0];
  const used = new Set<number>();
  const mkSpan = (s: number, e: number) => ({ start: tokens[s]!.start, end: tokens[e - 1]!.end });
  for (let ai = 0; ai < amounts.length; ai++) {
    if (used.has(ai)) continue;
    const a = amounts[ai]!;
    const b = amounts[ai + 1];
    const prev = nm(a.tokenStart - 1);
    // (only a gap of two tokens or fewer is read: `linked`, `nounLink`; not the whole text up to a far amount)
    const link = b && b.tokenStart - a.tokenEnd <= 2 ? tokens.slice(a.tokenEnd, b.tokenStart) : [];
    const linkNorm = link.map((t) => t.norm).join(' ');
    const linked = b && sameSent(a.tokenStart, b.tokenEnd - 1) && b.tokenStart - a.tokenEnd <= 2;
    // تتراوح X إلى Y
    if (linked && RANGE_VERB.test(prev) && (TO.has(linkNorm) || linkNorm === 'و')) {
      out.push(pair(a, b!, a.tokenStart, 'between'));
      used.add(ai).add(ai + 1);
      continue;
    }
    // من X إلى Y
    // `من 13.2 مليون مدخن إلى 12.2 مليون`: the counted noun written once, after the first number
    const nounLink = !!b && !a.unit && link.length === 2 && link[0]!.kind === 'word' && !STOP.has(link[0]!.norm) && TO.has(link[1]!.norm);
    if (linked && FROM.has(prev) && (TO.has(linkNorm) || linkNorm === 'و الي' || nounLink)) {
      const q = pair(a, b!, a.tokenStart - 1, 'from-to');
      out.push(q);
      used.add(ai).add(ai + 1);
      continue;
    }
    // بين X و Y
    // (also `بين X إلى Y`, as news often writes it)
    if (linked && BETWEEN.has(prev) && (linkNorm === 'و' || TO.has(linkNorm) || link.length === 0 && nm(b!.tokenStart).startsWith('و'))) {
      out.push(pair(a, b!, a.tokenStart - 1, 'between'));
      used.add(ai).add(ai + 1);
      continue;
    }
    // `نحو ثلاثة إلى أربعة آلاف`: an approximate figure given as a range
    // (only after `نحو`-type words: `أكثر من`, `حتى` bound one figure)
    // (and one kind of figure: `تراجعت بنحو 12% إلى 72.5 مليون ريال` is a change and a level, no range)
    const about = linked && TO.has(linkNorm) && (!a.unit || a.unit.unit === b!.unit?.unit) && a.value < b!.value ? qualifierBefore(a.tokenStart) : null;
    // (`a.value < b.value` is read before the second number's scale is shared: `نحو 30 إلى 4 آلاف` would
    // make 30000–4000, so the range is checked again once built)
    const aboutRange = about && about.qualifier === 'about' ? pair(a, b!, about.start, 'between', a.tokenStart) : null;
    if (aboutRange && aboutRange.from! < aboutRange.to!) {
      aboutRange.qualifier = 'about';
      out.push(aboutRange);
      used.add(ai).add(ai + 1);
      continue;
    }
    // `قتل 15 إلى 30 شخصا`, `لمدة 12 إلى 18 شهرا`, `ثلاثة إلى أربعة آلاف جندي`: a bare number, `إلى` and a
    // larger one are a range when the range says what it counts (a unit, a counted noun or a measure noun);
    // not after a change word (`ارتفع 3 إلى 5`: by or to), not a score (`365 إلى 173`: the first is larger)
    if (linked && link.length === 1 && TO.has(linkNorm) && !a.unit && a.num.confidence === 1 && a.num.kind === 'cardinal' && findCue(a.tokenStart)?.kind !== 'change') {
      const q = pair(a, b!, a.tokenStart, 'between');
      // `خلال الساعات الـ24 إلى 48 المقبلة`: the definite plural before the first number counts the range
      // (`headCountAt`, as for one number: 24–48 hours, not 48 measuring `المقبلة`)
      const hc = !q.unit && !q.measured && a.tokenStart === a.num.tokenStart ? headCountAt(a.tokenStart) : null;
      if (hc) countHead(q, hc, b!.tokenEnd);
      if (q.from! < q.to! && (q.unit || q.measured)) {
        out.push(q);
        used.add(ai).add(ai + 1);
        continue;
      }
    }
    // X - Y  (`10 - 15 ألف`)
    if (linked && link.length === 1 && (linkNorm === '-' || linkNorm === '–') && !a.unit) {
      out.push(pair(a, b!, a.tokenStart, 'dash'));
      used.add(ai).add(ai + 1);
      continue;
    }
    const q = single(a);
    // `انخفض إلى 1127 العام الماضي مقابل 2706 في 2011`: the figure compared with is where the change started;
    // `بلغ 5% مقابل 3%`: it is an amount of the same kind
    const cmp = b ? comparedAt(a, b) : false;
    if (cmp && q.kind === 'change' && q.to !== undefined && q.from === undefined) {
      q.from = b!.value;
      if (!q.unit && b!.unit) q.unit = b!.unit.unit;
      if (!q.direction) q.direction = q.to > q.from ? 'up' : q.to < q.from ? 'down' : undefined;
      if (!q.direction) delete q.direction;
      used.add(ai + 1);
    } else if (cmp && !b!.unit && a.unit) {
      b!.unit = a.unit;
      b!.unitText = a.unitText;
    }
    if (!bare(q) || q.from !== undefined) out.push(q);
  }

  /** `X ... مقابل Y`: Y, a few words after X in its sentence, is the figure X is compared with (same unit or none). */
  function comparedAt(a: Amount, b: Amount): boolean {
    const k = b.tokenStart - 1;
    if (!/^(مقابل|ومقابل|بمقابل)$/.test(nm(k))) return false;
    if (k - a.tokenEnd > 5 || !sameSent(a.tokenStart, b.tokenEnd - 1)) return false;
    for (let j = a.tokenEnd; j < k; j++) if (tokens[j]!.kind === 'number' || (tokens[j]!.kind === 'punct' && tokens[j]!.norm !== '،' && tokens[j]!.norm !== ',')) return false;
    if (a.unit && b.unit && a.unit.unit !== b.unit.unit) return false;
    return true;
  }

  function unitOf(a: Amount, b?: Amount): { unit?: string; unit_text?: string; per?: string } {
    const u = a.unit ?? b?.unit;
    const r: { unit?: string; unit_text?: string; per?: string } = {};
    if (u) r.unit = u.unit;
    const ut = a.unitText ?? b?.unitText;
    if (ut) r.unit_text = ut;
    const per = a.per ?? b?.per;
    if (per) r.per = per;
    return r;
  }

  /** The range or change from `a` to `b`, its clause read from `startTok` and its text from `textTok` (the qualifier stays out of it). */
  function pair(a: Amount, b: Amount, startTok: number, how: 'from-to' | 'between' | 'dash', textTok = startTok): Quantity {
    let from = a.value;
    const to = b.value;
    // `من 15 إلى 25 مليون`: the multiplier after the second number applies to the first.
    // (`بين ثلاثة إلى سبعة مليارات`: with numbers in words, the scale word ending the second)
    const bMult = b.mult > 1 ? b.mult : (scaleWord(nm(b.num.tokenEnd - 1)) ?? 1);
    if (!a.unit && a.mult === 1 && scaleWord(nm(a.num.tokenEnd - 1)) === undefined && bMult > 1 && from < bMult && from * bMult <= to * 1000) from = from * bMult;
    const sp = mkSpan(textTok, b.tokenEnd);
    const cue = how === 'from-to' ? findCue(startTok) : null;
    const q: Quantity = {
      ...sp,
      text: text.slice(sp.start, sp.end),
      kind: cue && cue.kind === 'change' ? 'change' : 'range',
      from,
      to,
      ...unitOf(a, b),
      tokenStart: textTok,
      tokenEnd: b.tokenEnd,
    };
    if (q.kind === 'change') q.direction = cue!.dir ?? (to > from ? 'up' : to < from ? 'down' : undefined);
    if (!q.direction) delete q.direction;
    // the counted noun or partitive follows the second number (`بين ستة وثمانية فنانين`); a unit written once counts for both
    const meas = measured(startTok, cue, b.tokenEnd, b.unit || !a.unit ? b : { ...b, unit: a.unit }, true);
    if (meas) q.measured = meas;
    addPerFromMeasured(q);
    return q;
  }

  /** The qualifier phrase right before token `s` (`نحو`, `أكثر من`, `ما يقرب من`): its value and first token. */
  function qualifierBefore(s: number): { qualifier: string; start: number } | null {
    for (const len of QUALIFIER_LAST.has(nm(s - 1)) ? [3, 2, 1] : []) {
      if (s - len < 0) continue;
      const phrase = tokens.slice(s - len, s).map((t) => t.norm).join(' ');
      const ql = QUALIFIERS.get(phrase) ?? (len === 1 ? QUALIFIERS.get(phrase.replace(/^و/, '')) : undefined);
      if (ql && sameSent(s - len, s)) return { qualifier: ql, start: s - len };
    }
    return null;
  }

  function single(a: Amount): Quantity {
    const qb = qualifierBefore(a.tokenStart);
    const s = qb ? qb.start : a.tokenStart;
    const qualifier = qb?.qualifier;
    const sp = mkSpan(a.tokenStart, a.tokenEnd);
    const q: Quantity = {
      ...sp,
      text: text.slice(sp.start, sp.end),
      kind: a.unit?.kind === 'percent' ? 'percent' : 'amount',
      value: a.value,
      ...unitOf(a),
      tokenStart: a.tokenStart,
      tokenEnd: a.tokenEnd,
    };
    if (qualifier) q.qualifier = qualifier;
    // `ارتفع ... بنسبة 5%` (delta) / `ارتفع ... إلى 5%` (to)
    const pre = nm(s - 1);
    // `بنسبة 2.6`: a rate without its sign is still a percentage
    if (!q.unit && /^(بنسبه|نسبه|النسبه|ونسبه)$/.test(nm(a.tokenStart - 1))) {
      q.unit = 'percent';
      q.kind = 'percent';
    }
    const cue = findCue(s);
    if (cue && cue.kind === 'change') {
      const byPrep = /^(بنسبه|بمقدار|بواقع|ب)$/.test(pre) || (pre === 'نسبه' && /^ب/.test(nm(s - 2)));
      const toPrep = TO.has(pre) || /^(ليصل|لتصل|ليبلغ|لتبلغ)$/.test(pre);
      if (byPrep || toPrep) {
        q.kind = 'change';
        if (byPrep) q.delta = a.value;
        else q.to = a.value;
        delete q.value;
        if (cue.dir) q.direction = cue.dir;
      }
    }
    const hc = !a.unit && a.tokenStart === a.num.tokenStart ? headCountAt(a.tokenStart) : null;
    if (hc) {
      countHead(q, hc, a.tokenEnd);
      return q;
    }
    const meas = measured(s, cue, a.tokenEnd, a);
    if (meas) q.measured = meas;
    addPerFromMeasured(q);
    return q;
  }

  /** Makes the definite plural before the number (`headCountAt`) the unit or the measured noun of `q`. */
  function countHead(q: Quantity, hc: { head: number; unit?: UnitInfo }, numEnd: number): void {
    if (hc.unit) {
      // the head without its clitic (`بالمقاعد` -> `المقاعد`), the number, and `الماضية`/`المقبلة` after it
      const start = stemStart(hc.head);
      const end = TIME_SIDE.test(nm(numEnd)) && sameSent(numEnd - 1, numEnd) ? numEnd + 1 : numEnd;
      q.unit = hc.unit.unit;
      q.unit_text = text.slice(start, tokens[hc.head]!.end);
      q.start = start;
      q.end = tokens[end - 1]!.end;
      q.text = text.slice(q.start, q.end);
      q.tokenStart = hc.head;
      q.tokenEnd = end;
      if (q.kind === 'amount' && hc.unit.kind === 'percent') q.kind = 'percent';
    } else {
      q.measured = spanOf(hc.head, hc.head + 1, true);
    }
  }

  /** A number that says nothing on its own (no unit, measure, qualifier or change): a name (`إف 35`, `فوتسي 100`) or a label. */
  function bare(q: Quantity): boolean {
    return q.kind === 'amount' && !q.unit && !q.measured && !q.qualifier;
  }

  function addPerFromMeasured(q: Quantity): void {
    if (q.per || !q.measured) return;
    const words = q.measured.text.split(/\s+/);
    for (const w of words) {
      const p = PER_ADJECTIVES.get(norm(w));
      if (p) {
        q.per = p;
        return;
      }
    }
  }

  /** The change or level word that leads the clause of the number starting at token `s`. */
  function findCue(s: number): { idx: number; kind: 'change' | 'level'; dir?: 'up' | 'down' } | null {
    for (let k = s - 1; k >= 0 && k >= s - 16; k--) {
      const t = tokens[k]!;
      if (!sameSent(k, s)) return null;
      if (t.kind === 'punct' && t.norm !== '-' && t.norm !== '–' && t.norm !== '—') return null;
      if (t.kind === 'number') return null;
      if (t.kind !== 'word') continue;
      const c = changeDir(t.norm);
      if (c.found) return { idx: k, kind: 'change', dir: c.dir };
      if (isLevel(t.norm)) return { idx: k, kind: 'level' };
    }
    return null;
  }

  /**
   * What is measured: tokens after the cue (or a measure noun) up to the number, minus linking words.
   * After a range (`range`) a counted noun is indefinite: `خلال الساعات الـ24 إلى 48 المقبلة` counts nothing after it.
   */
  function measured(s: number, cue: { idx: number } | null, endTok: number, a: Amount, range = false): { start: number; end: number; text: string } | undefined {
    let from = -1;
    if (cue) from = cue.idx + 1;
    else {
      for (let k = s - 1; k >= 0 && k >= s - 8; k--) {
        const t = tokens[k]!;
        if (!sameSent(k, s) || !isWordish(t)) break;
        if (isMeasureNoun(t.norm)) {
          from = k;
          break;
        }
      }
    }
    let to = s; // exclusive
    if (from >= 0) {
      while (to > from && (LINK_PREPS.has(nm(to - 1)) || QUALIFIERS.has(nm(to - 1)) || isLevel(nm(to - 1)))) to--;
      // a verb right before a measure noun (`تبلغ`) is skipped at the start as well
      while (from < to && (STOP.has(nm(from)) || nm(from) === 'ب')) from++;
      if (to > from && to - from <= 14) {
        let ok = true;
        for (let k = from; k < to; k++) {
          const t = tokens[k]!;
          if (!(isWordish(t) || (t.kind === 'punct' && /^[-–—]$/.test(t.norm)))) ok = false;
          if (STOP.has(t.norm)) ok = false; // a clause, not a noun phrase (`... الذي قتل فيه`)
        }
        // `بقيمة`/`بنسبة` alone says nothing about what is measured.
        if (ok && !(to - from === 1 && /^ب/.test(nm(from)) && isMeasureNoun(nm(from)))) return spanOf(from, to, true);
      }
    }
    // `5 ملايين طن من القمح`
    if (a.unit && /^(mass|volume|currency|power)$/.test(a.unit.kind) && nm(endTok) === 'من' && isWordish(tokens[endTok + 1]) && sameSent(endTok, endTok + 1) && !STOP.has(nm(endTok + 1))) {
      let e = endTok + 2;
      while (e < n && e < endTok + 4 && isWordish(tokens[e]) && sameSent(endTok, e) && !STOP.has(nm(e)) && nm(e).startsWith('ال')) e++;
      return spanOf(endTok + 1, e, false);
    }
    // a partitive: `4 من المهاجمين`, `71 من موظفيها`
    if (!a.unit && a.tokenEnd === endTok && nm(endTok) === 'من' && tokens[endTok + 1]?.kind === 'word' && sameSent(endTok, endTok + 1) && !STOP.has(nm(endTok + 1))) {
      return spanOf(endTok + 1, endTok + 2, false);
    }
    // the counted noun: `166 قطعة أثرية`
    if (!a.unit && a.tokenEnd === endTok) {
      const t = tokens[endTok];
      if (t && t.kind === 'word' && !covered[endTok] && !t.norm.startsWith('ي') && sameSent(endTok - 1, endTok) && !STOP.has(t.norm) && !NOT_COUNTED.has(t.norm) && !(range && text.startsWith('ال', t.start)) && t.norm.length >= 3 && !startsWithConj(endTok) && !isLevel(t.norm) && !changeDir(t.norm).found) {
        let e = endTok + 1;
        const t2 = tokens[e];
        if (t2 && t2.kind === 'word' && sameSent(endTok, e) && /(يه|ي|يا|ين)$/.test(t2.norm) && !STOP.has(t2.norm) && !t2.norm.startsWith('ال')) e++;
        return spanOf(endTok, e, false);
      }
    }
    return undefined;
  }

  function spanOf(a: number, b: number, trimClitic: boolean): { start: number; end: number; text: string } {
    const start = trimClitic ? stemStart(a) : tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    return { start, end, text: text.slice(start, end) };
  }

  // 3. ordinals: compound ones (`التاسع والعشرين`) and those after a head noun (`الدورة الثالثة`)
  for (const o of ordinals) {
    // `عن عمر يناهز السادسة والسبعين`: an age written as an ordinal
    const back = [nm(o.tokenStart - 1), nm(o.tokenStart - 2), nm(o.tokenStart - 3)];
    const ageAfter = /^(من)$/.test(nm(o.tokenEnd)) && /^(عمره|عمرها|العمر|عمرهم)$/.test(nm(o.tokenEnd + 1));
    if (back.some((w) => /^(عمر|العمر|عمره|عمرها|سن|السن|بعمر|بسن)$/.test(w)) || ageAfter || (nm(o.tokenStart - 1) === 'في' && o.value >= 11 && o.value <= 120)) {
      const sp = mkSpan(o.tokenStart, o.tokenEnd);
      out.push({ ...sp, text: text.slice(sp.start, sp.end), kind: 'amount', value: o.value, unit: 'year', tokenStart: o.tokenStart, tokenEnd: o.tokenEnd });
      continue;
    }
    // `الأربعين عاما`: a cardinal with the article before a unit is an age or a count
    const unitAfter = UNITS.get(nm(o.tokenEnd));
    if (unitAfter && o.tokenEnd === o.tokenStart + 1 && o.value >= 20) {
      const sp = mkSpan(o.tokenStart, o.tokenEnd + 1);
      out.push({ ...sp, text: text.slice(sp.start, sp.end), kind: 'amount', value: o.value, unit: unitAfter.unit, unit_text: text.slice(tokens[o.tokenEnd]!.start, tokens[o.tokenEnd]!.end), tokenStart: o.tokenStart, tokenEnd: o.tokenEnd + 1 });
      continue;
    }
    const prevT = tokens[o.tokenStart - 1];
    const p = prevT?.norm ?? '';
    // `الدول الأربعين`: tens with the article after a plural noun count it (no ordinal of tens follows a plural)
    if (o.tokenEnd === o.tokenStart + 1 && o.value >= 20 && o.value % 10 === 0 && prevT && /(ات|ون|ين|ول)$/.test(p) && p.startsWith('ال')) {
      const sp = mkSpan(o.tokenStart, o.tokenEnd);
      out.push({ ...sp, text: text.slice(sp.start, sp.end), kind: 'amount', value: o.value, measured: spanOf(o.tokenStart - 1, o.tokenStart, true), tokenStart: o.tokenStart, tokenEnd: o.tokenEnd });
      continue;
    }
    if (/^(كانون|تشرين|ربيع|جمادي)$/.test(p)) continue; // month names
    const compound = o.tokenEnd - o.tokenStart > 1 || o.value >= 11;
    if (!compound && !(o.value >= 2 && prevT && prevT.kind === 'word' && ordinalHead(p))) continue;
    const sp = mkSpan(o.tokenStart, o.tokenEnd);
    const q: Quantity = { ...sp, text: text.slice(sp.start, sp.end), kind: 'ordinal', value: o.value, tokenStart: o.tokenStart, tokenEnd: o.tokenEnd };
    // measured: the noun just before (`الدورة`), or a construct phrase (`مؤتمر الأطراف`)
    const k = o.tokenStart - 1;
    if (k >= 0 && tokens[k]!.kind === 'word' && sameSent(k, o.tokenStart) && !STOP.has(nm(k)) && !readNumberAt(tokens, k)) {
      let from = k;
      const head = ordinalHead(nm(k));
      if (!head && nm(k).startsWith('ال') && k > 0 && tokens[k - 1]!.kind === 'word' && sameSent(k - 1, k) && !nm(k - 1).startsWith('ال') && !STOP.has(nm(k - 1))) from = k - 1;
      q.measured = spanOf(from, o.tokenStart, true);
    }
    out.push(q);
  }

  // `4.1 تريليونات` is 4100000000000, not the 4099999999999.9995 that 4.1 * 1e12 gives in binary floating point
  for (const q of out) for (const k of ['value', 'from', 'to'] as const) if (typeof q[k] === 'number') q[k] = decimalClean(q[k]!);
  return out.sort((x, y) => x.start - y.start);
}

/** A product of a decimal and a power of ten, rid of its floating-point noise (15 significant digits). */
export function decimalClean(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(15)) : x;
}

/** A head noun that an ordinal after it counts (`الدورة`, `للمرة`: any clitic form). */
function ordinalHead(w: string): boolean {
  // (`للمرة` is ل + المرة with the article's alef dropped)
  const forms = /^[وف]?لل/.test(w) ? [...bareNorm(w), w.replace(/^[وف]?لل/, '')] : bareNorm(w);
  return forms.some((f) => ORDINAL_HEADS.has(f.replace(/^ال/, '')));
}

/** Adjectives of time after a counted period that stay in its text (`السنوات الـ 49 الماضية`, `الساعات الـ24 المقبلة`). */
const TIME_SIDE = /^(الماضيه|الماضي|المقبله|المقبل|القادمه|القادم|الاخيره|الاخير|الاولي|التاليه|السابقه|المنصرمه)$/;
/** Broken plurals without a sound ending that count (`الأشهر`, `الشهور`, `العقود`, `الدقائق`, `التهم`, `الدول`, `القتلى`). */
const BROKEN_PLURALS = new Set(['اشهر', 'شهور', 'عقود', 'دقائق', 'سنين', 'تهم', 'دول', 'قتلي', 'جرحي', 'اسري', 'ركاب', 'دمي', 'صبيان', 'اعضاء']);

/** Singular words of a plural's shape (a weekday, a name, a masdar of the form أفعال): never a counted plural (`الإمام الـ 12`). */
const NOT_PLURAL = new Set(['اثنين', 'دين', 'صين', 'قانون', 'حسين', 'كانون', 'تشرين', 'يمين', 'امام', 'اسلام', 'اتحاد', 'اعلان']);

/** أفعال (`اعوام`, `ايام`), أفاعل/أفاعيل/أفاعي (`اجانب`, `اسابيع`, `اغاني`), مفاعل/مفاعيل (`مقاعد`, `مبادي`), فواعل (`جوايز`). */
const BROKEN_PLURAL_PATTERNS = /^(ا..ا.|ا.ا.|ا.ا..|ا.ا.ي.|ا.ا.ي|م.ا..|م.ا.ي.|.وا..)$/;

/**
 * A definite plural noun (`السنوات`, `المرشحين`, `الأعوام`, `المقاعد`, `الجوائز`, `الأسابيع`), with any clitic:
 * a sound plural (`-ات`, `-ين`, `-ون`), a broken plural of `BROKEN_PLURAL_PATTERNS` or one of `BROKEN_PLURALS`.
 * A nisba adjective (`العربية`, `الآسيوية`), a singular noun (`الذكرى`, `المركز`, `الدورة`) and the words of
 * `NOT_PLURAL` (`الاثنين`, `الإمام`) are none.
 */
function pluralHead(w: string): boolean {
  const forms = /^[وف]?لل/.test(w) ? [...bareNorm(w), w.replace(/^[وف]?لل/, '')] : bareNorm(w);
  return forms.some((f) => {
    if (!f.startsWith('ال') || f.length < 5) return false;
    const x = f.slice(2);
    if (ORDINAL_HEADS.has(x) || NOT_PLURAL.has(x)) return false;
    return /(ات|ين|ون)$/.test(x) || BROKEN_PLURALS.has(x) || BROKEN_PLURAL_PATTERNS.test(x);
  });
}

const ORDINAL_HEADS = new Set(['مرتبه', 'دوره', 'مؤتمر', 'موتمر', 'نسخه', 'جوله', 'مرحله', 'ربع', 'مركز', 'درجه', 'ولايه', 'مره', 'طبعه', 'قمه', 'موسم', 'اسبوع', 'يوم', 'شهر', 'عام', 'سنه', 'فصل', 'بند', 'ماده', 'فقره', 'حلقه', 'جزء', 'دفعه', 'مسابقه', 'بطوله', 'ذكري']);
