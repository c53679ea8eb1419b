/**
 * Calendar words, as data: Gregorian month names in both naming systems (Egyptian/Gulf
 * `مايو` and Levantine/Iraqi `أيار`, plus the Maghrebi forms), Hijri months, weekdays and
 * the words of relative expressions. Keys are written in full spelling and looked up in
 * their matching form (`norm`), so `أيار`, `ايار` and `أيّار` all match.
 */
import { norm } from '../ar/normalize.ts';

/** One- or two-word month names -> month number 1..12. */
const GREGORIAN_MONTHS_RAW: Record<string, number> = {
  // Egyptian / Gulf (transliterated)
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, إبريل: 4, ابريل: 4, مايو: 5, يونيو: 6, يونيه: 6,
  يوليو: 7, يوليه: 7, أغسطس: 8, أغسطوس: 8, سبتمبر: 9, أكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  // Levantine / Iraqi (Syriac)
  'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9,
  'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
  'كانون ثاني': 1, 'تشرين أول': 10, 'تشرين ثاني': 11, 'كانون أول': 12,
  // Maghrebi (French)
  جانفي: 1, فيفري: 2, أفريل: 4, ماي: 5, جوان: 6, جويلية: 7, أوت: 8,
};

/**
 * Month names that are also common words (`مارس` "practised", `نيسان` the car maker,
 * `آب` "father", `ماي`): read as months only with a day, a year, a second name
 * (`مارس/آذار`) or a temporal cue before them (`في`, `شهر`, `منتصف` ...).
 */
const AMBIGUOUS_MONTHS_RAW = ['مارس', 'نيسان', 'آب', 'ماي', 'أوت', 'جوان'];

const HIJRI_MONTHS_RAW: Record<string, number> = {
  محرم: 1, صفر: 2, 'ربيع الأول': 3, 'ربيع الثاني': 4, 'ربيع الآخر': 4, 'جمادى الأولى': 5, 'جمادى الأول': 5,
  'جمادى الآخرة': 6, 'جمادى الثانية': 6, 'جمادى الآخر': 6, رجب: 7, شعبان: 8, رمضان: 9, شوال: 10,
  'ذو القعدة': 11, 'ذي القعدة': 11, 'ذو الحجة': 12, 'ذي الحجة': 12,
};

/** Weekdays (with the article), 0 = Sunday as in `Date.getUTCDay()`. */
const WEEKDAYS_RAW: Record<string, number> = {
  الأحد: 0, الاثنين: 1, الإثنين: 1, الثلاثاء: 2, الأربعاء: 3, الخميس: 4, الجمعة: 5, السبت: 6,
};

/** Weekdays that are also ordinary words (`الاثنين` "the two"): need `يوم` or another cue. */
const AMBIGUOUS_WEEKDAYS_RAW = ['الاثنين', 'الأحد'];

/** Words that make a following month/weekday temporal: `في مايو`, `صباح الأحد`. */
const TEMPORAL_CUES_RAW = [
  'في', 'وفي', 'منذ', 'ومنذ', 'حتى', 'وحتى', 'خلال', 'شهر', 'بشهر', 'لشهر', 'وشهر', 'يوم', 'ويوم', 'بيوم', 'ليوم',
  'مطلع', 'أوائل', 'أواخر', 'منتصف', 'نهاية', 'بداية', 'أواسط', 'بحلول', 'قبل', 'بعد', 'صباح', 'مساء', 'ليلة', 'فجر',
  'ظهر', 'عصر', 'ومساء', 'وصباح', 'اليوم', 'غدا', 'مطلع', 'أمس',
];

/** Period words for relative expressions and `قبل/منذ/بعد N <unit>`. */
export type Period = 'day' | 'week' | 'month' | 'year';
const PERIOD_WORDS_RAW: Record<string, { period: Period; count?: number; scale?: number }> = {
  يوم: { period: 'day' }, يوما: { period: 'day' }, أيام: { period: 'day' }, يومين: { period: 'day', count: 2 }, يومان: { period: 'day', count: 2 },
  أسبوع: { period: 'week' }, أسبوعا: { period: 'week' }, أسابيع: { period: 'week' }, أسبوعين: { period: 'week', count: 2 }, أسبوعان: { period: 'week', count: 2 },
  شهر: { period: 'month' }, شهرا: { period: 'month' }, أشهر: { period: 'month' }, شهور: { period: 'month' }, شهرين: { period: 'month', count: 2 }, شهران: { period: 'month', count: 2 },
  عام: { period: 'year' }, عاما: { period: 'year' }, أعوام: { period: 'year' }, عامين: { period: 'year', count: 2 }, عامان: { period: 'year', count: 2 },
  سنة: { period: 'year' }, سنوات: { period: 'year' }, سنين: { period: 'year' }, سنتين: { period: 'year', count: 2 }, سنتان: { period: 'year', count: 2 },
  // decades: ten years each (`قبل عقدين من الزمان`, `منذ ثلاثة عقود`)
  عقد: { period: 'year', scale: 10 }, عقود: { period: 'year', scale: 10 }, عقدين: { period: 'year', count: 2, scale: 10 }, عقدان: { period: 'year', count: 2, scale: 10 },
};

