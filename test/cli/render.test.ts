import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayers } from '../../src/core/doc.ts';
import { renderText } from '../../src/cli/render.ts';

test('text view: topics as a tree under their listed parents, events with actors, place, date', () => {
  const doc = withLayers(createDoc('دعا الرئيس إلى التعاون في أستانا'), {
    topics: [
      { code: 'medtop:11000000', label: 'politics', score: 0.5, level: 0 },
      { code: 'medtop:04000000', label: 'economy', score: 0.9, level: 0 },
      { code: 'medtop:20000637', label: 'diplomacy', score: 0.8, level: 2, parent: 'medtop:11000000' },
      { code: 'medtop:20000999', label: 'orphan', score: 0.3, level: 3, parent: 'medtop:20000111' },
    ],
    events: [
      {
        start: 0, end: 3, code: '0212', name: 'Appeal for military cooperation', confidence: 0.8,
        source: { label: 'Ilham Aliyev' }, target: { label: 'states of Central Asia' },
        place: { label: 'Astana' }, date: { value: '2024-08-09' },
      },
      { start: 0, end: 3, code: '061', name: 'Cooperate economically', participants: [{ label: 'Azerbaijan' }, { label: 'Kazakhstan' }] },
    ],
  });
  const lines = renderText(doc).split('\n');
  const at = (s: string) => lines.findIndex((l) => l.includes(s));
  assert.ok(at('politics (medtop:11000000, 0.50)') >= 0);
  assert.equal(lines[at('diplomacy')], '    diplomacy (medtop:20000637, 0.80)', 'child indented under its parent');
  assert.equal(at('diplomacy'), at('politics') + 1, 'child right after its parent');
  assert.equal(lines[at('orphan')], '  orphan (medtop:20000999, 0.30)', 'a topic whose parent is not listed is a root');
  assert.match(lines[at('0212')]!, /0212 Appeal for military cooperation: Ilham Aliyev → states of Central Asia @ Astana, 2024-08-09 \(0\.80\)$/);
  assert.match(lines[at(' 061 ')]!, /061 Cooperate economically: Azerbaijan, Kazakhstan$/);
});
