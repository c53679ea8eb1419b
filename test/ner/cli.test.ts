import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../../src/core/paths.ts';
import { DEFAULT_MODEL_PATH } from '../../src/ner/tagger.ts';

const bin = repoPath('bin', 'marsad.mjs');
const dir = mkdtempSync(join(tmpdir(), 'marsad-ner-'));
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

test('eval-ner --json: the last line is one JSON object with the scores', { skip: !existsSync(DEFAULT_MODEL_PATH()) && 'NER model absent' }, () => {
  const f = join(dir, 'ok.txt');
  writeFileSync(f, 'زار O\nالرئيس O\nإلهام B-PERS\nعلييف I-PERS\nكازاخستان B-LOC\n. O\n\nقال O\nعلييف B-PERS\n');
  const r = run('eval-ner', '--data', f, '--json');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  const j = JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
  for (const k of ['precision', 'recall', 'f1', 'per_type', 'tokens', 'tokens_per_second']) assert.ok(k in j, k);
  assert.equal(j.tokens, 8);
  assert.ok((j.f1 as number) >= 0 && (j.f1 as number) <= 100);
  assert.ok('PER' in (j.per_type as object), 'PERS is mapped to PER');
});

test('eval-ner on a malformed file: one-line error naming the line, exit 1', () => {
  const f = join(dir, 'bad.txt');
  writeFileSync(f, 'كلمة O\nكلمة\n');
  const r = run('eval-ner', '--data', f);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /bad\.txt:2/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});
