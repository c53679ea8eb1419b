import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/stages/index.ts';
import type { EventSpan } from '../../src/events/extract.ts';

// Actors carried across clauses and sentences (docs/events.md, section of that name). Sentences written for these tests.
const events = (text: string): EventSpan[] => (analyze(text, { published: '2024-05-10' }).layers.events ?? []) as EventSpan[];
/** The source of the first event of a code family (its first two digits), or null. */
const sourceOf = (text: string, family: string): string | null => events(text).find((e) => e.code.startsWith(family))?.source?.label ?? null;

test('a verb joined by و takes the subject of an earlier verb of its sentence that coded no event', () => {
  assert.equal(sourceOf('وأعربت روسيا عن قلقها إزاء الوضع في المنطقة، ودعت الطرفين إلى الحوار.', '02'), 'Russia');
  // A short quoted phrase between them does not stop it.
  assert.equal(sourceOf('ووصفه ترامب بأنه "اتفاق سيئ"، وهدد بفرض عقوبات على الشركات.', '13'), 'Donald Trump');
  // Carried events are a little less sure than the same event with its subject named.
  const carried = events('وأعربت روسيا عن قلقها إزاء الوضع في المنطقة، ودعت الطرفين إلى الحوار.').find((e) => e.code.startsWith('02'))!;
  const named = events('وأعربت روسيا عن قلقها إزاء الوضع في المنطقة، ودعت روسيا الطرفين إلى الحوار.').find((e) => e.code.startsWith('02'))!;
  assert.ok(carried.confidence < named.confidence);
});

test('not when the verbs differ in gender, past a new subject, a long quotation, a negation or a relative clause', () => {
  // Masculine دعا after feminine أعربت: someone else.
  assert.equal(sourceOf('وأعربت روسيا عن قلقها إزاء الوضع في المنطقة، ودعا الطرفين إلى الحوار.', '02'), null);
  // A new explicit subject in between: the nearest one is carried.
  assert.equal(sourceOf('وأعربت روسيا عن قلقها، وأكدت الصين موقفها، ودعت الطرفين إلى الحوار.', '02'), 'China');
  // A quotation of its own sentences in between.
  assert.equal(sourceOf('ووصفه ترامب بأنه "اتفاق سيئ لا يمكن أن يستمر هكذا في المنطقة ولا بد من تغييره"، وهدد بفرض عقوبات على الشركات.', '13'), null);
  assert.equal(sourceOf('وأعربت روسيا عن قلقها، ولم تدع الطرفين إلى الحوار.', '02'), null);
  assert.equal(sourceOf('وأعربت روسيا عن قلقها من الجماعات التي دعت إلى العنف.', '02'), null);
  // The noun after a feminine verb is its object when it is a masculine title (the subject is omitted): nothing to carry.
  assert.equal(sourceOf('واعتبرت السفير الكندي شخصا غير مرغوب فيه، وطلبت منه مغادرة البلاد.', '02'), null);
});

test("a sentence that opens with a verb and no subject takes the previous sentence's main subject", () => {
  assert.equal(sourceOf('أعلن صندوق النقد الدولي خطة جديدة للإصلاح. وطالب بخفض الدعم على الوقود.', '10'), 'International Monetary Fund');
  assert.equal(sourceOf('أعلن صندوق النقد الدولي خطة جديدة للإصلاح. كما طالب بخفض الدعم على الوقود.', '10'), 'International Monetary Fund');
});

test('not two sentences apart, across paragraphs, across a quotation, or with another gender', () => {
  assert.equal(sourceOf('أعلن صندوق النقد الدولي خطة جديدة للإصلاح. وارتفعت الأسعار في السوق. وطالب بخفض الدعم على الوقود.', '10'), null);
  assert.equal(sourceOf('أعلن صندوق النقد الدولي خطة جديدة للإصلاح.\n\nوطالب بخفض الدعم على الوقود.', '10'), null);
  assert.equal(sourceOf('وقال صندوق النقد الدولي: "الخطة جيدة". وطالب بخفض الدعم على الوقود.', '10'), null);
  assert.equal(sourceOf('أعلنت الحكومة المصرية خطة جديدة للإصلاح. وطالب بخفض الدعم على الوقود.', '10'), null);
  // A negated verb names no subject to carry (يعلن without لم does).
  assert.equal(sourceOf('يعلن صندوق النقد الدولي خطة جديدة للإصلاح. وطالب بخفض الدعم على الوقود.', '10'), 'International Monetary Fund');
  assert.equal(sourceOf('لم يعلن صندوق النقد الدولي خطة جديدة للإصلاح. وطالب بخفض الدعم على الوقود.', '10'), null);
});

test('a masculine title right after a feminine verb is its object, and the subject is carried', () => {
  const ev = (s: string) => events(s).find((e) => e.code.startsWith('02'));
  const asked = ev('أدانت الحكومة المصرية الهجوم على المدنيين، ودعت السفير الإسرائيلي إلى مغادرة البلاد.')!;
  assert.equal(asked.source?.label, 'Government (Egypt)');
  assert.equal(asked.target?.label, 'Ambassador of Israel');
  // A masculine verb: the title is its subject.
  assert.equal(ev('أدانت الحكومة المصرية الهجوم على المدنيين، ودعا السفير الإسرائيلي الحكومة إلى الحوار.')?.source?.label, 'Ambassador of Israel');
});

test("the gender of a verb: اتهم is masculine (its ت is the root's), توعد a masculine past, تتهم feminine", () => {
  // Carried from a masculine verb to a masculine one.
  assert.equal(sourceOf('أعلن صندوق النقد الدولي خطة جديدة للإصلاح. واتهم الحكومات بالتقصير في الإصلاح.', '11'), 'International Monetary Fund');
  assert.equal(sourceOf('وأعرب ترامب عن قلقه، وتوعد بفرض عقوبات على الشركات.', '13'), 'Donald Trump');
  assert.equal(sourceOf('وأعربت روسيا عن قلقها، وتوعد بفرض عقوبات على الشركات.', '13'), null);
});
