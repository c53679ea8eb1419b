/**
 * Units and measure words, as data. Keys are in full spelling (singular, plural, dual,
 * accusative) and are looked up in matching form (`norm`). Currencies carry their ISO 4217
 * code as the unit; a currency word followed by a nationality (`ريال سعودي`, `دينار كويتي`)
 * is matched as a two-word unit first.
 */
import { norm } from '../ar/normalize.ts';

export type UnitKind = 'mass' | 'volume' | 'length' | 'area' | 'power' | 'currency' | 'percent' | 'people' | 'time' | 'count' | 'data';

export interface UnitInfo {
  unit: string;
  kind: UnitKind;
}

const u = (unit: string, kind: UnitKind): UnitInfo => ({ unit, kind });

const RAW: [string[], UnitInfo][] = [
  // mass, volume
  [['طن', 'أطنان', 'طنا', 'طنين', 'الطن', 'ألف طن'], u('tonne', 'mass')],
  [['كيلوغرام', 'كيلوجرام', 'كيلوغرامات', 'كيلوجرامات', 'كيلوغراما', 'كغ', 'كلغ', 'كجم', 'كغم', 'كيلو'], u('kg', 'mass')],
  [['غرام', 'جرام', 'غرامات', 'جرامات', 'غراما', 'جراما'], u('g', 'mass')],
  [['أوقية', 'أونصة', 'أوقيات'], u('troy_ounce', 'mass')],
  [['برميل', 'براميل', 'برميلا', 'برميلين'], u('barrel', 'volume')],
  [['لتر', 'لترات', 'لترا', 'ليتر', 'ليترات'], u('litre', 'volume')],
  [['متر مكعب', 'أمتار مكعبة', 'مترا مكعبا', 'م3'], u('m3', 'volume')],
  [['قدم مكعب', 'أقدام مكعبة'], u('ft3', 'volume')],
  // length, area
  [['كيلومتر', 'كيلومترات', 'كيلومترا', 'كلم', 'كم'], u('km', 'length')],
  [['متر', 'أمتار', 'مترا', 'مترات'], u('m', 'length')],
  [['سنتيمتر', 'سنتيمترات', 'سم'], u('cm', 'length')],
  [['ميل', 'أميال', 'ميلا'], u('mile', 'length')],
  [['كيلومتر مربع', 'كيلومترات مربعة', 'كيلومترا مربعا', 'كم2'], u('km2', 'area')],
  [['متر مربع', 'أمتار مربعة', 'مترا مربعا', 'م2'], u('m2', 'area')],
  [['هكتار', 'هكتارات', 'هكتارا'], u('hectare', 'area')],
  [['فدان', 'أفدنة', 'فدانا'], u('feddan', 'area')],
  [['دونم', 'دونمات', 'دونما'], u('dunam', 'area')],
  // power, energy, data
  [['ميغاواط', 'ميجاوات', 'ميغاوات', 'ميجاواط', 'ميغا واط', 'ميجا وات'], u('MW', 'power')],
  [['غيغاواط', 'جيجاوات', 'غيغاوات', 'جيجاواط'], u('GW', 'power')],
  [['كيلوواط', 'كيلووات'], u('kW', 'power')],
  [['ميغابايت', 'ميجابايت'], u('MB', 'data')],
  [['غيغابايت', 'جيجابايت'], u('GB', 'data')],
  // temperature
  [['درجة مئوية', 'درجات مئوية', 'درجتين مئويتين', 'درجة مئويه', 'درجة سلسيوس', 'درجة سيليزية'], u('celsius', 'count')],
  [['درجة فهرنهايت', 'درجات فهرنهايت'], u('fahrenheit', 'count')],
  [['درجة', 'درجات', 'درجتين'], u('degree', 'count')],
  // percent
  [['في المئة', 'في المائة', 'بالمئة', 'بالمائة', 'في المية', 'بالمية', 'بالمائه', '%', '٪'], u('percent', 'percent')],
  [['نقطة مئوية', 'نقاط مئوية', 'نقطتين مئويتين'], u('percentage_point', 'percent')],
  // currencies (ISO 4217), two-word forms first where the nationality decides
  [['دولار', 'دولارات', 'دولارا', 'دولاران', 'دولارين', 'دولار أمريكي', 'دولار أميركي', 'دولارا أمريكيا', 'دولار امريكي', '$'], u('USD', 'currency')],
  [['دولار كندي', 'دولارات كندية'], u('CAD', 'currency')],
  [['دولار أسترالي', 'دولارات أسترالية'], u('AUD', 'currency')],
  [['يورو', 'يوروهات', '€'], u('EUR', 'currency')],
  [['جنيه إسترليني', 'جنيه استرليني', 'جنيهات إسترلينية', 'جنيها إسترلينيا', 'إسترليني', '£'], u('GBP', 'currency')],
  [['جنيه', 'جنيهات', 'جنيها', 'جنيه مصري', 'جنيهات مصرية', 'جنيها مصريا'], u('EGP', 'currency')],
  [['جنيه سوداني', 'جنيهات سودانية'], u('SDG', 'currency')],
  [['ريال سعودي', 'ريالات سعودية', 'ريالا سعوديا', 'ريال', 'ريالات', 'ريالا'], u('SAR', 'currency')],
  [['ريال قطري', 'ريالات قطرية', 'ريالا قطريا'], u('QAR', 'currency')],
  [['ريال عماني', 'ريالات عمانية'], u('OMR', 'currency')],
  [['ريال إيراني', 'ريالات إيرانية', 'تومان'], u('IRR', 'currency')],
  [['ريال يمني', 'ريالات يمنية'], u('YER', 'currency')],
  [['درهم إماراتي', 'دراهم إماراتية', 'درهم', 'دراهم', 'درهما'], u('AED', 'currency')],
  [['درهم مغربي', 'دراهم مغربية'], u('MAD', 'currency')],
  [['دينار كويتي', 'دنانير كويتية'], u('KWD', 'currency')],
  [['دينار أردني', 'دنانير أردنية', 'دينار', 'دنانير', 'دينارا'], u('JOD', 'currency')],
  [['دينار عراقي', 'دنانير عراقية'], u('IQD', 'currency')],
  [['دينار بحريني', 'دنانير بحرينية'], u('BHD', 'currency')],
  [['دينار تونسي', 'دنانير تونسية'], u('TND', 'currency')],
  [['دينار جزائري', 'دنانير جزائرية'], u('DZD', 'currency')],
  [['دينار ليبي', 'دنانير ليبية'], u('LYD', 'currency')],
  [['ليرة سورية', 'ليرات سورية'], u('SYP', 'currency')],
  [['ليرة لبنانية', 'ليرات لبنانية'], u('LBP', 'currency')],
  [['ليرة تركية', 'ليرات تركية', 'ليرة', 'ليرات'], u('TRY', 'currency')],
  [['روبل', 'روبلات', 'روبلا'], u('RUB', 'currency')],
  [['يوان', 'يوانات'], u('CNY', 'currency')],
  [['ين', 'ين ياباني'], u('JPY', 'currency')],
  [['روبية', 'روبيات', 'روبية هندية'], u('INR', 'currency')],
  [['روبية باكستانية'], u('PKR', 'currency')],
  [['فرنك سويسري', 'فرنكات سويسرية'], u('CHF', 'currency')],
  // the krone/krona with its nationality (`كورونا` is also the virus: only with the adjective here; bare forms below)
  [['كرونة سويدية', 'كرونات سويدية', 'كرونا سويدية', 'كرون سويدي', 'كورونا سويدية'], u('SEK', 'currency')],
  [['كرونة نرويجية', 'كرونات نرويجية', 'كرونا نرويجية', 'كرون نرويجي', 'كورونا نرويجية'], u('NOK', 'currency')],
  [['كرونة دنماركية', 'كرونات دنماركية', 'كرونا دنماركية', 'كرون دنماركي', 'كورونا دنماركية', 'كرونة دانماركية', 'كرونات دانماركية', 'كرون دانماركي'], u('DKK', 'currency')],
  [['كرونة تشيكية', 'كرونات تشيكية', 'كرونا تشيكية', 'كورونا تشيكية'], u('CZK', 'currency')],
  [['كرونة آيسلندية', 'كرونة أيسلندية', 'كرونات آيسلندية', 'كرونا آيسلندية', 'كرونا أيسلندية'], u('ISK', 'currency')],
  [['شيكل', 'شيكلات', 'شيقل', 'شواقل'], u('ILS', 'currency')],
  [['مانات'], u('AZN', 'currency')],
  [['تنغي', 'تنغه'], u('KZT', 'currency')],
  [['بيتكوين'], u('BTC', 'currency')],
  // people
  [['شخص', 'أشخاص', 'شخصا', 'شخصين', 'نسمة', 'فرد', 'أفراد', 'فردا'], u('person', 'people')],
  [['قتيل', 'قتلى', 'قتيلا', 'قتيلين'], u('killed', 'people')],
  [['جريح', 'جرحى', 'جريحا', 'مصاب', 'مصابين', 'مصابا'], u('injured', 'people')],
  [['جندي', 'جنود', 'جنديا', 'عسكري', 'عسكريين'], u('soldier', 'people')],
  [['لاجئ', 'لاجئين', 'لاجئا'], u('refugee', 'people')],
  [['مهاجر', 'مهاجرين', 'مهاجرا'], u('migrant', 'people')],
  [['طفل', 'أطفال', 'طفلا'], u('child', 'people')],
  [['مدني', 'مدنيين', 'مدنيا'], u('civilian', 'people')],
  [['معتقل', 'معتقلين', 'سجين', 'سجناء', 'أسير', 'أسرى'], u('detainee', 'people')],
  [['عامل', 'عمال', 'موظف', 'موظفين', 'موظفا'], u('worker', 'people')],
  [['مسلح', 'مسلحين', 'مسلحا', 'مقاتل', 'مقاتلين', 'مقاتلا'], u('fighter', 'people')],
  [['ناخب', 'ناخبين'], u('voter', 'people')],
  // time
  [['عام', 'أعوام', 'عاما', 'عامين', 'عامان', 'سنة', 'سنوات', 'سنين', 'سنتين', 'سنتان'], u('year', 'time')],
  [['شهر', 'أشهر', 'شهور', 'شهرا', 'شهرين', 'شهران'], u('month', 'time')],
  [['أسبوع', 'أسابيع', 'أسبوعا', 'أسبوعين', 'أسبوعان'], u('week', 'time')],
  [['يوم', 'أيام', 'يوما', 'يومين', 'يومان'], u('day', 'time')],
  [['ساعة', 'ساعات', 'ساعتين', 'ساعتان'], u('hour', 'time')],
  [['دقيقة', 'دقائق', 'دقيقتين', 'دقيقتان'], u('minute', 'time')],
  [['ثانية', 'ثوان', 'ثواني'], u('second', 'time')],
  [['عقد', 'عقود'], u('decade', 'time')],
  // counts that news reports often carry
  [['صوت', 'أصوات', 'صوتا'], u('vote', 'count')],
  [['مقعد', 'مقاعد', 'مقعدا'], u('seat', 'count')],
  [['نقطة', 'نقاط', 'نقطتين'], u('point', 'count')],
  [['غارة', 'غارات'], u('airstrike', 'count')],
  [['صاروخ', 'صواريخ', 'صاروخا'], u('missile', 'count')],
];

