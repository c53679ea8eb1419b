/**
 * `lookup` keeps the hits of a query per KB index: asking again gives equal hits, the limit still
 * applies, and a caller that edits its hits does not change the next answer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookup } from '../../src/kb/kb.ts';

test('lookup: repeated queries give equal, independent hits', () => {
  const first = lookup('أذربيجان');
  assert.ok(first.length >= 1);
  assert.equal(first[0]!.entity.label_en, 'Azerbaijan');
  const again = lookup('  أذربيجان ');
  assert.deepEqual(again, first);
  again[0]!.match = 'fuzzy';
  assert.notEqual(lookup('أذربيجان')[0]!.match, 'fuzzy');
  assert.equal(lookup('أذربيجان', { limit: 1 }).length, 1);
  // negative: a common word that names nothing gives no hit, cached or not
  assert.deepEqual(lookup('البرتقالة'), []);
  assert.deepEqual(lookup('البرتقالة'), []);
  assert.deepEqual(lookup('   '), []);
});
