/**
 * Finding and resolving dates in Arabic news text.
 *
 * Absolute forms (`15 مايو 2024`, `١٥ أيار ٢٠٢٤`, `23 مارس/آذار`, `2024/5/14`, `14-5-2024`,
 * `عام 2018`, `7 ذو القعدة 1445 هـ`), weekdays (`يوم الأحد`, `مساء الاثنين`) and relative
 * expressions (`أمس`, `الشهر الماضي`, `مايو من هذا العام`, `قبل ثلاثة أيام`,
 * `العام المقبل`) are resolved against the article's publication date, with a granularity.
 *
 * Resolution conventions (news usage):
 * - a weekday without `المقبل` is the latest such day on or before publication;
 * - a month without a year is the one within six months of publication, `مايو الماضي` the
 *   latest May strictly before the publication month, `مايو المقبل` the next one;
 * - `الأسبوع الماضي` resolves to the ISO week (`2024-W31`);
 * - anaphoric phrases (`العام التالي`, `في اليوم نفسه`, `31 من نفس الشهر`, `وبعد أسبوعين`) count
 *   from the nearest date mentioned before them that has the detail they need; without one they
 *   are no date (`قبل يومين`, `منذ ثلاثة أعوام` still count back from publication).
 * Without a publication date, anything that needs it gets `resolved: null, unresolved: true`.
 */
import type { Token } from '../core/doc.ts';
import { readNumberAt, digitsValue } from '../ar/numbers.ts';
import { MAX_UNIT_WORDS, UNITS } from './units.ts';
import {
  ANAPHOR_AFTER,
  ANAPHOR_BEFORE,
  ANAPHOR_PERIODS,
  AMBIGUOUS_MONTHS,
  AMBIGUOUS_WEEKDAYS,
  DAY_DEIXIS,
  DIRECTION_WORDS,
  GREGORIAN_MARKS,
  GREGORIAN_MONTHS,
  HIJRI_MARKS,
  HIJRI_MONTHS,
  PERIOD_NOUNS,
  PERIOD_WORDS,
  TEMPORAL_CUES,
  WEEKDAYS,
  hijriToGregorian,
  type Period,
} from './calendar.ts';

export type Granularity = 'day' | 'week' | 'month' | 'year';

export interface DateFact {
  start: number;
  end: number;
  text: string;
  /** `2024-07-14`, `2024-05`, `2024`, `2024-W31`; null when it needs a publication date that is missing. */
  resolved: string | null;
  granularity: Granularity;
  /** True when the publication date was needed (relative words, a missing year, a weekday). */
  relative: boolean;
  calendar?: 'gregorian' | 'hijri';
  /** The Hijri date as written (`1445-11-07`), for Hijri dates. */
  hijri?: string;
  /** For a week, its first (Monday) and last (Sunday) day, so that a search by day or month finds it. */
  firstDay?: string;
  lastDay?: string;
  /** Set when `relative` and there is no publication date. */
  unresolved?: true;
  /** Token range `[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
}

/** Publication date as a UTC day, from ISO (`2024-08-09`, `2024-08-09T10:00Z`) or RFC 822. */
export function parsePublished(s: unknown): Date | null {
  if (typeof s !== 'string' || !s.trim()) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  let d: Date;
  if (iso) d = new Date(Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!));
  else {
    const t = Date.parse(s);
    if (!Number.isFinite(t)) return null;
    const x = new Date(t);
    d = new Date(Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate()));
  }
  return Number.isFinite(d.getTime()) ? d : null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const fmtDay = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const fmtMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);