/**
 * Currency words that need a country to say which currency they are (the krone/krona of Sweden,
 * Norway, Denmark, Czechia, Iceland), right after a number and without a nationality adjective
 * (`كرونة سويدية` is in the table above). The country is the nearest krone country named in the
 * sentence, else in the text (`KRONE_COUNTRIES`; news write `غرامة بألف كورونا (155 دولارا)` in
 * an article about Denmark without naming it in that sentence). `كرونة` is always a currency
 * (unit `krone` when no country is named); `كرون` (also Crohn, a surname), `كرونا` and `كورونا`
 * only with a krone country named, and the last two (also the virus) not in a sentence with a
 * virus word (`VIRUS_WORDS`: `فيروس`, `كوفيد`, `إصابة` ...). These words are not keys of UNITS:
 * the link stage drops NER spans that are currency units, and `كورونا` is mostly a virus.
 */
export interface ContextCurrency {
  /** Unit when no krone country is named; undefined: not a currency then. */
  fallback?: string;
  /** Also a virus: not a currency in a sentence with a virus word. */
  virus?: boolean;
}
const CONTEXT_RAW: [string[], ContextCurrency][] = [
  [['كرونة', 'كرونات'], { fallback: 'krone' }],
  [['كرون'], {}],
  [['كرونا', 'كورونا'], { virus: true }],
];
export const CONTEXT_CURRENCIES = new Map<string, ContextCurrency>();
for (const [forms, info] of CONTEXT_RAW) for (const f of forms) CONTEXT_CURRENCIES.set(norm(f), info);

