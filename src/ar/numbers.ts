/**
 * Reading Arabic numbers over a token array.
 *
 * Handles digits in any script (the tokenizer already turned `١٥`, `1,000`, `3٫5`, `4ر16`
 * into ASCII `norm`s), number words and multipliers (`مليون`, `5 ملايين`, `ثلاثة آلاف`,
 * `نصف مليار`, `مليونان`, `خمسة وعشرون`, `مئة وخمسون ألفا`), fractions (`نصف`, `ربع`,
 * `ثلث`) and ordinals with the article (`الأول`, `الحادي عشر`, `التاسع والعشرين` = 29).
 *
 * Words are looked up in their matching form (`norm`), with a proclitic (و ف ب ل ك) peeled
 * off when the whole token is not a number word (`وعشرون`, `بخمسة`). `أحد` alone is never a
 * number ("أحد الاتجاهات" = "one of the directions"); it only counts inside `أحد عشر`.
 * Standalone `واحد`/`اثنان` are read with low confidence (they are usually adjectives:
 * `منطقة واحدة`).
 */
import type { Token } from '../core/doc.ts';
import { norm } from './normalize.ts';

export type NumberKind = 'cardinal' | 'ordinal';

export interface NumberMatch {
  value: number;
  kind: NumberKind;
  /** Token range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
  /** Character range of the number in the text. */
  start: number;
  end: number;
  /** 1 for digits and clear number words; lower for readings that are often not numbers. */
  confidence: number;
  /** True when digits were involved (`5 ملايين`), false for words only. */
  digits: boolean;
}

/** Minimal token shape this module needs (a `Token` from the tokenizer fits). */
export type NumToken = Pick<Token, 'start' | 'end' | 'kind' | 'norm'>;

// ---------------------------------------------------------------- word tables (matching form)

const UNITS: Record<string, number> = {
  واحد: 1, واحده: 1,
  اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2,
  ثلاث: 3, ثلاثه: 3,
  اربع: 4, اربعه: 4,
  خمس: 5, خمسه: 5,
  ست: 6, سته: 6,
  سبع: 7, سبعه: 7,
  ثمان: 8, ثماني: 8, ثمانيه: 8,
  تسع: 9, تسعه: 9,
  عشر: 10, عشره: 10,
};

/** First part of 11 and 12 (`أحد عشر`, `اثنا عشر`). */
const TEEN_HEADS: Record<string, number> = { احد: 1, احدي: 1, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2 };

const TENS: Record<string, number> = {
  عشرون: 20, عشرين: 20,
  ثلاثون: 30, ثلاثين: 30,
  اربعون: 40, اربعين: 40,
  خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70,
  ثمانون: 80, ثمانين: 80,
  تسعون: 90, تسعين: 90,
};

const HUNDREDS: Record<string, number> = {
  مئه: 100, مائه: 100, ميه: 100,
  مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, مئتا: 200, مائتا: 200, مئتي: 200, مائتي: 200,
};
for (const [w, v] of Object.entries({ ثلاث: 3, اربع: 4, خمس: 5, ست: 6, سبع: 7, ثمان: 8, تسع: 9 })) {
  HUNDREDS[w + 'مئه'] = v * 100;
  HUNDREDS[w + 'مائه'] = v * 100;
}
HUNDREDS['ثمانمئه'] = 800;
HUNDREDS['ثمانمائه'] = 800;

/** Multipliers: singular/accusative, dual (value × 2, no count needed), plural (needs a count). */
interface Mult {
  base: number;
  dual?: boolean;
  plural?: boolean;
}
const MULTS: Record<string, Mult> = {
  الف: { base: 1e3 }, الفا: { base: 1e3 }, الفان: { base: 1e3, dual: true }, الفين: { base: 1e3, dual: true },
  الفي: { base: 1e3, dual: true }, الاف: { base: 1e3, plural: true }, الوف: { base: 1e3, plural: true },
  مليون: { base: 1e6 }, مليونا: { base: 1e6 }, مليونان: { base: 1e6, dual: true }, مليونين: { base: 1e6, dual: true },
  مليوني: { base: 1e6, dual: true }, ملايين: { base: 1e6, plural: true },
  مليار: { base: 1e9 }, مليارا: { base: 1e9 }, ملياران: { base: 1e9, dual: true }, مليارين: { base: 1e9, dual: true },
  ملياري: { base: 1e9, dual: true }, مليارات: { base: 1e9, plural: true },
  بليون: { base: 1e9 }, بليونا: { base: 1e9 }, بلايين: { base: 1e9, plural: true },
  تريليون: { base: 1e12 }, ترليون: { base: 1e12 }, تريليونات: { base: 1e12, plural: true }, ترليونات: { base: 1e12, plural: true },
};

