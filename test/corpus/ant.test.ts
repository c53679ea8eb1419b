import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAnt, seededSample } from '../../src/corpus/ant.ts';

test('parseAnt reads the TREC fields, decodes entities and turns the RFC-822 time into a date', () => {
  const raw = '<DOC>\n<DOCNO>BB-economy-1-20180218</DOCNO>\n<URL>http://x.test/a</URL>\n<SRC>BBC</SRC>\n<CAT>economy</CAT>\n' +
    '<TITLE>&quot;عنوان&quot; &amp; خبر</TITLE>\n<TIME>Sun, 18 Feb 2018 03:31:01 GMT</TIME>\n<TEXT>\nنص الخبر.\n</TEXT>\n</DOC>';
  const a = parseAnt(raw, 'f.txt');
  assert.equal(a.docno, 'BB-economy-1-20180218');
  assert.equal(a.source, 'BBC');
  assert.equal(a.category, 'economy');
  assert.equal(a.title, '"عنوان" & خبر');
  assert.equal(a.published, '2018-02-18');
  assert.equal(a.text, 'نص الخبر.');
  const none = parseAnt('<DOC><TIME>not a date</TIME></DOC>');
  assert.equal(none.published, undefined);
  assert.equal(none.text, '');
});

test('seededSample is deterministic, a permutation prefix, and depends on the seed', () => {
  const items = [...Array(50).keys()];
  const a = seededSample(items, 10, 7);
  assert.deepEqual(a, seededSample(items, 10, 7));
  assert.notDeepEqual(a, seededSample(items, 10, 8));
  assert.equal(new Set(a).size, 10);
  assert.deepEqual([...seededSample(items, 50, 3)].sort((x, y) => x - y), items);
});
