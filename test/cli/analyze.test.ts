import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../../src/core/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'));
function run(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [repoPath('bin', 'marsad.mjs'), ...args], { input, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

test('analyze prints a marsad.doc/1 JSON whose spans round-trip', () => {
  const text = 'زار الرئيس بغداد أمس.\nوأضاف أن الزيارة ناجحة.';
  const r = run(['analyze', file('ok.txt', text), '--date', '2024-05-15']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.schema, 'marsad.doc/1');
  assert.equal(j.meta.published, '2024-05-15');
  assert.equal(j.text, text);
  for (const t of j.layers.tokens) assert.equal(text.slice(t.start, t.end).length, t.end - t.start);
});

test('analyze reads standard input and has a text view', () => {
  const r = run(['analyze', '-', '--format', 'text'], 'عنوان\nقال الوزير إن الاجتماع نجح.');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Headline: عنوان/);
  assert.match(r.out, /1 sentences|2 sentences/);
});

const bad: [string, () => string[], RegExp][] = [
  ['empty file', () => ['analyze', file('empty.txt', '  \n\t')], /is empty/],
  ['invalid UTF-8', () => ['analyze', file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xc7, 0xe1]))], /not valid UTF-8 \(first bad byte at offset 3\)/],
  ['binary file', () => ['analyze', file('bin.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))], /looks binary/],
  ['missing file', () => ['analyze', join(dir, 'nope.txt')], /no such file/],
  ['bad date', () => ['analyze', file('d.txt', 'نص'), '--date', '2024-02-30'], /invalid date/],
  ['bad format', () => ['analyze', file('f.txt', 'نص'), '--format', 'xml'], /unknown --format/],
];
for (const [name, args, msg] of bad) {
  test(`bad input gets one clear line and a non-zero exit: ${name}`, () => {
    const r = run(args());
    assert.equal(r.code, 1);
    assert.match(r.err, msg);
    assert.match(r.err, /^marsad: error: /);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    assert.equal(r.out, '');
  });
}

test('input over the size limit is refused with the limit named', () => {
  const r = run(['analyze', file('big.txt', 'كلمة '.repeat(400))], undefined, { MARSAD_MAX_INPUT_BYTES: '1000' });
  assert.equal(r.code, 1);
  assert.match(r.err, /larger than the limit of 1000 bytes/);
});

test('--help teaches: commands, an example', () => {
  const r = run(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.out, /analyze/);
  assert.match(r.out, /Examples:/);
  const u = run(['frobnicate']);
  assert.equal(u.code, 2);
});

test('HTML soup, control characters and non-Arabic text do not crash', () => {
  const soup = '<html><script>alert(1)</script><p>قال &amp; الوزير</p>\u0007\u200f\u202eنص\ufeff English text 😀</html>';
  const r = run(['analyze', '-'], soup);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.text, soup);
});

test('train-ner refuses bad options before any training, naming the option', () => {
  for (const [args, re] of [
    [['--self-train-sample', '0'], /--self-train-sample must be a fraction/],
    [['--self-train-sample', '1.5'], /--self-train-sample must be a fraction/],
    [['--self-train', '-3'], /--self-train must be a non-negative integer/],
  ] as [string[], RegExp][]) {
    const r = run(['train-ner', ...args, '--dry-run']);
    assert.equal(r.code, 1, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, re);
  }
});