/** ISO week label of a day: `2024-W32`. */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y0 = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const w = Math.ceil(((t.getTime() - y0.getTime()) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(w)}`;
}

/** First (Monday) and last (Sunday) day of an ISO week label (`2018-W32` -> 2018-08-06, 2018-08-12). */
export function weekDays(label: string): [string, string] | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!m) return null;
  const jan4 = new Date(Date.UTC(+m[1]!, 0, 4));
  const monday = addDays(jan4, -((jan4.getUTCDay() || 7) - 1) + 7 * (+m[2]! - 1));
  return [fmtDay(monday), fmtDay(addDays(monday, 6))];
}

function shift(pub: Date, period: Period, n: number): { resolved: string; granularity: Granularity } {
  const y = pub.getUTCFullYear();
  const m = pub.getUTCMonth();
  switch (period) {
    case 'day':
      return { resolved: fmtDay(addDays(pub, n)), granularity: 'day' };
    case 'week':
      return { resolved: isoWeek(addDays(pub, 7 * n)), granularity: 'week' };
    case 'month': {
      const d = new Date(Date.UTC(y, m + n, 1));
      return { resolved: fmtMonth(d.getUTCFullYear(), d.getUTCMonth() + 1), granularity: 'month' };
    }
    case 'year':
      return { resolved: String(y + n), granularity: 'year' };
  }
}

function validDay(y: number, m: number, d: number): boolean {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const isYear = (v: number | null): v is number => v !== null && Number.isInteger(v) && v >= 1000 && v <= 2200;
const isHijriYear = (v: number | null): v is number => v !== null && Number.isInteger(v) && v >= 1300 && v <= 1600;

interface Match {
  end: number; // token index after the match
  resolved: string | null;
  granularity: Granularity;
  relative: boolean;
  calendar?: 'gregorian' | 'hijri';
  hijri?: string;
  /** Set for anaphoric phrases, resolved after all dates are found (resolveAnaphors). */
  anaphor?: Anaphor;
}

/**
 * `العام التالي`: n periods after the date mentioned before; `day` fixes the day of an anaphoric
 * month; `month` names the month of `أغسطس التالي` (the first August after that date).
 */
interface Anaphor {
  period: Period;
  n: number;
  day?: number;
  month?: number;
}

/** Finds every date in `tokens` of `text`, resolved against `published` (or unresolved). */
export function findDates(text: string, tokens: readonly Token[], published?: unknown): DateFact[] {
  const pub = parsePublished(published);
  const out: DateFact[] = [];
  const anaphors = new Map<DateFact, Anaphor>();
  const T = (i: number) => tokens[i];
  const nm = (i: number) => tokens[i]?.norm ?? '';
  // Adjacent tokens on the same line (dates never run across a line break).
  const line = lineNumbers(text, tokens);
  const sameLine = (a: number, b: number) => a >= 0 && b >= 0 && a < tokens.length && b < tokens.length && line[a] === line[b];
  const monthAt = (i: number): { month: number; end: number; dual: boolean; name: string } | null => {
    let w = nm(i);
    let m = GREGORIAN_MONTHS.get(w);
    let end = i + 1;
    if (m === undefined && tokens[i + 1] && sameLine(i, i + 1)) {
      m = GREGORIAN_MONTHS.get(w + ' ' + nm(i + 1));
      if (m !== undefined) {
        w = w + ' ' + nm(i + 1);
        end = i + 2;
      }
    }
    if (m === undefined) {
      // Proclitic ب/ل/و/ف before a month name (`بمايو`, `وأيار`) — only unambiguous names.
      for (const p of ['و', 'ف', 'ب', 'ل']) {
        if (w.startsWith(p) && w.length > 3) {
          const r = GREGORIAN_MONTHS.get(w.slice(1));
          if (r !== undefined && !AMBIGUOUS_MONTHS.has(w.slice(1)) && !w.slice(1).includes(' ')) {
            m = r;
            w = w.slice(1);
            break;
          }
        }
      }
    }
    if (m === undefined) return null;
    // `مارس/آذار`, `مارس (آذار)`: the second name of the same month.
    let dual = false;
    const sep = T(end);
    if (sep && (sep.norm === '/' || sep.norm === '(') && sameLine(i, end + 1)) {
      const second = GREGORIAN_MONTHS.get(nm(end + 1)) ?? GREGORIAN_MONTHS.get(nm(end + 1) + ' ' + nm(end + 2));
      if (second === m) {
        const two = GREGORIAN_MONTHS.get(nm(end + 1)) === undefined;
        end += two ? 3 : 2;
        if (sep.norm === '(' && nm(end) === ')') end++;
        dual = true;
      }
    }
    return { month: m, end, dual, name: w };
  };
  /** A year right after a month: `2024`, `عام 2024`, `لعام 2018`, `من عام 1997`, `سنة 2010`. */
  const yearAfterMonth = (i: number): { year: number; end: number; hijri: boolean } | null => {
    if (!sameLine(i - 1, i)) return null;
    const direct = yearAt(i);
    if (direct) return direct;
    let k = i;
    if (nm(k) === 'من') k++;
    if (/^(عام|لعام|العام|سنه|لسنه)$/.test(nm(k)) && sameLine(i, k + 1)) return yearAt(k + 1);
    return null;
  };
  const yearAt = (i: number): { year: number; end: number; hijri: boolean } | null => {
    const t = T(i);
    if (!t || t.kind !== 'number' || !/^\d{4}$/.test(t.norm) || t.end - t.start !== 4) return null; // `١٬٢٠٠` is no year
    const v = digitsValue(t.norm);
    if (!isYear(v)) return null;
    let end = i + 1;
    let hijri = false;
    if (T(end) && sameLine(i, end) && T(end)!.start - t.end <= 1) {
      if (HIJRI_MARKS.has(nm(end))) {
        hijri = true;
        end++;
      } else if (GREGORIAN_MARKS.has(nm(end))) end++;
    } else if (T(end) && sameLine(i, end) && HIJRI_MARKS.has(nm(end)) && nm(end) !== 'ه') {
      hijri = true;
      end++;
    }
    return { year: v, end, hijri };
  };
  /** Relative year phrase after a month: `من هذا العام`, `من العام الماضي`, `الماضي`, `المقبل`. */
  const monthQualifier = (i: number): { end: number; yearShift?: number; dir?: number } | null => {
    let j = i;
    const hasMin = nm(j) === 'من';
    if (hasMin) j++;
    if (nm(j) === 'هذا' && (nm(j + 1) === 'العام' || nm(j + 1) === 'السنه')) return { end: j + 2, yearShift: 0 };
    if ((nm(j) === 'العام' || nm(j) === 'السنه') && DIRECTION_WORDS.has(nm(j + 1)))
      return { end: j + 2, yearShift: DIRECTION_WORDS.get(nm(j + 1))! };
    if (!hasMin && DIRECTION_WORDS.has(nm(j))) return { end: j + 1, dir: DIRECTION_WORDS.get(nm(j))! };
    return null;
  };
  // (with a day, `12 يونيو القادم` in a June article before the 12th is this June)
  const resolveMonthNoYear = (month: number, q: { yearShift?: number; dir?: number } | null, day?: number): string | null => {
    if (!pub) return null;
    const py = pub.getUTCFullYear();
    const pm = pub.getUTCMonth() + 1;
    const pd = pub.getUTCDate();
    if (q?.yearShift !== undefined) return fmtMonth(py + q.yearShift, month);
    if (q?.dir !== undefined) {
      if (q.dir < 0) return fmtMonth(month < pm || (month === pm && day !== undefined && day < pd) ? py : py - 1, month);
      if (q.dir > 0) return fmtMonth(month > pm || (month === pm && day !== undefined && day > pd) ? py : py + 1, month);
      return fmtMonth(py, month);
    }
    // Nearest: within six months of publication.
    let y = py;
    if (month - pm > 6) y--;
    else if (pm - month > 6) y++;
    return fmtMonth(y, month);
  };

  /**
   * `العام التالي`, `الشهر نفسه`, `نفس اليوم`, `في اليوم التالي` at token i: the period and its
   * offset from the date mentioned before. Not `نفس اليوم من العام الماضي` (the period is placed
   * by what follows) nor `الأمين العام نفسه` (`العام` is "general" there).
   */
  const anaphoricPeriodAt = (i: number): { period: Period; n: number; end: number } | null => {
    const w = nm(i);
    let period: Period | undefined;
    let n: number | undefined;
    let noun = i;
    if (ANAPHOR_BEFORE.has(w) && sameLine(i, i + 1)) {
      noun = i + 1;
      period = ANAPHOR_PERIODS.get(nm(noun));
      n = 0;
    } else {
      period = ANAPHOR_PERIODS.get(w) ?? (/^[وف]/.test(w) ? ANAPHOR_PERIODS.get(w.slice(1)) : undefined);
      n = sameLine(i, i + 1) ? ANAPHOR_AFTER.get(nm(i + 1)) : undefined;
    }
    if (period === undefined || n === undefined) return null;
    if (/العام$/.test(nm(noun)) && GENERAL_HEADS.test(nm(noun - 1)) && sameLine(noun - 1, noun)) return null;
    const end = i + 2;
    if (nm(end) === 'من' && sameLine(end - 1, end)) return null;
    return { period, n, end };
  };

  const tryAt = (i: number): Match | null => {
    const t = T(i)!;
    const w = nm(i);

    // --- numeric dates: 14/5/2024, 2024/5/14, 14-5-2024, 14.5.2024
    if (t.kind === 'number') {
      const parts: number[] = [];
      let j = i;
      const seps: string[] = [];
      if (/^\d{1,4}\.\d{1,2}\.\d{2,4}$/.test(t.norm) && text.slice(t.start, t.end).includes('.')) {
        // `14.5.2024` as one token (dots are inner separators for the tokenizer)
        for (const p of t.norm.split('.')) parts.push(Number(p));
        j = i + 1;
        seps.push('.', '.');
      } else {
        parts.push(Number(t.norm));
        while (parts.length < 3) {
          const s = T(j + 1);
          const n = T(j + 2);
          if (!s || !n || (s.norm !== '/' && s.norm !== '-') || n.kind !== 'number' || !/^\d+$/.test(n.norm)) break;
          if (s.start !== T(j)!.end || n.start !== s.end) break;
          if (seps.length && seps[0] !== s.norm) break;
          seps.push(s.norm);
          parts.push(Number(n.norm));
          j += 2;
        }
        j += 1;
      }
      if (parts.length === 3 && /^\d+$/.test(String(parts[0]))) {
        const [a, b, c] = parts as [number, number, number];
        let y: number, m: number, d: number;
        if (a >= 1000) [y, m, d] = [a, b, c];
        else [d, m, y] = [a, b, c];
        if (y < 100) y += y < 50 ? 2000 : 1900;
        const hij = HIJRI_MARKS.has(nm(j)) && sameLine(j - 1, j);
        if (hij && isHijriYear(y)) {
          const g = hijriToGregorian(y, m, d);
          return { end: j + 1, resolved: g ? fmtDay(g) : null, granularity: 'day', relative: false, calendar: 'hijri', hijri: `${y}-${pad(m)}-${pad(d)}` };
        }
        if (validDay(y, m, d) && y >= 1900 && y <= 2200) return { end: j, resolved: `${y}-${pad(m)}-${pad(d)}`, granularity: 'day', relative: false, calendar: 'gregorian' };
        return null;
      }
    }

    // --- day month [year]: 15 مايو 2024, ١٥ أيار ٢٠٢٤, 23 مارس/آذار المقبل, 7 ذو القعدة 1445 هـ
    if (t.kind === 'number' && /^\d{1,2}$/.test(t.norm)) {
      const d = Number(t.norm);
      let k = i + 1;
      if (nm(k) === 'من' && sameLine(i, k + 1) && (GREGORIAN_MONTHS.has(nm(k + 1)) || HIJRI_MONTHS.has(nm(k + 1)))) k++; // `15 من مايو`
      const mo = sameLine(i, k) ? monthAt(k) : null;
      if (mo && d >= 1 && d <= 31) {
        const y = yearAfterMonth(mo.end);
        if (y) {
          if (!validDay(y.year, mo.month, d)) return null;
          return { end: y.end, resolved: `${y.year}-${pad(mo.month)}-${pad(d)}`, granularity: 'day', relative: false, calendar: 'gregorian' };
        }
        const q = monthQualifier(mo.end);
        const ym = resolveMonthNoYear(mo.month, q, d);
        if (ym && !validDay(+ym.slice(0, 4), mo.month, d)) return null;
        return { end: q ? q.end : mo.end, resolved: ym ? `${ym}-${pad(d)}` : null, granularity: 'day', relative: true, calendar: 'gregorian' };
      }
      // `31 من نفس الشهر`, `5 من الشهر نفسه`: a day of the month mentioned before
      const ka = nm(i + 1) === 'من' ? i + 2 : i + 1;
      const am = d >= 1 && d <= 31 && sameLine(i, ka) ? anaphoricPeriodAt(ka) : null;
      if (am && am.period === 'month') return { end: am.end, resolved: null, granularity: 'day', relative: true, anaphor: { period: 'month', n: am.n, day: d } };
      // Hijri: 7 ذو القعدة 1445 هـ
      const h1 = HIJRI_MONTHS.get(nm(k));
      const h2 = HIJRI_MONTHS.get(nm(k) + ' ' + nm(k + 1));
      if ((h1 !== undefined || h2 !== undefined) && sameLine(i, k)) {
        const hm = (h2 ?? h1)!;
        const after = h2 !== undefined ? k + 2 : k + 1;
        const yt = T(after);
        const yv = yt && yt.kind === 'number' ? digitsValue(yt.norm) : null;
        if (isHijriYear(yv) && d <= 30) {
          let end = after + 1;
          if (HIJRI_MARKS.has(nm(end))) end++;
          const g = hijriToGregorian(yv, hm, d);
          return { end, resolved: g ? fmtDay(g) : null, granularity: 'day', relative: false, calendar: 'hijri', hijri: `${yv}-${pad(hm)}-${pad(d)}` };
        }
      }
    }

    // --- ordinal day: `الخامس والعشرين من الشهر الجاري`, `الرابع من مارس/آذار`
    if (t.kind === 'word' && (w.startsWith('ال') || /^(وال|فال|بال)/.test(w))) {
      const o = readNumberAt(tokens, i);
      if (o && o.kind === 'ordinal' && o.value >= 1 && o.value <= 31 && nm(o.tokenEnd) === 'من' && sameLine(i, o.tokenEnd + 1)) {
        const k = o.tokenEnd + 1;
        const mo2 = monthAt(k);
        if (mo2) {
          const y = yearAfterMonth(mo2.end);
          if (y && validDay(y.year, mo2.month, o.value))
            return { end: y.end, resolved: `${y.year}-${pad(mo2.month)}-${pad(o.value)}`, granularity: 'day', relative: false, calendar: 'gregorian' };
          const q = monthQualifier(mo2.end);
          const ym = resolveMonthNoYear(mo2.month, q, o.value);
          return { end: q ? q.end : mo2.end, resolved: ym ? `${ym}-${pad(o.value)}` : null, granularity: 'day', relative: true, calendar: 'gregorian' };
        }
        const am = anaphoricPeriodAt(k);
        if (am && am.period === 'month') return { end: am.end, resolved: null, granularity: 'day', relative: true, anaphor: { period: 'month', n: am.n, day: o.value } };
        if (nm(k) === 'الشهر' && DIRECTION_WORDS.has(nm(k + 1))) {
          if (!pub) return { end: k + 2, resolved: null, granularity: 'day', relative: true };
          const r = shift(pub, 'month', DIRECTION_WORDS.get(nm(k + 1))!).resolved;
          return { end: k + 2, resolved: `${r}-${pad(o.value)}`, granularity: 'day', relative: true };
        }
      }
    }

    // --- month [year]: مايو 2024, مايو من هذا العام, مايو الماضي, في مارس
    const mo = monthAt(i);
    if (mo) {
      const y = yearAfterMonth(mo.end);
      if (y) return { end: y.end, resolved: fmtMonth(y.year, mo.month), granularity: 'month', relative: false, calendar: 'gregorian' };
      // `أغسطس/آب التالي`: the first such month after the date mentioned before
      if (ANAPHOR_AFTER.get(nm(mo.end)) === 1 && sameLine(mo.end - 1, mo.end))
        return { end: mo.end + 1, resolved: null, granularity: 'month', relative: true, calendar: 'gregorian', anaphor: { period: 'month', n: 0, month: mo.month } };
      const q = monthQualifier(mo.end);
      const cue = i > 0 && TEMPORAL_CUES.has(nm(i - 1));
      // Bare month names need a cue; ambiguous ones (`مارس`) always do unless written twice.
      if (q || mo.dual || cue) {
        if (!q && !mo.dual && AMBIGUOUS_MONTHS.has(mo.name) && !cue) return null;
        return { end: q ? q.end : mo.end, resolved: resolveMonthNoYear(mo.month, q), granularity: 'month', relative: true, calendar: 'gregorian' };
      }
    }

    // --- Hijri month + year: رمضان 1445 هـ
    {
      const h2 = HIJRI_MONTHS.get(w + ' ' + nm(i + 1));
      const h1 = HIJRI_MONTHS.get(w);
      if (h1 !== undefined || h2 !== undefined) {
        const after = h2 !== undefined ? i + 2 : i + 1;
        const yt = T(after);
        const yv = yt && yt.kind === 'number' ? digitsValue(yt.norm) : null;
        if (isHijriYear(yv) && sameLine(i, after)) {
          const hm = (h2 ?? h1)!;
          let end = after + 1;
          if (HIJRI_MARKS.has(nm(end))) end++;
          const g = hijriToGregorian(yv, hm, 1);
          return {
            end,
            resolved: g ? fmtMonth(g.getUTCFullYear(), g.getUTCMonth() + 1) : null,
            granularity: 'month',
            relative: false,
            calendar: 'hijri',
            hijri: `${yv}-${pad(hm)}`,
          };
        }
      }
    }

    // --- year words: عام 2024, العام 2024, سنة 2018, 1445 هـ
    if ((w === 'عام' || w === 'العام' || w === 'سنه' || w === 'السنه' || w === 'لعام' || w === 'ولعام' || w === 'وعام' || w === 'منذعام') && sameLine(i, i + 1)) {
      const y = yearAt(i + 1);
      if (y) return yearMatch(y);
    }
    if (t.kind === 'number') {
      const y = yearAt(i);
      if (y && (y.hijri || y.end > i + 1)) return yearMatch(y);
    }

    // --- anaphoric: العام التالي, الشهر نفسه, نفس اليوم (counted from the date before, or dropped)
    {
      const am = anaphoricPeriodAt(i);
      if (am) return { end: am.end, resolved: null, granularity: am.period, relative: true, anaphor: { period: am.period, n: am.n } };
    }

    // --- relative: الشهر الماضي, العام المقبل, هذا العام, الأسبوع الجاري
    const pn = PERIOD_NOUNS.get(w) ?? (w.startsWith('و') || w.startsWith('ف') ? PERIOD_NOUNS.get(w.slice(1)) : undefined);
    // `الأمين العام السابق`, `الرأي العام`: after a definite noun `العام` is the adjective "general"
    if (pn && w === 'العام' && GENERAL_HEADS.test(nm(i - 1)) && sameLine(i - 1, i)) return null;
    if (pn && DIRECTION_WORDS.has(nm(i + 1)) && sameLine(i, i + 1)) {
      const n = DIRECTION_WORDS.get(nm(i + 1))!;
      return rel(pn, n, i + 2);
    }
    if ((w === 'هذا' || w === 'وهذا') && PERIOD_NOUNS.has(nm(i + 1)) && sameLine(i, i + 1)) {
      return rel(PERIOD_NOUNS.get(nm(i + 1))!, 0, i + 2);
    }

    // --- day deixis: أمس, أول أمس, أول من أمس, اليوم, غدا, بعد غد
    {
      const three = DAY_DEIXIS.get(w + ' ' + nm(i + 1) + ' ' + nm(i + 2));
      if (three !== undefined && sameLine(i, i + 2)) return rel('day', three, i + 3);
      const two = DAY_DEIXIS.get(w + ' ' + nm(i + 1));
      if (two !== undefined && sameLine(i, i + 1)) return rel('day', two, i + 2);
      let one = DAY_DEIXIS.get(w);
      if (one === undefined && (w.startsWith('و') || w.startsWith('ف'))) one = DAY_DEIXIS.get(w.slice(1));
      if (one !== undefined) {
        // `اليوم` followed by a weekday is that weekday (`اليوم الأحد`); handled below.
        if (!(w.endsWith('اليوم') && WEEKDAYS.has(nm(i + 1)))) {
          // `اليوم` as a noun: `اليوم العالمي`, `اليوم الأول`, `اليوم التالي` is not "today".
          const nx = nm(i + 1);
          if (w.endsWith('اليوم') && (nx.startsWith('ال') || nx === 'من') && sameLine(i, i + 1)) return null;
          // `طوال اليوم`, `لطول اليوم`: "all day", not today
          if (w.endsWith('اليوم') && /^(طوال|طيله|لطول|طول|نهايه|مدار)$/.test(nm(i - 1))) return null;
          // `في نفس اليوم من عام 2016`, `اليوم نفسه`: the same day as another event
          if (w.endsWith('اليوم') && (/^(نفس|ذات|بنفس|وبنفس)$/.test(nm(i - 1)) || /^(نفسه|ذاته)$/.test(nm(i + 1)))) return null;
          return rel('day', one, i + 1);
        }
      }
    }

    // --- قبل/منذ/بعد N days|weeks|months|years
    if (w === 'قبل' || w === 'منذ' || w === 'بعد' || w === 'وقبل' || w === 'ومنذ' || w === 'وبعد') {
      const sign = w.endsWith('بعد') ? 1 : -1;
      let k = i + 1;
      // `قبل نحو أسبوع`, `منذ حوالي ثلاثة أعوام`: an approximation before the count
      if (APPROX_WORDS.has(nm(k)) && sameLine(i, k + 1)) k++;
      let count: number | null = null;
      const n = readNumberAt(tokens, k);
      if (n && n.kind === 'cardinal' && Number.isInteger(n.value) && n.value > 0 && n.value < 1000) {
        count = n.value;
        k = n.tokenEnd;
      }
      const pw = PERIOD_WORDS.get(nm(k));
      // `منذ عام 2018` is the year 2018, not "a year ago"; `منذ يوم الجمعة` is that Friday
      if (pw && count === null && (yearAt(k + 1) || WEEKDAYS.has(nm(k + 1)))) return null;
      // `بعد يومين من قول الوزير`, `بعد سبعة أشهر فقط من`, `بعد يوم واحد من`, `قبل أسبوع على
      // الانتخابات`: counted from another event, not from publication
      let f = k + 1;
      while (PERIOD_FILLERS.has(nm(f)) && sameLine(k, f)) f++;
      // (`قبل عقدين من الزمان`: "of time" says nothing more)
      const ofTime = nm(f) === 'من' && /^(الزمن|الزمان)$/.test(nm(f + 1)) && sameLine(k, f + 1);
      if (pw && !ofTime && (nm(f) === 'من' || nm(f) === 'علي') && sameLine(k, f)) return null;
      // `قبل عقد اجتماع`, `بعد عقد الصفقة`: `عقد` alone is "holding"/"concluding" unless the phrase ends there
      if (pw?.scale && count === null && pw.count === undefined && !ofTime && tokens[k + 1]?.kind === 'word' && sameLine(k, k + 1) && !DECADE_FOLLOWERS.has(nm(k + 1))) return null;
      // `قبل يوم الاقتراع`, `قبل يوم الإضراب العام`: "before the day of ...", not "a day ago"
      if (pw && count === null && pw.count === undefined && /^ال/.test(nm(k + 1)) && !DIRECTION_WORDS.has(nm(k + 1)) && sameLine(k, k + 1)) return null;
      // `يوما بعد يوم`, `عاما بعد عام`: "day after day", no date
      if (pw && sign > 0 && PERIOD_WORDS.has(nm(i - 1)) && sameLine(i - 1, i)) return null;
      if (pw && sameLine(i, k)) {
        const c = (count ?? pw.count ?? 1) * (pw.scale ?? 1);
        if (count === null && pw.count === undefined && /(ايام|اسابيع|اشهر|شهور|اعوام|سنوات|سنين|عقود)$/.test(nm(k))) return null;
        // `وبعد أسبوعين أدلى الوزير`: in news `بعد` counts from the date told before (as `العام التالي`)
        if (sign > 0) return { end: k + 1, resolved: null, granularity: pw.period, relative: true, anaphor: { period: pw.period, n: c } };
        return rel(pw.period, sign * c, k + 1);
      }
    }

    // --- weekdays: يوم الأحد, الأحد 15 مايو, مساء الاثنين, الجمعة الماضي
    {
      let k = i;
      let hasYawm = false;
      if (w === 'يوم' || w === 'ويوم' || w === 'اليوم') {
        hasYawm = true;
        k = i + 1;
      }
      let wd = WEEKDAYS.get(nm(k));
      let wname = nm(k);
      if (wd === undefined && (nm(k).startsWith('و') || nm(k).startsWith('ف'))) {
        wd = WEEKDAYS.get(nm(k).slice(1));
        wname = nm(k).slice(1);
      }
      if (wd !== undefined && sameLine(i, k)) {
        // A following explicit date absorbs the weekday: `الأحد 15 مايو 2024`.
        const nextDate = tryAtNoWeekday(k + 1);
        if (nextDate && nextDate.granularity === 'day') return nextDate;
        const cue = hasYawm || (i > 0 && TEMPORAL_CUES.has(nm(i - 1)));
        const q = DIRECTION_WORDS.get(nm(k + 1));
        // A bare `الأحد`/`الاثنين` set off by a comma before it and a comma or full stop after it is the
        // news report's day (`في اجتماع برام الله، الأحد.`, `أعلن الوزير، الاثنين، أن`), not the numeral.
        const setOff =
          !hasYawm && k === i && T(i - 1)?.kind === 'punct' && /^[,،]$/.test(nm(i - 1)) && T(k + 1)?.kind === 'punct' && /^[,،.]$/.test(nm(k + 1));
        if (AMBIGUOUS_WEEKDAYS.has(wname) && !cue && !setOff && q === undefined) return null;
        if (!pub) return { end: q !== undefined ? k + 2 : k + 1, resolved: null, granularity: 'day', relative: true };
        const pd = pub.getUTCDay();
        let delta: number;
        // `بدءا من الجمعة`, `اعتبارا من الأحد`: a start date ahead of publication
        const future = /^(بدءا|ابتداء|اعتبارا|بدء)$/.test(nm(i - 2)) && nm(i - 1) === 'من';
        if ((q !== undefined && q > 0) || (q === undefined && future)) delta = ((wd - pd + 7) % 7) || 7;
        else if (q !== undefined && q < 0) delta = -(((pd - wd + 7) % 7) || 7);
        else delta = -((pd - wd + 7) % 7);
        return { end: q !== undefined ? k + 2 : k + 1, resolved: fmtDay(addDays(pub, delta)), granularity: 'day', relative: true };
      }
    }
    return null;
  };
  // Weekday lookahead must not recurse into weekdays again.
  const tryAtNoWeekday = (i: number): Match | null => {
    const t = T(i);
    if (!t || t.kind !== 'number') return null;
    const m = tryAt(i);
    return m;
  };
  function yearMatch(y: { year: number; end: number; hijri: boolean }): Match {
    if (y.hijri) {
      const g = hijriToGregorian(y.year, 1, 1);
      return { end: y.end, resolved: g ? String(g.getUTCFullYear()) : null, granularity: 'year', relative: false, calendar: 'hijri', hijri: String(y.year) };
    }
    return { end: y.end, resolved: String(y.year), granularity: 'year', relative: false, calendar: 'gregorian' };
  }
  function rel(period: Period, n: number, end: number): Match {
    if (!pub) return { end, resolved: null, granularity: period, relative: true };
    const r = shift(pub, period, n);
    return { end, resolved: r.resolved, granularity: r.granularity, relative: true };
  }

  for (let i = 0; i < tokens.length; ) {
    const ti = tokens[i]!;
    if (ti.kind !== 'number' && !DATE_STARTERS.has(ti.norm)) {
      i++;
      continue;
    }
    let m: Match | null = null;
    try {
      m = tryAt(i);
    } catch {
      m = null;
    }
    if (m && m.end > i) {
      const s = tokens[i]!;
      // Start after a proclitic the match does not own? Offsets stay on whole tokens.
      const e = tokens[m.end - 1]!;
      const fact: DateFact = {
        start: s.start,
        end: e.end,
        text: text.slice(s.start, e.end),
        resolved: m.resolved,
        granularity: m.granularity,
        relative: m.relative,
        tokenStart: i,
        tokenEnd: m.end,
      };
      if (m.calendar) fact.calendar = m.calendar;
      if (m.hijri) fact.hijri = m.hijri;
      if (m.relative && !pub) fact.unresolved = true;
      if (m.anaphor) anaphors.set(fact, m.anaphor);
      out.push(fact);
      i = m.end;
    } else i++;
  }
  // Bare four-digit years (`متحدون 2024`, `في 2018`): a year unless a unit or count noun follows.
  const dates = resolveAnaphors(addBareYears(text, tokens, out), anaphors);
  for (const d of dates) {
    const days = d.granularity === 'week' && d.resolved ? weekDays(d.resolved) : null;
    if (days) [d.firstDay, d.lastDay] = days;
  }
  return dates;
}

