import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/stages/index.ts';
import type { Quantity } from '../../src/facts/quantities.ts';

const quantities = (text: string, published = '2024-08-09') => analyze(text, { published }).layers.quantities as Quantity[];

/** Each case: the sentence and the quantities it holds; only the listed fields are compared. */
type Want = Partial<Omit<Quantity, 'measured'>> & { measured?: string };
const CASES: [string, Want[]][] = [
  // changes and ranges
  ['تم تنفيذ العمل في اتجاه زيادة القدرة الاستيعابية لخط السكة الحديد باكو – تبليسي – قارص من مليون طن إلى 5 ملايين طن', [
    { text: 'من مليون طن إلى 5 ملايين طن', kind: 'change', from: 1e6, to: 5e6, unit: 'tonne', direction: 'up', measured: 'القدرة الاستيعابية لخط السكة الحديد باكو – تبليسي – قارص' }]],
  ['وزيادة الطاقة الإنتاجية السنوية لميناء آلات التجاري الدولي من 15 مليون طن إلى 25 مليون طن', [
    { kind: 'change', from: 15e6, to: 25e6, unit: 'tonne', per: 'year', measured: 'الطاقة الإنتاجية السنوية لميناء آلات التجاري الدولي' }]],
  ['ارتفعت أسعار النفط بنسبة 3.5 في المئة', [{ text: '3.5 في المئة', kind: 'change', delta: 3.5, unit: 'percent', direction: 'up', measured: 'أسعار النفط' }]],
  ['انخفض معدل التضخم إلى 5%', [{ kind: 'change', to: 5, unit: 'percent', direction: 'down', measured: 'معدل التضخم' }]],
  ['تراجعت الصادرات من 20 إلى 12 مليار دولار', [{ kind: 'change', from: 20e9, to: 12e9, unit: 'USD', direction: 'down', measured: 'الصادرات' }]],
  ['يتراوح عدد المشاركين بين 10 و 15 ألف شخص', [{ kind: 'range', from: 10000, to: 15000, unit: 'person' }]],
  ['تضم القائمة من 5 إلى 7 أسماء', [{ kind: 'range', from: 5, to: 7 }]],
  ['زاد الإنتاج بمقدار مليون برميل', [{ kind: 'change', delta: 1e6, unit: 'barrel', direction: 'up', measured: 'الإنتاج' }]],
  // amounts with units (currencies with ISO codes), rates and qualifiers
  ['قتل 20 شخصا في الهجوم', [{ value: 20, unit: 'person', kind: 'amount' }]],
  ['بلغ عدد القتلى 150 قتيلا', [{ value: 150, unit: 'killed', measured: 'عدد القتلى' }]],
  ['تنتج البلاد 5 ملايين برميل يوميا', [{ value: 5e6, unit: 'barrel', per: 'day' }]],
  ['تنتج المحطة 300 ميغاواط في اليوم', [{ value: 300, unit: 'MW', per: 'day' }]],
  ['قدمت الحكومة نحو نصف مليار دولار', [{ value: 5e8, unit: 'USD', qualifier: 'about' }]],
  ['بلغت نسبة البطالة %20', [{ value: 20, unit: 'percent', kind: 'percent', measured: 'نسبة البطالة' }]],
  ['وقعت صفقة بقيمة 2.5 مليار ريال سعودي', [{ value: 2.5e9, unit: 'SAR', unit_text: 'ريال سعودي' }]],
  ['خصصت 40 مليون دينار كويتي للمشروع', [{ value: 4e7, unit: 'KWD' }]],
  ['بلغ سعر الصرف 15 ألف ليرة سورية', [{ value: 15000, unit: 'SYP' }]],
  ['حصل على 3 ملايين يورو', [{ value: 3e6, unit: 'EUR' }]],
  ['تمتد الطريق 120 كيلومترا', [{ value: 120, unit: 'km' }]],
  ['صدرت البلاد 5 ملايين طن من القمح', [{ value: 5e6, unit: 'tonne', measured: 'القمح' }]],
  ['يضم المعرض 166 قطعة أثرية', [{ value: 166, measured: 'قطعة أثرية' }]],
  ['لجأ أكثر من ثلاثة آلاف لاجئ إلى الحدود', [{ value: 3000, unit: 'refugee', qualifier: 'more_than' }]],
  ['استمر الحصار خمسة وعشرين يوما', [{ value: 25, unit: 'day' }]],
  ['وصل عدد السكان إلى ٤ر١٦ مليون نسمة', [{ value: 4.16e6, unit: 'person' }]],
  ['فاز الحزب بـ 45 مقعدا', [{ value: 45, unit: 'seat' }]],
  ['يبلغ الدين العام ١٬٢٠٠ مليار جنيه', [{ value: 1.2e12, unit: 'EGP' }]],
  // compound amounts, ranges after تتراوح, ages, temperatures
  ['وتغريمهما مبلغ 209 ملايين و78 ألفا و454 جنيها', [{ value: 209_078_454, unit: 'EGP' }]],
  ['غرامة تتراوح 200 إلى 500 درهم', [{ kind: 'range', from: 200, to: 500, unit: 'AED' }]],
  ['النساء اللواتي بلغن الأربعين عاما', [{ kind: 'amount', value: 40, unit: 'year' }]],
  ['رحل عن عمر يناهز السادسة والسبعين', [{ kind: 'amount', value: 76, unit: 'year' }]],
  ['وضع سقف بمستوى 2 درجة مئوية', [{ value: 2, unit: 'celsius' }]],
  // ordinals
  ['بمناسبة الذكرى الواحدة والثمانين لتأسيس الجيش', [{ kind: 'ordinal', value: 81, measured: 'الذكرى' }]],
  ['في إطار رئاستها لمؤتمر الأطراف التاسع والعشرين', [{ kind: 'ordinal', value: 29, measured: 'مؤتمر الأطراف' }]],
  ['انطلقت الدورة الثالثة للمهرجان', [{ kind: 'ordinal', value: 3, measured: 'الدورة' }]],
  // a head with a clitic: `للمرة` is ل + المرة
  ['واستدعت الخارجية السفير للمرة الثانية خلال شهر', [{ kind: 'ordinal', value: 2 }]],
  ['وجاء المنتخب في المرتبة الرابعة', [{ kind: 'ordinal', value: 4, measured: 'المرتبة' }]],
  // a decimal times a power of ten without floating-point noise (4.1 * 1e12 is 4099999999999.9995)
  ['وبلغ حجم التجارة الخارجية 4.1 تريليونات دولار', [{ value: 4100000000000, unit: 'USD' }]],
  // negatives: nothing to report
  ['أحد الاتجاهات الهامة لنشاطنا المشترك هو التعاون في مجال النقل', []],
  ['تعد المنطقة منطقة جغرافية تاريخية وثقافية واحدة', []],
  ['هي الخطوة الأولى في تعاوننا', []],
  ['وقع الاتفاق في 15 مايو 2024', []],
  ['عقد الاجتماع في كانون الثاني الماضي', []],
  ['يبدأ العرض الساعة 10:30 مساء', []],
  ['يشارك في مؤتمر COP29 في باكو', []],
  ['منذ عام 2018 لم يتغير شيء', []],
  ['كان مسلحا ببندقية من طراز إيه أر-15', []],
  ['ولكن حكومة 1992 قامت بإزالة الحقوق', []],
  ['لم يكتشف حتى الساعة 11.25 صباحا', []],
  ['تحظر حصول تركيا على الطائرات المقاتلة من طراز إف 35', []],
  ['3- جهاد فضة مهندس الاتصالات', []],
  ['ويعادل هذا انخفاض العدد من 13.2 مليون مدخن إلى 12.2 مليون', [{ kind: 'change', from: 13.2e6, to: 12.2e6, direction: 'down' }]],
  ['أغلق المؤشر على انخفاض بنسبة 2.6 أي عند 7141 نقطة', [{ kind: 'change', delta: 2.6, unit: 'percent', direction: 'down' }, { value: 7141, unit: 'point' }]],
  ['وهو الآن في الثانية والعشرين', [{ kind: 'amount', value: 22, unit: 'year' }]],
  ['وقتلت 4 من المهاجمين', [{ value: 4, measured: 'المهاجمين' }]],
  ['تجري الانتخابات في الدول الأربعين', [{ kind: 'amount', value: 40, measured: 'الدول' }]],
  ['قارب عدد المسجلين التسعين ألفا فقط', [{ kind: 'amount', value: 90000 }]],
  ['ويزن المولود نحو 3.6 كجم', [{ value: 3.6, unit: 'kg', qualifier: 'about' }]],
];

