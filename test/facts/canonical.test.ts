/**
 * The canonical article: every quantity, date and quote the analyst's expected file lists
 * is produced with the right values, resolutions and speakers (article date 2024-08-09).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/stages/index.ts';
import { sharedAvailable, sharedPath } from '../../src/core/paths.ts';
import { norm } from '../../src/ar/normalize.ts';
import type { Quantity } from '../../src/facts/quantities.ts';
import type { DateFact } from '../../src/facts/dates.ts';
import type { Quote } from '../../src/facts/quotes.ts';

const EX = ['examples', 'aliyev-central-asia.ar.txt'];
const EXP = ['examples', 'aliyev-central-asia.expected.json'];
const skip = !(sharedAvailable(...EX) && sharedAvailable(...EXP)) && 'shared data absent (../shared/examples)';

interface Expected {
  published: string;
  quantities: { from?: number; to?: number; value?: number; unit?: string; per?: string; kind?: string; mentions: string[] }[];
  dates: { mention: string; resolved: string; granularity: string }[];
  quotes: { speaker: string; kind: string; starts_with: string; trigger?: string }[];
  entities: { label_en: string; mentions: string[] }[];
}

function load() {
  const text = readFileSync(sharedPath(...EX), 'utf8');
  const exp = JSON.parse(readFileSync(sharedPath(...EXP), 'utf8')) as Expected;
  const doc = analyze(text, { published: exp.published });
  return { text, exp, doc };
}

test('canonical article: quantities with values, units, rates and what is measured', { skip }, () => {
  const { exp, doc } = load();
  const qs = doc.layers.quantities as Quantity[];
  for (const e of exp.quantities) {
    const q = qs.find((x) => e.mentions.some((m) => norm(x.text) === norm(m)));
    assert.ok(q, `missing quantity ${e.mentions[0]}`);
    for (const k of ['from', 'to', 'value', 'unit', 'per', 'kind'] as const) if (e[k] !== undefined) assert.equal(q[k], e[k], `${e.mentions[0]}: ${k}`);
  }
  const rail = qs.find((q) => q.from === 1e6)!;
  assert.equal(rail.measured?.text, 'القدرة الاستيعابية لخط السكة الحديد باكو – تبليسي – قارص');
  assert.equal(rail.direction, 'up');
  assert.equal(qs.find((q) => q.kind === 'ordinal')!.measured?.text, 'مؤتمر الأطراف');
});

test('canonical article: dates resolved against 2024-08-09', { skip }, () => {
  const { exp, doc } = load();
  const ds = doc.layers.dates as DateFact[];
  for (const e of exp.dates) {
    const d = ds.find((x) => x.text === e.mention);
    assert.ok(d, `missing date ${e.mention}`);
    assert.equal(d.resolved, e.resolved, e.mention);
    assert.equal(d.granularity, e.granularity, e.mention);
  }
  assert.equal(ds.length, exp.dates.length, 'no other dates (أحد الاتجاهات is not Sunday)');
});

test('canonical article: quotes with speakers; the word salad makes no speaker of السفن', { skip }, () => {
  const { exp, doc } = load();
  const qs = doc.layers.quotes as Quote[];
  const aliyev = exp.entities.find((e) => e.label_en === 'Ilham Aliyev')!.mentions.map(norm);
  for (const e of exp.quotes) {
    const q = qs.find((x) => norm(x.text).startsWith(norm(e.starts_with)) || norm(x.text).startsWith('ان ' + norm(e.starts_with)));
    assert.ok(q, `missing quote ${e.starts_with}`);
    assert.equal(q.kind, e.kind, e.starts_with);
    assert.ok(q.speaker && aliyev.some((m) => norm(q.speaker!.text).includes(m)), `${e.starts_with}: speaker ${q.speaker?.text}`);
    if (e.trigger) assert.ok(q.trigger && norm(q.trigger.text).endsWith(norm(e.trigger)), `${e.starts_with}: trigger ${q.trigger?.text}`);
  }
  for (const q of qs) assert.ok(!q.speaker || !norm(q.speaker.text).includes('السفن'), 'السفن is no speaker');
  // the unbalanced “ ends at its paragraph, before the next line
  const direct = qs.find((q) => q.kind === 'direct')!;
  assert.ok(direct.text.endsWith('في مجال الطاقة الخضراء'));
  // “متحدون 2024” and “طريق الحرير الرقمي” are names, not quotes
  assert.ok(!qs.some((q) => q.text.startsWith('متحدون') || q.text.startsWith('طريق الحرير')));
});