/** The numeric parts of a resolved date (`2018-08-31` -> [2018, 8, 31]) when it has at least `need` of them. */
function dateParts(resolved: string | null, need: number): number[] | null {
  const m = resolved ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(resolved) : null;
  const parts = m ? m.slice(1).filter((x) => x !== undefined).map(Number) : [];
  return parts.length >= need ? parts : null;
}

/** The date `a` names, counted from `base` ([year, month?, day?]); null when it does not exist. */
function fromBase(base: number[], a: Anaphor): string | null {
  const [y, m = 1, d = 1] = base as [number, number?, number?];
  switch (a.period) {
    case 'year':
      return String(y + a.n);
    case 'month': {
      if (a.month !== undefined) return fmtMonth(a.month > m ? y : y + 1, a.month);
      const t = new Date(Date.UTC(y, m - 1 + a.n, 1));
      const ym = fmtMonth(t.getUTCFullYear(), t.getUTCMonth() + 1);
      if (a.day === undefined) return ym;
      return validDay(t.getUTCFullYear(), t.getUTCMonth() + 1, a.day) ? `${ym}-${pad(a.day)}` : null;
    }
    case 'week':
      return isoWeek(addDays(new Date(Date.UTC(y, m - 1, d)), 7 * a.n));
    case 'day':
      return fmtDay(addDays(new Date(Date.UTC(y, m - 1, d)), a.n));
  }
}