function pick(q: Quantity, w: Want): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(w)) out[k] = k === 'measured' ? q.measured?.text : (q as unknown as Record<string, unknown>)[k];
  return out;
}

test(`quantity cases (${CASES.length}): values, units, changes, ranges, rates, what is measured`, () => {
  for (const [text, want] of CASES) {
    const got = quantities(text);
    assert.equal(got.length, want.length, `${text}: ${JSON.stringify(got.map((q) => q.text))}`);
    want.forEach((w, i) => assert.deepEqual(pick(got[i]!, w), w, text));
  }
});

test('spans and measured spans are offsets into the original text', () => {
  for (const [text] of CASES) {
    for (const q of quantities(text)) {
      assert.equal(text.slice(q.start, q.end), q.text);
      if (q.measured) assert.equal(text.slice(q.measured.start, q.measured.end), q.measured.text);
    }
  }
});

test('the first of `من X إلى Y مليون` shares the multiplier; a change keeps its direction word', () => {
  const [q] = quantities('ارتفع الإنتاج من 15 إلى 25 مليون طن');
  assert.equal(q!.from, 15e6);
  assert.equal(q!.to, 25e6);
  const [d] = quantities('خفضت الشركة الإنتاج من 10 إلى 12 ألف برميل');
  assert.equal(d!.direction, 'down'); // the verb decides, even when the numbers say otherwise
});

