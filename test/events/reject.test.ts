import { test } from 'node:test';
import assert from 'node:assert/strict';
import { country, eventProbe, type EntitySpec } from './fixtures.ts';

// Reject codes 121, 123, 124 and 128, and criticism told with a verb of habit (111): verb + object,
// on sentences written for these tests, each with a close sentence that is no event.
const E: EntitySpec[] = [
  country('الولايات المتحدة', 'US', 'United States'),
  country('روسيا', 'RU', 'Russia'),
  country('إيران', 'IR', 'Iran'),
  country('الصين', 'CN', 'China'),
  country('تركيا', 'TR', 'Türkiye'),
  country('إسرائيل', 'IL', 'Israel'),
  country('اليابان', 'JP', 'Japan'),
  { text: 'الأمم المتحدة', type: 'ORG', id: 'un', label_en: 'United Nations' },
];
const { root, one } = eventProbe(E);

test('121 reject material cooperation, 1212 when military', () => {
  const e = one('رفضت تركيا التعاون مع الولايات المتحدة في هذا الملف.', '12');
  assert.equal(e.code, '121');
  assert.equal(e.source!.id, 'TR');
  assert.equal(one('ورفضت اليابان التعاون العسكري مع روسيا.', '12').code, '1212');
  assert.deepEqual(root('هل ترفض تركيا التعاون مع الولايات المتحدة؟', '12'), [], 'a question');
  assert.deepEqual(root('إذا رفضت تركيا التعاون فإن العلاقات ستتضرر.', '12'), [], 'a condition');
  assert.deepEqual(root('دعت الأمم المتحدة إلى التعاون مع تركيا.', '12'), [], 'no refusal');
});

test('123 reject demands (a request stays 120; talks and aid keep 125 and 122)', () => {
  assert.equal(one('رفضت إيران المطالب الأمريكية بوقف برنامجها الصاروخي.', '12').code, '123');
  assert.equal(one('ورفضت روسيا طلبا من اليابان بتسليم الجزر.', '12').code, '120', 'a request is not always a demand for reform');
  assert.equal(one('رفضت إيران طلب الولايات المتحدة للحوار.', '12').code, '125', 'a request for talks');
  assert.deepEqual(root('قدمت إيران طلبا إلى الأمم المتحدة.', '12'), [], 'a request made');
  assert.deepEqual(root('لم ترفض إيران المطالب.', '12'), [], 'negated');
});

test('124 refuse to yield, 1243 to release or hand over, 1244 to lift sanctions', () => {
  const e = one('رفضت الصين التنازل عن أي جزء من أراضيها.', '12');
  assert.equal(e.code, '124');
  assert.equal(e.source!.id, 'CN');
  assert.equal(one('ورفضت روسيا الانسحاب من الجزر.', '12').code, '124');
  assert.equal(one('رفضت تركيا تسليم المطلوبين إلى الولايات المتحدة.', '12').code, '1243');
  assert.equal(one('رفضت إسرائيل الإفراج عن الأسرى.', '12').code, '1243');
  assert.equal(one('ترفض الولايات المتحدة رفع العقوبات عن إيران.', '12').code, '1244');
  assert.deepEqual(root('وافقت الصين على التنازل عن جزء من ديونها.', '12'), [], 'agreeing to cede');
  assert.deepEqual(root('طالبت تركيا برفض التنازل عن الأراضي.', '12'), [], 'a verbal noun after a preposition');
  assert.deepEqual(root('رفع المتظاهرون الأعلام.', '12'), [], 'no refusal');
});

test('128 defy norms or law; an accusation of it is no event', () => {
  const e = one('تحدت إيران القرارات الدولية وأجرت تجربة صاروخية.', '12');
  assert.equal(e.code, '128');
  assert.equal(e.source!.id, 'IR');
  assert.equal(one('وانتهكت إسرائيل القانون الدولي بحسب الأمم المتحدة.', '12').code, '128');
  assert.deepEqual(root('اتهمت تركيا إسرائيل بأنها انتهكت القانون الدولي.', '12'), [], 'an accusation');
  assert.deepEqual(root('تحدت إيران الصعاب وفازت بالمباراة.', '12'), [], 'not a law or a norm');
  assert.deepEqual(root('هل انتهكت إسرائيل القانون الدولي؟', '12'), [], 'a question');
});