/**
 * Resolves anaphoric dates against the nearest date before them (in text order) that has the
 * detail they need (a year for `العام التالي`, a month for `31 من نفس الشهر`, a day for
 * `اليوم التالي` and weeks). Without one the phrase is dropped: `في نفس اليوم` with no day
 * named before is the day of some event, not a date the text places.
 */
function resolveAnaphors(dates: DateFact[], anaphors: Map<DateFact, Anaphor>): DateFact[] {
  if (!anaphors.size) return dates;
  const out: DateFact[] = [];
  for (const fact of dates) {
    const a = anaphors.get(fact);
    if (a) {
      const need = a.period === 'year' ? 1 : a.period === 'month' ? 2 : 3;
      let base: number[] | null = null;
      for (let j = out.length - 1; j >= 0 && !base; j--) base = dateParts(out[j]!.resolved, need);
      const resolved = base ? fromBase(base, a) : null;
      if (!resolved) continue;
      fact.resolved = resolved;
      delete fact.unresolved;
    }
    out.push(fact);
  }
  return out;
}

/** Line number of each token (dates and quantities never run across a line break). */
export function lineNumbers(text: string, tokens: readonly Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let line = 0;
  let nl = text.indexOf('\n');
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.start;
    while (nl >= 0 && nl < s) {
      line++;
      nl = text.indexOf('\n', nl + 1);
    }
    out[i] = line;
  }
  return out;
}

