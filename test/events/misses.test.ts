import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/stages/index.ts';
import type { EventSpan } from '../../src/events/extract.ts';

// Sentences written for the rules of docs/events.md, "Why gold events are missed", each beside a close one that must not change.
const events = (text: string): EventSpan[] => (analyze(text, { published: '2024-05-10' }).layers.events ?? []) as EventSpan[];
const source = (text: string, code: RegExp) => events(text).find((e) => code.test(e.code))?.source?.label ?? null;

test('vowing to retaliate (تعهد بالرد، يتوعد بالرد) is a threat (13x)', () => {
  assert.equal(source('وتعهدت الحكومة الكندية بالرد على الرسوم الأمريكية الجديدة.', /^13/), 'Government (Canada)');
  assert.equal(source('ويتوعد الجيش الإيراني بالرد على أي هجوم.', /^13/), 'Army (Iran)');
  // Close negatives: a pledge of something else is no threat.
  assert.equal(source('وتعهدت الحكومة الكندية بدعم المزارعين المتضررين.', /^13/), null);
  assert.equal(source('وتعهدت الحكومة الكندية بتقديم الرد خلال أسبوع.', /^13/), null);
  assert.equal(source('وتعهد الوزير الكندي بالرد على أسئلة النواب.', /^13/), null);
});
