import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/stages/index.ts';
import type { EventSpan } from '../../src/events/extract.ts';

// Nominal events with adjective and genitive actors (docs/events.md, section of that name). Sentences written for these tests.
const events = (text: string): EventSpan[] => (analyze(text, { published: '2024-05-10' }).layers.events ?? []) as EventSpan[];
/** "source -> target" of the events of a code (its first three digits). */
const pairs = (text: string, code: string): string[] =>
  events(text)
    .filter((e) => e.code.startsWith(code))
    .map((e) => `${e.source?.label ?? '-'} -> ${e.target?.label ?? '-'}`);

test('sanctions named by a genitive country, capital, organisation or person are imposed by it on the one after على/ضد', () => {
  assert.deepEqual(pairs('وأدت عقوبات الاتحاد الأوروبي على روسيا إلى تراجع التجارة.', '163'), ['European Union -> Russia']);
  assert.deepEqual(pairs('وأدت عقوبات ترامب على إيران إلى تراجع التجارة.', '163'), ['Donald Trump -> Iran']);
  // A capital in the genitive and after على is its government.
  assert.equal(pairs('وأدت عقوبات واشنطن على موسكو إلى تراجع التجارة.', '163').length, 1);
  // The nationality adjective, as before, now also with a capital as the target.
  assert.equal(pairs('وتحدث الوزير عن العقوبات الاقتصادية الأمريكية ضد أنقرة.', '163').length, 1);
});

test('no sanctions event without a target after the genitive, when lifted or threatened, or on its own country', () => {
  // No على/ضد: the genitive may be the target (عقوبات إيران).
  assert.deepEqual(pairs('وأدت عقوبات إيران إلى تراجع التجارة.', '163'), []);
  assert.deepEqual(pairs('وتحدث الوزير عن رفع عقوبات واشنطن على موسكو.', '163'), []);
  assert.deepEqual(pairs('وحذر الوزير من تهديد عقوبات الاتحاد الأوروبي على روسيا.', '163'), []);
  // A capital after a preposition is a place, not the one imposing (عقوبات في طهران).
  assert.deepEqual(pairs('وأدت عقوبات في طهران على التجار إلى توتر.', '163'), []);
});

test('accusations named by a nationality adjective or a genitive capital: the accused after ل or ضد', () => {
  assert.deepEqual(pairs('وانتقد الوزير الاتهامات البريطانية لروسيا بالوقوف وراء الهجوم.', '112'), ['United Kingdom -> Russia']);
  assert.equal(pairs('وأدت اتهامات واشنطن ضد بكين إلى توتر.', '112').length, 1);
  assert.deepEqual(pairs('وأدت اتهامات ماكرون لروسيا إلى توتر.', '112'), ['Emmanuel Macron -> Russia']);
});

test('no accusation event without the accused after ل/ضد', () => {
  // The adjective alone, or a genitive that is the accused (اتهام روسيا بالتدخل).
  assert.deepEqual(pairs('وانتقد الوزير الاتهامات البريطانية بالوقوف وراء الهجوم.', '112'), []);
  assert.deepEqual(pairs('وتصاعد اتهام روسيا بالتدخل في الانتخابات.', '112'), []);
  // ضد with a preposition on the next word starts something else.
  assert.deepEqual(pairs('وأدت الاتهامات البريطانية ضد بالعقوبات إلى توتر.', '112'), []);
});

test('sanctions named as nouns again in an article are one event per source and target', () => {
  const text = 'وتضرر الاقتصاد من العقوبات الأمريكية على إيران. وقال التجار إن العقوبات الأمريكية على إيران أضرت بهم.';
  assert.deepEqual(pairs(text, '163'), ['United States -> Iran']);
  // After a verb telling the same imposition, the noun is background.
  assert.deepEqual(pairs('وفرضت الولايات المتحدة عقوبات على إيران. وتضرر الاقتصاد من العقوبات الأمريكية على إيران.', '163'), ['United States -> Iran']);
  // Another target is another event.
  assert.equal(pairs('وتضرر الاقتصاد من العقوبات الأمريكية على إيران. وشملت العقوبات الأمريكية على روسيا البنوك.', '163').length, 2);
});

test('a nominal sanction or accusation in a question, or followed by "may", a future or a negated verb, is none', () => {
  assert.deepEqual(pairs('هل تنجح العقوبات الأمريكية على إيران؟', '163'), []);
  assert.deepEqual(pairs('وقال إن العقوبات الأمريكية على إيران قد تفرض قريبا.', '163'), []);
  assert.deepEqual(pairs('وقال إن العقوبات الأمريكية على إيران لن تستمر طويلا.', '163'), []);
  // قد with a past verb: they are in force.
  assert.deepEqual(pairs('وقال إن العقوبات الأمريكية على إيران قد أضرت بالاقتصاد.', '163'), ['United States -> Iran']);
  // What an accusation says (بمحاولة) is its content, not a modal of it.
  assert.equal(pairs('بعد قضية اتهام لندن لموسكو بمحاولة تسميم الجاسوس.', '112').length, 1);
});
