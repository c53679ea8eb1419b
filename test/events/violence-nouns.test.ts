import { test } from 'node:test';
import assert from 'node:assert/strict';
import { country, eventProbe, type EntitySpec } from './fixtures.ts';

// Attacks told as nouns with a named attacker (docs/events.md, "Attacks told as nouns"): sentences written for the
// rules, each beside close sentences that are no report of an attack.
const E: EntitySpec[] = [
  country('الولايات المتحدة', 'US', 'United States'),
  country('إسرائيل', 'IL', 'Israel'),
  country('إيران', 'IR', 'Iran'),
  country('السعودية', 'SA', 'Saudi Arabia'),
  { text: 'الجيش السوري', type: 'ORG', id: 'sy-army', label_en: 'Army (Syria)', kind: 'organization' },
  { text: 'الغوطة', type: 'LOC', id: 'ghouta', label_en: 'Eastern Ghouta', kind: 'region' },
  { text: 'صعدة', type: 'LOC', id: 'saada', label_en: 'Saada', kind: 'city' },
  { text: 'صنعاء', type: 'LOC', id: 'sanaa', label_en: 'Sanaa', kind: 'city' },
  { text: 'غزة', type: 'LOC', id: 'gaza', label_en: 'Gaza Strip', kind: 'region' },
  { text: 'ترامب', type: 'PER', id: 'trump', label_en: 'Donald Trump' },
];
const demonyms = [
  { text: 'سعودية', id: 'SA' },
  { text: 'إيراني', id: 'IR' },
  { text: 'أمريكية', id: 'US' },
  { text: 'أمريكي', id: 'US' },
  { text: 'تركي', id: 'TR' },
  { text: 'إسرائيلي', id: 'IL' },
];
const { events, root } = eventProbe(E, { demonyms });
const violent = (text: string) => events(text).filter((e) => /^(18|19)/.test(e.code));
const HOUTHIS = 'm:organization:houthis-ansar-allah';

test('a nisba after the attack noun names the attacker; the subject of تعرض is the target', () => {
  const [e, ...rest] = violent('تعرضت ناقلة نفط سعودية لهجوم حوثي قبالة السواحل أمس.');
  assert.equal(rest.length, 0);
  assert.equal(e!.code, '180');
  assert.equal(e!.source!.id, HOUTHIS);
  assert.equal(e!.target!.id, 'SA');
  // A second attacker joined to the first (هجوم حوثي إيراني) takes part.
  const [f] = violent('تعرضت ناقلة نفط سعودية لهجوم حوثي إيراني في البحر الأحمر.');
  assert.equal(f!.source!.id, HOUTHIS);
  assert.ok(f!.participants.some((p) => p.id === 'IR'));
});

test('a headline: the attack noun, its nationality and a verb of targeting after them', () => {
  const [e] = violent('هجوم صاروخي إيراني يستهدف سفينة أمريكية');
  assert.equal(e!.code, '190', 'a state attacks with conventional force');
  assert.equal(e!.source!.id, 'IR');
  assert.equal(e!.target!.id, 'US');
});

test('an agent verb or من names the attacker: التي شنها التحالف، تفرضه القوات، من الجيش', () => {
  const [e] = violent('وقال المتحدث إن الغارات التي شنها التحالف على صنعاء أمس كانت ضد أهداف عسكرية.');
  assert.equal(e!.code, '195');
  assert.equal(e!.source!.label, 'military coalition');
  assert.equal(e!.place!.id, 'sanaa');
  const [s] = violent('وتخضع الغوطة لحصار من الجيش السوري.');
  assert.equal(s!.code, '191');
  assert.equal(s!.source!.id, 'sy-army');
  const [t] = violent('وتخضع المدينة لحصار تفرضه القوات الحكومية.');
  assert.equal(t!.code, '191');
  assert.equal(t!.source!.label, 'armed forces');
});