/** Every word that can start a date expression (numbers always can): a quick gate per token. */
const DATE_STARTERS = (() => {
  const set = new Set<string>();
  const withConj = (w: string) => {
    set.add(w);
    set.add('و' + w);
    set.add('ف' + w);
  };
  for (const k of GREGORIAN_MONTHS.keys()) {
    const first = k.split(' ')[0]!;
    withConj(first);
    set.add('ب' + first);
    set.add('ل' + first);
  }
  for (const k of HIJRI_MONTHS.keys()) withConj(k.split(' ')[0]!);
  for (const k of WEEKDAYS.keys()) withConj(k);
  for (const k of PERIOD_NOUNS.keys()) withConj(k);
  for (const k of DAY_DEIXIS.keys()) withConj(k.split(' ')[0]!);
  for (const w of ['يوم', 'اليوم', 'هذا', 'قبل', 'منذ', 'بعد', 'عام', 'العام', 'سنه', 'السنه', 'لعام', 'ولعام', 'منذعام']) withConj(w);
  for (const w of ANAPHOR_BEFORE) set.add(w);
  // ordinal days (`الخامس والعشرين من ...`)
  for (const w of ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي', 'العشرين', 'الثلاثين']) {
    withConj(w);
    set.add('ب' + w);
  }
  return set;
})();

