import { test } from 'node:test';
import assert from 'node:assert/strict';
import { country, eventProbe, type EntitySpec } from './fixtures.ts';

// Event families missed on unseen articles (3) (docs/events.md, "Families missed on unseen articles (3)"): sentences
// written for the rules, each with close sentences that are not coded (or coded otherwise).
const E: EntitySpec[] = [
  country('الولايات المتحدة', 'US', 'United States'),
  country('تركيا', 'TR', 'Turkey'),
  country('روسيا', 'RU', 'Russia'),
  country('مصر', 'EG', 'Egypt'),
  country('قطر', 'QA', 'Qatar'),
  country('الأردن', 'JO', 'Jordan'),
  { text: 'شركة النفط الوطنية', type: 'ORG', id: 'noc', label_en: 'National Oil Company' },
  { text: 'أحمد سالم', type: 'PER', id: 'salem', label_en: 'Ahmad Salem' },
  { text: 'سلمى يوسف', type: 'PER', id: 'youssef', label_en: 'Salma Youssef' },
];
const { events, root, one } = eventProbe(E);

test('V S O وV: a verb joined by و with no subject of its own shares the subject that followed the first verb', () => {
  const es = events('أدانت مصر الهجوم على السفينة وسحبت سفيرها من قطر.');
  assert.deepEqual(es.map((e) => [e.code, e.source?.label]), [['111', 'Egypt'], ['161', 'Egypt']]);
  assert.equal(es[1]!.target!.label, 'Qatar');
  const d = one('وانتقدت سلمى يوسف القرار الجديد وطالبت بإلغائه.', '10');
  assert.equal(d.source!.label, 'Salma Youssef');
  // Another gender: another subject (the object's, or one not named), so nothing is carried.
  assert.deepEqual(root('وانتقدت سلمى يوسف القرار الجديد وطالب بإلغائه.', '10'), []);
  // A relative clause between them still continues its antecedent.
  assert.deepEqual(root('وانتقدت سلمى يوسف الحكومة التي ترفع الأسعار وتطالب بالصبر.', '10'), []);
  // A verb with a subject of its own after it keeps it.
  const o = one('أدانت مصر الهجوم وطالبت الأردن بالتحقيق فيه.', '10');
  assert.equal(o.source!.label, 'Jordan');
});

test('talks held by the subject (أجرى/تجري محادثات/مباحثات مع X) are consultations with X; مفاوضات are negotiations', () => {
  const t = one('وتجري تركيا محادثات مع الولايات المتحدة بشأن شراء صواريخ.', '04');
  assert.deepEqual([t.code, t.source!.label, t.target!.label], ['040', 'Turkey', 'United States']);
  const m = one('أجرى أحمد سالم مباحثات مع روسيا في القاهرة.', '04');
  assert.deepEqual([m.code, m.source!.label, m.target!.label], ['040', 'Ahmad Salem', 'Russia']);
  const n = one('وأجرت مصر مفاوضات مع قطر حول الحدود.', '04');
  assert.deepEqual([n.code, n.source!.label, n.target!.label], ['046', 'Egypt', 'Qatar']);
  // Talks to come, asked about, or held by someone not named: none.
  assert.deepEqual(root('وسيجري أحمد سالم محادثات مع روسيا.', '04'), []);
  assert.deepEqual(root('هل تجري تركيا محادثات مع روسيا؟', '04'), []);
  assert.deepEqual(root('وتجري محادثات مع روسيا منذ أسبوع.', '04'), []);
  // Another object (أجرت تعديلات، تجري انتخابات): no talks.
  assert.deepEqual(root('وأجرت تركيا تعديلات على الدستور مع بداية العام.', '04'), []);
});

test('closing one\'s own embassy in a state, or deciding to, reduces relations with that state (161)', () => {
  const c = one('أغلقت تركيا سفارتها في مصر.', '16');
  assert.deepEqual([c.code, c.source!.label, c.target!.label], ['161', 'Turkey', 'Egypt']);
  const d = one('قررت مصر إغلاق سفارتها لدى قطر.', '16');
  assert.deepEqual([d.code, d.source!.label, d.target!.label], ['161', 'Egypt', 'Qatar']);
  // Said with a quotation mark after إنها: the speaker decided.
  const q = one('وقالت مصر إنها "قررت إغلاق سفارتها لدى قطر ردا على القرار".', '16');
  assert.deepEqual([q.source!.label, q.target!.label], ['Egypt', 'Qatar']);
  // Across a quotation mark only a pronoun of the speaker's gender and number is the speaker (أنه after أكدت: someone else),
  // and no noun spelt like a verb (فرق الإنقاذ: rescue teams) is read as one.
  assert.deepEqual(root('وأكدت مصر أنه "زار القنصلية لطلب أوراق".', '04'), []);
  assert.deepEqual(root('وقالت مصر إن "فرق الإنقاذ وصلت".', '17'), []);
  assert.equal(one('وقالت مصر إنها "تدين بشدة" الهجوم على قطر.', '11').source!.label, 'Egypt');
  // Not closed (negated), only possibly to be (قد تقرر), or something else closed (حدودها، مكتبها): none.
  assert.deepEqual(root('ولم تغلق تركيا سفارتها في مصر.', '16'), []);
  assert.deepEqual(root('وقالت مصر إنها قد تقرر إغلاق سفارتها لدى قطر.', '16'), []);
  assert.deepEqual(root('قررت تركيا إغلاق حدودها مع مصر.', '16'), []);
  assert.deepEqual(root('أغلقت شركة النفط الوطنية مكتبها في قطر.', '16'), []);
});

test('a passive arrest names its doer after من قبل or على يد (173)', () => {
  const a = one('وتم اعتقال أحمد سالم من قبل الشرطة في القاهرة.', '17');
  assert.deepEqual([a.code, a.source?.label, a.target?.label], ['173', 'police', 'Ahmad Salem']);
  const b = one('وجرى احتجاز أحمد سالم على يد قوات الأمن.', '17');
  assert.equal(b.source?.label, 'security forces');
  // من قبل meaning "before", a doer who is no authority, or من قبل in another clause: the arrest keeps no source.
  assert.equal(one('وكان أحمد سالم قد اعتقل من قبل في مصر.', '17').source, null);
  assert.equal(one('وتم اعتقال أحمد سالم على يد سلمى يوسف.', '17').source, null);
  assert.equal(one('وتم اعتقال أحمد سالم، وقال محاميه إن القرار اتخذ من قبل الشرطة.', '17').source, null);
});
