import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayers, toJSON, fromJSON, layer, contentId, DOC_SCHEMA } from '../../src/core/doc.ts';
import { MarsadError } from '../../src/core/errors.ts';

test('createDoc keeps the text and gives a stable content id', () => {
  const d = createDoc('نص عربي', { published: '2024-01-02' });
  assert.equal(d.text, 'نص عربي');
  assert.equal(d.schema, DOC_SCHEMA);
  assert.equal(d.meta.language, 'ar');
  assert.equal(d.meta.id, contentId('نص عربي'));
  assert.notEqual(contentId('نص عربي'), contentId('نص عربى'));
});

test('withLayers returns a new frozen Doc and never mutates the old one', () => {
  const d = createDoc('abc');
  const d2 = withLayers(d, { tokens: [{ start: 0, end: 3, kind: 'latin', norm: 'abc' }] }, 'tokens');
  assert.equal(layer(d, 'tokens').length, 0);
  assert.equal(layer(d2, 'tokens').length, 1);
  assert.deepEqual(d2.stages, ['tokens']);
  assert.ok(Object.isFrozen(d2));
  assert.throws(() => {
    (d2 as { text: string }).text = 'x';
  });
});

test('JSON round trip keeps schema, text, layers and stages', () => {
  const d = withLayers(createDoc('مرحبا بكم', { title: 't' }), { tokens: [{ start: 0, end: 5, kind: 'word', norm: 'مرحبا' }] }, 'tokens');
  const j = JSON.parse(JSON.stringify(toJSON(d)));
  assert.equal(j.schema, 'marsad.doc/1');
  const back = fromJSON(j);
  assert.deepEqual(toJSON(back), toJSON(d));
});

test('fromJSON rejects other schemas and out-of-bounds spans with a clear error', () => {
  assert.throws(() => fromJSON({ schema: 'other/1', text: 'x' }), (e: unknown) => e instanceof MarsadError && e.code === 'E_DOC_SCHEMA');
  assert.throws(
    () => fromJSON({ schema: 'marsad.doc/1', text: 'abc', layers: { tokens: [{ start: 2, end: 9 }] } }),
    (e: unknown) => e instanceof MarsadError && e.code === 'E_DOC_SPAN' && /outside text of length 3/.test(e.message),
  );
  assert.throws(() => fromJSON(null), /must be an object/);
});
