/**
 * Ranges of thousands and counted nouns (docs/facts.md, "Ranges of thousands and counted nouns"):
 * two numbers of the same scale joined by و are two numbers, not one sum; an approximate
 * `نحو X إلى Y` is a range; a range keeps the counted noun after its second number.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/stages/index.ts';
import { parseNumberText, readNumbers } from '../../src/ar/numbers.ts';
import { tokenize } from '../../src/ar/tokenize.ts';
import type { Quantity } from '../../src/facts/quantities.ts';

const quantities = (text: string) => analyze(text, { published: '2024-08-09' }).layers.quantities as Quantity[];

type Want = Partial<Omit<Quantity, 'measured'>> & { measured?: string | null };
function check(text: string, want: Want[]): void {
  const got = quantities(text);
  assert.equal(got.length, want.length, `${text}: ${JSON.stringify(got.map((q) => q.text))}`);
  want.forEach((w, i) => {
    const q = got[i]!;
    for (const [k, v] of Object.entries(w)) {
      const have = k === 'measured' ? (q.measured?.text ?? null) : (q as unknown as Record<string, unknown>)[k];
      assert.deepEqual(have, v, `${text}: ${k}`);
    }
    assert.equal(text.slice(q.start, q.end), q.text);
  });
}

test('the number reader: a part joined by و ending with a multiplier as large as the one before is a second number', () => {
  const values = (s: string) => readNumbers(tokenize(s)).map((m) => m.value);
  assert.deepEqual(values('ألفين وثلاثة آلاف'), [2000, 3000]);
  assert.deepEqual(values('مليون وثلاثة ملايين'), [1e6, 3e6]);
  assert.deepEqual(values('ألف وألفين'), [1000, 2000]);
  assert.deepEqual(values('ستة آلاف وثمانية آلاف'), [6000, 8000]);
  assert.equal(parseNumberText('ألفين وثلاثة آلاف'), null);
  // close negatives: a smaller part after a multiplier continues the number
  assert.equal(parseNumberText('ألفين وخمسمائة'), 2500);
  assert.equal(parseNumberText('مليونين وثلاثمائة ألف'), 2_300_000);
  assert.equal(parseNumberText('أربعة ملايين وستمائة ألف'), 4_600_000);
  assert.equal(parseNumberText('مليار ومئتا مليون'), 1_200_000_000);
  assert.equal(parseNumberText('مئة وخمسون ألفا'), 150_000);
  assert.equal(parseNumberText('مليون ونصف'), 1_500_000);
});

test('dual scale words open a range of thousands or millions', () => {
  check('نزح من القرى بين ألفين وثلاثة آلاف شخص', [{ kind: 'range', from: 2000, to: 3000, unit: 'person' }]);
  check('تبلغ كلفة الجسر ما بين مليونين وثلاثة ملايين دولار', [{ kind: 'range', from: 2e6, to: 3e6, unit: 'USD' }]);
  check('يقيم في المخيم من مليونين إلى ثلاثة ملايين نسمة', [{ kind: 'range', from: 2e6, to: 3e6, unit: 'person' }]);
  check('حشد الحزب بين خمسة آلاف وسبعة آلاف شخص في الساحة', [{ kind: 'range', from: 5000, to: 7000, unit: 'person' }]);
  check('يزور المتحف بين ألف وألفين كل أسبوع', [{ kind: 'range', from: 1000, to: 2000 }]);
  // close negative: one number of two and a half thousand
  check('أرسلت الوزارة ألفين وخمسمائة جندي إلى الحدود', [{ kind: 'amount', value: 2500, unit: 'soldier' }]);
});

test('`نحو X إلى Y`: an approximate range, the scale of the second number shared by the first', () => {
  check('تجمع نحو ثلاثة إلى أربعة آلاف متظاهر أمام البرلمان', [{ kind: 'range', from: 3000, to: 4000, qualifier: 'about', measured: 'متظاهر', text: 'ثلاثة إلى أربعة آلاف' }]);
  check('تحتاج الخطة حوالي 5 إلى 7 ملايين دولار', [{ kind: 'range', from: 5e6, to: 7e6, unit: 'USD', qualifier: 'about' }]);
  check('يخسر المريض نحو 3 إلى 6 كيلوغرامات في شهر', [{ kind: 'range', from: 3, to: 6, unit: 'kg', qualifier: 'about' }]);
  // close negatives: a change by a percentage to a level is no range, and `أكثر من` bounds one figure
  // close negative: the scale shared would put the first figure above the second (30000–4000): no range
  assert.equal(quantities('احتشد نحو 50 إلى 6 آلاف مشجع في الملعب').filter((q) => q.kind === 'range').length, 0);
  check('تراجعت مبيعات المصنع بنحو 15% إلى 40 مليون ريال', [
    { value: 15, unit: 'percent', qualifier: 'about' },
    { kind: 'amount', value: 4e7, unit: 'SAR' },
  ]);
});

test('a bare `X إلى Y` is a range when it says what it counts', () => {
  check('أصيب 12 إلى 15 شخصا في الحادث', [{ kind: 'range', from: 12, to: 15, unit: 'person' }]);
  check('حكم عليه بالسجن ثلاثة إلى خمسة أعوام', [{ kind: 'range', from: 3, to: 5, unit: 'year' }]);
  check('وصل 4 إلى 6 زوارق إلى الميناء', [{ kind: 'range', from: 4, to: 6, measured: 'زوارق' }]);
  // close negatives: a score (the first is larger), a change word before it, nothing counted, a definite word after it
  check('فاز المرشح بـ 310 إلى 228 صوتا', [{ kind: 'amount', value: 228, unit: 'vote' }]);
  check('ارتفعت الأسعار 5 إلى 7 في المئة', [{ kind: 'amount', value: 5 }, { kind: 'percent', value: 7 }]);
  // (no article before the first number: the definite `المقبلة` after the range counts nothing)
  assert.equal(quantities('ستعلن اللجنة النتائج خلال الأيام 3 إلى 5 المقبلة').filter((q) => q.kind === 'range').length, 0);
});

test('a definite plural before `الـ X إلى Y` counts the range', () => {
  check('ستعلن اللجنة النتائج خلال الأيام الـ3 إلى 5 المقبلة', [{ kind: 'range', from: 3, to: 5, unit: 'day', text: 'الأيام الـ3 إلى 5 المقبلة' }]);
  check('أفرجت السلطات عن الموقوفين الـ 20 إلى 30 أمس', [{ kind: 'range', from: 20, to: 30, measured: 'الموقوفين' }]);
  // close negative: a singular head makes ordinals (`الفقرة الـ 5`), no range of paragraphs
  assert.equal(quantities('ناقشت اللجنة الفقرة الـ 5 إلى 9 أمس').filter((q) => q.kind === 'range').length, 0);
});

test('a range keeps the counted noun after its second number', () => {
  check('سيستضيف المهرجان بين ستة وثمانية مصورين من آسيا', [{ kind: 'range', from: 6, to: 8, measured: 'مصورين' }]);
  check('ستفتح الشركة ما بين 12 و15 فرعا في المدينة', [{ kind: 'range', from: 12, to: 15, measured: 'فرعا' }]);
  check('يتناول المريض من ثلاث إلى خمس جرعات في الأسبوع', [{ kind: 'range', from: 3, to: 5, measured: 'جرعات' }]);
  check('نقل بين ستة وثمانية ملايين طن من الحبوب', [{ kind: 'range', from: 6e6, to: 8e6, unit: 'tonne', measured: 'الحبوب' }]);
  check('سقط بين ستة وثمانية قتلى في القصف', [{ kind: 'range', from: 6, to: 8, unit: 'killed' }]);
  // close negatives: a preposition after the number is no counted noun
  check('قدرت الخسائر بين 30 و45 بحسب التقرير', [{ kind: 'range', from: 30, to: 45, measured: 'الخسائر' }]);
  check('تراوح عدد الضحايا بين 20 و25 جراء الفيضان', [{ kind: 'range', from: 20, to: 25, measured: 'عدد الضحايا' }]);
  check('وانتهت المباراة بفوز الفريق 3 مقابل 2 في الدقائق الأخيرة', []);
});

test('بين that opens no range of quantities: two countries, two years', () => {
  check('تتواصل المحادثات بين الدولتين منذ أشهر', []);
  check('تضاعف عدد الطلاب بين عامي 2010 و2015', []);
  const doc = analyze('تضاعف عدد الطلاب بين عامي 2010 و2015', { published: '2024-08-09' });
  assert.ok((doc.layers.dates as { resolved: string }[]).some((d) => d.resolved === '2010'));
});