test('111 criticism told with a verb of habit or continuation', () => {
  const e = one('ودأبت الولايات المتحدة على انتقاد سياسات الصين في المنطقة.', '11');
  assert.equal(e.code, '111');
  assert.equal(e.source!.id, 'US');
  assert.equal(one('وواصلت روسيا انتقاد الولايات المتحدة.', '11').code, '111');
  assert.deepEqual(root('دأبت الصين على شراء النفط من إيران.', '11'), [], 'a habit that is no criticism');
  assert.deepEqual(root('واصلت تركيا المحادثات مع روسيا.', '11'), [], 'continuing talks');
});

test('04 a meeting that brought the clause actor together with another (لقاء جمعه مع)', () => {
  const M: EntitySpec[] = [
    { text: 'ألكسندر نوفاك', type: 'PER', id: 'novak', label_en: 'Alexander Novak', country: 'RU' },
    { text: 'موسكو', type: 'LOC', id: 'moscow', label_en: 'Moscow', kind: 'city' },
  ];
  const D = [{ text: 'الإيراني', id: 'Q794', iso: 'IR' }];
  const meet = (s: string) => eventProbe(M, { demonyms: D }).root(s, '04');
  const e = meet('وقال وزير الطاقة الروسي، ألكسندر نوفاك خلال لقاء جمعه مع نظيره الإيراني في موسكو، إن الأسعار مرتفعة.');
  assert.equal(e.length, 1);
  assert.deepEqual(e[0]!.participants.map((p) => p.label), ['Alexander Novak', 'counterpart (Iran)']);
  assert.deepEqual(meet('وقال ألكسندر نوفاك خلال لقاء جمعه في موسكو، إن الأسعار مرتفعة.'), [], 'nobody else met');
  assert.deepEqual(meet('وقال ألكسندر نوفاك إن لقاء سيجمعه مع نظيره الإيراني في موسكو.'), [], 'a meeting to come');
});

test('163 sanctions as a noun phrase: the nationality after the noun imposes them on the actor after على/ضد', () => {
  const D = [
    { text: 'الإيراني', id: 'Q794', iso: 'IR' },
    { text: 'الأمريكية', id: 'Q30', iso: 'US', label_en: 'United States' },
    { text: 'أمريكية', id: 'Q30', iso: 'US', label_en: 'United States' },
  ];
  const s163 = (s: string) => eventProbe(E, { demonyms: D }).events(s).filter((e) => e.code === '163');
  const a = s163('وارتفعت الأسعار مع قرب سريان العقوبات الأمريكية على قطاع النفط الإيراني الشهر المقبل.');
  assert.equal(a.length, 1);
  assert.equal(a[0]!.source!.label, 'United States');
  assert.equal(a[0]!.target!.label, 'Iran', 'the nationality of the sector');
  const b = s163('وتضرر الاقتصاد من العقوبات الاقتصادية الأمريكية ضد إيران.');
  assert.equal(b.length, 1);
  assert.equal(b[0]!.target!.id, 'IR');
  assert.deepEqual(s163('وطالبت روسيا برفع العقوبات الأمريكية على إيران.'), [], 'lifting asked for');
  assert.deepEqual(s163('وأدى التلويح بعقوبات أمريكية جديدة ضد تركيا إلى هبوط الليرة.'), [], 'a threat');
  assert.deepEqual(s163('وقال إنه سيعيد العقوبات الأمريكية على إيران.'), [], 'future');
  assert.deepEqual(s163('وقالت روسيا إن العقوبات الأمريكية غير قانونية.'), [], 'no target');
  assert.deepEqual(s163('وتضررت الشركات من العقوبات على إيران.'), [], 'no imposing nationality');
});

test('a verb whose object comes right after it has its subject before it (إن تركيا استدعت سفير السعودية)', () => {
  const S: EntitySpec[] = [...E, country('السعودية', 'SA', 'Saudi Arabia')];
  const c114 = (s: string) => eventProbe(S).events(s).filter((e) => e.code === '114');
  const a = c114('وقالت الوزارة إن تركيا استدعت سفير السعودية أمس.');
  assert.equal(a.length, 1);
  assert.equal(a[0]!.source!.id, 'TR');
  assert.equal(a[0]!.target!.id, 'SA', "the envoy's state is the target, not the subject");
  assert.equal(c114('استدعت تركيا سفير السعودية.')[0]!.source!.id, 'TR', 'the usual order is unchanged');
  assert.deepEqual(c114('وقال سفير السعودية إن الأمور طبيعية.'), [], 'no summons');
  assert.deepEqual(c114('هل استدعت تركيا سفير السعودية؟'), [], 'a question');
});