/** The scale a word closing a number in words is (`آلاف`, `ألوف`, `مليارا`: 1000, 1000, 1e9), duals (`ألفين`, a number alone) excepted. */
export function scaleWord(w: string): number | undefined {
  const m = MULTS[w];
  return m && !m.dual ? m.base : undefined;
}

const FRACTIONS: Record<string, number> = { نصف: 0.5, ربع: 0.25, ثلث: 1 / 3, ثلثي: 2 / 3, ثلثا: 2 / 3 };

/** Ordinals with the article, masculine and feminine. */
const ORDINALS: Record<string, number> = {
  الاول: 1, الاولي: 1,
  الثاني: 2, الثانيه: 2,
  الثالث: 3, الثالثه: 3,
  الرابع: 4, الرابعه: 4,
  الخامس: 5, الخامسه: 5,
  السادس: 6, السادسه: 6,
  السابع: 7, السابعه: 7,
  الثامن: 8, الثامنه: 8,
  التاسع: 9, التاسعه: 9,
  العاشر: 10, العاشره: 10,
  الحادي: 1, الحاديه: 1, // only in compounds (`الحادي عشر`, `الحادي والعشرين`)
  الواحد: 1, الواحده: 1,
};
const ORDINAL_TENS: Record<string, number> = {};
for (const [w, v] of Object.entries(TENS)) ORDINAL_TENS['ال' + w] = v;

/** Re-keys a table through `norm` so keys may be written in full spelling (`مائة` -> `مايه`). */
function normKeys<T>(table: Record<string, T>): void {
  for (const k of Object.keys(table)) {
    const n = norm(k);
    if (n !== k) table[n] = table[k]!;
  }
}
for (const t of [UNITS, TEEN_HEADS, TENS, HUNDREDS, MULTS, FRACTIONS, ORDINALS, ORDINAL_TENS] as Record<string, unknown>[]) normKeys(t);

const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];

/**
 * Every word form that can start or continue a number (table keys with and without a
 * proclitic): a quick gate so that ordinary words cost one Set lookup.
 */
const NUMBERISH = new Set<string>();
for (const t of [UNITS, TEEN_HEADS, TENS, HUNDREDS, MULTS, FRACTIONS] as Record<string, unknown>[]) {
  for (const k of Object.keys(t)) {
    NUMBERISH.add(k);
    for (const p of PROCLITICS) NUMBERISH.add(p + k);
  }
}
for (const k of Object.keys(UNITS)) NUMBERISH.add('ال' + k);
for (const t of [ORDINALS, ORDINAL_TENS] as Record<string, unknown>[]) {
  for (const k of Object.keys(t)) {
    NUMBERISH.add(k);
    for (const p of ['و', 'ف', 'ب', 'وب', 'ول']) NUMBERISH.add(p + k);
    if (k.startsWith('ال')) for (const p of ['ل', 'ول', 'فل']) NUMBERISH.add(p + k.slice(1)); // للثاني
  }
}

/** Looks a normalised word up in `table`, trying it whole and then without a proclitic. */
function lookup<T>(w: string, table: Record<string, T>): { v: T; clitic: string } | null {
  const v = table[w];
  if (v !== undefined) return { v, clitic: '' };
  for (const p of PROCLITICS) {
    if (w.length - p.length >= 3 && w.startsWith(p)) {
      const r = table[w.slice(p.length)];
      if (r !== undefined) return { v: r, clitic: p };
    }
  }
  return null;
}

