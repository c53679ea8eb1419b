/**
 * Post-rules of the `ner` stage for person spans (ranks, `آل X`, accusative roles after a name,
 * spelt-out letters of model designations), the first-name coreference guard on the article and
 * the KB entries added with them. The tagger is a stand-in that tags given words, so every test
 * checks the stage's rules, not the trained model.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layer, type Doc, type Entity } from '../../src/core/doc.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';
import { findEntities, isAccusativeAfterName, isDesignationLetter, joinFamilyAl, type NerChange } from '../../src/stages/ner.ts';
import { gazetteerStage } from '../../src/stages/gazetteer.ts';
import { linkStage } from '../../src/stages/link.ts';
import type { Tagger } from '../../src/ner/tagger.ts';
import { lookup } from '../../src/kb/kb.ts';
import { fakeNer } from '../kb/fake-ner.ts';

/** A tagger that gives each token the tag `tagOf` returns for it (word, index in the sentence). */
function fakeTagger(tagOf: (w: string, i: number) => string): Tagger {
  return { tagDocument: (sents: string[][]) => sents.map((ws) => ({ tags: ws.map((w, i) => tagOf(w, i)) })) } as unknown as Tagger;
}

/** Entities of `text` with the words of `tags` tagged as given (a word tagged everywhere it occurs). */
function run(text: string, tags: Record<string, string>): { ents: [string, string][]; changes: NerChange[] } {
  const doc = buildPipeline([...BASE_STAGES])(text);
  const changes: NerChange[] = [];
  const ents = findEntities(text, layer(doc, 'tokens'), layer(doc, 'words'), layer(doc, 'sentences'), fakeTagger((w) => tags[w] ?? 'O'), changes);
  return { ents: ents.map((e) => [e.text, e.type]), changes };
}

test('a rank is no part of a name: at the start, at the end, or alone', () => {
  assert.deepEqual(run('وعين الفريق الركن خالد المطيري قائدا للقوات البرية.', { الركن: 'B-PER', خالد: 'I-PER', المطيري: 'I-PER' }).ents, [['خالد المطيري', 'PER']]);
  assert.deepEqual(run('وأعفي اللواء ركن سامي الحربي من منصبه.', { اللواء: 'B-PER', ركن: 'I-PER', سامي: 'I-PER', الحربي: 'I-PER' }).ents, [['سامي الحربي', 'PER']]);
  // a span of ranks only is dropped
  const r = run('وخلفه الفريق أول مهندس ركن في المنصب.', { مهندس: 'B-PER', ركن: 'I-PER' });
  assert.deepEqual(r.ents, []);
  assert.equal(r.changes[0]?.reason, 'rank');
  // a family name that is also a rank word stays (`ماجد المهندس`, the singer)
  assert.deepEqual(run('وكان المطرب ماجد المهندس يغني في المهرجان.', { ماجد: 'B-PER', المهندس: 'I-PER' }).ents, [['ماجد المهندس', 'PER']]);
  // a qualifier after a rank goes with it (`الفريق أول`)
  assert.deepEqual(run('وقال الفريق أول عماد عدوي إن الجيش مستعد.', { أول: 'B-PER', عماد: 'I-PER', عدوي: 'I-PER' }).ents, [['عماد عدوي', 'PER']]);
  // negative: a name with no rank is untouched
  assert.deepEqual(run('وقال خالد المطيري إن الاجتماع انتهى.', { خالد: 'B-PER', المطيري: 'I-PER' }).ents, [['خالد المطيري', 'PER']]);
});

test('the word right after a rank opens the name the tagger cut short', () => {
  assert.deepEqual(run('كما عين الفريق الركن ناصر حمدان مديرا للكلية.', { حمدان: 'B-PER' }).ents, [['ناصر حمدان', 'PER']]);
  // negative: no rank before it, or `أول` after the rank (part of the rank), or a particle
  assert.deepEqual(run('كما عين الوزير ناصر حمدان مديرا للكلية.', { حمدان: 'B-PER' }).ents, [['حمدان', 'PER']]);
  assert.deepEqual(run('وتولى الفريق أول حمدان القيادة.', { حمدان: 'B-PER' }).ents, [['حمدان', 'PER']]);
  assert.deepEqual(run('احتفاظ الفريق مستدعى سامي عنان بوثائق.', { سامي: 'B-PER', عنان: 'I-PER' }).ents, [['سامي عنان', 'PER']]);
  assert.deepEqual(run('وقال اللواء إن حمدان غادر.', { حمدان: 'B-PER' }).ents, [['حمدان', 'PER']]);
});

test('an accusative role after a name is no part of it', () => {
  assert.ok(isAccusativeAfterName('نائباً'));
  assert.ok(isAccusativeAfterName('نائبًا'));
  assert.ok(isAccusativeAfterName('قائدا'));
  assert.ok(isAccusativeAfterName('رئيسا'));
  // names and words without the accusative ending
  for (const w of ['نائب', 'سالم', 'مصطفى', 'رضا', 'هدى', 'بنا']) assert.ok(!isAccusativeAfterName(w), w);
  assert.deepEqual(run('وعين سعيد الزهراني نائباً لرئيس الهيئة.', { سعيد: 'B-PER', الزهراني: 'I-PER', 'نائباً': 'I-PER' }).ents, [['سعيد الزهراني', 'PER']]);
  assert.deepEqual(run('كان الأمير فيصل رئيسا للنادي.', { فيصل: 'B-PER', رئيسا: 'I-PER' }).ents, [['فيصل', 'PER']]);
  // a one-word span written with tanween is no person
  assert.deepEqual(run('وكانت تحمل رضيعاً بين يديها.', { 'رضيعاً': 'B-PER' }).ents, []);
  // negative: a name ending in alif stays whole
  assert.deepEqual(run('وقال محمد رضا إن الاتفاق قريب.', { محمد: 'B-PER', رضا: 'I-PER' }).ents, [['محمد رضا', 'PER']]);
});

