import { test } from 'node:test';
import assert from 'node:assert/strict';
import { country, eventProbe, type EntitySpec } from './fixtures.ts';

// Event families missed on unseen articles (docs/events.md, 2026-11-28 H6): sentences written for the rules,
// each with close sentences that are not coded.
const E: EntitySpec[] = [
  country('الولايات المتحدة', 'US', 'United States'),
  country('تركيا', 'TR', 'Turkey'),
  country('مصر', 'EG', 'Egypt'),
  country('إيران', 'IR', 'Iran'),
  country('بريطانيا', 'GB', 'United Kingdom'),
  country('روسيا', 'RU', 'Russia'),
  { text: 'واشنطن', type: 'LOC', id: 'US', label_en: 'United States', kind: 'country' },
  { text: 'الحوثيين', type: 'ORG', id: 'houthis', label_en: 'Houthis' },
  { text: 'التحالف', type: 'ORG', id: 'coalition', label_en: 'Saudi-led coalition' },
  { text: 'أحمد سالم', type: 'PER', id: 'salem', label_en: 'Ahmad Salem' },
];
const { events, codes, root } = eventProbe(E);

test('1053: طالب X بالإفراج عن Y / بإطلاق سراح Y is a demand for release; other demands stay 100', () => {
  const [e] = events('وطالبت الولايات المتحدة بالإفراج عن الصحفي أحمد سالم.');
  assert.equal(e!.code, '1053');
  assert.equal(e!.source!.label, 'United States');
  assert.deepEqual(codes('وتطالب مصر تركيا بإطلاق سراح المعتقلين.'), ['1053']);
  assert.deepEqual(codes('وطالبت الولايات المتحدة بإطلاق صواريخ على الموقع.'), ['100'], 'launching is no release');
  assert.deepEqual(codes('وطالبت مصر بإجراء تحقيق في الحادث.'), ['100']);
  assert.deepEqual(codes('ولم تطالب الولايات المتحدة بالإفراج عن أحمد سالم.'), [], 'negated');
});

test('1053: a relative clause with its own subject and a pronoun for the one released reports the demand', () => {
  const [e] = root('واعتقلت الشرطة أحمد سالم الذي تطالب الولايات المتحدة بالإفراج عنه.', '10');
  assert.equal(e!.code, '1053');
  assert.equal(e!.source!.label, 'United States');
  assert.deepEqual(root('وأحمد سالم هو الذي طالب بالإفراج عن المعتقلين.', '10'), [], 'no subject of its own');
  assert.deepEqual(root('وهي الأحزاب التي تطالب مصر بالإفراج عن المعتقلين.', '10'), [], 'no pronoun: مصر may be the one asked');
  assert.deepEqual(root('وهم الطلاب الذين يطالبون بالإفراج عنه.', '10'), [], 'the antecedent demands');
});

test('112: اتهامات X لـ Y is X accusing Y; without the accused after ل the genitive may be the accused, so none', () => {
  const [e] = root('وجاء ذلك ردا على اتهامات الحوثيين لمصر بقصف حافلة.', '11');
  assert.equal(e!.code, '112');
  assert.equal(e!.source!.label, 'Houthis');
  assert.equal(e!.target!.label, 'Egypt');
  assert.equal(root('ونفت مصر اتهام إيران المتكرر لتركيا بدعم الإرهاب.', '11')[0]?.source?.label, 'Iran');
  assert.deepEqual(root('وتواجه تركيا اتهامات بالفساد.', '11'), []);
  assert.deepEqual(root('ونفى أحمد سالم اتهام الحوثيين بالهجوم.', '11'), [], 'the genitive may be the accused');
  assert.deepEqual(root('ولم تصدر اتهامات الحوثيين لمصر رسميا.', '11'), [], 'negated');
});

test('020: نصح X Y بـ is an appeal to Y; advice to no one named, or negated, is none', () => {
  const [e] = root('نصح الرئيس أحمد سالم بريطانيا بألا تتفاوض مع الاتحاد.', '02');
  assert.equal(e!.source!.label, 'Ahmad Salem');
  assert.equal(e!.target!.label, 'United Kingdom');
  const [f] = root('ونصحت الولايات المتحدة تركيا بالتريث.', '02');
  assert.equal(f!.code, '020');
  assert.equal(f!.source!.label, 'United States');
  assert.equal(f!.target!.label, 'Turkey');
  assert.deepEqual(root('ونصحت الولايات المتحدة بالتريث.', '02'), [], 'no one advised');
  assert.deepEqual(root('ولم تنصح الولايات المتحدة تركيا بذلك.', '02'), [], 'negated');
});

test('045: توسط X is mediation; in a relative clause or negated it is none', () => {
  const [e] = root('وتوسطت مصر بين الحوثيين وتركيا.', '04');
  assert.equal(e!.code, '045');
  assert.equal(e!.source!.label, 'Egypt');
  assert.deepEqual(root('ولم تتوسط مصر في الاتفاق.', '04'), []);
  const [f] = events('وتوسطت مصر لدى تركيا للإفراج عن أحمد سالم.');
  assert.equal(f!.code, '020', 'توسط لدى X intercedes with X: an appeal');
  assert.equal(f!.target!.label, 'Turkey');
  assert.deepEqual(root('وهو الاتفاق الذي توسطت فيه مصر.', '04'), [], 'a relative clause describes');
});

