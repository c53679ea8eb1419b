import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/stages/index.ts';
import type { EventSpan } from '../../src/events/extract.ts';

// Sentences written for these rules (docs/events.md, "Actor nouns from ANT"), each beside a close one that must not change.
const events = (text: string): EventSpan[] => (analyze(text, { published: '2024-05-10' }).layers.events ?? []) as EventSpan[];
const source = (text: string, code: RegExp) => events(text).find((e) => code.test(e.code))?.source?.label ?? null;

test('group nouns the agent list lacked are actors: rights groups, organisations, courts, leaders, companies', () => {
  assert.equal(source('وأدانت منظمات حقوق الإنسان اعتقال الصحفي أمس.', /^11/), 'human rights groups');
  assert.equal(source('ودعت أكبر المنظمات الإسلامية الحكومة إلى الحوار.', /^02/), 'organisations');
  assert.equal(source('وانتقدت المحكمة العليا قرار الحكومة.', /^11/), 'court');
  assert.equal(source('وناشد قادة أوروبيون الرئيس الأمريكي البقاء في الاتفاق.', /^02/), 'leaders');
  assert.equal(source('ودعت الشركة الحكومة إلى خفض الضرائب.', /^02/), 'company');
  // Close negatives: a noun that is no such actor stays none.
  assert.equal(source('ودعت أكبر المدن الحكومة إلى الحوار.', /^02/), null);
});

test('a court convicting (أدانت محكمة) is no criticism', () => {
  assert.equal(source('وأدانت محكمة إسرائيلية شابا بتهمة السرقة.', /^11/), null);
  assert.equal(source('وانتقدت محكمة إسرائيلية الشرطة بشدة.', /^11/), 'court (Israel)');
});

test('a head noun before a named organisation gives the name as the actor (شركة أرامكو)', () => {
  assert.equal(source('وطالبت شركة أرامكو الحكومة بخفض الضرائب.', /^10/), 'Saudi Aramco');
  assert.equal(source('وطالبت الشركة الحكومة بخفض الضرائب.', /^10/), 'company');
  // A definite head takes an organisation only in quotation marks; a whole phrase takes none: the organisation is the object.
  assert.equal(source('إذ اتهمت جماعات حقوق الإنسان الحكومة التركية بقمع الصحفيين.', /^112/), 'human rights groups');
  assert.equal(source('ودعت الشركة الحكومة التركية إلى خفض الضرائب.', /^02/), 'company');
});

test('the regime and the administration are actors only with a nationality after them', () => {
  assert.equal(source('واتهم النظام السوري المعارضة بقصف المدينة.', /^112/), 'officials (Syria)');
  assert.equal(source('وانتقدت الإدارة الأمريكية الحكومة التركية.', /^11/), 'officials (United States)');
  // A system (نظام) or a management (الإدارة) without a nationality is none.
  assert.equal(source('واتهم النظام المعارضة بقصف المدينة.', /^112/), null);
  assert.equal(source('وانتقدت الإدارة الحكومة التركية.', /^11/), null);
});

test('the coalition (التحالف) is an actor; an alliance in a construct (تحالف الأحزاب) is not', () => {
  assert.equal(source('وقصف التحالف مدينة الحديدة أمس مما أدى إلى مقتل عشرة مدنيين.', /^19/), 'military coalition');
  assert.equal(source('وقصف تحالف الأحزاب مدينة الحديدة أمس مما أدى إلى مقتل عشرة مدنيين.', /^19/), null);
});

test('a subject between a verb of launching and its attack noun attacks (شنت القوات الروسية غارات)', () => {
  assert.equal(source('شنت القوات الروسية غارات على إدلب أمس.', /^195/), 'armed forces (Russia)');
  assert.equal(source('شنت إسرائيل غارات على غزة أمس.', /^195/), 'Israel');
  // Not after a verb that launches nothing (وصفت القوات الروسية غارات ...).
  assert.equal(source('وصفت القوات الروسية غارات على إدلب بأنها دقيقة.', /^195/), null);
});

test('a nationality adjective alone after an attack noun is not read as the attacker (الغارة السورية)', () => {
  // The strike on Syria or by Syria: nothing tells.
  assert.equal(source('وقال الرئيس إن الغارة السورية نفذت على أكمل وجه.', /^19/), null);
  // The other side named (على إدلب) or what the attack caused: the attacker.
  assert.equal(source('وقتل عشرة مدنيين في الغارات الروسية على إدلب أمس.', /^19/), 'Russia');
  assert.equal(source('وقالت تقارير إن القصف التركي قتل عشرة مدنيين أمس.', /^19/), 'Türkiye');
});

test('a trigger that swallows its subject (قصفت الطائرات) keeps it as the source', () => {
  assert.equal(source('قصفت الطائرات الحربية السورية مدينة إدلب أمس مما أدى إلى مقتل عشرة مدنيين.', /^195/), 'armed forces (Syria)');
  assert.equal(source('قصفت طائرات مجهولة مدينة إدلب أمس مما أدى إلى مقتل عشرة مدنيين.', /^195/), null);
});

test('al-Qaeda is not a base (the review fix of القاعدة holds)', () => {
  const target = (s: string) => events(s).find((e) => e.code === '112')?.target?.label ?? null;
  assert.equal(target('اتهمت الحكومة قاعدة عسكرية بتنفيذ الهجوم.'), null);
  assert.equal(target('اتهمت الحكومة القاعدة بتنفيذ الهجوم.'), 'militants');
});

test('a spokesperson for an actor (المتحدث باسم X) gives X as the one who speaks', () => {
  assert.equal(source('وقال المتحدث باسم الحكومة الإيرانية إن طهران لن تتفاوض.', /^01/), 'Government (Iran)');
  assert.equal(source('وقال الناطق الرسمي باسم الشرطة إن الطريق أغلق.', /^01/), 'police');
  // A spokesperson alone, or in the name of something after a preposition, names no actor.
  assert.equal(source('وقال المتحدث إن الطريق أغلق.', /^01/), null);
  assert.equal(source('وقال المتحدث في الحكومة إن الطريق أغلق.', /^01/), null);
});