/** Approximations between `قبل`/`منذ` and the period (`قبل نحو أسبوع`). */
const APPROX_WORDS = new Set(['نحو', 'حوالي', 'قرابه', 'زهاء']);
/** Words after a bare `عقد` that keep it a decade (`قبل عقد تقريبا`, `قبل عقد كان`). */
const DECADE_FOLLOWERS = new Set(['تقريبا', 'فقط', 'مضي', 'مضت', 'كان', 'كانت', 'و', 'او']);
/** Words between a period and `من` that keep it counted from another event (`بعد يوم واحد من`, `بعد سبعة أشهر فقط من`). */
const PERIOD_FILLERS = new Set(['واحد', 'واحده', 'فقط', 'تقريبا', 'نحو', 'حوالي', 'قليله', 'قليلا']);

/** Nouns that `العام` qualifies as "general/public" (`الأمين العام`, `الرأي العام`, `القطاع العام`). */
const GENERAL_HEADS = /^(و|ب|ل|لل)?(ال)?(امين|راي|قطاع|مدعي|نائب|مدير|امن|دين|مال|اضراب|موتمر|حق|نظام|صالح|شان|عفو|تعليم|نقل|مرشد|قائد|منسق|مراقب|مفتش|مسجل|اتجاه|ذوق|نفع|مجال|مشهد|قنصل|وكيل|سكرتير|رئيس|عمل|انطباع|تيار|طابع|وضع|موقف)$/;

