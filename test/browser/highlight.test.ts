/** The dashboard's highlighting logic (pure functions, no browser needed). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectMarks, flatten, nest, snippetRuns, tipFor, type Node } from '../../web/src/highlight.ts';

const TEXT = 'قال الرئيس إلهام علييف في أستانا يوم الجمعة إن التعاون ضروري';

const span = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length };
};

function marksOf(nodes: Node[], depth = 0, out: [string, string, number][] = []): [string, string, number][] {
  for (const n of nodes) if ('mark' in n) {
    out.push([n.mark.key, flatten(n.children), depth]);
    marksOf(n.children, depth + 1, out);
  }
  return out;
}

test('nest keeps the text intact and nests contained spans', () => {
  const layers = {
    tokens: [span('قال')],
    entities: [{ ...span('إلهام علييف'), type: 'PER', id: 'Q7208', label_en: 'Ilham Aliyev' }, { ...span('أستانا'), type: 'LOC' }],
    quotes: [span('إن التعاون ضروري')],
    events: [{ ...span('قال الرئيس إلهام علييف'), code: '010' }],
    dates: [{ ...span('يوم الجمعة'), resolved: '2024-08-09' }],
  };
  const marks = collectMarks(TEXT, layers);
  assert.equal(marks.length, 5, 'structural layers (tokens) are not highlighted');
  const tree = nest(TEXT, marks);
  assert.equal(flatten(tree), TEXT);
  const m = marksOf(tree);
  assert.deepEqual(m.find((x) => x[0] === 'entities:0'), ['entities:0', 'إلهام علييف', 1], 'entity nested inside the event');
  assert.deepEqual(m.find((x) => x[0] === 'events:0'), ['events:0', 'قال الرئيس إلهام علييف', 0]);
  assert.deepEqual(m.find((x) => x[0] === 'dates:0'), ['dates:0', 'يوم الجمعة', 0]);
  const ent = marks.find((x) => x.key === 'entities:0')!;
  assert.equal(ent.kind, 'ent-PER');
  assert.equal(ent.tag, 'PER');
  assert.equal(ent.link, 'Q7208');
});

test('crossing spans are split at the boundary and keep their key', () => {
  const a = span('الرئيس إلهام');
  const b = span('إلهام علييف في');
  const tree = nest(TEXT, collectMarks(TEXT, { entities: [{ ...a, type: 'PER' }], quotes: [b] }));
  assert.equal(flatten(tree), TEXT);
  const m = marksOf(tree);
  const pieces = m.filter((x) => x[0] === 'quotes:0').map((x) => x[1]);
  assert.deepEqual(pieces, ['إلهام', ' علييف في']);
});

test('invalid spans are dropped, not rendered', () => {
  const marks = collectMarks(TEXT, { entities: [{ start: -1, end: 3 }, { start: 5, end: 5 }, { start: 2, end: 9999 }, { start: 'x', end: 3 } as never, null as never] });
  assert.equal(marks.length, 0);
});

test('tooltips carry the English label, KB id, role, resolved date and CAMEO name', () => {
  assert.equal(tipFor('entities', { label_en: 'Ilham Aliyev', type: 'PER', id: 'Q7208', role: 'President' }), 'label: Ilham Aliyev\ntype: PER\nid: Q7208\nrole: President');
  assert.match(tipFor('dates', { resolved: '2024-08-09' }), /resolved: 2024-08-09/);
  assert.match(tipFor('events', { code: '044', name: 'Meet at a third location' }), /code: 044\nCAMEO: Meet at a third location/);
});

test('snippet runs from highlight offsets and from markers; other markup stays text', () => {
  const text = 'زار علييف أستانا';
  assert.deepEqual(snippetRuns({ text, start: 100, end: 116, highlights: [{ start: 104, end: 109 }] }), [
    { text: 'زار ', hit: false },
    { text: 'علييف', hit: true },
    { text: ' أستانا', hit: false },
  ]);
  assert.deepEqual(snippetRuns('a <mark>b</mark> <img src=x>'), [
    { text: 'a ', hit: false },
    { text: 'b', hit: true },
    { text: ' <img src=x>', hit: false },
  ]);
});
