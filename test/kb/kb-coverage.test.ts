/**
 * KB entries from a fresh unlinked sample (docs/linking.md, "KB entries from a fresh unlinked sample"):
 * a few of the names added to data/kb/curated.txt link in sentences written for this test, with or
 * without a NER span; the bare `غصن الزيتون` (an olive branch, a common phrase) is marked `?` and links
 * only where a NER stage marks it; a longer name keeps its own entity (Sky News Arabia, not Sky News).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type Entity, layer } from '../../src/core/doc.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { getEntity } from '../../src/kb/kb.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';
import { gazetteerStage } from '../../src/stages/gazetteer.ts';
import { linkStage } from '../../src/stages/link.ts';
import { fakeNer } from './fake-ner.ts';

const link = (tags: [string, Entity['type']][], text: string) =>
  layer<Entity>(buildPipeline([...BASE_STAGES, fakeNer(tags), gazetteerStage, linkStage])(text, { published: '2018-06-01' }), 'entities');

test('new entries are in the KB with their kind and country, without a Wikidata id', () => {
  for (const [id, kind, country] of [
    ['m:organization:sputnik', 'organization', 'RU'],
    ['m:organization:boeing', 'organization', 'US'],
    ['m:person:avichay-adraee', 'person', 'IL'],
    ['m:person:ali-al-sistani', 'person', 'IQ'],
    ['m:event:operation-olive-branch', 'event', 'TR'],
    ['m:event:world-war-i', 'event', undefined],
  ] as const) {
    const e = getEntity(id);
    assert.ok(e, id);
    assert.equal(e.kind, kind, id);
    assert.equal(e.country, country, id);
    assert.equal(e.qid, undefined, id);
  }
});

test('new names link from the gazetteer alone, in the spellings listed', () => {
  for (const [sentence, span, id] of [
    ['ذكرت وكالة سبوتنيك أن الوفد وصل إلى العاصمة مساء أمس.', 'وكالة سبوتنيك', 'm:organization:sputnik'],
    ['وقعت شركة بوينغ عقدا لبيع عشر طائرات إلى شركة طيران آسيوية.', 'شركة بوينغ', 'm:organization:boeing'],
    ['اشترت الشركة طائرات بوينج جديدة لأسطولها.', 'بوينج', 'm:organization:boeing'],
    ['كتب أفيخاي أدرعي على حسابه أن الجيش أغلق المعبر.', 'أفيخاي أدرعي', 'm:person:avichay-adraee'],
    ['دعا المرجع علي السيستاني إلى الهدوء في المحافظات الجنوبية.', 'علي السيستاني', 'm:person:ali-al-sistani'],
    ['أعلن الجيش التركي انتهاء المرحلة الثانية من عملية غصن الزيتون قرب الحدود.', 'عملية غصن الزيتون', 'm:event:operation-olive-branch'],
    ['تحدث الكتاب عن الجنود الذين قاتلوا في الحرب العالمية الأولى بعيدا عن بلادهم.', 'الحرب العالمية الأولى', 'm:event:world-war-i'],
  ] as const) {
    const e = link([], sentence).find((x) => x.text === span);
    assert.ok(e, `${span} in ${sentence}`);
    assert.equal(e.id, id, sentence);
    assert.equal(e.link, 'kb', sentence);
  }
});

test('the bare olive branch (a common phrase, marked ?) links only where NER marks it', () => {
  const metaphor = 'مد الرئيس غصن الزيتون إلى معارضيه في خطابه الأخير.';
  assert.ok(!link([], metaphor).some((e) => e.id === 'm:event:operation-olive-branch'), 'no NER span: no link');
  const operation = 'قال المتحدث إن القوات المشاركة في غصن الزيتون تقدمت نحو المدينة.';
  const e = link([['غصن الزيتون', 'MISC']], operation).find((x) => x.text === 'غصن الزيتون');
  assert.equal(e?.id, 'm:event:operation-olive-branch');
});

test('a longer name keeps its own entity: Sky News Arabia is not Sky News', () => {
  const arabia = link([], 'قال المذيع في مقابلة مع سكاي نيوز عربية إن المفاوضات مستمرة.');
  assert.ok(arabia.some((e) => e.text === 'سكاي نيوز عربية' && e.id === 'm:organization:sky-news-arabia'), JSON.stringify(arabia.map((e) => [e.text, e.id])));
  assert.ok(!arabia.some((e) => e.id === 'm:organization:sky-news'));
  const uk = link([], 'قال مراسل سكاي نيوز في لندن إن الشرطة أغلقت الشارع.');
  assert.ok(uk.some((e) => e.text === 'سكاي نيوز' && e.id === 'm:organization:sky-news'));
});