test('173: احتجاز (like اعتقال) with the authorities after it is a detention; a place of detention is none', () => {
  const [e] = root('وتصاعد التوتر بعد احتجاز السلطات التركية الصحفي أحمد سالم.', '17');
  assert.equal(e!.code, '173');
  assert.match(e!.source!.label, /^officials/);
  assert.ok(e!.target, 'the one detained');
  assert.deepEqual(root('وزار الوفد مراكز احتجاز المهاجرين في تركيا.', '17'), []);
  assert.deepEqual(root('ولم يتم احتجاز أحد.', '17'), []);
  assert.deepEqual(root('وطلب الادعاء باحتجاز أحمد سالم دون كفالة.', '17'), [], 'asked for');
  assert.deepEqual(root('واتهمت مصر السلطات التركية باحتجاز أحمد سالم.', '17'), [], 'alleged');
  assert.deepEqual(root('ونفت تركيا تصريحات مصر عن "احتجاز أحمد سالم".', '17'), [], 'denied');
  assert.deepEqual(root('ونفت تركيا أنباء اعتقال أحمد سالم.', '17'), [], 'the same for اعتقال');
  assert.deepEqual(root('وكاد الأمر أن ينتهي باعتقال أحمد سالم.', '17'), [], 'nearly');
  assert.equal(root('ونددت مصر باعتقال السلطات التركية أحمد سالم.', '17').length, 1, 'condemned: the arrest happened');
});

test('capitals: a capital as a verb\'s subject is its government; in a genitive, as an object or as a place it is none', () => {
  const C: EntitySpec[] = [
    { text: 'موسكو', type: 'LOC', id: 'moscow', label_en: 'Moscow', kind: 'city', country: 'RU' },
    { text: 'واشنطن', type: 'LOC', id: 'washington', label_en: 'Washington', kind: 'city', country: 'US' },
    { text: 'لندن', type: 'LOC', id: 'london', label_en: 'London', kind: 'city', country: 'GB' },
    { text: 'أحمد سالم', type: 'PER', id: 'salem', label_en: 'Ahmad Salem' },
    country('بريطانيا', 'GB', 'United Kingdom'),
  ];
  const p = eventProbe(C);
  const [e] = p.events('وقالت موسكو إن الاتهامات لا أساس لها.');
  assert.equal(e!.code, '010');
  assert.equal(e!.source!.label, 'Moscow');
  assert.equal(p.events('لكن موسكو تنفي أي دور لها في الحادث.')[0]?.source?.label, 'Moscow', 'before the verb after a particle');
  assert.equal(p.events('وتطالب واشنطن بالإفراج عن أحمد سالم.')[0]?.code, '1053');
  assert.deepEqual(p.events('وقال عمدة لندن إن المدينة آمنة.').map((x) => x.source?.label), [], 'a genitive: the mayor of London');
  assert.equal(p.events('وكان أحمد سالم قد زار موسكو الشهر الماضي.')[0]?.source?.label, 'Ahmad Salem', 'the object of a visit');
  assert.deepEqual(p.events('وقال إنه زار موسكو.').filter((x) => x.code === '042'), [], 'after a pronoun subject the capital is the object');
  assert.ok(p.events('وأكد أحمد سالم موقفه، وحث موسكو على الضغط على دمشق.').every((x) => x.source?.label !== 'Moscow'), 'a masculine verb: Moscow is its object');
  assert.equal(p.events('وحثت موسكو بريطانيا على الحوار.')[0]?.source?.label, 'Moscow', 'a feminine verb: Moscow is its subject');
  assert.ok(p.events('واعتقلت موسكو أحمد سالم.').every((x) => x.source?.label !== 'Moscow'), 'no coercion or violence by a capital: it may be where it happened');
});

test('120: رفض X ذلك rejects what the sentence told before; negated it is none', () => {
  const [e] = root('وطالبت مصر بالإفراج عن أحمد سالم، إلا أن تركيا ترفض ذلك.', '12');
  assert.equal(e!.code, '120');
  assert.equal(e!.source!.label, 'Turkey');
  assert.deepEqual(root('ولم ترفض تركيا ذلك.', '12'), []);
  assert.deepEqual(root('وكان ذلك بعد رفض ذلك.', '12'), [], 'the noun رفض with no subject');
});

test('163: sanctions before التي تفرضها (imperfect) are in force, like فرضتها; the future or conditions that are not sanctions are none', () => {
  const [e] = root('وأرجع الوزير التعثر إلى العقوبات التي تفرضها الولايات المتحدة على تركيا.', '16');
  assert.equal(e!.code, '163');
  assert.equal(e!.source!.label, 'United States');
  assert.equal(e!.target!.label, 'Turkey');
  assert.deepEqual(root('وهي الشروط التي تفرضها تركيا.', '16'), []);
  assert.deepEqual(root('ولن تنفع العقوبات التي ستفرضها الولايات المتحدة على تركيا.', '16'), [], 'future');
});

test('diplomats are a generic actor (officials\' role): their accusations and statements are coded, with their nationality', () => {
  const [e] = root('واتهم دبلوماسيون غربيون روسيا بمحاولة تعطيل التصويت.', '11');
  assert.equal(e!.code, '112');
  assert.equal(e!.source!.label, 'diplomats');
  assert.equal(e!.target!.label, 'Russia');
  assert.deepEqual(root('وقال الوزير إن عدد الدبلوماسيين في السفارة قليل.', '11'), []);
});
