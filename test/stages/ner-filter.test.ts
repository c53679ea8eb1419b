import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { layer, type Entity } from '../../src/core/doc.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { DEFAULT_MODEL_PATH } from '../../src/ner/tagger.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';
import { commonWordReason, findEntities, joinTheophoric, nerStage, type NerChange } from '../../src/stages/ner.ts';
import type { Tagger } from '../../src/ner/tagger.ts';

const haveModel = existsSync(DEFAULT_MODEL_PATH());

test('commonWordReason: listed words, words usually written with the article, -ية adjectives', () => {
  assert.equal(commonWordReason('الله', 'PER'), 'listed');
  assert.equal(commonWordReason('الأكراد', 'ORG'), 'listed');
  assert.equal(commonWordReason('حرس', 'ORG'), 'article');
  assert.equal(commonWordReason('صحراوية', 'LOC'), 'nisba');
});

test('commonWordReason: names that are also words are kept', () => {
  // one-word persons are given names as often as not
  for (const w of ['أمل', 'سلام', 'دين', 'أميرة']) assert.equal(commonWordReason(w, 'PER'), undefined, w);
  // places the KB knows, names with the article, Latin names
  for (const w of ['كازاخستان', 'القاهرة', 'CNN']) assert.equal(commonWordReason(w, 'LOC'), undefined, w);
  // `جنيه` ends in ـيه, not the adjective ending ـية
  assert.equal(commonWordReason('جنيه', 'MISC'), undefined);
});

/** A tagger that tags the given words of each sentence (by index) with fixed BIO tags. */
function fakeTagger(tagOf: (w: string, i: number, ws: string[]) => string): Tagger {
  return {
    tagDocument: (sents: string[][]) => sents.map((ws) => ({ tags: ws.map((w, i) => tagOf(w, i, ws)) })),
  } as unknown as Tagger;
}

function run(text: string, tags: Record<string, string>): { ents: Entity[]; changes: NerChange[] } {
  const doc = buildPipeline([...BASE_STAGES])(text);
  const changes: NerChange[] = [];
  const ents = findEntities(text, layer(doc, 'tokens'), layer(doc, 'words'), layer(doc, 'sentences'), fakeTagger((w) => tags[w] ?? 'O'), changes);
  return { ents, changes };
}

test('ner stage filter: a common word is dropped, a title keeps a one-word name, an ORG head retypes', () => {
  let r = run('وقعت الحادثة في منطقة صحراوية قرب الحدود.', { صحراوية: 'B-LOC' });
  assert.deepEqual(r.ents, []);
  assert.equal(r.changes[0]?.reason, 'nisba');

  r = run('وقال إن الله وحده يعلم.', { الله: 'B-PER' });
  assert.deepEqual(r.ents, []);

  // a listed word after a title is a name (`الشيخ الله` is odd, but the title rule must win)
  r = run('وصل الرئيس سلام إلى بيروت.', { سلام: 'B-PER', بيروت: 'B-LOC' });
  assert.deepEqual(r.ents.map((e) => [e.text, e.type]), [['سلام', 'PER'], ['بيروت', 'LOC']]);
  r = run('استقبل الأمير حرس الضيوف.', { حرس: 'B-ORG' });
  assert.deepEqual(r.ents.map((e) => e.text), ['حرس'], 'after a title even a common word survives');

  r = run('وقال مسؤول لشبكة CNN إن المحادثات مستمرة.', { لشبكة: 'B-PER', CNN: 'I-PER' });
  assert.deepEqual(r.ents.map((e) => [e.text, e.type]), [['شبكة CNN', 'ORG']]);
  assert.equal(r.changes[0]?.to, 'ORG');

  // a span the tagger starts on a particle begins after it
  r = run('وأكد لكن خاشقجي لم يعد.', { لكن: 'B-PER', خاشقجي: 'I-PER' });
  assert.deepEqual(r.ents.map((e) => e.text), ['خاشقجي']);
});

test('ner stage with the model: a one-word person after a title survives', { skip: !haveModel && 'NER model absent' }, () => {
  const text = 'والتقى الرئيس اللبناني ميشال عون السيدة أمل في بيروت، وقال إن الله وحده يعلم.';
  const ents = layer<Entity>(buildPipeline([...BASE_STAGES, nerStage])(text), 'entities');
  assert.ok(!ents.some((e) => e.text === 'الله'), 'الله alone is not an entity');
  assert.ok(ents.some((e) => e.text === 'ميشال عون'));
});

test('joinTheophoric: word + الله is one person with the name around it, and nothing without one', () => {
  const yes = () => true;
  const no = () => false;
  // the tagger's `الله` alone (MISC) with the next word a name: one PER of three words
  assert.deepEqual(joinTheophoric(['O', 'O', 'B-MISC', 'O', 'O'], ['الداعيه', 'فتح', 'الله', 'غولن', 'بتدبير'], (i) => i === 3), ['O', 'B-PER', 'I-PER', 'I-PER', 'O']);
  // a person after it (`صنع الله إبراهيم`), a one-word first name before it (`حسن نصر الله`)
  assert.deepEqual(joinTheophoric(['O', 'O', 'B-MISC', 'B-PER', 'O'], ['وقال', 'صنع', 'الله', 'ابراهيم', 'ان'], no), ['O', 'B-PER', 'I-PER', 'I-PER', 'O']);
  assert.deepEqual(joinTheophoric(['B-PER', 'O', 'B-MISC', 'O'], ['حسن', 'نصر', 'الله', 'ان'], no), ['B-PER', 'I-PER', 'I-PER', 'O']);
  // no name around it (`فتح الله عليه`): unchanged; nor after a word that is no name head
  assert.deepEqual(joinTheophoric(['O', 'O', 'B-MISC', 'O'], ['قالت', 'فتح', 'الله', 'عليه'], no), ['O', 'O', 'B-MISC', 'O']);
  assert.deepEqual(joinTheophoric(['O', 'B-MISC', 'O'], ['بسم', 'الله', 'الرحمن'], yes), ['O', 'B-MISC', 'O']);
  // a head inside another kind of entity (`مؤسسة عبد الله`) is left alone
  assert.deepEqual(joinTheophoric(['B-ORG', 'I-ORG', 'I-ORG', 'O'], ['مؤسسه', 'عبد', 'الله', 'الخيريه'], yes), ['B-ORG', 'I-ORG', 'I-ORG', 'O']);
});

test('ner stage: `فتح الله غولن` is one person although the tagger tags only `الله`', () => {
  const text = 'اتهمت أنقرة الداعية فتح الله غولن بتدبير المحاولة.';
  const { ents } = run(text, { الله: 'B-MISC' });
  assert.deepEqual(ents.map((e) => [e.type, e.text]), [['PER', 'فتح الله غولن']]);
  // a function word after it is not taken into the name, and then there is no person
  assert.deepEqual(run('وقالت إن فتح الله عليه أبواب الخير.', { الله: 'B-MISC' }).ents, []);
});