/** Words that make `كورونا` the virus in their sentence (matched without clitics and article). */
const VIRUS_RAW = ['فيروس', 'فايروس', 'كوفيد', 'وباء', 'جائحة', 'إصابة', 'إصابات', 'مصاب', 'مصابين', 'مصابا', 'لقاح', 'لقاحات', 'عدوى', 'حجر', 'وفاة', 'وفيات', 'تطعيم', 'مستجد'];
export const VIRUS_WORDS = new Set(VIRUS_RAW.map((w) => norm(w)));

/** Names and adjectives of the krone countries (and their capitals) -> the currency; keys without the article. */
const KRONE_RAW: Record<string, string[]> = {
  SEK: ['السويد', 'سويدي', 'سويدية', 'سويديون', 'ستوكهولم'],
  NOK: ['النرويج', 'نرويجي', 'نرويجية', 'نرويجيون', 'أوسلو'],
  DKK: ['الدنمارك', 'الدانمارك', 'دنماركي', 'دنماركية', 'دانماركي', 'دانماركية', 'كوبنهاغن', 'كوبنهاجن'],
  CZK: ['التشيك', 'تشيكيا', 'تشيكي', 'تشيكية', 'براغ'],
  ISK: ['آيسلندا', 'أيسلندا', 'آيسلندي', 'أيسلندي', 'آيسلندية', 'أيسلندية', 'ريكيافيك'],
};
export const KRONE_COUNTRIES = new Map<string, string>();
for (const [iso, words] of Object.entries(KRONE_RAW)) for (const w of words) KRONE_COUNTRIES.set(norm(w).replace(/^ال/, ''), iso);