/** Value of a digit token's `norm` (`1000`, `3.5`, `1.000.000` as thousands). */
export function digitsValue(n: string): number | null {
  if (!/^\d[\d.,]*$/.test(n)) return null;
  let s = n.replace(/,/g, '');
  const dots = s.split('.').length - 1;
  if (dots > 1) {
    // `1.000.000`: dots group thousands when every group after the first has 3 digits.
    const parts = s.split('.');
    if (parts.slice(1).every((p) => p.length === 3)) s = parts.join('');
    else return null;
  }
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

function isConj(tok: NumToken | undefined): boolean {
  return !!tok && tok.kind === 'word' && tok.norm === 'و';
}

/** Reads a run of number words starting at token `i`; returns the value and end token. */
function readWords(tokens: readonly NumToken[], i: number, lead: number | null): { value: number; end: number; words: number; weak: boolean } | null {
  let total = 0;
  let cur = lead ?? 0;
  let any = lead !== null;
  let lastMult = 0;
  let j = i;
  let words = 0;
  let weak = false;
  /** Order (0 units, 1 tens, 2 hundreds) of the last part added since a multiplier, -1 when none. */
  let lastOrder = -1;
  /** Where the first part joined by `و` after the last multiplier starts, with the value and word count before it. */
  let afterMult: { j: number; value: number; words: number } | null = null;
  for (;;) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') break;
    let w = t.norm;
    // A separate `و` token between number words (`خمسة و عشرون`).
    let step = 1;
    if (any && isConj(t) && tokens[j + 1]?.kind === 'word') {
      w = 'و' + tokens[j + 1]!.norm;
      step = 2;
    }
    // After the first word, continuation needs the conjunction (`وعشرون`, `وخمسون ألفا`),
    // except a multiplier right after a count (`ثلاثة آلاف`, `خمسة ملايين`) or `عشر` of a teen.
    const hasConj = any && w.startsWith('و');
    const mult = lookup(w, MULTS);
    // After digits only a multiplier (`5 ملايين`) or `ونصف` after one may follow.
    if (lead !== null && !mult && !(hasConj && lastMult > 0 && FRACTIONS[w.slice(1)] !== undefined)) break;
    if (mult && (mult.clitic === '' || mult.clitic === 'و' || !any)) {
      const m = mult.v;
      // `ألفين وثلاثة آلاف`, `مليون وثلاثة ملايين`, `ألف وألفين`: a part joined by و that ends with a
      // multiplier as large as the one before it is a second number (a range or a list), not a sum:
      // only a smaller multiplier continues a number (`مليون ومئتا ألف`, `ثلاثة ملايين وخمسمائة ألف`).
      if (lastMult > 0 && m.base >= lastMult) {
        if (mult.clitic === 'و') break;
        if (mult.clitic === '' && afterMult && cur > 0) {
          total = afterMult.value;
          cur = 0;
          words = afterMult.words;
          j = afterMult.j;
          break;
        }
      }
      if (any && mult.clitic === '' && (cur > 0 || total > 0) && !m.dual) {
        // `ثلاثة آلاف`, `15 مليون`, `مئة وخمسون ألفا`: count × multiplier.
        const count = cur > 0 ? cur : total;
        if (cur > 0) total += count * m.base;
        else total = count * m.base;
        cur = 0;
      } else if (!any || mult.clitic === 'و') {
        if (m.plural) break; // `ملايين` alone is not a number
        total += (m.dual ? 2 : 1) * m.base;
      } else break;
      lastMult = m.base;
      lastOrder = -1;
      afterMult = null;
      any = true;
      words++;
      j += step;
      continue;
    }
    if (any && !hasConj) {
      // Teens: `ثلاثة عشر`, `أحد عشر`.
      if ((w === 'عشر' || w === 'عشره') && cur > 0 && cur < 10 && words === 1 && lead === null) {
        cur += 10;
        words++;
        j += step;
        continue;
      }
      // `ثلاث مئة`.
      if ((w === 'ميه' || w === 'مايه') && cur > 0 && cur < 10) {
        cur *= 100;
        words++;
        j += step;
        continue;
      }
      break;
    }
    const body = hasConj ? w.slice(1) : w;
    if (!any && TEEN_HEADS[body] !== undefined) {
      const nx = tokens[j + 1];
      if (nx && nx.kind === 'word' && (nx.norm === 'عشر' || nx.norm === 'عشره')) {
        cur = TEEN_HEADS[body]! + 10;
        any = true;
        words += 2;
        j += 2;
        continue;
      }
      break;
    }
    const frac = lookup(body, FRACTIONS);
    if (frac && frac.clitic === '') {
      if (hasConj && lastMult > 0) {
        // `مليون ونصف` = 1.5 million.
        total += frac.v * lastMult;
        words++;
        j += step;
        break;
      }
      if (!any) {
        // `نصف مليون`: only a number with a multiplier after it.
        const nx = tokens[j + 1];
        const m = nx && nx.kind === 'word' ? MULTS[nx.norm] : undefined;
        if (m && !m.plural && !m.dual) {
          total += frac.v * m.base;
          lastMult = m.base;
          any = true;
          words += 2;
          j += 2;
          continue;
        }
      }
      break;
    }
    const found = lookup(body, UNITS) ?? lookup(body, TENS) ?? lookup(body, HUNDREDS);
    if (!found) break;
    if (hasConj && found.clitic !== '') break;
    // `خمسة وسبعة آلاف`, `عشرين وثلاثين ألفا`: two parts of one order joined by و are two numbers
    // (a range or a list), not one sum; `خمسة وعشرون`, `مئة وخمسة` join parts of different orders.
    const order = found.v < 10 ? 0 : found.v < 100 ? 1 : 2;
    if (hasConj && order === lastOrder) break;
    lastOrder = order;
    if (hasConj && lastMult > 0 && !afterMult) afterMult = { j, value: total + cur, words };
    if (!any && found.clitic !== '' && found.clitic !== 'و' && found.clitic !== 'ب' && found.clitic !== 'ل' && found.clitic !== 'وب' && found.clitic !== 'ول') break;
    if (!any && (found.v === 1 || found.v === 2) && lookup(body, UNITS)) weak = true;
    cur += found.v;
    any = true;
    words++;
    j += step;
  }
  if (!any || j === i) return null;
  const value = total + cur;
  if (words > 1) weak = false;
  return { value, end: j, words, weak };
}

