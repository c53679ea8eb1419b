import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/stages/index.ts';
import type { EventSpan } from '../../src/events/extract.ts';

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