/** `الشهر الماضي`: the period noun with the article. */
const PERIOD_NOUNS_RAW: Record<string, Period> = {
  الأسبوع: 'week', الشهر: 'month', العام: 'year', السنة: 'year',
};

/** Direction adjectives: `الماضي` -1, `المقبل` +1, `الجاري` 0. Feminine forms for `السنة`. */
const DIRECTION_WORDS_RAW: Record<string, number> = {
  الماضي: -1, الماضية: -1, المنصرم: -1, المنصرمة: -1, الفائت: -1, الفائتة: -1, السابق: -1, السابقة: -1,
  المقبل: 1, المقبلة: 1, القادم: 1, القادمة: 1,
  الجاري: 0, الجارية: 0, الحالي: 0, الحالية: 0,
};

/**
 * Anaphoric period phrases, counted from the date the text mentioned before them, not from
 * publication: `العام التالي` (the year after that one), `الشهر نفسه`, `نفس اليوم`.
 * After the period noun: `التالي` +1, `نفسه`/`ذاته` 0; before it: `نفس`/`ذات` 0.
 */
const ANAPHOR_AFTER_RAW: Record<string, number> = {
  التالي: 1, التالية: 1, اللاحق: 1, اللاحقة: 1, نفسه: 0, نفسها: 0, ذاته: 0, ذاتها: 0,
};
const ANAPHOR_BEFORE_RAW = ['نفس', 'ذات', 'بنفس', 'وبنفس', 'ونفس', 'وذات', 'بذات', 'لنفس'];
/** Period nouns of anaphoric phrases (with `اليوم`, which is "today" on its own). */
const ANAPHOR_PERIODS_RAW: Record<string, Period> = { ...PERIOD_NOUNS_RAW, اليوم: 'day' };

/** Single-word (or two-word) day deixis -> offset in days from publication. */
const DAY_DEIXIS_RAW: Record<string, number> = {
  أمس: -1, الأمس: -1, البارحة: -1, 'أول أمس': -2, 'أول من أمس': -2, اليوم: 0, الليلة: 0, غدا: 1, 'بعد غد': 2,
};

function normKeys<T>(raw: Record<string, T>): Map<string, T> {
  const m = new Map<string, T>();
  for (const [k, v] of Object.entries(raw)) m.set(norm(k), v);
  return m;
}

export const GREGORIAN_MONTHS = normKeys(GREGORIAN_MONTHS_RAW);
export const AMBIGUOUS_MONTHS = new Set(AMBIGUOUS_MONTHS_RAW.map(norm));
export const HIJRI_MONTHS = normKeys(HIJRI_MONTHS_RAW);
export const WEEKDAYS = normKeys(WEEKDAYS_RAW);
export const AMBIGUOUS_WEEKDAYS = new Set(AMBIGUOUS_WEEKDAYS_RAW.map(norm));
export const TEMPORAL_CUES = new Set(TEMPORAL_CUES_RAW.map(norm));
export const PERIOD_WORDS = normKeys(PERIOD_WORDS_RAW);
export const PERIOD_NOUNS = normKeys(PERIOD_NOUNS_RAW);
export const DIRECTION_WORDS = normKeys(DIRECTION_WORDS_RAW);
export const DAY_DEIXIS = normKeys(DAY_DEIXIS_RAW);
export const ANAPHOR_AFTER = normKeys(ANAPHOR_AFTER_RAW);
export const ANAPHOR_BEFORE = new Set(ANAPHOR_BEFORE_RAW.map(norm));
export const ANAPHOR_PERIODS = normKeys(ANAPHOR_PERIODS_RAW);

/** `هـ` / `ه` / `للهجرة` after a year mark the Hijri calendar; `م` / `ميلادي` the Gregorian. */
export const HIJRI_MARKS = new Set(['ه', 'هـ', 'للهجره', 'هجري', 'هجريه', 'الهجري', 'الهجريه'].map(norm));
export const GREGORIAN_MARKS = new Set(['م', 'ميلادي', 'ميلاديه', 'الميلادي', 'الميلاديه', 'للميلاد'].map(norm));

/** Converts a Hijri (Umm al-Qura) date to a Gregorian `Date` (UTC midnight), using Intl. */
export function hijriToGregorian(y: number, m: number, d: number): Date | null {
  if (!(y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 30)) return null;
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  } catch {
    return null;
  }
  const read = (dt: Date): [number, number, number] => {
    const parts = fmt.formatToParts(dt);
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? NaN);
    return [get('year'), get('month'), get('day')];
  };
  // Estimate via the mean Hijri year, then walk to the exact day.
  const epoch = Date.UTC(622, 6, 19);
  const approx = epoch + ((y - 1) * 354.36707 + (m - 1) * 29.530589 + (d - 1)) * 86400000;
  let t = approx;
  for (let iter = 0; iter < 80; iter++) {
    const [hy, hm, hd] = read(new Date(t));
    if (!Number.isFinite(hy)) return null;
    const diff = (y - hy) * 354 + (m - hm) * 29.5 + (d - hd);
    if (hy === y && hm === m && hd === d) return new Date(t);
    const step = Math.abs(diff) < 2 ? Math.sign(diff) : Math.round(diff);
    t += step * 86400000;
  }
  return null;
}
