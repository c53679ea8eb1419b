import { test } from 'node:test';
import assert from 'node:assert/strict';
import { country, eventProbe, type EntitySpec } from './fixtures.ts';

// Event families missed on unseen articles (2) (docs/events.md, "Families missed on unseen articles (2)"): sentences
// written for the rules, each with close sentences that are not coded (or coded otherwise).
const E: EntitySpec[] = [
  country('الولايات المتحدة', 'US', 'United States'),
  country('تركيا', 'TR', 'Turkey'),
  country('مصر', 'EG', 'Egypt'),
  country('إيران', 'IR', 'Iran'),
  country('الأردن', 'JO', 'Jordan'),
  country('الصين', 'CN', 'China'),
  country('قطر', 'QA', 'Qatar'),
  { text: 'منظمة التجارة العالمية', type: 'ORG', id: 'wto', label_en: 'World Trade Organization' },
  { text: 'شركة النفط الوطنية', type: 'ORG', id: 'noc', label_en: 'National Oil Company' },
  { text: 'شركة الغاز الدولية', type: 'ORG', id: 'igc', label_en: 'International Gas Company' },
  { text: 'أحمد سالم', type: 'PER', id: 'salem', label_en: 'Ahmad Salem' },
  { text: 'سلمى يوسف', type: 'PER', id: 'youssef', label_en: 'Salma Youssef' },
  { text: 'القاهرة', type: 'LOC', id: 'cairo', label_en: 'Cairo', kind: 'city' },
  { text: 'حلب', type: 'LOC', id: 'aleppo', label_en: 'Aleppo', kind: 'city' },
];
const { events, codes, root, one } = eventProbe(E);

test('a verb joined by و with no subject of its own takes the subject of the coded verb before it in the sentence', () => {
  const e = one('لكن مصر ترفض ذلك، وتتهمه بالتحريض على العنف.', '112');
  assert.equal(e.source!.label, 'Egypt');
  const d = one('وقال أحمد سالم إن الاتفاق عادل، وطالب بتنفيذه فورا.', '10');
  assert.equal(d.source!.label, 'Ahmad Salem');
  // Another gender or number: another subject.
  assert.deepEqual(root('وقالت سلمى يوسف إن الوضع صعب، وطالب بتنفيذه فورا.', '10'), []);
  // A relative clause between them: the verb continues it (the antecedent asks, not the speaker).
  assert.deepEqual(root('وانتقدت سلمى يوسف الشرطة التي لا تهتم بالشكاوى وتطالب بالصمت.', '10'), []);
  // Inside a quotation opened after the earlier verb: the quotation's own subject.
  assert.deepEqual(root('وقال أحمد سالم: "من حق الناس أن يعرفوا ويطالب كل واحد بحقه".', '10'), []);
  // A reported clause with a subject of its own between them: either may be meant.
  assert.deepEqual(root('وقالت سلمى يوسف إن مصر رفعت الأسعار، وطالبت بتوضيح.', '10'), []);
  // A verb spelt like a noun joins nouns as often (وفرق موسيقية).
  assert.deepEqual(root('وقال أحمد سالم إن الحفل ضم مطربين وفرق موسيقية.', '17'), []);
  // No coded verb before it: none.
  assert.deepEqual(root('وتتهمه بالتحريض على العنف.', '11'), []);
  // A subject of its own wins.
  assert.equal(one('وقال أحمد سالم إن الاتفاق عادل، وطالبت مصر بتنفيذه.', '10').source!.label, 'Egypt');
});

test('112 with a pronoun object: the subject after the verb, never a noun after a preposition before it', () => {
  assert.equal(one('وتتهمه تركيا بالتخطيط للانقلاب.', '112').source!.label, 'Turkey');
  assert.deepEqual(root('وقدمت قطر شكوى أمام منظمة التجارة العالمية واتهمتها بالتقصير.', '11'), [], 'the WTO is where, not who');
  assert.deepEqual(root('وحضر مسؤولون في الأردن واتهمهم بالتقصير.', '11'), []);
  // A noun after another word is that word's object or genitive, not the subject; a plural verb has no one person as subject.
  assert.deepEqual(root('وهاجم أحمد سالم وسائل الإعلام وبالتحديد قطر واتهمها بالكذب.', '11'), []);
  assert.deepEqual(root('وانتقد البعض أحمد سالم واتهموه بالتقصير.', '11'), []);
  assert.deepEqual(root('وأحمد سالم اتهموه بالتقصير.', '11'), [], 'a fronted object, not the subject of a plural verb');
  // The one accused is the pronoun: what follows is no target.
  const t = one('وتتهمه تركيا بالارتباط بإيران.', '112');
  assert.equal(t.target, null);
});