test('bad input gives no quantities and no crash', () => {
  for (const t of ['', '   ', '%%%', '1/2/3/4/5', 'من إلى', '٫٫٫', 'مليون مليون مليون', '\u200f5\u200f']) {
    assert.ok(Array.isArray(quantities(t)));
  }
});

test('a dual unit without a numeral is an amount of two (but not inside a date, nor `عامين` as an adjective)', () => {
  const got = (t: string) => quantities(t, '2018-07-13').map((q) => [q.text, q.value, q.unit]);
  assert.deepEqual(got('زار الرئيس بريطانيا لمدة يومين وواجه احتجاجات.'), [['يومين', 2, 'day']]);
  assert.deepEqual(got('استمر الاجتماع ساعتين في مقر الوزارة.'), [['ساعتين', 2, 'hour']]);
  assert.deepEqual(got('ارتفع سعر البرميل بدولارين.').map((q) => q.slice(1)), [[2, 'USD']]);
  assert.deepEqual(got('غادر الوزير قبل يومين إلى القاهرة.'), []); // a date (`قبل يومين`), not an amount
  assert.deepEqual(got('عين المجلس مديرين عامين للشركة.'), []);
  assert.deepEqual(got('يومين'), [['يومين', 2, 'day']]);
});

test('the krone: with its nationality, or a bare form whose country the sentence or the article names; كورونا stays the virus', () => {
  const got = (t: string) => quantities(t, '2018-08-04').map((q) => [q.text, q.value, q.unit]);
  assert.deepEqual(got('بلغت قيمة الجائزة ثلاثة ملايين كرونة سويدية.'), [['ثلاثة ملايين كرونة سويدية', 3e6, 'SEK']]);
  assert.deepEqual(got('دفع المصرف 400 مليون كرون دنماركي.'), [['400 مليون كرون دنماركي', 4e8, 'DKK']]);
  assert.deepEqual(got('فرضت السلطات في النرويج غرامة قدرها 20 ألف كرونة على الشركة.'), [['20 ألف كرونة', 20000, 'NOK']]);
  // the country in an earlier sentence of the article; the dollar conversion is its own amount
  assert.deepEqual(got('أقرت الدنمارك قانونا جديدا. وغرمت المحكمة رجلا بألف كورونا (150 دولارا).'), [['بألف كورونا', 1000, 'DKK'], ['150 دولارا', 150, 'USD']]);
  // كرونة names no other thing: a currency without a country code
  assert.deepEqual(got('دفعت الشركة 500 كرونة غرامة.'), [['500 كرونة', 500, 'krone']]);
  // without a krone country, or with a virus word in the sentence, كورونا and كرون are not currencies
  for (const s of ['سجلت الصين 50 كورونا في يوم واحد.', 'أعلنت السويد تسجيل 300 كورونا بين المصابين بالفيروس.', 'يعاني 300 كرون من المرض.']) {
    assert.ok(!quantities(s, '2020-04-01').some((q) => q.unit === 'SEK' || q.unit === 'krone' || /كرون|كورون/.test(q.text)), s);
  }
});

