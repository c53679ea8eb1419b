/**
 * KB kinds (docs/linking.md, "A substance kind, and curated kinds the build accepts"): the kinds of
 * `src/kb/types.ts` are the ones `data/kb/kb.json` uses and the header of `data/kb/curated.txt` lists;
 * Novichok is a `substance` and links as MISC.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { type Entity, layer } from '../../src/core/doc.ts';
import { repoPath } from '../../src/core/paths.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { getEntity } from '../../src/kb/kb.ts';
import { KB_KINDS, type KbFile } from '../../src/kb/types.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';
import { gazetteerStage } from '../../src/stages/gazetteer.ts';
import { linkStage } from '../../src/stages/link.ts';
import { CURATED_KINDS, checkHeaderKinds, headerKinds } from '../../scripts/build-kb.ts';
import { fakeNer } from './fake-ner.ts';

const run = (tags: [string, Entity['type']][], text: string) =>
  buildPipeline([...BASE_STAGES, fakeNer(tags), gazetteerStage, linkStage])(text, { published: '2018-04-01' });
const link = (tags: [string, Entity['type']][], text: string) => layer<Entity>(run(tags, text), 'entities');
const NOVICHOK = 'm:substance:novichok';

test('every entity of kb.json has a kind of KbKind, and Novichok is a substance without a Wikidata id', () => {
  const kb = JSON.parse(readFileSync(repoPath('data', 'kb', 'kb.json'), 'utf8')) as KbFile;
  const kinds = new Set<string>(KB_KINDS);
  for (const e of kb.entities) assert.ok(kinds.has(e.kind), `${e.id}: kind ${e.kind}`);
  const n = getEntity(NOVICHOK);
  assert.equal(n?.kind, 'substance');
  assert.equal(n?.label_en, 'Novichok');
  assert.equal(n?.qid, undefined);
  assert.deepEqual(n?.aliases, ['نوفيتشوك', 'نوفيشوك']);
});

test('the header of curated.txt lists exactly the kinds the build accepts', () => {
  const text = readFileSync(repoPath('data', 'kb', 'curated.txt'), 'utf8');
  assert.deepEqual([...headerKinds(text)!].sort(), [...CURATED_KINDS].sort());
  assert.ok(!CURATED_KINDS.includes('country'), 'countries come from the packages, not from curated lines');
  assert.doesNotThrow(() => checkHeaderKinds(text));
  // the old header: kinds listed that the build refuses, and a kind it accepts left out
  assert.throws(() => checkHeaderKinds('# kinds: city, region, sea, river, mountain, person, organization, event, facility, project, party, group\n'), /not listed: substance; not accepted: mountain, party, group/);
  assert.throws(() => checkHeaderKinds('# no kinds here\n'), /no "# kinds:" line/);
});

test('Novichok links as a MISC substance, with or without a NER span, in both spellings', () => {
  for (const [word, tags] of [
    ['نوفيتشوك', []],
    ['نوفيتشوك', [['نوفيتشوك', 'MISC']]],
    // the tagger marks it ORG: the KB kind decides the type (a substance is MISC)
    ['نوفيتشوك', [['نوفيتشوك', 'ORG']]],
    ['نوفيشوك', []],
  ] as [string, [string, Entity['type']][]][]) {
    const e = link(tags, `قال المحققون إن غاز الأعصاب ${word} استخدم في الهجوم على الجاسوس السابق.`).find((x) => x.text === word);
    assert.ok(e, `${word} ${JSON.stringify(tags)}`);
    assert.equal(e.id, NOVICHOK);
    assert.equal(e.kind, 'substance');
    assert.equal(e.type, 'MISC');
    assert.equal(e.label_en, 'Novichok');
  }
});

test('a close name is not Novichok, nor is a span the tagger marks as a person', () => {
  // a surname that begins like it
  const ents = link([['نوفيتش', 'PER']], 'وصل اللاعب نوفيتش إلى الملعب قبل المباراة.');
  assert.ok(!ents.some((e) => e.id === NOVICHOK), JSON.stringify(ents.map((e) => [e.text, e.id])));
  // a person is never linked to a substance (the link stage keeps PER and person together)
  const per = link([['نوفيتشوك', 'PER']], 'قال نوفيتشوك إنه سيعود إلى بلاده الأسبوع المقبل.');
  assert.ok(!per.some((e) => e.id === NOVICHOK), JSON.stringify(per.map((e) => [e.text, e.id])));
});
