import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { layer, type Entity } from '../../src/core/doc.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { sharedAvailable, sharedPath } from '../../src/core/paths.ts';
import { DEFAULT_MODEL_PATH } from '../../src/ner/tagger.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';
import { nerStage } from '../../src/stages/ner.ts';

const haveModel = existsSync(DEFAULT_MODEL_PATH());
const nerPipeline = () => buildPipeline([...BASE_STAGES, nerStage]);

test('ner stage: typed entities with offsets; a clitic stays outside the span', { skip: !haveModel && 'NER model absent' }, () => {
  const text = 'زار الرئيس الأذربيجاني إلهام علييف العاصمة أستانا، والتقى رئيس وكازاخستان.';
  const doc = nerPipeline()(text);
  const ents = layer<Entity>(doc, 'entities');
  assert.ok(doc.stages.includes('ner'));
  for (const e of ents) {
    assert.equal(text.slice(e.start, e.end), e.text);
    assert.ok(['PER', 'LOC', 'ORG', 'MISC'].includes(e.type));
    assert.ok(e.confidence > 0 && e.confidence <= 1);
    assert.equal(e.source, 'ner');
  }
  assert.ok(ents.some((e) => e.type === 'PER' && e.text === 'إلهام علييف'));
  const kz = ents.find((e) => e.text.includes('كازاخستان'));
  assert.ok(kz, 'وكازاخستان is found');
  assert.equal(kz.text, 'كازاخستان', 'the conjunction و is left out of the span');
  assert.equal(kz.type, 'LOC');
});

test('ner stage: empty and odd input never crash', { skip: !haveModel && 'NER model absent' }, () => {
  const p = nerPipeline();
  assert.deepEqual(layer(p(''), 'entities'), []);
  assert.ok(Array.isArray(layer(p('!!! ... 123 %%% \u200f\u200f'), 'entities')));
  assert.ok(Array.isArray(layer(p('كلمة '.repeat(2000)), 'entities')));
});

test(
  'canonical article: every person, country and city of the expected file is found with the right type',
  { skip: (!haveModel && 'NER model absent') || (!sharedAvailable('examples', 'aliyev-central-asia.ar.txt') && 'shared data absent') },
  () => {
    const text = readFileSync(sharedPath('examples', 'aliyev-central-asia.ar.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(sharedPath('examples', 'aliyev-central-asia.expected.json'), 'utf8')) as {
      entities: { label_en: string; type: string; kind?: string; mentions: string[] }[];
    };
    const ents = layer<Entity>(nerPipeline()(text), 'entities');
    const missing: string[] = [];
    for (const x of expected.entities) {
      if (!(x.type === 'PER' || x.kind === 'country' || x.kind === 'city')) continue;
      // found = at least one of its mentions is tagged as a whole with the right type
      if (!x.mentions.some((m) => ents.some((e) => e.type === x.type && e.text === m))) missing.push(`${x.label_en} (${x.type})`);
    }
    assert.deepEqual(missing, []);
  },
);
