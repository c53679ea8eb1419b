/**
 * More head nouns that, with the article and alone, refer back to the one body of the article named
 * with them (`data/kb/coref-heads.txt`): `المرصد`, `الصندوق`, `المجلس`, `الوكالة`, `الصحيفة` ...
 * Each with a close case where the head names something else.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type Doc, type Entity, layer } from '../../src/core/doc.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';
import { gazetteerStage } from '../../src/stages/gazetteer.ts';
import { linkStage } from '../../src/stages/link.ts';

const gazOnly = buildPipeline([...BASE_STAGES, gazetteerStage, linkStage]);
const ents = (d: Doc) => layer<Entity>(d, 'entities');
const corefs = (text: string) => ents(gazOnly(text)).filter((e) => e.match === 'coref').map((e) => [e.text, e.label_en]);
const idOf = (text: string, name: string) => ents(gazOnly(text)).find((e) => e.text === name)?.id;

test('`المرصد` and `الصندوق` alone are the observatory and the fund named before', () => {
  const sohr = 'أحصى المرصد السوري لحقوق الإنسان عشرة قتلى في القصف. وطالب المرصد بتحقيق مستقل.';
  const id = idOf(sohr, 'المرصد السوري لحقوق الإنسان');
  assert.ok(id);
  assert.deepEqual(ents(gazOnly(sohr)).filter((e) => e.match === 'coref').map((e) => [e.text, e.id]), [['المرصد', id]]);
  const imf = 'وافق صندوق النقد الدولي على قرض للبلاد. وقال الصندوق إن الإصلاحات بدأت تؤتي ثمارها.';
  assert.deepEqual(corefs(imf), [['الصندوق', idOf(imf, 'صندوق النقد الدولي') && ents(gazOnly(imf)).find((e) => e.text === 'صندوق النقد الدولي')!.label_en]]);
  // a definite adjective names another body; no observatory named in the article: nothing
  assert.deepEqual(corefs('أحصى المرصد السوري لحقوق الإنسان عشرة قتلى. وقال المرصد الوطني للأرصاد إن الجو بارد.'), []);
  assert.deepEqual(corefs('وقال المرصد إن الوضع هادئ في المدينة.'), []);
});

test('`المجلس` alone is the one council of the article, not when another council is named', () => {
  const unsc = 'دعا مجلس الأمن الدولي إلى وقف القتال. وصوت المجلس بالإجماع على القرار.';
  const label = ents(gazOnly(unsc)).find((e) => e.text === 'مجلس الأمن الدولي')?.label_en;
  assert.ok(label);
  assert.deepEqual(corefs(unsc), [['المجلس', label]]);
  // a second council named in the article (`مجلس النواب`, with or without a KB entry): `المجلس` is either
  assert.deepEqual(corefs('دعا مجلس الأمن الدولي إلى وقف القتال، ورفض مجلس النواب القرار. وصوت المجلس ضده.'), []);
  // `المجلس العسكري` is another body
  assert.deepEqual(corefs('دعا مجلس الأمن الدولي إلى وقف القتال. وقال المجلس العسكري إنه سيلتزم.'), []);
});

test('`الوكالة` and `الصحيفة` alone are the agency and the newspaper; `بالوكالة` is "acting"', () => {
  const iaea = 'أكدت الوكالة الدولية للطاقة الذرية التزام طهران. وأضافت الوكالة أن مفتشيها زاروا المواقع.';
  assert.equal(corefs(iaea).length, 1);
  assert.equal(corefs(iaea)[0]![0], 'الوكالة');
  assert.deepEqual(corefs('أكدت الوكالة الدولية للطاقة الذرية التزام طهران. وتولى نائب المدير منصب المدير بالوكالة.'), []);
  const nyt = 'نشرت صحيفة نيويورك تايمز تحقيقا عن الصفقة. وقالت الصحيفة إن المفاوضات استمرت شهورا.';
  assert.deepEqual(corefs(nyt), [['الصحيفة', 'The New York Times']]);
  // two newspapers named: neither
  assert.deepEqual(corefs('نشرت صحيفة نيويورك تايمز تحقيقا، ونقلته صحيفة الغارديان. وقالت الصحيفة إن المفاوضات استمرت.'), []);
});

test('`الشركة` is not a head that refers back: a company is mostly named without it', () => {
  assert.deepEqual(corefs('أعلنت شركة أبل عن هاتف جديد. وقالت الشركة إن المبيعات ارتفعت.'), []);
});

test('a shorter form of the body (`صندوق النقد`) is the same body, not another one', () => {
  const text = 'صندوق النقد يرفع توقعاته\nرفع صندوق النقد الدولي توقعاته للنمو. وقال الصندوق إن التضخم سيتراجع.';
  assert.deepEqual(corefs(text).map((c) => c[0]), ['الصندوق']);
  // a definite adjective after the shorter form names another fund (`صندوق النقد العربي`)
  assert.deepEqual(corefs('قدم صندوق النقد العربي قرضا، ورفع صندوق النقد الدولي توقعاته. وقال الصندوق إن التضخم سيتراجع.'), []);
});

test('a shorter form has the head of the body it shortens (`مجلس الصحة` is no short form of `منظمة الصحة العالمية`)', () => {
  const who = 'دعا مجلس الأمن الدولي إلى هدنة. وحذرت منظمة الصحة العالمية من الوباء.';
  const label = ents(gazOnly(who)).find((e) => e.text === 'مجلس الأمن الدولي')?.label_en;
  assert.ok(label);
  assert.deepEqual(corefs(who + ' وقال المجلس إنه سيجتمع مجددا.'), [['المجلس', label]]);
  // a council named with the words of another head's body is a second council: `المجلس` is either
  assert.deepEqual(corefs(who + ' وأعلن مجلس الصحة في الولاية خطته. وقال المجلس إنه سيجتمع مجددا.'), []);
});
