import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, defineStage } from '../../src/core/pipeline.ts';
import { withLayers, layer } from '../../src/core/doc.ts';
import { DEFAULT_STAGES, analyze } from '../../src/stages/index.ts';

const a = defineStage({ name: 'a', requires: [], assigns: ['x'], run: (d) => withLayers(d, { x: [{ start: 0, end: 1 }] }, 'a') });
const b = defineStage({ name: 'b', requires: ['x'], assigns: ['y'], run: (d) => withLayers(d, { y: layer(d, 'x') }, 'b') });

test('stages run in the listed order and record themselves', () => {
  const p = buildPipeline([a, b]);
  const d = p('hello');
  assert.deepEqual(d.stages, ['a', 'b']);
  assert.equal(layer(d, 'y').length, 1);
});

test('a missing requirement is a clear error when the pipeline is built', () => {
  assert.throws(() => buildPipeline([b, a]), /stage "b" requires layer\(s\) x that no earlier stage assigns \(pipeline: b -> a\)/);
});

test('duplicate stage names and bad names are refused', () => {
  assert.throws(() => buildPipeline([a, a]), /appears twice/);
  assert.throws(() => defineStage({ name: 'Bad Name', requires: [], assigns: [], run: (d) => d }), /bad stage name/);
});

test('a stage that returns something other than a Doc, or changes the text, is refused', () => {
  const bad = defineStage({ name: 'bad', requires: [], assigns: [], run: () => ({}) as never });
  assert.throws(() => buildPipeline([bad])('x'), /did not return a Doc/);
  const liar = defineStage({ name: 'liar', requires: [], assigns: [], run: (d) => ({ ...d, text: 'y' }) });
  assert.throws(() => buildPipeline([liar])('x'), /changed the original text/);
});

test('the default pipeline is well formed and starts with the foundation stages', () => {
  assert.deepEqual(DEFAULT_STAGES.slice(0, 3).map((s) => s.name), ['tokens', 'words', 'sentences']);
  const d = analyze('قال الوزير إن الاجتماع نجح.');
  for (const name of ['tokens', 'words', 'sentences', 'paragraphs']) assert.ok(layer(d, name).length > 0, name);
});
