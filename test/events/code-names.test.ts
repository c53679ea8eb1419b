import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cleanCodeName } from '../../src/events/build-data.ts';
import { repoPath } from '../../src/core/paths.ts';

test('code names: a word split before its last letter is joined, the article a and short words stay', () => {
  assert.equal(cleanCodeName(' Threate n with sanctions, boycott, embargo '), 'Threaten with sanctions, boycott, embargo');
  assert.equal(cleanCodeName('Threate n attack with WMD'), 'Threaten attack with WMD');
  assert.equal(cleanCodeName('Make a pessimistic comment'), 'Make a pessimistic comment');
  assert.equal(cleanCodeName('Appeal for de-escalation of military engagement'), 'Appeal for de-escalation of military engagement');
});

test('code names: the committed code list has no split words', () => {
  const { codes } = JSON.parse(readFileSync(repoPath('data', 'events', 'cameo-codes.json'), 'utf8')) as { codes: Record<string, { name: string }> };
  assert.ok(Object.keys(codes).length > 300);
  for (const [code, { name }] of Object.entries(codes)) assert.equal(name, cleanCodeName(name), `code ${code}: ${name}`);
  assert.equal(codes['1312'].name, 'Threaten with sanctions, boycott, embargo');
});
