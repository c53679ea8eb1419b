import { test } from 'node:test';
import assert from 'node:assert/strict';
import { country, eventProbe, type EntitySpec } from './fixtures.ts';

// Roots 08 (yield), 09 (investigate), 12 (reject), 15 (force posture), 16 (reduce relations) and
// 20 (mass violence): a verb, its subject, and its object right after the subject.
const E: EntitySpec[] = [
  country('الولايات المتحدة', 'US', 'United States'),
  country('روسيا', 'RU', 'Russia'),
  country('إيران', 'IR', 'Iran'),
  country('السعودية', 'SA', 'Saudi Arabia'),
  country('قطر', 'QA', 'Qatar'),
  country('إسرائيل', 'IL', 'Israel'),
  country('أوكرانيا', 'UA', 'Ukraine'),
  country('سوريا', 'SY', 'Syria'),
  { text: 'حماس', type: 'ORG', id: 'hamas', label_en: 'Hamas' },
  { text: 'دونالد ترامب', type: 'PER', id: 'trump', label_en: 'Donald Trump', country: 'US' },
  { text: 'بغداد', type: 'LOC', id: 'baghdad', label_en: 'Baghdad', kind: 'city' },
  { text: 'مجلس الأمن', type: 'ORG', id: 'unsc', label_en: 'UN Security Council' },
  { text: 'الاتحاد الأوروبي', type: 'ORG', id: 'eu', label_en: 'European Union' },
  { text: 'المحكمة الجنائية الدولية', type: 'ORG', id: 'icc', label_en: 'International Criminal Court' },
];
const DEMONYMS = [
  { text: 'الإيرانية', id: 'Q794', iso: 'IR' },
  { text: 'الإيراني', id: 'Q794', iso: 'IR' },
  { text: 'الأمريكية', id: 'Q30', iso: 'US' },
  { text: 'الألماني', id: 'Q183', iso: 'DE' },
];
const { events, root, one } = eventProbe(E, { demonyms: DEMONYMS });

test('08 yield: releases, lifted sanctions and ceasefires need their subject and their object', () => {
  const r = one('أفرجت السلطات الإيرانية عن ثلاثة مواطنين أمس.', '08');
  assert.equal(r.code, '0841');
  assert.match(r.source!.label, /^officials/);
  assert.ok(r.target, 'the citizens released');
  assert.equal(one('أطلقت حماس سراح ثلاثة جنود.', '08').source!.id, 'hamas');
  const s = one('رفعت الولايات المتحدة العقوبات المفروضة على إيران.', '08');
  assert.equal(s.code, '085');
  assert.equal(s.source!.id, 'US');
  assert.equal(s.target!.id, 'IR');
  const c = one('أعلنت حماس وقف إطلاق النار في غزة.', '08');
  assert.equal(c.code, '0871');
  const truce = one('اتفقت روسيا وإيران على وقف إطلاق النار.', '08');
  assert.deepEqual(truce.participants.map((p) => p.id), ['RU', 'IR'], 'both sides of the agreement');
  assert.equal(one('سحبت روسيا قواتها من سوريا.', '08').code, '0874');
  // Negative: asked for, refused, no actor, or the object is not the verb's.
  assert.deepEqual(root('طالبت قطر بالإفراج عن المعتقلين.', '08'), [], 'a demand for a release is no release');
  assert.deepEqual(root('أفرج عن ثلاثة صحفيين أمس.', '08'), [], 'passive, no actor: no event');
  assert.deepEqual(root('أعلنت حماس رفضها وقف إطلاق النار.', '08'), [], 'rejecting a ceasefire declares none');
  assert.equal(root('أعلنت حماس رفضها وقف إطلاق النار.', '01').length, 1, '... and stays a statement');
  assert.deepEqual(root('لم ترفع الولايات المتحدة العقوبات عن إيران.', '08'), [], 'negated');
  assert.deepEqual(root('رفع المتظاهرون العقوبات.', '08'), [], 'protesters do not lift sanctions');
});

test('09 investigate: the code follows what the investigation is about', () => {
  const a = one('فتحت الشرطة تحقيقا في قضية فساد.', '09');
  assert.equal(a.code, '091');
  assert.equal(a.source!.label, 'police');
  assert.equal(a.trigger.text, 'فتحت', 'the whole verb, although the segmenter reads ف + تحت');
  assert.equal(one('فتحت النيابة العامة تحقيقا في الغارة على المستشفى.', '09').code, '093');
  assert.equal(one('بدأت الولايات المتحدة تحقيقا في انتهاكات حقوق الإنسان.', '09').code, '092');
  assert.equal(one('فتحت روسيا تحقيقا.', '09').code, '090');
  assert.deepEqual(root('طالبت قطر بضرورة فتح تحقيق في الحادث.', '09'), [], 'a verbal noun asked for, not done');
  assert.deepEqual(root('فتحت الشرطة الطريق أمام السيارات.', '09'), [], 'another object');
  assert.deepEqual(root('فتح مسلحون تحقيقا.', '09'), [], 'gunmen do not investigate');
});