test('112 blame: ألقى X باللوم/باللائمة على Y, أنحى باللائمة على Y', () => {
  const e = one('وألقت مصر باللوم على إيران في تأخر المحادثات.', '112');
  assert.equal(e.source!.label, 'Egypt');
  assert.equal(e.target!.label, 'Iran');
  assert.equal(one('وأنحى أحمد سالم باللائمة على الولايات المتحدة.', '112').target!.label, 'United States');
  assert.equal(one('الصين تلقي باللوم على الولايات المتحدة في الأزمة التجارية', '112').source!.label, 'China');
  assert.deepEqual(root('وألقت مصر القبض على عشرة أشخاص.', '11'), [], 'ألقى القبض is an arrest, not blame');
  assert.deepEqual(root('وألقى أحمد سالم كلمة أمام البرلمان.', '11'), []);
  assert.deepEqual(root('ولم تلق مصر باللوم على إيران.', '11'), [], 'negated');
});

test('112 held responsible: حمّل X Y المسؤولية; bearing it (تحمّل) or carrying something is none', () => {
  const e = one('وحملت مصر إيران المسؤولية الكاملة عن الهجوم.', '112');
  assert.equal(e.source!.label, 'Egypt');
  assert.equal(e.target!.label, 'Iran');
  assert.equal(one('وحمّل أحمد سالم الولايات المتحدة مسؤولية فشل المحادثات.', '112').target!.label, 'United States');
  assert.deepEqual(root('وتحمل مصر المسؤولية عن الخطأ.', '11'), [], 'she bears it: no one held responsible');
  assert.deepEqual(root('وحملت مصر شحنة من القمح إلى الأردن.', '11'), [], 'carried');
  assert.deepEqual(root('وحملت مصر إيران على التفاوض ثم تحملت المسؤولية.', '11'), [], 'المسؤولية is not right after the one held');
});

test('011: declining to comment or to disclose; other rejections keep their 12x codes', () => {
  const e = one('ورفضت الولايات المتحدة التعليق على التقرير.', '011');
  assert.equal(e.source!.label, 'United States');
  assert.equal(one('وامتنع أحمد سالم عن التعليق على الحكم.', '011').source!.label, 'Ahmad Salem');
  assert.equal(one('ورفضت الولايات المتحدة التعليق على إيران.', '011').target, null, 'what is not commented on is no target');
  assert.deepEqual(codes('ورفضت الولايات المتحدة الاتفاق مع إيران.').filter((c) => c.startsWith('01')), []);
  assert.equal(root('ورفضت الولايات المتحدة الاتفاق مع إيران.', '12')[0]?.code, '127');
  assert.deepEqual(root('ولم ترفض الولايات المتحدة التعليق على التقرير.', '011'), [], 'negated');
});

test('174: deportation by a state or the authorities; رحل as leaving or dying is none', () => {
  const e = one('رحلت السلطات أحمد سالم إلى بلاده.', '174');
  assert.equal(e.source!.label, 'officials');
  assert.equal(e.target!.label, 'Ahmad Salem');
  assert.equal(one('الصين ترحل المنشقين إلى بلادهم', '174').source!.label, 'China');
  assert.equal(one('وانتقدت المنظمة ترحيل تركيا للصحفي أحمد سالم.', '174').source!.label, 'Turkey');
  assert.deepEqual(root('سلمى يوسف ترحل عن عالمنا', '17'), [], 'a person leaving (dying)');
  assert.deepEqual(root('ودافعت الهيئة عن ترحيل مراسلة شركة النفط الوطنية.', '17'), [], 'the doer of the noun is its genitive, not a name further on');
  assert.deepEqual(root('ويرحل أحمد سالم عن النادي بنهاية الموسم.', '17'), []);
  assert.deepEqual(root('وطالبت مصر بترحيل أحمد سالم.', '17'), [], 'asked for');
  assert.deepEqual(root('ولم ترحل السلطات أحمد سالم.', '17'), [], 'negated');
});

test('a subject before a past verb with its adjectives, a number and its place between (جماعات المعارضة ... في حلب رفضت)', () => {
  const e = one('لكن جماعات المعارضة المسلحة الثلاث في حلب رفضت ذلك الاقتراح.', '12');
  assert.equal(e.source!.label, 'opposition');
  assert.equal(one('وترفض فصائل المعارضة المسلحة السيناريو الروسي.', '12').source!.label, 'opposition');
  // After a preposition the noun before is no subject; nor one before a place after another preposition.
  assert.deepEqual(root('واجتمع الوزير مع جماعات المعارضة المسلحة في حلب رفضت ذلك الاقتراح.', '12'), []);
  assert.deepEqual(root('وقالت إن جماعات المعارضة المسلحة الثلاث قرب حلب رفضت ذلك الاقتراح.', '12'), []);
});

test('057: signers told after the agreement, a place and a time; a signing needs them', () => {
  const e = one('ووقع الاتفاق في القاهرة، مساء الاثنين، شركة النفط الوطنية وشركة الغاز الدولية.', '057');
  assert.equal(e.source!.label, 'National Oil Company');
  assert.equal(e.target!.label, 'International Gas Company');
  assert.deepEqual(root('ووقع الحادث في القاهرة، مساء الاثنين، أمام شركة النفط الوطنية.', '05'), [], 'وقع الحادث took place');
  assert.deepEqual(root('ووقع الاتفاق في القاهرة، مساء الاثنين، بحضور شركة النفط الوطنية.', '05'), [], 'a witness after ب is no signer');
});

