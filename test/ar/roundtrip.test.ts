import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { listAntFiles, readAnt, seededSample } from '../../src/corpus/ant.ts';
import { sharedAvailable, sharedPath } from '../../src/core/paths.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';
import type { Doc } from '../../src/core/doc.ts';
import { norm } from '../../src/ar/normalize.ts';

const base = buildPipeline(BASE_STAGES);

function checkSpans(doc: Doc): void {
  const text = doc.text;
  const tokens = doc.layers.tokens!;
  let prev = 0;
  for (const t of tokens) {
    assert.ok(t.start >= prev && t.end > t.start && t.end <= text.length, `token span [${t.start},${t.end})`);
    if (t.kind === 'word' || t.kind === 'latin') assert.equal(t.norm, norm(text.slice(t.start, t.end)));
    prev = t.end;
  }
  for (const w of doc.layers.words!) {
    const t = tokens[w.token]!;
    assert.ok(w.start >= t.start && w.end <= t.end && w.end > w.start, 'word inside its token');
  }
  for (const s of doc.layers.sentences!) {
    assert.equal(s.start, tokens[s.tokenStart]!.start);
    assert.equal(s.end, tokens[s.tokenEnd - 1]!.end);
  }
  // no non-space character outside tokens except invisible controls
  let covered = 0;
  for (const t of tokens) {
    const gap = text.slice(covered, t.start);
    assert.match(gap, /^[\s\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\ufeff\u00ad]*$/u, `untokenised text ${JSON.stringify(gap)}`);
    covered = t.end;
  }
}

test('every span round-trips on a seeded sample of 300 ANT articles', { skip: !sharedAvailable('data', 'ant-corpus-multisource') && '../shared/data/ant-corpus-multisource absent' }, () => {
  const files = seededSample(listAntFiles(), 300, 7);
  assert.equal(files.length, 300);
  for (const f of files) {
    const a = readAnt(f);
    checkSpans(base(a.title + '\n' + a.text, { published: a.published }));
  }
});

test('every span round-trips on the canonical article', { skip: !sharedAvailable('examples') && '../shared/examples absent' }, () => {
  checkSpans(base(readFileSync(sharedPath('examples', 'aliyev-central-asia.ar.txt'), 'utf8')));
});

test('spans round-trip on hostile text (controls, presentation forms, tatweel, diacritics)', () => {
  const text = '\u202bقـــالَ ﺍﻟﻮﺯﻳﺮ\u200f: “١٬٠٠٠ طن” \u200d\u200c ﻻ.\r\n\r\nCOP29؟ 😀 \u0000';
  checkSpans(base(text));
});
