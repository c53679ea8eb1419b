import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { layer, type Entity } from '../../src/core/doc.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { sharedAvailable, sharedPath } from '../../src/core/paths.ts';
import { DEFAULT_MODEL_PATH } from '../../src/ner/tagger.ts';
import { BASE_STAGES, analyze } from '../../src/stages/index.ts';
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

type Expected = { entities: { label_en: string; type: string; kind?: string; mentions: string[] }[] };

/** Labels of the expected persons, countries and cities none of whose mentions is among `ents` with the right type. */
function missing(ents: Entity[], expected: Expected): string[] {
  const out: string[] = [];
  for (const x of expected.entities) {
    if (!(x.type === 'PER' || x.kind === 'country' || x.kind === 'city')) continue;
    if (!x.mentions.some((m) => ents.some((e) => e.type === x.type && e.text === m))) out.push(x.label_en);
  }
  return out;
}

const canonical = () => ({
  text: readFileSync(sharedPath('examples', 'aliyev-central-asia.ar.txt'), 'utf8'),
  expected: JSON.parse(readFileSync(sharedPath('examples', 'aliyev-central-asia.expected.json'), 'utf8')) as Expected,
});
const skipCanonical = (!haveModel && 'NER model absent') || (!sharedAvailable('examples', 'aliyev-central-asia.ar.txt') && 'shared data absent');

/**
 * Known misses of the NER model alone: both cities occur only once, inside the dash-separated
 * railway name "باكو – تبليسي – قارص", a pattern that in ANERcorp marks datelines
 * ("CITY - AUTHOR -"). The full pipeline finds them (next test) through the gazetteer stage.
 */
const KNOWN_NER_MISSES = ['Tbilisi', 'Kars'];

test('canonical article, NER alone: every person and country, and the cities but two known misses', { skip: skipCanonical }, () => {
  const { text, expected } = canonical();
  const miss = missing(layer<Entity>(nerPipeline()(text), 'entities'), expected);
  const unexpected = miss.filter((m) => !KNOWN_NER_MISSES.includes(m));
  assert.deepEqual(unexpected, []);
  assert.ok(!miss.includes('Ilham Aliyev') && !miss.includes('Astana') && !miss.includes('Baku'));
});

test('canonical article, full pipeline: every person, country and city is found with the right type', { skip: skipCanonical }, () => {
  const { text, expected } = canonical();
  const ents = layer<Entity>(analyze(text, { published: '2024-08-09' }), 'entities');
  assert.deepEqual(missing(ents, expected), []);
});

test('ner stage: a span the tagger starts on a preposition or particle begins after it; a name like وليد is not cut', async () => {
  const { findEntities } = await import('../../src/stages/ner.ts');
  type Sent = readonly string[];
  // a stand-in tagger: `عن بيكر` and `في` alone as names, `على حسن` kept (على is often a misspelt علي)
  const fake = {
    tagDocument: (sents: readonly Sent[]) => sents.map((s) => {
      const tags = s.map(() => 'O');
      s.forEach((w, i) => {
        if (w === 'عن' && s[i + 1] === 'بيكر') { tags[i] = 'B-PER'; tags[i + 1] = 'I-PER'; }
        if (w === 'في' && s[i + 1] === 'المدينة') tags[i] = 'B-LOC';
        if (w === 'على' && s[i + 1] === 'حسن') { tags[i] = 'B-PER'; tags[i + 1] = 'I-PER'; }
        if (w === 'وليد' || w === 'وكازاخستان') tags[i] = w === 'وليد' ? 'B-PER' : 'B-LOC';
        if (s[i - 1] === 'وليد') tags[i] = 'I-PER';
      });
      return { tags, confidence: s.map(() => 0.9) };
    }),
  };
  const text = 'تحدث عن بيكر في المدينة مع على حسن، وليد المعلم وكازاخستان.';
  const d = buildPipeline([...BASE_STAGES])(text);
  const ents = findEntities(text, layer(d, 'tokens'), layer(d, 'words'), layer(d, 'sentences'), fake as never);
  // a common name whose first letter looks like a clitic keeps it (وليد); a real clitic stays outside
  assert.deepEqual(ents.map((e) => [e.type, e.text]), [['PER', 'بيكر'], ['PER', 'على حسن'], ['PER', 'وليد المعلم'], ['LOC', 'كازاخستان']]);
});
