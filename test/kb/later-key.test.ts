/** `laterKeyIs` answers as `laterKey(u) === key` does, for words with and without proclitics. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyUnits, laterKey, laterKeyIs } from '../../src/kb/keys.ts';

test('laterKeyIs agrees with laterKey', () => {
  const units = keyUnits('وبكازاخستان الشمالية ولبنان بحر والعراق');
  const keys = [...units.map(laterKey), 'و+بكازاخستان', 'وب+كازاخستا', 'ب+كازاخستان', 'وب-كازاخستان', '', '+', 'شماليه', 'و+لبنان', 'ول+بنان'];
  for (const u of units) for (const k of keys) assert.equal(laterKeyIs(u, k), laterKey(u) === k, `${JSON.stringify(u)} vs ${k}`);
  // positive and negative on one word with proclitics
  const [w] = keyUnits('وبكازاخستان');
  assert.ok(laterKeyIs(w!, laterKey(w!)));
  assert.ok(!laterKeyIs(w!, w!.stem));
});