/** Matching form of a unit phrase -> unit. Longer phrases are tried first by the reader. */
export const UNITS = new Map<string, UnitInfo>();
for (const [forms, info] of RAW) for (const f of forms) UNITS.set(norm(f), info);

/**
 * Dual forms of units, which are an amount on their own: `لمدة يومين` is 2 days, `طنين` 2 tonnes
 * (no numeral is written with a dual). Each is also a key of UNITS.
 */
const DUAL_RAW = [
  'يومين', 'يومان', 'أسبوعين', 'أسبوعان', 'شهرين', 'شهران', 'عامين', 'عامان', 'سنتين', 'سنتان', 'ساعتين', 'ساعتان', 'دقيقتين', 'دقيقتان',
  'طنين', 'برميلين', 'دولارين', 'دولاران', 'شخصين', 'قتيلين', 'نقطتين', 'درجتين',
];
export const DUAL_UNITS = new Set(DUAL_RAW.map(norm));
/** Duals that are also an adjective agreeing with a plural or dual noun before them (`مديرين عامين` "general managers"). */
export const ADJECTIVE_DUALS = new Set(['عامين', 'عامان'].map(norm));
for (const f of DUAL_UNITS) if (!UNITS.has(f) || !/(ين|ان)$/.test(f)) throw new Error(`units.ts: dual ${f} is not a unit form ending in -ين or -ان`);

/** Longest unit phrase, in words. */
export const MAX_UNIT_WORDS = 3;

/** Words after an amount giving a rate: `سنويا`, `في اليوم`. */
const PER_RAW: Record<string, string> = {
  سنويا: 'year', سنوياً: 'year', 'في السنة': 'year', 'في العام': 'year', 'كل عام': 'year', 'كل سنة': 'year',
  يوميا: 'day', 'في اليوم': 'day', 'كل يوم': 'day',
  شهريا: 'month', 'في الشهر': 'month', 'كل شهر': 'month',
  أسبوعيا: 'week', 'في الأسبوع': 'week', 'كل أسبوع': 'week',
  'في الساعة': 'hour',
};
export const PER_WORDS = new Map(Object.entries(PER_RAW).map(([k, v]) => [norm(k), v]));

/** Adjectives inside the measured phrase that give a rate: `الطاقة الإنتاجية السنوية`. */
const PER_ADJ_RAW: Record<string, string> = { السنوية: 'year', السنوي: 'year', اليومية: 'day', اليومي: 'day', الشهرية: 'month', الشهري: 'month', الأسبوعية: 'week', الأسبوعي: 'week' };
export const PER_ADJECTIVES = new Map(Object.entries(PER_ADJ_RAW).map(([k, v]) => [norm(k), v]));

