import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc, withLayers } from '../../src/core/doc.ts';
import { sharedAvailable, sharedPath } from '../../src/core/paths.ts';
import { buildGist, gistStage, type GistLine } from '../../src/stages/gist.ts';
import type { EventSpan } from '../../src/events/extract.ts';

const actor = (id: string, label: string) => ({ id, label, start: 0, end: 1, kind: 'entity' as const });
function ev(code: string, over: Partial<EventSpan>): EventSpan {
  return {
    start: 0, end: 1, code, name: 'x', quad_class: 1, goldstein: 0, source: null, target: null, participants: [], place: null, date: null,
    trigger: { start: 0, end: 1, text: 'x' }, evidence: { start: 0, end: 1 }, confidence: 0.8, ...over,
  };
}

test('gist: an appeal reads source, target, role on first mention, place and date', () => {
  const text = 'دعا الرئيس علييف دول آسيا الوسطى إلى التعاون.';
  let d = createDoc(text, { published: '2024-08-09' });
  d = withLayers(d, {
    sentences: [{ start: 0, end: text.length, paragraph: 0, kind: 'headline', tokenStart: 0, tokenEnd: 1 }],
    entities: [{ start: 11, end: 16, type: 'PER', text: 'علييف', confidence: 1, source: 't', id: 'p1', label_en: 'Ilham Aliyev', role: 'President of Azerbaijan' }],
    events: [
      ev('0212', { source: actor('p1', 'Ilham Aliyev'), target: actor('g', 'states of Central Asia'), place: actor('a', 'Astana') }),
      ev('036', { start: 5, source: actor('p1', 'Ilham Aliyev'), target: actor('g', 'states of Central Asia'), date: { start: 0, end: 1, value: '2024-09', granularity: 'month' } }),
    ],
  });
  const lines = buildGist(d).map((l) => l.text);
  assert.equal(lines[0], 'Ilham Aliyev (President of Azerbaijan) appealed to states of Central Asia for military cooperation (Astana, 2024-08-09).');
  assert.equal(lines[1], 'Ilham Aliyev invited states of Central Asia (2024-09).', 'role only on the first mention');
});

test('gist: participants are listed with "and"; a missing target is left out, not printed as a blank', () => {
  const d = withLayers(createDoc('نص'), {
    events: [
      ev('057', { participants: [actor('AZ', 'Azerbaijan'), actor('KZ', 'Kazakhstan'), actor('UZ', 'Uzbekistan')] }),
      ev('14', { code: '141', source: actor('pr', 'protesters') }),
      ev('0212', { source: actor('x', 'Egypt') }),
    ],
  });
  const lines = buildGist(d).map((l) => l.text);
  assert.ok(lines.includes('Azerbaijan, Kazakhstan and Uzbekistan signed an agreement.'));
  assert.ok(lines.includes('Protesters protested.'));
  assert.ok(lines.includes('Egypt appealed for military cooperation.'));
});

test('gist: quantities about a named thing read as from → to with their unit', () => {
  const text = 'زيادة القدرة الاستيعابية لخط السكة الحديد من مليون طن إلى 5 ملايين طن';
  const d = withLayers(createDoc(text), {
    entities: [{ start: 25, end: 41, type: 'MISC', text: 'x', confidence: 1, source: 't', id: 'btk', label_en: 'Baku–Tbilisi–Kars railway' }],
    quantities: [{ start: 42, end: text.length, kind: 'change', from: 1e6, to: 5e6, unit: 'tonne', measured: { start: 6, end: 41, text: text.slice(6, 41) } }],
  });
  const [q] = buildGist(d).filter((l: GistLine) => l.kind === 'quantity');
  assert.equal(q!.text, 'Capacity of the Baku–Tbilisi–Kars railway: 1 million → 5 million t.');
});

test('gist: an empty Doc has no lines; the stage declares its contract', () => {
  assert.deepEqual(buildGist(createDoc('')), []);
  assert.deepEqual([...gistStage.assigns], ['gist']);
});

test('gist of the canonical article', { skip: !sharedAvailable('examples', 'aliyev-central-asia.ar.txt') && 'shared data absent' }, async () => {
  const { analyze } = await import('../../src/stages/index.ts');
  const d = analyze(readFileSync(sharedPath('examples', 'aliyev-central-asia.ar.txt'), 'utf8'), { published: '2024-08-09' });
  const text = (d.layers.gist as GistLine[]).map((l) => l.text).join('\n');
  assert.match(text, /^Ilham Aliyev \(President of Azerbaijan\) appealed to states of Central Asia for military cooperation/m);
  assert.match(text, /Azerbaijan, Kazakhstan and Uzbekistan signed an agreement \(2024-05\)/);
  assert.match(text, /Capacity of the Baku–Tbilisi–Kars railway: 1 million → 5 million t/);
});

test('gist: violence with only its target known reads as a noun phrase, never as the target attacking itself', () => {
  const civ = actor('civ', 'civilians');
  const d = withLayers(createDoc('نص'), {
    events: [
      ev('180', { target: civ, participants: [civ] }),
      ev('186', { start: 2, target: actor('m', 'the mayor') }),
      ev('111', { start: 3, target: actor('g', 'the government') }),
    ],
  });
  const lines = buildGist(d).map((l) => l.text);
  assert.deepEqual(lines, ['Attack on civilians.', 'Assassination of the mayor.'], 'criticism without its critic is left out');
});

test('gist: a verb that needs an object reads whole when the target is unknown', () => {
  const d = withLayers(createDoc('نص'), {
    events: [ev('051', { source: actor('IL', 'Israel') }), ev('111', { start: 2, source: actor('IR', 'Iran') })],
  });
  assert.deepEqual(buildGist(d).map((l) => l.text), ['Israel expressed approval.', 'Iran voiced criticism.']);
});

test('gist: the roots 08, 09, 12, 15, 16 and 20 read as English clauses, with or without their target', () => {
  const us = actor('US', 'United States');
  const ir = actor('IR', 'Iran');
  const d = withLayers(createDoc('نص'), {
    events: [
      ev('163', { source: us, target: ir, participants: [us, ir] }),
      ev('163', { start: 2, source: us }),
      ev('0841', { start: 3, source: ir }),
      ev('125', { start: 4, source: ir, target: us }),
      ev('125', { start: 5, source: ir }),
    ],
  });
  assert.deepEqual(buildGist(d).map((l) => l.text), [
    'United States imposed sanctions on Iran.',
    'United States imposed sanctions.',
    'Iran released detainees.',
    'Iran rejected a proposal to meet or negotiate from United States.',
    'Iran rejected a proposal to meet or negotiate.',
  ]);
  const d2 = withLayers(createDoc('نص'), {
    events: [
      ev('154', { source: actor('RU', 'Russia') }),
      ev('091', { start: 2, source: actor('p', 'police') }),
      ev('2041', { start: 3, source: actor('f', 'armed forces') }),
    ],
  });
  assert.deepEqual(buildGist(d2).map((l) => l.text), ['Russia mobilised forces.', 'Police opened a criminal investigation.', 'Armed forces used chemical weapons.']);
});