test('141/173 faced: واجه X احتجاجات/الاعتقال makes X the target, not a protester; wanted or negated is none', () => {
  const e = one('وكان أحمد سالم قد زار الأردن وواجه احتجاجات واسعة في عمان.', '14');
  assert.equal(e.code, '141');
  assert.equal(e.source, null);
  assert.equal(e.target!.label, 'Ahmad Salem');
  const a = one('ويواجه أحمد سالم الاعتقال عند وصوله إلى القاهرة.', '17');
  assert.equal(a.code, '173');
  assert.equal(a.target!.label, 'Ahmad Salem');
  assert.deepEqual(root('ويمكن تنظيم الزيارة دون أن "يواجه أحمد سالم الاحتجاجات".', '14'), [], 'after أن and a quotation mark: not done');
  assert.deepEqual(root('وواجه أحمد سالم انتقادات واسعة في عمان.', '14'), [], 'criticism is no protest');
  assert.deepEqual(root('ولم يواجه أحمد سالم احتجاجات في عمان.', '14'), [], 'negated');
});

test('016: a negated statement in reply to accusations or reports denies them; other statements stay 010', () => {
  const e = one('وقال أحمد سالم إنه "لم يكن هناك أطفال في الحافلة"، في إشارة إلى اتهامات الحوثيين.', '01');
  assert.equal(e.code, '016');
  assert.equal(e.source!.label, 'Ahmad Salem');
  assert.equal(one('وردا على الاتهامات، قالت مصر إنها لا تملك أي معلومات.', '01').code, '016');
  assert.equal(one('وقال أحمد سالم إنه لم يكن هناك أطفال في الحافلة.', '01').code, '010', 'no accusation answered');
  assert.equal(one('وردا على الاتهامات، قالت مصر إنها ستحقق في الأمر.', '01').code, '010', 'not negated');
  assert.deepEqual(root('وردا على اتهامات أحمد سالم الذي أشار إلى وجود أسلحة، لم تعلق مصر.', '01').map((x) => x.code), ['010'], 'the accuser speaking in a relative clause does not deny');
});

test('120: rejecting warnings, threats, claims; the target is not past what is said about them', () => {
  const e = one('ورفضت الأردن مزاعم مصر بشأن الهجوم.', '12');
  assert.equal(e.code, '120');
  assert.equal(e.target!.label, 'Egypt');
  const w = one('ورفض أحمد سالم التحذيرات قائلا إن علاقات بلاده مع مصر ليست بديلا.', '12');
  assert.equal(w.source!.label, 'Ahmad Salem');
  assert.equal(w.target, null, 'Egypt is in what he said, not what he rejected');
  assert.deepEqual(root('ولم ترفض الأردن التحذيرات.', '12'), [], 'negated');
});

test('016: a negated statement denying involvement, evidence of it or of the accusation, or a link of one\'s own', () => {
  assert.equal(one('وأكد أحمد سالم أن الأردن لا تمتلك أي دليل يثبت تورط مصر في الهجوم.', '01').code, '016');
  assert.equal(one('وقال أحمد سالم إنه لا علاقة له بالهجوم.', '01').code, '016');
  assert.equal(one('وقال أحمد سالم إنه لا يوجد دليل على هذا الاتهام.', '01').code, '016');
  assert.equal(one('وقال أحمد سالم إنه لا يوجد دليل على الدوافع.', '01').code, '010', 'no evidence of motives denies nothing');
  assert.equal(one('وقال أحمد سالم إنه لم يتحدث إلى المسؤولين.', '01').code, '010');
  assert.equal(one('وقال أحمد سالم إنه لا يمتلك دليلا على قيام مصر بذلك.', '01').code, '010', 'admitting a lack of evidence');
});

test('a carried subject goes back to the latest verb of the same gender and number, across a reported clause whose verb has another', () => {
  const e = one('وقالت سلمى يوسف إن أحمد سالم التقى وزير الخارجية، وطالبت بنشر نتائج اللقاء.', '10');
  assert.equal(e.source!.label, 'Salma Youssef');
});

test('036: a visit to come (سيزور، إنه سيزور) is an intent to meet, only with whom; a state after the verb is where to', () => {
  const e = one('وقال أحمد سالم إنه سيزور الأردن الأسبوع المقبل.', '03');
  assert.equal(e.code, '036');
  assert.equal(e.source!.label, 'Ahmad Salem');
  assert.equal(e.target!.label, 'Jordan');
  assert.equal(one('وسيزور أحمد سالم الأردن الأسبوع المقبل.', '03').target!.label, 'Jordan');
  assert.deepEqual(root('وقالت سلمى يوسف إن الرئيس سيزور الأردن.', '03').filter((x) => x.source?.label === 'Jordan'), [], 'Jordan is where to');
  assert.deepEqual(root('وسيزور أحمد سالم القلعة يوم الجمعة.', '03'), [], 'no one to meet');
  assert.deepEqual(root('ولن يزور أحمد سالم الأردن.', '0'), [], 'negated');
  assert.equal(one('وقال أحمد سالم إنه زار الأردن.', '04').code, '042', 'done: a visit');
});
