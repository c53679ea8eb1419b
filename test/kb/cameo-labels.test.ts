import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../../src/core/paths.ts';
import { getEntity, kbIndex, lookup } from '../../src/kb/kb.ts';
import { analyze } from '../../src/stages/index.ts';
import { mergeSameLabel, parseCameoLabels } from '../../scripts/build-kb.ts';
import type { KbEntity } from '../../src/kb/types.ts';

const labels = parseCameoLabels(repoPath('data', 'kb', 'cameo-labels.txt'));

test('cameo-labels.txt: every key names a CAMEO entry of the built KB, and that entry carries the label', () => {
  // a CAMEO entry is found by its Arabic name, as its own entry or folded into the entity of the
  // same kind and label (build-kb's mergeSameLabel: `جامعة عربي` is an alias of the Arab League)
  const cameo = new Map<string, { id: string; label_en: string }[]>();
  for (const e of kbIndex().entities) {
    if (!e.id.startsWith('m:cameo:') && !e.cameo?.length) continue;
    for (const a of new Set([e.label_ar, ...e.aliases])) cameo.set(a, [...(cameo.get(a) ?? []), e]);
  }
  assert.ok(labels.size >= 100);
  for (const [ar, en] of labels) {
    const hits = cameo.get(ar);
    assert.ok(hits?.length, `cameo-labels.txt: "${ar}" names no CAMEO entry of data/kb/kb.json`);
    for (const e of hits) assert.equal(e.label_en, en, e.id);
    // a hand-written label is English, not Arabic or a stray transliteration field
    assert.ok(/^\p{Lu}/u.test(en) && !/[\u0600-\u06FF]/.test(en), en);
  }
});

test('the built KB: known CAMEO bodies have their English names under their old transliterated ids', () => {
  assert.equal(getEntity('m:cameo:jabha-shabi-l-tahrir-falstin')?.label_en, 'Popular Front for the Liberation of Palestine');
  // bodies the KB already had are one entity: the CAMEO names are aliases of it (one id per thing)
  assert.equal(getEntity('m:cameo:jama-arbi'), undefined);
  assert.equal(lookup('جامعة عربي')[0]?.entity.label_en, 'Arab League');
  assert.equal(lookup('مفوضية أعلى ل شأن اللاجئين')[0]?.entity.id, 'm:organization:unhcr');
  assert.equal(lookup('بنك عالمي')[0]?.entity.id, 'Q7164');
  assert.equal(lookup('مؤسسة نقد سعودي')[0]?.entity.label_en, 'Saudi Central Bank');
  assert.equal(getEntity('m:cameo:majls-naib-shab-sini')?.label_en, "National People's Congress (China)");
  // people: the usual English spelling, under the id built from the transliteration
  assert.equal(getEntity('m:cameo:bil-kalintun-us')?.label_en, 'Bill Clinton');
  // three CAMEO spellings of Shimon Peres are one entity, under the first one's id
  assert.equal(getEntity('m:cameo:shamun-birs-il')?.label_en, 'Shimon Peres');
  assert.equal(getEntity('m:cameo:shamun-biriz-il'), undefined);
  assert.equal(lookup('شمعون بيريز')[0]?.entity.id, 'm:cameo:shamun-birs-il');
  assert.equal(lookup('جون ماكين')[0]?.entity.label_en, 'John McCain');
  // the Arabic side is untouched: the entry is still found by its Arabic name
  assert.equal(lookup('الحزب الاشتراكي اليمني')[0]?.entity.id, 'm:cameo:hazb-ashtraki-yamni');
  assert.equal(lookup('البنك العالمي')[0]?.entity.label_en, 'World Bank');
  // an entry not in the file keeps its built label (a description, not one body)
  assert.match(getEntity('m:cameo:mahkma-duli')?.label_en ?? '', /^Mahkma Duli \(/);
});

test('in an analysis: a CAMEO party is shown with its English name', () => {
  const doc = analyze('أعلن الحزب الاشتراكي اليمني رفضه للقرار أمس.', { published: '2024-05-01' });
  const ents = (doc.layers.entities ?? []) as { id?: string; label_en?: string }[];
  assert.ok(ents.some((e) => e.id === 'm:cameo:hazb-ashtraki-yamni' && e.label_en === 'Yemeni Socialist Party'), JSON.stringify(ents));
});

test('parseCameoLabels: bad lines fail loudly (a missing label, an extra field, a key listed twice)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cameo-labels-'));
  const file = (text: string) => {
    const p = join(dir, `${Math.random()}.txt`);
    writeFileSync(p, text);
    return p;
  };
  assert.equal(parseCameoLabels(file('# comment\n\nبنك عالمي | World Bank\n')).get('بنك عالمي'), 'World Bank');
  assert.equal(parseCameoLabels(file('بنك   عالمي |  World   Bank \n')).get('بنك عالمي'), 'World Bank');
  assert.throws(() => parseCameoLabels(file('بنك عالمي |\n')), /cameo-labels.txt:1/);
  assert.throws(() => parseCameoLabels(file('بنك عالمي | World Bank | x\n')), /cameo-labels.txt:1/);
  assert.throws(() => parseCameoLabels(file('بنك عالمي | World Bank\nبنك عالمي | Bank\n')), /listed twice/);
});

test('build-kb mergeSameLabel: a CAMEO entry of the same kind and English label is folded into the entity before it', () => {
  const mk = (id: string, kind: KbEntity['kind'], label_en: string, ar: string, source: string, cameo?: string[]): KbEntity =>
    ({ id, kind, label_en, label_ar: ar, aliases: [ar], source, ...(cameo ? { cameo } : {}) }) as KbEntity;
  const out = mergeSameLabel([
    mk('Q7184', 'organization', 'NATO', 'حلف شمال الأطلسي', 'curated.txt'),
    mk('m:region:hong-kong', 'region', 'Hong Kong', 'هونغ كونغ', 'curated.txt'),
    mk('m:cameo:a', 'organization', 'nato', 'تحالف الناتو', 'CAMEO Arabic actor dictionary', ['IGO']),
    mk('m:cameo:b', 'person', 'NATO', 'ناتو', 'CAMEO Arabic actor dictionary'),
    mk('m:country:hk', 'country', 'Hong Kong', 'هونغ كونغ', 'world-countries'),
    mk('m:organization:x', 'organization', 'NATO', 'الناتو', 'curated.txt'),
  ]);
  assert.deepEqual(out.map((e) => e.id), ['Q7184', 'm:region:hong-kong', 'm:cameo:b', 'm:country:hk', 'm:organization:x']);
  assert.deepEqual(out[0]!.aliases, ['حلف شمال الأطلسي', 'تحالف الناتو']);
  assert.deepEqual(out[0]!.cameo, ['IGO']);
});
