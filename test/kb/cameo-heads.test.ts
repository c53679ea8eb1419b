import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repoPath } from '../../src/core/paths.ts';
import { norm } from '../../src/ar/normalize.ts';
import { wordKey } from '../../src/kb/keys.ts';
import { getEntity, lookup } from '../../src/kb/kb.ts';
import { analyze } from '../../src/stages/index.ts';
import { cameoHeadLabel, parseCameoHeads } from '../../scripts/build-kb.ts';

const heads = parseCameoHeads(repoPath('data', 'kb', 'cameo-heads.txt'));
const keys = (s: string) => s.split(' ').map((w) => wordKey(norm(w)));
const adjectives = new Set(['سوداني', 'عراقي']);
const names = new Set(['كويت', 'لبنان', 'سعوديه']);
const label = (name: string, country: string) => cameoHeadLabel(keys(name), heads, adjectives, names, country);

test('CAMEO head + country adjective: "Head (Country)" for a body, nothing for a kind, unchanged otherwise', () => {
  assert.equal(label('جيش سوداني', 'Sudan'), 'Army (Sudan)');
  assert.equal(label('الجيش السوداني', 'Sudan'), 'Army (Sudan)');
  assert.equal(label('جيش لبنان', 'Lebanon'), 'Army (Lebanon)');
  // the longest head wins: وزارة خارجية is a body, وزارة alone a kind
  assert.equal(label('وزارة خارجية عراقي', 'Iraq'), 'Ministry of Foreign Affairs (Iraq)');
  assert.equal(label('وزارة عراقي', 'Iraq'), null);
  assert.equal(label('شركة سعودية', 'Saudi Arabia'), null);
  // a kind with a country's name is a proper name (Kuwait University): left alone
  assert.equal(label('جامعة كويت', 'Kuwait'), undefined);
  // other shapes keep their labels: more words, no country word, an unlisted head
  assert.equal(label('جيش تحرير سوداني', 'Sudan'), undefined);
  assert.equal(label('برلمان عربي', 'Iraq'), undefined);
  assert.equal(label('منظمة عراقي', 'Iraq'), undefined);
});

test('the built KB: CAMEO bodies have English labels under their old ids; descriptions are not entities', () => {
  assert.equal(getEntity('m:cameo:jish-sudani')?.label_en, 'Army (Sudan)');
  assert.equal(getEntity('m:cameo:barlman-araqi')?.label_en, 'Parliament (Iraq)');
  assert.equal(getEntity('m:cameo:wazara-kharjia-saudi')?.label_en, 'Ministry of Foreign Affairs (Saudi Arabia)');
  assert.equal(lookup('البرلمان العراقي')[0]?.entity.id, 'm:cameo:barlman-araqi');
  assert.equal(getEntity('m:cameo:sharka-saudia'), undefined);
  assert.equal(getEntity('m:cameo:sahifa-baritani'), undefined);
  assert.ok(!lookup('شركة سعودية').some((h) => h.entity.id.startsWith('m:cameo:')));
  // names that only look like the shape stay: the Arab League (folded into the curated entity of
  // that name) and Kuwait University
  assert.equal(lookup('جامعة عربي')[0]?.entity.label_en, 'Arab League');
  assert.ok(getEntity('m:cameo:jama-kuyt'));
});

test('in an analysis: the Sudanese army is "Army (Sudan)", "a Saudi company" is no KB entity', () => {
  const doc = analyze('قال الجيش السوداني إن قواته تقدمت. ووقعت شركة سعودية عقدا جديدا أمس.', { published: '2024-05-01' });
  const ents = (doc.layers.entities ?? []) as { id?: string; label_en?: string; text?: string }[];
  assert.ok(ents.some((e) => e.id === 'm:cameo:jish-sudani' && e.label_en === 'Army (Sudan)'));
  assert.ok(!ents.some((e) => e.id?.startsWith('m:cameo:sharka')));
});
