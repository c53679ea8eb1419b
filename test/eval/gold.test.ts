import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedAvailable } from '../../src/core/paths.ts';
import { PICK_SPLITS, SPLITS, analysedText, goldArticle, goldFiles, pickCandidates, pickSplit, readGold, type Gold } from '../../scripts/eval-articles.ts';

/** The normalisation of the shared factcheck script (diacritics, alef/yaa/taa-marbuta forms, spaces). */
function norm(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[إأآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[\u200c-\u200f\u061c\u202a-\u202e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** factcheck's core(): each word of more than 3 letters without a leading و/ف, ب/ل/ك and ال. */
function core(s: string): string {
  return norm(s)
    .split(' ')
    .map((w) => (w.length > 3 ? w.replace(/^(و|ف)?(ب|ل|ك)?(ال)?/, '') : w))
    .join(' ');
}

const TYPES = new Set(['PER', 'LOC', 'ORG', 'MISC']);
const all: { split: string; file: string; g: Gold }[] = SPLITS.flatMap((split) => goldFiles(split).map((file) => ({ split, file, g: readGold(file) })));

test('the gold set has 7 dev, 5 held-out, then 5 each of dev2, held-out2, dev3, dev4, held-out3, held-out4, dev5, no article in two', () => {
  assert.deepEqual(PICK_SPLITS.map(([s, n]) => [s, n]), [
    ['dev', 7], ['held-out', 5], ['dev2', 5], ['held-out2', 5], ['dev3', 5], ['dev4', 5], ['held-out3', 5], ['held-out4', 5], ['dev5', 5],
  ]);
  for (const [split, n] of PICK_SPLITS) assert.equal(goldFiles(split).length, n, split);
  const ids = all.map((x) => x.g.docno);
  assert.equal(new Set(ids).size, ids.length);
});

test('gold files are well-formed (types, numbers, ISO dates, CAMEO codes, short strings only)', () => {
  for (const { file, g } of all) {
    const where = file.split(/[\\/]/).slice(-2).join('/');
    assert.match(g.docno, /^(BB|CN)-[A-Za-z]+-\d+-\d{8}$/, where);
    assert.ok(g.file.endsWith(`${g.docno}.txt`) && !g.file.startsWith('/'), `${where}: file is the path relative to the corpus`);
    assert.match(g.published, /^\d{4}-\d{2}-\d{2}$/, where);
    assert.ok(g.entities.length > 0, where);
    for (const e of g.entities) {
      assert.ok(e.label_en && TYPES.has(e.type), `${where}: ${JSON.stringify(e)}`);
      assert.ok(e.mentions.length > 0 && e.mentions.every((m) => m.length > 0 && m.length <= 60), `${where}: ${e.label_en}`);
    }
    for (const q of g.quantities) {
      const nums = ['value', 'from', 'to'].filter((k) => k in q);
      assert.ok(nums.length > 0 && nums.every((k) => typeof q[k] === 'number'), `${where}: ${JSON.stringify(q)}`);
    }
    for (const d of g.dates) assert.match(d.resolved, /^\d{4}(-\d{2}(-\d{2})?)?$/, `${where}: ${d.mention}`);
    for (const q of g.quotes) assert.ok(q.speaker && q.starts_with.length >= 8 && q.starts_with.length <= 60, `${where}: ${q.starts_with}`);
    for (const e of g.events) {
      assert.match(e.cameo, /^\d{2,4}(\/\d{2,4})*$/, `${where}: ${String(e.name)}`);
      for (const c of e.acceptable_codes ?? []) assert.match(c, /^\d{2,4}$/, `${where}: ${c}`);
    }
  }
});

test('every gold string occurs in its article, and the dates match its <TIME>', { skip: !sharedAvailable('data', 'ant-corpus-multisource') && 'shared ANT corpus absent' }, () => {
  for (const { file, g } of all) {
    const where = file.split(/[\\/]/).slice(-2).join('/');
    const a = goldArticle(g);
    assert.ok(a, `${where}: ${g.file} not found`);
    assert.equal(a.docno, g.docno, where);
    assert.equal(a.published, g.published, where);
    const text = analysedText(a);
    const t = norm(text);
    const c = core(text);
    const has = (s: string, what: string) => assert.ok(t.includes(norm(s)) || c.includes(core(s)), `${where}: ${what} ${JSON.stringify(s)} not in the article`);
    for (const e of g.entities) for (const m of e.mentions) has(m, `mention of ${e.label_en}`);
    for (const x of g.adjectival_only ?? []) for (const m of typeof x === 'string' ? [x] : x.mentions) has(m, 'adjectival mention');
    for (const q of g.quantities) for (const m of q.mentions ?? []) has(m, 'quantity');
    for (const d of g.dates) has(d.mention, 'date');
    for (const q of g.quotes) has(q.starts_with, 'quote');
    if (g.body_ends_before) {
      const cut = text.indexOf(g.body_ends_before);
      assert.ok(cut > 0, `${where}: body_ends_before not found verbatim`);
      const body = norm(text.slice(0, cut));
      const bodyCore = core(text.slice(0, cut));
      const inBody = (m: string) => body.includes(norm(m)) || bodyCore.includes(core(m));
      for (const e of g.entities) for (const m of e.mentions) assert.ok(inBody(m), `${where}: ${m} only after the boilerplate marker`);
    }
  }
});

test('the gold articles are the seeded pick: 7 dev, 5 held-out, then (same order) 5 each of dev2, held-out2, dev3, dev4, held-out3, held-out4, dev5', { skip: !sharedAvailable('data', 'ant-corpus-multisource') && 'shared ANT corpus absent' }, () => {
  const picked = pickCandidates().map((a) => a.docno);
  assert.equal(picked.length, 47);
  // earlier batches are unchanged by each continuation: the picks of 12, 22, 27, 37 and 42 are prefixes of the pick of 47
  for (const n of [12, 22, 27, 37, 42]) assert.deepEqual(pickCandidates(n).map((a) => a.docno), picked.slice(0, n));
  let start = 0;
  for (const [split, n] of PICK_SPLITS) {
    const byName = goldFiles(split).map((f) => readGold(f).docno).sort();
    assert.deepEqual(byName, picked.slice(start, start + n).sort(), split);
    start += n;
  }
});

test('pickSplit numbers the pick in split order', () => {
  assert.deepEqual(
    [0, 6, 7, 11, 12, 16, 17, 21, 22, 26, 27, 31, 32, 36, 37, 41, 42, 46, 47].map(pickSplit),
    ['dev', 'dev', 'held-out', 'held-out', 'dev2', 'dev2', 'held-out2', 'held-out2', 'dev3', 'dev3', 'dev4', 'dev4', 'held-out3', 'held-out3', 'held-out4', 'held-out4', 'dev5', 'dev5', undefined],
  );
});