test('a genitive names the attacker: the coalition, a state with its target after it; an adjective before the nationality', () => {
  const [e] = violent('وأسفرت غارات التحالف على صعدة عن مقتل عشرين شخصا.').filter((x) => x.code.startsWith('19'));
  assert.equal(e!.code, '195');
  assert.equal(e!.source!.label, 'military coalition');
  const [i] = violent('وأسفرت غارات إسرائيل على غزة عن مقتل خمسة أشخاص.').filter((x) => x.code.startsWith('19'));
  assert.equal(i!.code, '195');
  assert.equal(i!.source!.id, 'IL');
  assert.equal(i!.place!.id, 'gaza');
  // A state in the genitive without its target after it may be the one hit (غارات على مواقع في إسرائيل، قصف إسرائيل): none.
  assert.ok(!violent('وأسفرت غارات إسرائيل عن مقتل خمسة أشخاص.').some((x) => x.source?.id === 'IL'));
  const [t] = violent('وقتل عشرة مدنيين جراء القصف المدفعي التركي على القرية.').filter((x) => x.code.startsWith('19'));
  assert.equal(t!.source!.id, 'TR');
});

test('an indefinite قصف spelt like the verb: a noun when the verb finds no subject and an attacker is named', () => {
  const [t] = root('وقتل عشرة مدنيين جراء قصف تركي على القرية أمس.', '19');
  assert.equal(t!.code, '194');
  assert.equal(t!.source!.id, 'TR');
  // No attacker named: no noun reading (the shells are an attack of their own, as before).
  assert.ok(!root('وقتل 10 أشخاص جراء قصف بالقذائف على المدنيين أمس.', '19').some((e) => e.trigger.text === 'قصف'));
});

test('threatened, warned of, denied, alleged, asked to end or negated: no attack', () => {
  assert.deepEqual(violent('وحذرت الولايات المتحدة من هجوم إيراني على ناقلات النفط.'), []);
  assert.deepEqual(violent('ونفت إيران أي هجوم إيراني على الناقلة.'), []);
  assert.deepEqual(violent('واتهمت السعودية إيران بشن هجوم صاروخي إيراني على صنعاء.'), []);
  assert.deepEqual(violent('وطالبت الولايات المتحدة بفك الحصار الذي يفرضه الجيش على المدينة.'), []);
  assert.deepEqual(violent('ولم يتعرض الموكب لهجوم حوثي.'), []);
  assert.deepEqual(violent('ويخشى السكان هجوما حوثيا محتملا على المدينة.'), []);
});

test('history, a verbal attack, a blow: no attack', () => {
  assert.deepEqual(violent('وكانت المدينة قد تعرضت لقصف أمريكي عام 2003.'), [], 'a year of the past');
  assert.deepEqual(violent('وتعرض ترامب لهجوم إعلامي أمريكي حاد.'), [], 'in the press');
  assert.deepEqual(violent('وتعرضت الحكومة لهجوم إسرائيلي في البرلمان.'), [], 'هجوم by a state with no armed cue may be verbal');
  assert.deepEqual(violent('وشكل القرار ضربة أمريكية للاقتصاد.'), [], 'a blow dealt to the economy');
  assert.deepEqual(violent('واستمر الحصار عدة أشهر.'), [], 'a siege without its attacker');
});

test('the victim of a killing, a kidnapping or an assassination is in the genitive, not the attacker', () => {
  assert.ok(!events('وأدى الانفجار إلى مقتل جندي أمريكي.').some((e) => e.source?.id === 'US'));
  assert.ok(!events('وتحدث عن اختطاف جنود إسرائيليين.').some((e) => e.source?.id === 'IL'));
});

test('named but not told as done (after a preposition): no confidence gained, as before', () => {
  assert.deepEqual(root('ودعت الأمم المتحدة إلى بحث القصف الإسرائيلي على غزة.', '19'), []);
  assert.deepEqual(root('وجاء ذلك بعد الهجوم الذي نفذه مسلحون على وحدة للجيش.', '18'), []);
});