test('12 reject: plans, talks and accusations; the refusal of an act is no event', () => {
  const p = one('رفضت إيران الخطة الأمريكية.', '12');
  assert.equal(p.code, '127');
  assert.equal(p.source!.id, 'IR');
  const t = one('رفضت إيران دعوة الولايات المتحدة للحوار.', '12');
  assert.equal(t.code, '125');
  assert.equal(t.target!.id, 'US');
  assert.equal(one('رفضت قطر الاتهامات السعودية.', '12').code, '120');
  assert.equal(one('استخدمت روسيا حق النقض ضد القرار.', '12').code, '129');
  assert.deepEqual(root('رفض الرئيس التوقيع على القانون.', '12'), [], 'an act refused is not one of the coded objects');
  assert.deepEqual(root('وتسارع هبوط الليرة منذ رفض دونالد ترامب الخطة.', '12'), [], 'after منذ, رفض is a verbal noun');
  assert.deepEqual(root('لن ترفض إيران الخطة.', '12'), [], 'negated');
});

test('15 force posture: alert and mobilisation by armed forces and states, not by civilians', () => {
  assert.equal(one('رفعت إسرائيل حالة التأهب على الحدود.', '15').code, '152');
  const m = one('حشدت روسيا قوات على الحدود مع أوكرانيا.', '15');
  assert.equal(m.code, '154');
  assert.equal(m.target!.id, 'UA', 'the troops are the object, not the target');
  assert.equal(one('نشرت روسيا آلاف الجنود في سوريا.', '15').code, '154', 'a number may stand before the object');
  assert.equal(one('دفعت الشرطة بتعزيزات إلى بغداد.', '15').code, '153', 'the police reinforce: police power');
  assert.deepEqual(root('نشرت الصحيفة قوائم بأسماء الجنود.', '15'), [], 'published lists, not troops');
  assert.deepEqual(root('رفع السكان حالة التأهب.', '15'), [], 'residents are no force');
});

test('16 reduce relations: break relations, expel or recall envoys, stop aid, sanctions, halt talks', () => {
  const b = one('قطعت السعودية العلاقات الدبلوماسية مع قطر.', '16');
  assert.equal(b.code, '161');
  assert.equal(b.target!.id, 'QA');
  assert.equal(one('طردت روسيا 23 دبلوماسيا.', '16').code, '161');
  assert.equal(one('سحبت قطر سفيرها من السعودية.', '16').target!.id, 'SA');
  assert.equal(one('أوقفت الولايات المتحدة المساعدات العسكرية لإسرائيل.', '16').code, '1622');
  const s = one('فرضت الولايات المتحدة عقوبات جديدة على روسيا.', '16');
  assert.equal(s.code, '163');
  assert.equal(s.target!.id, 'RU');
  assert.equal(one('وفرض دونالد ترامب العقوبات على إيران مرة أخرى.', '16').source!.id, 'trump', 'وفرض with its subject after it is a verb');
  assert.equal(one('علقت إسرائيل المفاوضات مع حماس.', '16').code, '164');
  // Negative: a curfew is 172, a verbal noun after a noun or a future is no report.
  assert.equal(events('فرضت السلطات حظرا للتجول في بغداد.').find((e) => e.code.startsWith('1'))!.code, '172');
  assert.deepEqual(root('لا تملك المحكمة النظر في قرار الولايات المتحدة فرض عقوبات على إيران.', '16'), [], 'a decision to impose');
  assert.deepEqual(root('وستبدأ الولايات المتحدة فرض عقوبات جديدة على إيران.', '16'), [], 'future');
  assert.deepEqual(root('قطع المتظاهرون العلاقات.', '16'), [], 'protesters do not break diplomatic relations');
});

test('20 mass violence: chemical weapons and massacres by a named actor, never an accusation', () => {
  const c = one('استخدمت القوات الأسلحة الكيماوية في بغداد أمس.', '20');
  assert.equal(c.code, '2041');
  assert.equal(c.place!.id, 'baghdad');
  assert.equal(one('ارتكب مسلحون مجزرة في قرية قرب بغداد.', '20').code, '202');
  assert.deepEqual(root('اتهمت الولايات المتحدة روسيا بأنها استخدمت الأسلحة الكيماوية.', '20'), [], 'an accusation');
  assert.deepEqual(root('استخدمت الأسلحة الكيماوية في بغداد.', '20'), [], 'passive, no actor');
  assert.deepEqual(root('هجر السكان منازلهم.', '20'), [], 'residents leaving their homes expel no one');
});