/** Reads an ordinal with the article at `i` (`الأول`, `الحادي عشر`, `التاسع والعشرين`). */
function readOrdinal(tokens: readonly NumToken[], i: number): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const known = (x: string): boolean => ORDINALS[x] !== undefined || ORDINAL_TENS[x] !== undefined;
  let w = t.norm;
  if (!known(w)) {
    for (const p of ['وب', 'ول', 'و', 'ف', 'ب']) {
      if (w.startsWith(p + 'ال') && known(w.slice(p.length))) {
        w = w.slice(p.length);
        break;
      }
    }
    // `للثاني` = ل + الثاني (the article's alef is dropped after ل).
    if (!known(w) && /^و?لل/.test(w) && known('ا' + w.slice(w.indexOf('لل') + 1))) w = 'ا' + w.slice(w.indexOf('لل') + 1);
  }
  const tens = ORDINAL_TENS[w];
  // `التسعين ألفا` is ninety thousand, not an ordinal
  if (tens !== undefined && tokens[i + 1]?.kind === 'word' && MULTS[tokens[i + 1]!.norm] && !MULTS[tokens[i + 1]!.norm]!.dual) return null;
  if (tens !== undefined) return { value: tens, end: i + 1 };
  const unit = ORDINALS[w];
  if (unit === undefined) return null;
  const nx = tokens[i + 1];
  if (nx && nx.kind === 'word') {
    if (nx.norm === 'عشر' || nx.norm === 'عشره') return { value: unit + 10, end: i + 2 };
    let n2 = nx.norm;
    let end = i + 2;
    if (n2 === 'و' && tokens[i + 2]?.kind === 'word') {
      n2 = 'و' + tokens[i + 2]!.norm;
      end = i + 3;
    }
    if (n2.startsWith('و') && ORDINAL_TENS[n2.slice(1)] !== undefined) return { value: unit + ORDINAL_TENS[n2.slice(1)]!, end };
  }
  if (w === 'الحادي' || w === 'الحاديه' || w === 'الواحد' || w === 'الواحده') return null;
  return { value: unit, end: i + 1 };
}