test('a century (`القرن العشرين`, `القرن الـ21`) is not a quantity; other ordinals stay', () => {
  const got = (t: string) => quantities(t).map((q) => [q.text, q.kind, q.value]);
  assert.ok(!got('شهد القرن العشرين حروبا كثيرة.').some((q) => q[0] === 'العشرين'));
  assert.deepEqual(got('تغيرت المدينة منذ القرن التاسع عشر.'), []);
  assert.deepEqual(got('نعيش في القرن الحادي والعشرين.'), []);
  assert.deepEqual(got('تطورت الصناعة في القرن الـ20 بسرعة.'), []);
  assert.deepEqual(got('كتب عن القرن 21 كثيرا.'), []);
  assert.deepEqual(got('في القرنين التاسع عشر والعشرين هاجر 300 ألف شخص.'), [['300 ألف شخص', 'amount', 300000]]);
  assert.deepEqual(got('يعود المبنى إلى القرن الثالث.'), []);
  assert.deepEqual(got('انطلقت الدورة العشرين للمهرجان.'), [['العشرين', 'ordinal', 20]]);
});

test('a counted noun that starts with a root و is counted (`8 آلاف وظيفة`); a conjunction after the number is not', () => {
  const [a] = quantities('وقال إن المشروع سيوفر ثمانية آلاف وظيفة جديدة.');
  assert.equal(a?.value, 8000);
  assert.equal(a?.measured?.text, 'وظيفة');
  assert.equal(quantities('ويضم المصنع 5 وحدات إنتاج.')[0]?.measured?.text, 'وحدات');
  assert.deepEqual(quantities('وقتل 10 وقال الجيش إنه انسحب.'), []);
});

test('`X مقابل Y`: the figure compared with is where a change started, or an amount in the same unit', () => {
  const [c] = quantities('انخفض عدد المهاجرين إلى 1127 العام الماضي مقابل 2706 في 2011.');
  assert.equal(c?.kind, 'change');
  assert.equal(c?.to, 1127);
  assert.equal(c?.from, 2706);
  assert.equal(c?.direction, 'down');
  const [d] = quantities('ارتفع التضخم إلى 4.5% مقابل 3.2% في الشهر السابق.');
  assert.deepEqual([d?.kind, d?.from, d?.to, d?.unit], ['change', 3.2, 4.5, 'percent']);
  const seats = quantities('وحصل الحزب على 40 مقعدا مقابل 35 للحزب الآخر.');
  assert.deepEqual(seats.map((q) => [q.value, q.unit]), [[40, 'seat'], [35, 'seat']]);
  // a price paid (`مقابل` with no figure before it) is an ordinary amount
  assert.deepEqual(quantities('باع الأسهم مقابل 500 مليون دولار.').map((q) => q.value), [5e8]);
});

