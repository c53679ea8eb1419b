import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type Entity, layer } from '../../src/core/doc.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { fakeNer } from './fake-ner.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';
import { gazetteerStage } from '../../src/stages/gazetteer.ts';
import { linkStage } from '../../src/stages/link.ts';

const link = (tags: [string, Entity['type']][], text: string) =>
  layer<Entity>(buildPipeline([...BASE_STAGES, fakeNer(tags), gazetteerStage, linkStage])(text, { published: '2019-05-01' }), 'entities');

test('a later word of a new person name keeps a first letter that looks like a clitic (ب, ف, ك) in its id', () => {
  const ents = link([['رامي بدوي', 'PER'], ['بدوي', 'PER']], 'وصل الصحفي رامي بدوي إلى المدينة. وقال بدوي إن الرحلة طويلة.');
  const full = ents.find((e) => e.text === 'رامي بدوي')!;
  assert.equal(full.id, 'ar:رامي_بدوي');
  // the surname alone joins the full name and spans the whole word
  const alone = ents.filter((e) => e.start > full.end);
  assert.equal(alone.length, 1);
  assert.equal(alone[0]!.id, full.id);
  assert.equal(alone[0]!.text, 'بدوي');
});

test('a person name right after a title keeps its first letter even when it looks like a conjunction', () => {
  const ents = link([['لاديسلاف كلوديان', 'PER']], 'وأشاد الوفد بدور الكابتن فلاديسلاف كلوديان في المباراة.');
  const p = ents.find((e) => e.type === 'PER')!;
  assert.equal(p.text, 'فلاديسلاف كلوديان');
  assert.equal(p.id, 'ar:فلاديسلاف_كلوديان');
  assert.match(String(p.label_en), /^F/);
  // without a title before it, a leading و is still the conjunction
  const q = link([['سمير كلوديان', 'PER']], 'حضر الوزير ومعه أحمد وسمير كلوديان.').find((e) => e.type === 'PER' && e.text.includes('كلوديان'))!;
  assert.equal(q.text, 'سمير كلوديان');
});

test('a first name alone refers to the one person of the article whose name begins with it', () => {
  const ents = link([['وانغ هويمين', 'PER'], ['وانغ', 'PER']], 'التقى الوزير وانغ هويمين نظيره في بكين. وقال وانغ إن المحادثات مثمرة.');
  const full = ents.find((e) => e.text === 'وانغ هويمين')!;
  const alone = ents.find((e) => e.text === 'وانغ')!;
  assert.equal(alone.id, full.id);
  assert.equal(alone.match, 'coref');
  // two people with that first name: no guess
  const two = link([['وانغ هويمين', 'PER'], ['وانغ لي', 'PER'], ['وانغ', 'PER']], 'التقى وانغ هويمين مع وانغ لي في بكين. وقال وانغ إن المحادثات مثمرة.');
  const a = two.find((e) => e.text === 'وانغ')!;
  assert.notEqual(a.match, 'coref');
});

test('a KB person matched with an honorific title spans the name; the title still gives the role', () => {
  const ents = link([], 'استقبل الأمير محمد بن سلمان الوفد في الرياض.');
  const p = ents.find((e) => e.id === 'm:person:mohammed-bin-salman')!;
  assert.equal(p.text, 'محمد بن سلمان');
  assert.ok(p.role, 'role kept');
});

test('a one-word KB name written with and without the article links both ways (البنتاغون, بنتاغون)', () => {
  const ents = link([], 'قال مسؤول في وزارة الدفاع (بنتاغون) إن البنتاغون سيرسل قوات.');
  const ids = ents.filter((e) => /بنتاغون/.test(e.text)).map((e) => e.id);
  assert.deepEqual(ids, ['m:organization:pentagon-us-department-of-defense', 'm:organization:pentagon-us-department-of-defense']);
  // the article rule still holds for names the KB has only without it: أقصر is not Luxor (الأقصر)
  assert.ok(!link([], 'هذا الطريق أقصر من ذاك.').some((e) => e.label_en === 'Luxor'));
});

