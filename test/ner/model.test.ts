import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MarsadError } from '../../src/core/errors.ts';
import { allowed } from '../../src/ner/model.ts';
import { nonlocalAtoms } from '../../src/ner/nonlocal.ts';
import { Tagger } from '../../src/ner/tagger.ts';
import { TINY_DATA, tinyTagger as trainTiny } from './fixtures.ts';

const DATA = TINY_DATA;

function tinyTagger(second: boolean): Tagger {
  return trainTiny({ second, bits: 18, epochs: 40, meta: { note: 'test' } });
}

test('BIOES transition constraints', () => {
  assert.equal(allowed(null, 'I-PER'), false);
  assert.equal(allowed('B-PER', 'E-PER'), true);
  assert.equal(allowed('B-PER', 'E-LOC'), false);
  assert.equal(allowed('B-PER', 'O'), false);
  assert.equal(allowed('S-LOC', 'B-ORG'), true);
});

test('the perceptron learns its training data and decodes valid tags', () => {
  const t = tinyTagger(false);
  let right = 0;
  let total = 0;
  for (const [toks, tags] of DATA) {
    const out = t.tag(toks).tags;
    assert.equal(out.length, toks.length);
    out.forEach((x, i) => {
      total++;
      if (x === tags[i]) right++;
      if (x.startsWith('I-')) assert.ok(i > 0 && out[i - 1]!.slice(2) === x.slice(2), 'I- only continues an entity');
    });
  }
  assert.ok(right / total >= 0.9, `token accuracy ${right}/${total}`);
  assert.deepEqual(t.tag(['قال', 'علييف', 'في', 'أستانا']).tags, ['O', 'B-PER', 'O', 'B-LOC']);
  assert.deepEqual(t.tag([]).tags, []);
});

test('save/load round trip keeps the predictions and the header', () => {
  for (const second of [false, true]) {
    const t = tinyTagger(second);
    const u = Tagger.fromBuffer(t.toBuffer());
    assert.equal(!!u.second, second);
    assert.deepEqual(u.info, { note: 'test' });
    const probe = [['زار', 'علييف', 'أستانا'], ['شركة', 'أرامكو']];
    assert.deepEqual(u.tagDocument(probe).map((x) => x.tags), t.tagDocument(probe).map((x) => x.tags));
    const c = u.tag(['قال', 'علييف'], { confidence: true }).confidence!;
    assert.ok(c.every((p) => p > 0 && p <= 1.000001));
  }
});

test('a corrupt or truncated model is a clear E_MODEL error', () => {
  const buf = tinyTagger(false).toBuffer();
  assert.throws(() => Tagger.fromBuffer(Buffer.from('not a model')), (e: unknown) => e instanceof MarsadError && e.code === 'E_MODEL');
  assert.throws(() => Tagger.fromBuffer(buf.subarray(0, buf.length - 10)), (e: unknown) => e instanceof MarsadError && e.code === 'E_MODEL');
  assert.throws(() => Tagger.load('/nonexistent/ner.bin'), (e: unknown) => e instanceof MarsadError && /train-ner/.test(e.message));
});

test('the fast tagging path (cached per-word-form vectors) gives the same scores as summing every feature', () => {
  const t = tinyTagger(true);
  const sents = [['زار', 'علييف', 'باكو', 'أمس'], ['قال', 'علييف', 'في', 'الرياض', 'أمس']];
  const atoms = nonlocalAtoms(t.fx, sents, sents.map((s) => t.firstPass(s)), 0);
  for (let i = 0; i < sents.length; i++) {
    const slow = t.emissionsSlowExtra(sents[i]!, atoms[i]!);
    const fast = t.emissionsFastExtra(sents[i]!, atoms[i]!);
    assert.equal(slow.length, fast.length);
    slow.forEach((x, k) => assert.ok(Math.abs(x - fast[k]!) < 1e-3, `score ${k}: ${x} vs ${fast[k]}`));
    const s1 = t.emissionsSlow(sents[i]!);
    const f1 = t.emissionsFast(sents[i]!);
    s1.forEach((x, k) => assert.ok(Math.abs(x - f1[k]!) < 1e-3));
  }
});
