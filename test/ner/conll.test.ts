import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bioSpans, bioToBioes, bioesToBio, normalizeTag, parseConll, spansToBio, toBio2 } from '../../src/ner/conll.ts';
import { MarsadError } from '../../src/core/errors.ts';

test('normalizeTag maps label variants to PER/LOC/ORG/MISC', () => {
  assert.equal(normalizeTag('B-PERS'), 'B-PER');
  assert.equal(normalizeTag('I-MIS'), 'I-MISC');
  assert.equal(normalizeTag('B-LOC'), 'B-LOC');
  assert.equal(normalizeTag('O'), 'O');
  assert.equal(normalizeTag('B-FOO'), null);
  assert.equal(normalizeTag('X'), null);
});

test('bioSpans uses conlleval semantics: I- after O or another type starts an entity', () => {
  assert.deepEqual(bioSpans(['O', 'I-PER', 'I-PER', 'O']), [{ start: 1, end: 3, type: 'PER' }]);
  assert.deepEqual(bioSpans(['B-PER', 'I-LOC']), [
    { start: 0, end: 1, type: 'PER' },
    { start: 1, end: 2, type: 'LOC' },
  ]);
  assert.deepEqual(bioSpans(['B-LOC', 'B-LOC', 'I-LOC']), [
    { start: 0, end: 1, type: 'LOC' },
    { start: 1, end: 3, type: 'LOC' },
  ]);
  assert.deepEqual(bioSpans(['B-ORG', 'I-ORG']), [{ start: 0, end: 2, type: 'ORG' }]);
});

test('toBio2 turns a leading I- into B-', () => {
  assert.deepEqual(toBio2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC']), ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']);
});

test('BIO <-> BIOES round trip', () => {
  const bio = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'O', 'B-ORG', 'I-ORG'];
  const bioes = bioToBioes(bio);
  assert.deepEqual(bioes, ['B-PER', 'I-PER', 'E-PER', 'O', 'S-LOC', 'S-LOC', 'O', 'B-ORG', 'E-ORG']);
  assert.deepEqual(bioesToBio(bioes), bio);
  // I- after O becomes a proper single-token entity
  assert.deepEqual(bioToBioes(['O', 'I-MISC', 'O']), ['O', 'S-MISC', 'O']);
  assert.deepEqual(spansToBio([{ start: 1, end: 3, type: 'ORG' }], 4), ['O', 'B-ORG', 'I-ORG', 'O']);
});

test('parseConll reads tokens and tags, maps variants, splits sentences', () => {
  const s = parseConll('فرانكفورت B-LOC\n(د O\n\nأنان I-PERS\nقال\tO\n\n\n');
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]!.tokens, ['فرانكفورت', '(د']);
  assert.deepEqual(s[1]!.tags, ['I-PER', 'O']);
  assert.equal(s[1]!.line, 4);
});

test('a malformed CoNLL line is a clear error naming the line', () => {
  assert.throws(
    () => parseConll('كلمة O\nكلمتان\n', 'x.txt'),
    (e: unknown) => e instanceof MarsadError && e.code === 'E_CONLL' && /x\.txt:2/.test(e.message),
  );
  assert.throws(
    () => parseConll('كلمة O\n\nكلمة B-ANIMAL\n', 'y.txt'),
    (e: unknown) => e instanceof MarsadError && /y\.txt:3/.test(e.message) && /B-ANIMAL/.test(e.message),
  );
});