/** Reads the number starting at token `i`, or null. */
export function readNumberAt(tokens: readonly NumToken[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (!t || (t.kind !== 'number' && (t.kind !== 'word' || !NUMBERISH.has(t.norm)))) return null;
  const mk = (value: number, kind: NumberKind, end: number, confidence: number, digits: boolean): NumberMatch => ({
    value,
    kind,
    tokenStart: i,
    tokenEnd: end,
    start: t.start,
    end: tokens[end - 1]!.end,
    confidence,
    digits,
  });
  if (t.kind === 'number') {
    const v = digitsValue(t.norm);
    if (v === null) return null;
    const w = readWords(tokens, i + 1, v);
    let value = w && w.value !== v ? w.value : v;
    let end = w && w.value !== v ? w.end : i + 1;
    // `209 ملايين و78 ألفا و454`: smaller parts joined by `و` after a multiplier
    let scale = w && w.value !== v ? w.value / v : 1;
    while (scale >= 1000 && tokens[end]?.kind === 'word' && tokens[end]!.norm === 'و' && tokens[end + 1]?.kind === 'number') {
      const v2 = digitsValue(tokens[end + 1]!.norm);
      if (v2 === null) break;
      const w2 = readWords(tokens, end + 2, v2);
      const part = w2 && w2.value !== v2 ? w2.value : v2;
      if (part >= scale) break;
      value += part;
      scale = w2 && w2.value !== v2 ? w2.value / v2 : 1;
      end = w2 && w2.value !== v2 ? w2.end : end + 2;
    }
    return mk(value, 'cardinal', end, 1, true);
  }
  const o = readOrdinal(tokens, i);
  if (o) return mk(o.value, 'ordinal', o.end, 1, false);
  // `التسعين ألفا`: tens with the article before a multiplier
  if (ORDINAL_TENS[t.norm] !== undefined) {
    const nx = tokens[i + 1];
    const m = nx && nx.kind === 'word' ? MULTS[nx.norm] : undefined;
    if (m && !m.dual) return mk(ORDINAL_TENS[t.norm]! * m.base, 'cardinal', i + 2, 1, false);
  }
  // `الستة عشر` (the round of sixteen): a teen with the article
  if (t.norm.startsWith('ال') && UNITS[t.norm.slice(2)] !== undefined) {
    const nx = tokens[i + 1];
    if (nx && nx.kind === 'word' && (nx.norm === 'عشر' || nx.norm === 'عشره')) return mk(UNITS[t.norm.slice(2)]! + 10, 'cardinal', i + 2, 1, false);
    return null;
  }
  const w = readWords(tokens, i, null);
  if (w) return mk(w.value, 'cardinal', w.end, w.weak ? 0.4 : 1, false);
  return null;
}

/** Every number in a token array, left to right, non-overlapping. */
export function readNumbers(tokens: readonly NumToken[]): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = readNumberAt(tokens, i);
    if (m) {
      out.push(m);
      i = m.tokenEnd;
    } else i++;
  }
  return out;
}

/** Splits a short string into number-reading tokens (words and digit runs). */
function miniTokens(s: string): NumToken[] {
  const out: NumToken[] = [];
  const re = /[0-9٠-٩۰-۹][0-9٠-٩۰-۹.,٫٬ر]*|[^\s0-9٠-٩۰-۹.,،؛:!?؟()«»“”"'%٪\-–—]+/g;
  for (let m; (m = re.exec(s)); ) {
    const raw = m[0];
    const isNum = /^[0-9٠-٩۰-۹]/.test(raw);
    if (isNum) {
      const n = norm(raw.replace(/[ر٫]/g, '.').replace(/٬/g, ','));
      out.push({ start: m.index, end: m.index + raw.length, kind: 'number', norm: /^[\d.]+$/.test(n) || /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(n) ? n.replace(/,/g, '') : n });
    } else out.push({ start: m.index, end: m.index + raw.length, kind: 'word', norm: norm(raw) });
  }
  return out;
}

/**
 * Value of a short string that is one number (`5 ملايين`, `التاسع والعشرين`, `٣٫٥`), or null.
 * The whole string must be the number (surrounding spaces allowed).
 */
export function parseNumberText(s: string): number | null {
  if (typeof s !== 'string') return null;
  const toks = miniTokens(s);
  if (!toks.length) return null;
  const m = readNumberAt(toks, 0);
  return m && m.tokenEnd === toks.length ? m.value : null;
}
