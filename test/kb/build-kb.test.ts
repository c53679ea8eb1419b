/**
 * scripts/build-kb.ts refuses to write a KB without the CAMEO dictionaries unless asked to
 * (--no-cameo): without the shared data folder it exits 1 with a message and leaves kb.json as it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../src/core/paths.ts';

test('build-kb without the shared data stops with a clear error and does not touch kb.json', () => {
  const kb = repoPath('data', 'kb', 'kb.json');
  const before = readFileSync(kb, 'utf8');
  const r = spawnSync(process.execPath, ['--import', 'tsx', repoPath('scripts', 'build-kb.ts')], {
    env: { ...process.env, MARSAD_SHARED: repoPath('no-such-shared-folder') },
    encoding: 'utf8',
  });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /CAMEO dictionaries are not found.*--no-cameo/s);
  assert.equal(readFileSync(kb, 'utf8'), before);
});
