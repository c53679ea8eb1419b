import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/stages/index.ts';
import { extractEvents, type EventSpan } from '../../src/events/extract.ts';
import { docWith } from './fixtures.ts';

const events = (text: string): EventSpan[] => (analyze(text, { published: '2024-05-10' }).layers.events ?? []) as EventSpan[];

test('a military base (قاعدة) is not al-Qaeda; القاعدة is', () => {
  const target = (s: string) => events(s).find((e) => e.code === '112')?.target?.label ?? null;
  // A base: no article, or the article with a national or military adjective after it.
  assert.equal(target('اتهمت الحكومة قاعدة أمريكية بتنفيذ الهجوم.'), null);
  assert.equal(target('اتهمت الحكومة القاعدة الأمريكية بتنفيذ الهجوم.'), null);
  assert.equal(target('اتهمت الحكومة القاعدة الجوية بتنفيذ الهجوم.'), null);
  // With the article alone, al-Qaeda.
  assert.equal(target('اتهمت الحكومة القاعدة بتنفيذ الهجوم.'), 'militants');
});

test('talk of responsibility (مسؤولية) before a killing lowers its confidence below the bar', () => {
  const killed = (s: string) => events(s).some((e) => e.code.startsWith('18'));
  assert.equal(killed('تتحمل الحكومة مسؤولية قتل مسلحين عشرة مدنيين في سوق في بغداد اليوم.'), false);
  assert.equal(killed('تتحمل الحكومة نتيجة قتل مسلحين عشرة مدنيين في سوق في بغداد اليوم.'), true);
});

test("an attack's nationality adjective takes the label the article's entity has, as named mentions do", () => {
  // TR has no KB label: before, the adjective's actor was labelled 'TR' while تركيا was 'Türkiye'.
  const ents = [{ text: 'تركيا', type: 'LOC' as const, id: 'TR', label_en: 'Türkiye', kind: 'country' }, { text: 'سوريا', type: 'LOC' as const, id: 'SY', label_en: 'Syria', kind: 'country' }];
  const dem = { demonyms: [{ text: 'التركية', id: 'TR' }, { text: 'التركي', id: 'TR' }] };
  const labelsOf = (s: string) => extractEvents(docWith(s, ents, dem)).filter((e) => e.source?.id === 'TR').map((e) => e.source!.label);
  const one = labelsOf('وقالت تركيا إن الغارات التركية على سوريا قتلت عشرة مسلحين أمس.');
  assert.ok(one.length >= 2, 'a statement by Türkiye and the air strikes');
  assert.deepEqual([...new Set(one)], ['Türkiye']);
  // Without the entity in the article, the adjective keeps the KB's label or the id.
  assert.deepEqual([...new Set(labelsOf('قتل القصف التركي عشرة مدنيين في سوريا أمس.'))], ['TR']);
});