test('a news outlet named in Latin letters in a dateline is an entity (CNN)', () => {
  const ents = link([], 'بيروت، لبنان (CNN)-- قال مصدر لـCNN إن الاجتماع انتهى.');
  assert.equal(ents.filter((e) => e.label_en === 'CNN').length, 2);
});

test('government bodies: the presidency and the cabinet of a country are one ORG each', () => {
  const ents = link([], 'وقالت الرئاسة المصرية إن مجلس الوزراء اللبناني اجتمع أمس.');
  const labels = ents.filter((e) => e.type === 'ORG').map((e) => e.label_en);
  assert.deepEqual(labels, ['Presidency (Egypt)', 'Cabinet (Lebanon)']);
});

test('gazetteer: a longer name starting at the next word wins over a shorter one here', () => {
  const ents = link([], 'زار رئيس دولة الإمارات العربية المتحدة الرياض حيث استقبله الملك سلمان بن عبدالعزيز آل سعود.');
  const uae = ents.find((e) => e.iso === 'AE')!;
  assert.equal(uae.text, 'الإمارات العربية المتحدة');
  const king = ents.find((e) => e.id === 'm:person:salman-bin-abdulaziz')!;
  assert.equal(king.text, 'سلمان بن عبدالعزيز آل سعود');
  // a one-word name followed by another name keeps its own (`اليمن ورائف بدوي`)
  const two = link([], 'ناقش الوزيران حرب اليمن ورائف بدوي.');
  assert.ok(two.some((e) => e.iso === 'YE'));
  assert.ok(two.some((e) => e.label_en === 'Raif Badawi'));
});

test('the Justice and Development Party is Türkiye\'s by default and Morocco\'s in a Moroccan context', () => {
  const tr = link([], 'احتفل حزب العدالة والتنمية الحاكم بذكرى تأسيسه.').find((e) => e.type === 'ORG')!;
  assert.equal(tr.id, 'm:organization:justice-and-development-party-turkey');
  const ma = link([], 'وقال بنكيران في الرباط إن حزب العدالة والتنمية سيفوز.').find((e) => e.type === 'ORG')!;
  assert.equal(ma.id, 'm:organization:justice-and-development-party-morocco');
});

test('a country adjective with the article before a name is the adjective, not the given name (التركي, not Turki)', () => {
  const ents = link([['رجب طيب أردوغان', 'PER']], 'وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تتراجع.');
  const p = ents.find((e) => e.type === 'PER')!;
  assert.equal(p.id, 'm:person:recep-tayyip-erdogan');
  assert.equal(p.text, 'رجب طيب أردوغان');
  // without the article it is the given name (`تركي المالكي`)
  const t = link([['المالكي', 'PER']], 'وقال المتحدث تركي المالكي إن الهجوم فشل.').find((e) => e.type === 'PER')!;
  assert.equal(t.text, 'تركي المالكي');
});

test('a person span that is only a title and a country adjective (العهد السعودي) is dropped; the adjective stays a reference', () => {
  const run = buildPipeline([...BASE_STAGES, fakeNer([['العهد القطري', 'PER']]), gazetteerStage, linkStage]);
  const doc = run('وقال ولي العهد القطري إن الزيارة مهمة.', { published: '2019-05-01' });
  assert.equal(layer<Entity>(doc, 'entities').filter((e) => e.type === 'PER').length, 0);
  assert.ok((doc.layers.demonyms as { iso?: string }[]).some((d) => d.iso === 'QA'));
});

test('names with عبد written apart or joined link alike (عبد الفتاح السيسي, عبدالفتاح السيسي)', () => {
  const a = link([['عبدالفتاح السيسي', 'PER']], 'التقى الرئيس عبدالفتاح السيسي الوفد.').find((e) => e.type === 'PER');
  const b = link([['عبد الفتاح السيسي', 'PER']], 'التقى الرئيس عبد الفتاح السيسي الوفد.').find((e) => e.type === 'PER');
  assert.equal(a?.text, 'عبدالفتاح السيسي');
  assert.equal(a?.id, 'm:person:abdel-fattah-el-sisi');
  assert.equal(b?.id, 'm:person:abdel-fattah-el-sisi');
});