/** Change verbs and nouns, with their direction (`ارتفع` up, `تراجع` down). Any conjugation prefix is handled by the reader. */
const UP = ['زاد', 'يزيد', 'تزيد', 'زادت', 'زيادة', 'ارتفع', 'يرتفع', 'ترتفع', 'ارتفعت', 'ارتفاع', 'نما', 'ينمو', 'تنمو', 'نمت', 'نمو', 'صعد', 'يصعد', 'تصعد', 'صعدت', 'صعود', 'قفز', 'يقفز', 'تقفز', 'قفزت', 'قفزة', 'تضاعف', 'يتضاعف', 'تضاعفت', 'رفع', 'يرفع', 'ترفع', 'رفعت', 'توسيع', 'مضاعفة'];
const DOWN = ['انخفض', 'ينخفض', 'تنخفض', 'انخفضت', 'انخفاض', 'تراجع', 'يتراجع', 'تتراجع', 'تراجعت', 'هبط', 'يهبط', 'تهبط', 'هبطت', 'هبوط', 'تقلص', 'يتقلص', 'تتقلص', 'تقلصت', 'خفض', 'يخفض', 'تخفض', 'خفضت', 'تخفيض', 'تقليص', 'قلص', 'تدنى', 'تدنت', 'انكمش', 'انكمشت', 'انكماش', 'نقص', 'نقصت', 'تناقص', 'تناقصت', 'خسر', 'خسرت', 'يخسر', 'تخسر', 'فقد', 'فقدت'];
const NEUTRAL = ['تغير', 'تغيرت', 'تغيير', 'تعديل', 'تحول'];
export const CHANGE_WORDS = new Map<string, 'up' | 'down' | undefined>();
for (const w of UP) CHANGE_WORDS.set(norm(w), 'up');
for (const w of DOWN) CHANGE_WORDS.set(norm(w), 'down');
for (const w of NEUTRAL) CHANGE_WORDS.set(norm(w), undefined);

/** Verbs that state a level: `بلغ عدد القتلى 20`, `وصلت الصادرات إلى`. */
const LEVEL_RAW = ['بلغ', 'يبلغ', 'تبلغ', 'بلغت', 'وصل', 'يصل', 'تصل', 'وصلت', 'قدر', 'يقدر', 'تقدر', 'قدرت', 'سجل', 'يسجل', 'تسجل', 'سجلت', 'ناهز', 'يناهز', 'تناهز', 'تجاوز', 'يتجاوز', 'تتجاوز', 'تجاوزت', 'تخطى', 'يتخطى', 'تخطت', 'يتخطي', 'استقر', 'استقرت', 'سجلت', 'حقق', 'حققت', 'يحقق', 'تحقق', 'تبلغ', 'يبلغ', 'ليبلغ', 'لتبلغ', 'ليصل', 'لتصل'];
export const LEVEL_WORDS = new Set(LEVEL_RAW.map(norm));

/** Nouns that head what is measured: `عدد القتلى`, `نسبة البطالة`, `قيمة الصفقة`. */
const MEASURE_RAW = ['عدد', 'نسبة', 'قيمة', 'حجم', 'إجمالي', 'معدل', 'سعر', 'أسعار', 'إنتاج', 'صادرات', 'واردات', 'عجز', 'ميزانية', 'موازنة', 'القدرة', 'الطاقة', 'حصيلة', 'تكلفة', 'كلفة', 'دخل', 'إيرادات', 'أرباح', 'خسائر', 'ديون', 'مبيعات', 'استثمارات', 'احتياطي', 'احتياطيات', 'متوسط', 'طول', 'مساحة', 'عمق', 'ارتفاع', 'وزن', 'سعة', 'مدة', 'العدد', 'النسبة', 'القيمة', 'الحجم', 'الإجمالي', 'المعدل', 'السعر', 'الأسعار', 'الإنتاج', 'الصادرات', 'الواردات', 'العجز', 'الحصيلة', 'التكلفة', 'الدخل', 'الإيرادات', 'الأرباح', 'الخسائر', 'الديون', 'المبيعات', 'الاستثمارات', 'الاحتياطي', 'المتوسط', 'الطول', 'المساحة', 'الوزن', 'السعة'];
export const MEASURE_NOUNS = new Set(MEASURE_RAW.map(norm));

/** Words before an amount that qualify it: `نحو`, `أكثر من`. */
const QUAL_RAW: Record<string, 'about' | 'more_than' | 'less_than' | 'up_to' | 'at_least'> = {
  نحو: 'about', بنحو: 'about', حوالي: 'about', بحوالي: 'about', قرابة: 'about', زهاء: 'about', 'ما يقرب من': 'about', 'ما يقارب': 'about', تقريبا: 'about', 'ما يناهز': 'about',
  'أكثر من': 'more_than', 'أزيد من': 'more_than', 'ما يزيد على': 'more_than', 'ما يزيد عن': 'more_than', 'يزيد على': 'more_than', 'يزيد عن': 'more_than', 'أكثر من نحو': 'more_than',
  'أقل من': 'less_than', 'ما دون': 'less_than', 'ما يقل عن': 'less_than',
  'حتى': 'up_to', 'ما يصل إلى': 'up_to', 'يصل إلى': 'up_to',
  'على الأقل': 'at_least', 'ما لا يقل عن': 'at_least', 'لا يقل عن': 'at_least',
};
export const QUALIFIERS = new Map(Object.entries(QUAL_RAW).map(([k, v]) => [norm(k), v]));
