import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordClass } from '../../src/events/lexicons.ts';
import { norm } from '../../src/ar/normalize.ts';

test('event word classes: prefix classes match a core that starts with a form, exact ones only the form', () => {
  const weapon = wordClass('weapon');
  assert.ok(weapon.test('صواريخ'));
  assert.ok(weapon.test('مفخخه'));
  assert.ok(!weapon.test('سياره'));
  const sanctions = wordClass('sanctions');
  assert.ok(sanctions.test('عقوبات'));
  assert.ok(!sanctions.test('عقوباتها'));
  assert.ok(wordClass('crowd').test('حشود'));
  assert.ok(!wordClass('crowd').test('حشودا'));
});

test('event word classes: an unknown name is an error, not a class that matches nothing', () => {
  assert.throws(() => wordClass('no-such-class'), /unknown event word class: no-such-class/);
});

test('event word classes: forms are normalised like the cores they match (مئات is ميات, قذائف is قذايف)', () => {
  assert.ok(wordClass('number-word').test(norm('مئات')), 'hundreds');
  assert.ok(wordClass('number-word').test(norm('مائة')), 'a hundred');
  assert.ok(wordClass('weapon').test(norm('قذائف')), 'shells');
  assert.ok(!wordClass('number-word').test(norm('مدينة')));
});