/** Words after a number that make it a quantity, not a year (`2000 جندي`). */
const YEAR_FOLLOWERS_OK = new Set(['و', 'في', 'من', 'الي', 'حتي', 'الذي', 'التي', 'عندما', 'حين', 'بعد', 'قبل', 'ثم', 'كما', 'لكن', 'او', 'ان', 'انه']);
const YEAR_PRECEDERS = new Set(['في', 'وفي', 'منذ', 'ومنذ', 'حتي', 'وحتي', 'بحلول', 'خلال', 'قبل', 'بعد', 'مطلع', 'نهايه', 'بدايه', 'اواخر', 'اوائل', 'منتصف', 'موسم', 'لموسم', 'دوره', 'نسخه', 'مونديال', 'كاس', 'انتخابات', 'ميزانيه', 'موازنه', 'رؤيه']);

/** A year word right before a number makes it a year (`عام 2000`, `بين عامي 2010 و2015`, `للعام 1990`, `سنتي`). */
const YEAR_WORD = /^(و|ف)?(ب|ل|لل)?(ال)?(عام|عامي|عامين|سنه|سنتي|سنتين)$/;
/** Words between the two numbers of a range (`بين 2000 و3000`, `من 2000 إلى 3000`, `2000 - 3000`, `2000 أو 3000`). */
const RANGE_LINKS = new Set(['و', 'الي', 'حتي', 'او', '-', '–']);
/** Unit kinds that a year range is never followed by: a verb can be written as one (`عقد`, `صوت`, `قدم`), a time unit can be a year's (`2015 عام`). */
const VERB_LIKE_UNIT_KINDS = new Set(['time', 'count']);

