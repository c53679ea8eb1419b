import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseErrors, errorReport } from '../../src/ner/errors.ts';

test('error analysis: each miss and false alarm gets one category, seen or unseen', () => {
  const train = [{ tokens: ['زار', 'بغداد'], tags: ['O', 'B-LOC'], line: 1 }];
  const dev = [
    { tokens: ['بغداد', 'و', 'علي', 'حسن', 'في', 'وزارة', 'النفط'], tags: ['B-LOC', 'O', 'B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG'], line: 1 },
    { tokens: ['قال', 'بغداد', 'امس'], tags: ['O', 'B-LOC', 'O'], line: 5 },
  ];
  const pred = [
    ['B-ORG', 'O', 'B-PER', 'O', 'O', 'O', 'O'],
    ['O', 'B-PER', 'B-MISC'],
  ];
  const t = analyseErrors(train, dev, pred);
  assert.deepEqual(t.gold.LOC, { seen: 2, unseen: 0, foundSeen: 0, foundUnseen: 0 });
  assert.deepEqual(t.misses.LOC, { type: 2 });
  assert.deepEqual(t.misses.PER, { boundary: 1 });
  assert.deepEqual(t.misses.ORG, { 'missed-unseen': 1 });
  assert.deepEqual(t.falseAlarms.ORG, { type: 1 });
  assert.deepEqual(t.falseAlarms.PER, { boundary: 1, type: 1 });
  assert.deepEqual(t.falseAlarms.MISC, { spurious: 1 });
  const r = errorReport(t);
  assert.match(r, /\| ORG \| 1 \| 0 \| 1 \| — \| 0\.0 \|/);
  assert.match(r, /miss\tmissed\tORG\tunseen\tوزارة النفط/);
});
