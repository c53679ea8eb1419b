import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Scorer, scoreTags } from '../../src/ner/score.ts';

test('perfect prediction scores 100', () => {
  const g = [['B-PER', 'I-PER', 'O', 'B-LOC']];
  const r = scoreTags(g, g);
  assert.equal(r.f1, 100);
  assert.equal(r.gold, 2);
});

test('hand-computed precision, recall and F1, per type', () => {
  // gold: PER[0,2) LOC[3,4) ORG[5,7)   pred: PER[0,1) (wrong boundary) LOC[3,4) ORG[5,7) MISC[8,9)
  const gold = [['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'O', 'O']];
  const pred = [['B-PER', 'O', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'O', 'B-MISC']];
  const r = scoreTags(gold, pred);
  assert.equal(r.correct, 2);
  assert.equal(r.precision, 50); // 2 / 4
  assert.equal(r.recall, 66.67); // 2 / 3
  assert.equal(r.f1, 57.14); // 2PR/(P+R)
  assert.equal(r.per_type.PER!.f1, 0);
  assert.equal(r.per_type.LOC!.f1, 100);
  assert.equal(r.per_type.MISC!.precision, 0);
  assert.equal(r.per_type.MISC!.gold, 0);
});

test('an I- after O counts as an entity (conlleval), on both sides', () => {
  const s = new Scorer();
  s.add(['O', 'I-PER', 'I-PER'], ['O', 'B-PER', 'I-PER']);
  let r = s.result();
  assert.equal(r.f1, 100);
  const t = new Scorer();
  // gold I-LOC after O is one LOC entity; a prediction of O misses it
  t.add(['O', 'I-LOC', 'O'], ['O', 'O', 'O']);
  r = t.result();
  assert.equal(r.gold, 1);
  assert.equal(r.recall, 0);
  // a type change inside a chunk splits it in two
  const u = new Scorer();
  u.add(['B-ORG', 'I-ORG'], ['B-ORG', 'I-LOC']);
  r = u.result();
  assert.equal(r.predicted, 2);
  assert.equal(r.correct, 0);
});