/**
 * A bare four-digit number that opens a range of counts, not of years: `بين 2000 و3000 شخص`,
 * `من 1990 إلى 2000 طن`, `2000 - 3000 دولار`. The second number of the range must be larger (at most ten
 * times: `الحملة على اليمن 2015 إلى 4 مليارات دولار` keeps its year) and be followed by a unit (`شخص`, `طن`, `دولار`: `units.ts`) or, when it could not be a year itself
 * (`3000`, `ثلاثة آلاف`), by a counted noun (an indefinite word that is no month, year word or particle).
 * A year word before the first number keeps the two years (`بين عامي 2010 و2015`); a year range followed
 * by a verb (`بين 2015 و2016 ارتفع`) or a time unit stays years. Dates leave such a number to
 * quantities, and quantities read it as an amount instead of skipping it as a year (the one test both use).
 */
export function countRangeAt(tokens: readonly Token[], i: number, sameLine: (a: number, b: number) => boolean): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'number' || !/^\d{4}$/.test(t.norm)) return false;
  const x = Number(t.norm);
  if (i > 0 && YEAR_WORD.test(tokens[i - 1]!.norm)) return false;
  const link = tokens[i + 1];
  if (!link || !sameLine(i, i + 1)) return false;
  // the second number after a link word, or glued to its `و` (`بين 2000 وثلاثة آلاف`)
  const from = RANGE_LINKS.has(link.norm) ? i + 2 : link.kind === 'word' && link.norm.startsWith('و') ? i + 1 : -1;
  const y = from > 0 ? readNumberAt(tokens, from) : null;
  // a range of counts has its second figure larger, and of the same order (`اليمن 2015 إلى 4 مليارات دولار`: a year)
  if (!y || y.value <= x || y.value > 10 * x || !sameLine(i, y.tokenEnd - 1)) return false;
  const yt = tokens[from]!;
  const yearLike = y.tokenEnd === from + 1 && /^\d{4}$/.test(yt.norm) && y.value >= 1000 && y.value <= 2100;
  const w = y.tokenEnd;
  for (let len = MAX_UNIT_WORDS; len >= 1; len--) {
    if (w + len > tokens.length || !sameLine(i, w + len - 1)) continue;
    const unit = UNITS.get(tokens.slice(w, w + len).map((k) => k.norm).join(' '));
    if (unit) return !yearLike || !VERB_LIKE_UNIT_KINDS.has(unit.kind);
  }
  if (yearLike) return false;
  const noun = tokens[w];
  if (!noun || noun.kind !== 'word' || !sameLine(i, w)) return false;
  const v = noun.norm;
  return v.length >= 3 && !v.startsWith('ال') && !v.startsWith('ي') && !YEAR_FOLLOWERS_OK.has(v) && !YEAR_WORD.test(v) &&
    !GREGORIAN_MONTHS.has(v) && !HIJRI_MONTHS.has(v) && !GREGORIAN_MARKS.has(v) && !HIJRI_MARKS.has(v);
}

function addBareYears(text: string, tokens: readonly Token[], dates: DateFact[]): DateFact[] {
  const covered = new Uint8Array(tokens.length);
  for (const d of dates) for (let k = d.tokenStart; k < d.tokenEnd; k++) covered[k] = 1;
  const extra: DateFact[] = [];
  let line: Int32Array | undefined; // line numbers, computed on the first four-digit number
  const sameLine = (a: number, b: number) => {
    line ??= lineNumbers(text, tokens);
    return a >= 0 && b >= 0 && a < tokens.length && b < tokens.length && line[a] === line[b];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || t.kind !== 'number' || !/^\d{4}$/.test(t.norm)) continue;
    const raw = text.slice(t.start, t.end);
    if (/[,٬،.]/.test(raw)) continue;
    const v = Number(t.norm);
    if (v < 1900 || v > 2100) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // the first number of a range of counts (`بين 2000 و3000 شخص`) is left to quantities
    if (countRangeAt(tokens, i, sameLine)) continue;
    // the second year after a year word (`بين عامي 2010 و2015 ارتفع`), whatever follows it
    const yearPair = !!prev && RANGE_LINKS.has(prev.norm) && i >= 3 && sameLine(i - 3, i) && YEAR_WORD.test(tokens[i - 3]!.norm) &&
      /^\d{4}$/.test(tokens[i - 2]!.norm) && Number(tokens[i - 2]!.norm) < v && readNumberAt(tokens, i)!.tokenEnd === i + 1 && !(next && UNITS.has(next.norm));
    // Part of an arithmetic or a range of numbers (`2000 - 3000`, `من 1950 إلى 2000 طن`) is left to quantities.
    if (!yearPair && next && next.kind === 'word' && !YEAR_FOLLOWERS_OK.has(next.norm) && !text.slice(t.end, next.start).includes('\n')) {
      // a following word: a year only after a temporal cue (`في 2018 قال`)
      if (!(prev && YEAR_PRECEDERS.has(prev.norm))) continue;
      if (readNumberAt(tokens, i)!.tokenEnd > i + 1) continue; // `2000 مليون`
    }
    if (prev && (prev.norm === '$' || prev.kind === 'symbol')) continue;
    // part of a code or a broken numeric date (`45/13/2020`, `2020-2021`)
    if (prev && prev.end === t.start && /^[/\-:.]$/.test(prev.norm)) continue;
    if (next && next.start === t.end && /^[/\-:]$/.test(next.norm)) continue;
    extra.push({
      start: t.start,
      end: t.end,
      text: raw,
      resolved: String(v),
      granularity: 'year',
      relative: false,
      calendar: 'gregorian',
      tokenStart: i,
      tokenEnd: i + 1,
    });
  }
  if (!extra.length) return dates;
  return [...dates, ...extra].sort((a, b) => a.start - b.start);
}