test('verb + object: questions, conditions, claims, joined verbal nouns and nouns after a preposition report nothing', () => {
  assert.deepEqual(root('هل استخدمت القوات الأسلحة الكيماوية من قبل؟', '20'), [], 'a question');
  assert.deepEqual(root('وتتحدث السعودية عن الانتقام إذا فرضت الولايات المتحدة عقوبات عليها.', '16'), [], 'a condition');
  assert.equal(one('وقالت السعودية إن الولايات المتحدة فرضت عقوبات عليها.', '16').code, '163', 'the same verb, reported');
  assert.deepEqual(root('وادعت الولايات المتحدة أن القوات استخدمت السلاح الكيماوي ضد المدنيين.', '20'), [], 'a claim of mass violence');
  assert.deepEqual(root('وشددت السعودية على مطالبها بإغلاق القناة وقطع قطر علاقاتها مع إيران.', '16'), [], 'a verbal noun joined to a demand');
  assert.deepEqual(root('وأكدت بعثة الأمم المتحدة في سوريا استخدم غاز السارين.', '20'), [], 'a place after في is no subject');
  const g = one('رفض وزير الخارجية الألماني الانتقادات الموجهة لقرار برلين التنافس على مقعد بمجلس الأمن.', '12');
  assert.equal(g.target, null, 'what follows ب or ل is not whom the rejection is about');
});

test('verb + object: a noun right after another verb is its object, not the next verb\'s subject; a ban needs whom it is against', () => {
  // The noun after طردت is its object (the ambassador), not a subject for استدعت; استدعت, joined by و with no subject of its
  // own, shares طردت's subject (Arabic V S O وV O): two events, both Saudi Arabia's.
  const es = root('وطردت السعودية السفير الإيراني واستدعت سفيرها.', '16');
  assert.equal(es.length, 2, 'the expulsion and the recall');
  assert.deepEqual(es.map((e) => e.source!.id), ['SA', 'SA']);
  assert.equal(es[0]!.target!.label.startsWith('Ambassador'), true);
  assert.equal(es[1]!.trigger.text, 'استدعت');
  assert.equal(one('وكانت السعودية تفرض حظرا على مرور الطائرات المتجهة إلى إسرائيل.', '16').target!.id, 'IL');
  assert.deepEqual(root('فرضت السعودية حظرا على ارتداء النقاب في المدارس.', '16'), [], 'a ban at home is no sanction');
});

test('verb + object: a pronoun subject is the last speaker only after إنه/إنها, with no other actor between', () => {
  const t = one('وأعلنت السعودية، أمس، أنها فرضت عقوبات على قطر.', '16');
  assert.equal(t.source!.id, 'SA', 'أنها: the speaker');
  assert.deepEqual(root('وقال دونالد ترامب إن معظم المحتجزين أفرج عنهم بعد أن أطلق سراح عدد من الصحفيين.', '08'), [], 'after a bare أن the verb may be passive');
  assert.deepEqual(root('وقال دونالد ترامب للمتظاهرين: «الحكومة تقول إنها أرسلت قوات إلى بغداد».', '15'), [], 'another actor between the speaker and the verb');
  const e = one('ورفض الاتحاد الأوروبي الدعوة وكذا روسيا.', '12');
  assert.equal(e.target, null, 'an actor joined by و rejected too; it is not the target');
});

test('prosecutors are actors, but a named prosecutor is the person, and نيابة عن is "on behalf of"', () => {
  const [s] = events('وقال النائب العام دونالد ترامب إن التحقيق مستمر.').filter((e) => e.code === '010');
  assert.equal(s!.source!.id, 'trump', 'the named person after the title');
  assert.equal(one('فتحت النيابة العامة تحقيقا في قضية فساد.', '09').source!.label, 'prosecutors');
  const q = one('وباشرت النيابة العامة التحقيقات مع دونالد ترامب.', '09');
  assert.equal(q.source!.label, 'prosecutors', 'the person questioned is not the prosecutor');
  assert.equal(q.target!.id, 'trump');
  const a = events('دعت المدعية العامة للمحكمة الجنائية الدولية إلى إنهاء العنف.').find((e) => e.code.startsWith('02'));
  assert.equal(a!.source!.label, 'prosecutors');
  assert.equal(a!.target, null, 'the prosecutor\'s own court (ل) is not whom she appeals to');
  const all = events('التقى دونالد ترامب مبعوثا نيابة عن السعودية.');
  assert.ok(all.every((e) => ![e.source, e.target, ...e.participants].some((a) => a?.label === 'prosecutors')), 'on behalf of');
});

test('10 demand: طالب is also "a student"; it demands with its subject after it', () => {
  assert.equal(one('وطالب دونالد ترامب بالإفراج عن المعتقلين.', '10').source!.id, 'trump');
  assert.equal(one('طالبت قطر بالإفراج عن المعتقلين.', '10').source!.id, 'QA', 'the feminine form is a verb');
  assert.deepEqual(root('وأخلت النيابة العامة سبيل طالب جامعي.', '10'), [], 'a student released');
  assert.deepEqual(root('ونقلت قطر عن طالب قوله إن الوضع خطير.', '10'), [], 'quoted from a student');
});
