import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { type Entity, layer } from '../../src/core/doc.ts';
import { sharedAvailable, sharedPath } from '../../src/core/paths.ts';
import { buildPipeline, type Pipeline } from '../../src/core/pipeline.ts';
import { lookup } from '../../src/kb/kb.ts';
import { nameKey } from '../../src/kb/keys.ts';
import { BASE_STAGES, analyze } from '../../src/stages/index.ts';
import { gazetteerStage } from '../../src/stages/gazetteer.ts';
import { type DemonymRef, linkStage } from '../../src/stages/link.ts';

const absent = !sharedAvailable('examples', 'aliyev-central-asia.expected.json') && 'shared data absent (../shared/examples)';

interface Expected {
  label_en: string;
  type: string;
  kind?: string;
  iso?: string;
  country?: string;
  role?: string;
  mentions: string[];
  adjective_mentions?: string[];
}

function check(pipeline: Pipeline, strictPeople: boolean): void {
  const text = readFileSync(sharedPath('examples', 'aliyev-central-asia.ar.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(sharedPath('examples', 'aliyev-central-asia.expected.json'), 'utf8')) as { entities: Expected[]; published: string };
  const doc = pipeline(text, { published: expected.published });
  const ents = layer<Entity>(doc, 'entities');
  let covered = 0;
  for (const x of expected.entities) {
    // KB-covered: some mention names a KB entry (entities outside the KB need the NER stage)
    const inKb = x.mentions.some((m) => lookup(m).length > 0);
    if (!inKb) continue;
    covered++;
    const ids = new Set<string>();
    for (const m of x.mentions) {
      const hits = ents.filter((e) => nameKey(e.text) === nameKey(m) || (e.text.includes(m) && e.text.length - m.length <= 2));
      assert.ok(hits.length > 0, `${x.label_en}: mention ${m} not linked`);
      for (const h of hits) ids.add(h.id!);
    }
    assert.equal(ids.size, 1, `${x.label_en}: mentions linked to ${[...ids].join(', ')}`);
    const e = ents.find((y) => y.id === [...ids][0])!;
    assert.equal(e.label_en, x.label_en);
    if (x.kind) assert.equal(e.kind === 'organization' ? 'organization' : e.kind, x.kind);
    if (x.iso) assert.equal(e.iso, x.iso);
    if (x.country) assert.equal(e.country, x.country);
    if (x.role) assert.equal(e.role, x.role);
    for (const a of x.adjective_mentions ?? []) {
      const dem = layer<DemonymRef>(doc, 'demonyms').filter((d) => d.text === a);
      assert.ok(dem.length > 0 && dem.every((d) => d.id === e.id), `adjective ${a} should refer to ${x.label_en}`);
    }
  }
  assert.ok(covered >= 15, `only ${covered} expected entities are in the KB`);
  // Kyrgyzstan: two spellings, one id
  const kg = ents.filter((e) => e.text === 'قيرغيزستان' || e.text === 'قرغيزستان');
  assert.equal(kg.length, 2);
  assert.equal(new Set(kg.map((e) => e.id)).size, 1);
  // Aliyev: six mentions, one entity, President of Azerbaijan
  const aliyev = ents.filter((e) => e.label_en === 'Ilham Aliyev');
  assert.equal(aliyev.length, 6);
  assert.equal(new Set(aliyev.map((e) => e.id)).size, 1);
  assert.ok(aliyev.every((e) => e.role === 'President of Azerbaijan'));
  // nothing else is called a person (from the KB alone), and every span is its text
  if (strictPeople) assert.deepEqual([...new Set(ents.filter((e) => e.type === 'PER').map((e) => e.label_en))], ['Ilham Aliyev']);
  for (const e of ents) assert.equal(doc.text.slice(e.start, e.end), e.text);
}

test('canonical article, gazetteer only: every KB-covered entity is linked to one id with its label', { skip: absent }, () => {
  check(buildPipeline([...BASE_STAGES, gazetteerStage, linkStage]), true);
});

test('canonical article, full analysis (with NER when its model is present): the same links', { skip: absent }, () => {
  check(analyze, false);
});
