import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planGeneration } from '../../src/store/postgres.ts';

test('prepared statements are planned again each time a connection has doubled its executions, from 64', () => {
  assert.equal(planGeneration(0), 0);
  assert.equal(planGeneration(63), 0);
  assert.equal(planGeneration(64), 1);
  assert.equal(planGeneration(127), 1);
  assert.equal(planGeneration(128), 2);
  assert.equal(planGeneration(1023), 4);
  assert.equal(planGeneration(1024), 5);
  // a handful of preparations over a long life, not one per article
  assert.equal(planGeneration(1_000_000), 14);
  let changes = 0;
  for (let n = 1; n < 100_000; n++) if (planGeneration(n) !== planGeneration(n - 1)) changes++;
  assert.equal(changes, 11);
});
