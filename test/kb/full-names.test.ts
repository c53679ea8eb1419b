/**
 * Full names with lineage (docs/linking.md, "Full names with lineage"): a known person's name
 * followed by `بن X` / `آل X` is that person named in full, unless the KB gives the person
 * another father or house, or the name is a single one (`عبد العزيز`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type Entity, layer } from '../../src/core/doc.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { fakeNer } from './fake-ner.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';
import { gazetteerStage } from '../../src/stages/gazetteer.ts';
import { linkStage } from '../../src/stages/link.ts';

const run = (tags: [string, Entity['type']][], text: string) =>
  buildPipeline([...BASE_STAGES, fakeNer(tags), gazetteerStage, linkStage])(text, { published: '2019-05-01' });
const link = (tags: [string, Entity['type']][], text: string) => layer<Entity>(run(tags, text), 'entities');
const person = (ents: Entity[], text: string) => ents.find((e) => e.text === text);

test('a known person named with fathers and house links to that person', () => {
  for (const name of ['محمد بن سلمان بن عبدالعزيز آل سعود', 'محمد بن سلمان بن عبد العزيز', 'محمد بن سلمان آل سعود']) {
    const ents = link([[name, 'PER']], `استقبل ولي العهد ${name} وفدا من رجال الأعمال.`);
    const p = person(ents, name);
    assert.ok(p, `${name}: ${JSON.stringify(ents.map((e) => e.text))}`);
    assert.equal(p.id, 'm:person:mohammed-bin-salman', name);
    assert.equal(p.link, 'kb');
  }
  // the same rule for other people of the KB (a house written in the KB and agreeing, another father added)
  const tamim = person(link([['تميم بن حمد بن خليفة آل ثاني', 'PER']], 'وصل الشيخ تميم بن حمد بن خليفة آل ثاني إلى العاصمة.'), 'تميم بن حمد بن خليفة آل ثاني');
  assert.equal(tamim?.id, 'm:person:tamim-bin-hamad-al-thani');
  const salman = person(link([['سلمان بن عبد العزيز بن عبد الرحمن آل سعود', 'PER']], 'أصدر الملك سلمان بن عبد العزيز بن عبد الرحمن آل سعود أمرا.'), 'سلمان بن عبد العزيز بن عبد الرحمن آل سعود');
  assert.equal(salman?.id, 'm:person:salman-bin-abdulaziz');
  // without a NER span the gazetteer still takes the whole name, and the father's name inside is no entity
  const bare = link([], 'التقى الوزير محمد بن سلمان بن عبدالعزيز آل سعود في الرياض.');
  assert.deepEqual(bare.filter((e) => e.type === 'PER').map((e) => [e.text, e.id]), [['محمد بن سلمان بن عبدالعزيز آل سعود', 'm:person:mohammed-bin-salman']]);
});

test('lineage the KB contradicts, a single name before it, or no lineage at all: no link to the known person', () => {
  // another house than the KB's (`تميم بن حمد آل ثاني`)
  const other = person(link([['تميم بن حمد آل خليفة', 'PER']], 'شارك تميم بن حمد آل خليفة في البطولة.'), 'تميم بن حمد آل خليفة');
  assert.ok(other);
  assert.notEqual(other.id, 'm:person:tamim-bin-hamad-al-thani');
  // another house for a person the KB writes with `آل سعود`
  const nahyan = person(link([['سلمان بن عبد العزيز آل نهيان', 'PER']], 'حضر سلمان بن عبد العزيز آل نهيان الحفل.'), 'سلمان بن عبد العزيز آل نهيان');
  assert.ok(nahyan);
  assert.notEqual(nahyan.id, 'm:person:salman-bin-abdulaziz');
  // `عبد العزيز` is one name: with lineage after it, it is another man
  const one = person(link([['عبد العزيز بن سعود بن نايف', 'PER']], 'أعلن الأمير عبد العزيز بن سعود بن نايف القرار.'), 'عبد العزيز بن سعود بن نايف');
  assert.ok(one);
  assert.equal(one.link, 'new');
  // `الابن` (Junior) and `ابن الملك` ("the king's son") are no lineage
  const jr = link([], 'ظهر دونالد ترامب الابن منذ أيام في المؤتمر.').filter((e) => e.type === 'PER');
  assert.deepEqual(jr.map((e) => e.text), ['دونالد ترامب']);
  const son = link([], 'وصل محمد بن سلمان ابن الملك إلى المدينة.').filter((e) => e.id === 'm:person:mohammed-bin-salman');
  assert.deepEqual(son.map((e) => e.text), ['محمد بن سلمان']);
});

test('a lineage span round-trips and ends before punctuation', () => {
  const text = 'قال محمد بن سلمان بن عبد العزيز، في كلمته، إن المملكة ماضية في خططها.';
  const ents = link([], text);
  const p = ents.find((e) => e.id === 'm:person:mohammed-bin-salman')!;
  assert.equal(text.slice(p.start, p.end), 'محمد بن سلمان بن عبد العزيز');
});

test('a kin word after `ابن`/`بنت` (`ابن عمه`, `ابن أخيه`) is no father: the name stops before it', () => {
  for (const kin of ['ابن عمه', 'ابن أخيه', 'ابن خاله', 'بنت شقيقه']) {
    const ents = link([], `حضر محمد بن سلمان ${kin} حفل الافتتاح.`).filter((e) => e.id === 'm:person:mohammed-bin-salman');
    assert.deepEqual(ents.map((e) => e.text), ['محمد بن سلمان'], kin);
  }
  // close positive: the same sentence with the father's name is the full name
  const ents = link([], 'حضر محمد بن سلمان بن عبدالعزيز حفل الافتتاح.').filter((e) => e.id === 'm:person:mohammed-bin-salman');
  assert.deepEqual(ents.map((e) => e.text), ['محمد بن سلمان بن عبدالعزيز']);
});