test('a cardinal with the article after a definite phrase counts it (`المواقع الثلاث`); `اثنين من X` counts a part', () => {
  const one = (s: string) => quantities(s).map((q) => [q.kind, q.value, q.measured?.text]);
  assert.deepEqual(one('وتسيطر جماعات المعارضة المسلحة الثلاث على المدينة.'), [['amount', 3, 'جماعات المعارضة المسلحة']]);
  assert.deepEqual(one('وقالت الدول الخمس إنها ستشارك.'), [['amount', 5, 'الدول']]);
  assert.deepEqual(one('ويقع اثنان من المواقع في الحوض.'), [['amount', 2, 'المواقع']]);
  // an ordinal, a weekday, `واحد من` and a lone `اثنين` are no count
  assert.deepEqual(one('في الجولة الثالثة من المفاوضات'), [['ordinal', 3, 'الجولة']]);
  assert.deepEqual(one('وصل الوفد يوم الاثنين.'), []);
  assert.deepEqual(one('وهو واحد من أكبر المواقع.'), []);
  assert.deepEqual(one('اتفق الاثنان على التعاون.'), []);
});

test('a nominative dual noun with a dual nisba adjective counts two (`فصيلان إسلاميان`); `-ين` forms and names in `-ان` do not', () => {
  const one = (s: string) => quantities(s).map((q) => [q.value, q.text]);
  assert.deepEqual(one('ويتشارك فصيلان إسلاميان السيطرة على المنطقة.'), [[2, 'فصيلان إسلاميان']]);
  assert.deepEqual(one('وقتل الجنديان الإسرائيليان في الهجوم.'), [[2, 'الجنديان الإسرائيليان']]);
  assert.deepEqual(one('وقتل صحفيين أمريكيين في الهجوم.'), []);
  assert.deepEqual(one('وزار إيران الرئيس الفرنسي.'), []);
  assert.deepEqual(one('وتحدث الرئيسان الأمريكي والروسي.'), []);
});

test('a range whose first number is written in words borrows the scale of the second (`بين ثلاثة إلى سبعة مليارات`); `بين X إلى Y` is a range', () => {
  const one = (s: string) => quantities(s).map((q) => [q.kind, q.from ?? q.value, q.to, q.unit]);
  assert.deepEqual(one('وتبلغ كلفة كل محطة بين أربعة إلى تسعة مليارات درهم.'), [['range', 4e9, 9e9, 'AED']]);
  assert.deepEqual(one('وتراوحت أعمار الضحايا بين 16 إلى 30 عاما.'), [['range', 16, 30, 'year']]);
  assert.deepEqual(one('ويتوقع أن يرتفع عدد الزوار من خمسة إلى ثمانية ملايين شخص.'), [['change', 5e6, 8e6, 'person']]);
  // digits keep their own value when the second number has no scale word
  assert.deepEqual(one('وارتفع عدد المتطوعين من 3 إلى 7000 متطوع.'), [['change', 3, 7000, undefined]]);
  // a bare number in words with no range after it is still no amount
  assert.deepEqual(one('وعاد ثلاثة إلى منازلهم بعد الظهر.'), []);
});

test('`بين خمسة وسبعة آلاف` is a range of thousands, not twelve thousand', () => {
  const one = (s: string) => quantities(s).map((q) => [q.kind, q.from ?? q.value, q.to]);
  assert.deepEqual(one('وقدر عدد القتلى بين خمسة وسبعة آلاف شخص.'), [['range', 5000, 7000]]);
  assert.deepEqual(one('ويتراوح عدد النازحين بين عشرين وثلاثين ألفا.'), [['range', 20000, 30000]]);
  // real compounds stay one number
  assert.deepEqual(one('وقتل خمسة وعشرون شخصا في القصف.'), [['amount', 25, undefined]]);
  assert.deepEqual(one('ووصل إلى المخيم ثلاثة آلاف وخمسمائة لاجئ.'), [['amount', 3500, undefined]]);
});

test('`ألوف` and `بليونا` closing the second number of a range scale the first (`من خمسة إلى عشرة ألوف`)', () => {
  const one = (s: string) => quantities(s).map((q) => [q.kind, q.from ?? q.value, q.to]);
  assert.deepEqual(one('وانتشر في المنطقة من خمسة إلى عشرة ألوف جندي.'), [['range', 5000, 10000]]);
  // a dual closing the second number is a number alone, not a scale
  assert.deepEqual(one('وانتشر في المنطقة من ثلاثة إلى ألفين جندي.'), [['range', 3, 2000]]);
});