test('a spelt-out letter of a model designation is no part of a name', () => {
  assert.ok(isDesignationLetter('إف', '-35 متعددة'));
  assert.ok(isDesignationLetter('إس', '-400،'));
  assert.ok(!isDesignationLetter('إف', ' بي آي'));
  assert.ok(!isDesignationLetter('سالم', '-3'));
  // what is left of a person is dropped unless it is a known given name
  let r = run('وتريد الحكومة شراء صواريخ أرض جو إس-400 الروسية.', { جو: 'B-PER', إس: 'I-PER' });
  assert.deepEqual(r.ents, []);
  assert.equal(r.changes[0]?.reason, 'designation');
  r = run('وتملك البلاد طائرات إف-16 قديمة.', { إف: 'B-MISC' });
  assert.deepEqual(r.ents, []);
  assert.deepEqual(run('وقال سالم إف-16 طائرة جيدة.', { سالم: 'B-PER', إف: 'I-PER' }).ents, [['سالم', 'PER']]);
  // negative: a letter that is no designation stays (`جون إف كينيدي`)
  assert.deepEqual(run('وزار مطار جون إف كينيدي أمس.', { جون: 'B-PER', إف: 'I-PER', كينيدي: 'I-PER' }).ents, [['جون إف كينيدي', 'PER']]);
});

test('a family name آل X is taken into the person before it', () => {
  assert.deepEqual(joinFamilyAl(['B-PER', 'I-PER', 'O', 'B-PER', 'O'], ['سلطان', 'بن', 'آل', 'نهيان', 'قال']), ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'O']);
  assert.deepEqual(run('وأعفي الأمير منصور بن ناصر آل سعود من منصبه.', { منصور: 'B-PER', بن: 'I-PER', ناصر: 'I-PER', سعود: 'B-PER' }).ents, [['منصور بن ناصر آل سعود', 'PER']]);
  // negative: آل with no person before it (`آل البيت`), or a place before it
  assert.deepEqual(joinFamilyAl(['O', 'O', 'O'], ['حب', 'آل', 'البيت']), ['O', 'O', 'O']);
  assert.deepEqual(joinFamilyAl(['B-LOC', 'O', 'O'], ['دبي', 'آل', 'مكتوم']), ['B-LOC', 'O', 'O']);
});

const withNer = (tags: [string, Entity['type']][]) => buildPipeline([...BASE_STAGES, fakeNer(tags), gazetteerStage, linkStage]);
const ents = (d: Doc) => layer<Entity>(d, 'entities');

test('a first name without the article is not a name that begins with the article', () => {
  const text = 'وأفرج عن الأمير الوليد بن طلال. وقال وليد إن المفاوضات طويلة.';
  const d = withNer([['الوليد بن طلال', 'PER'], ['وليد', 'PER']])(text);
  const walid = ents(d).find((e) => e.text === 'وليد')!;
  const waleed = ents(d).find((e) => e.text === 'الوليد بن طلال')!;
  assert.notEqual(walid.id, waleed.id);
  // the same first name, both without the article, is the same person
  const d2 = withNer([['وليد المصري', 'PER'], ['وليد', 'PER']])('وصل وليد المصري إلى بيروت. وقال وليد إن الرحلة طويلة.');
  const ids = new Set(ents(d2).filter((e) => e.type === 'PER').map((e) => e.id));
  assert.equal(ids.size, 1);
});

test('KB entries from dev4: Atlanta, Lockheed Martin, Kingdom Holding, House of Commons, the 1936 Olympics, Salisbury spellings', () => {
  const id = (s: string) => lookup(s, { limit: 1 })[0]?.entity.id;
  assert.equal(id('أتلانتا'), 'm:city:atlanta');
  assert.equal(id('لوكهيد مارتن'), 'm:organization:lockheed-martin');
  assert.equal(id('المملكة القابضة'), 'm:organization:kingdom-holding-company');
  assert.equal(id('مجلس العموم البريطاني'), id('مجلس العموم'));
  assert.equal(id('أولمبياد برلين'), 'm:event:1936-summer-olympics');
  assert.equal(id('ساليزبيري'), 'm:city:salisbury');
  // in text: the company, not a person `مارتن`; `المملكة` alone is no company
  const d = withNer([['مارتن', 'PER']])('وقعت الحكومة عقدا مع شركة لوكهيد مارتن لشراء طائرات.');
  assert.deepEqual(ents(d).map((e) => [e.text, e.type, e.id]), [['لوكهيد مارتن', 'ORG', 'm:organization:lockheed-martin']]);
  const d2 = buildPipeline([...BASE_STAGES, gazetteerStage, linkStage])('وتسعى المملكة إلى تنويع اقتصادها.');
  assert.ok(!ents(d2).some((e) => e.id === 'm:organization:kingdom-holding-company'));
});
