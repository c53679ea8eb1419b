import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { type Doc, type Entity, layer } from '../../src/core/doc.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { fakeNer } from './fake-ner.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';
import { gazetteerStage } from '../../src/stages/gazetteer.ts';
import { linkStage } from '../../src/stages/link.ts';
import { AMBIGUITY_FILE, isDateline, parseAmbiguity } from '../../src/kb/ambiguity.ts';
import { getEntity } from '../../src/kb/kb.ts';


const gazOnly = buildPipeline([...BASE_STAGES, gazetteerStage, linkStage]);
const withNer = (tags: [string, Entity['type']][]) => buildPipeline([...BASE_STAGES, fakeNer(tags), gazetteerStage, linkStage]);
const ents = (d: Doc) => layer<Entity>(d, 'entities');
/** Labels of the mentions whose text ends with `s` (clitics stay outside spans), in order. */
const labels = (d: Doc, s: string) => ents(d).filter((e) => e.text.endsWith(s)).map((e) => e.label_en);

test('ambiguity table: every reading is a KB entity, every name has two readings or more', () => {
  const table = parseAmbiguity(readFileSync(AMBIGUITY_FILE, 'utf8'));
  assert.ok(table.size >= 4);
  for (const [key, readings] of table) {
    assert.ok(readings.length >= 2, key);
    for (const r of readings) assert.ok(getEntity(r.id), `${key}: ${r.id} is not in the KB`);
  }
  assert.throws(() => parseAmbiguity('عمان | Q842 | nearby=x'), /unknown cue/);
});

test('عمان next to Jordanian actors is Amman; with Omani cues it is Oman', () => {
  const ner = withNer([['عمان', 'LOC']]);
  assert.deepEqual(labels(ner('التقى وزير الطاقة الأردني نظيره السوري في عمان أمس.'), 'عمان'), ['Amman']);
  assert.deepEqual(labels(ner('وقال مسؤولون أردنيون إن الاجتماع المقبل سيعقد في عمان.'), 'عمان'), ['Amman']);
  // both readings in one sentence: the title before the first makes it the country
  assert.deepEqual(labels(ner('استقبل وزير خارجية عمان نظيره الأردني في عمان.'), 'عمان'), ['Oman', 'Amman']);
  assert.deepEqual(labels(ner('وقعت عمان والإمارات اتفاقية للتجارة الحرة.'), 'عمان'), ['Oman']);
  assert.deepEqual(labels(ner('وقعت الإمارات وعمان اتفاقية للتجارة الحرة.'), 'عمان'), ['Oman']);
  // no cue at all: the default reading (the country), as before
  assert.deepEqual(labels(ner('قال الخبير إن عمان تستعد لموسم الأمطار.'), 'عمان'), ['Oman']);
  // an Omani adjective in the sentence supports the country
  assert.deepEqual(labels(ner('قال الوزير العماني إن عمان تستعد لموسم الأمطار.'), 'عمان'), ['Oman']);
});

test('names that already say which reading stay as they were', () => {
  assert.deepEqual(labels(gazOnly('زار الرئيس سلطنة عمان الأسبوع الماضي.'), 'عمان'), ['Oman']);
  assert.deepEqual(labels(gazOnly('عقد المؤتمر في العاصمة الأردنية عمان.'), 'عمان'), ['Amman']);
});

test('an ambiguous name links without NER only on a strong cue', () => {
  // a dateline names a city
  const d = gazOnly('عمان - أعلنت الحكومة رفع أسعار الوقود.\nوقال الوزير إن القرار مؤقت.');
  assert.deepEqual(labels(d, 'عمان'), ['Amman']);
  assert.deepEqual(labels(gazOnly('عمان (رويترز) - أعلنت الحكومة رفع أسعار الوقود.'), 'عمان'), ['Amman']);
  // coordination with a country
  assert.deepEqual(labels(gazOnly('وقعت عمان والإمارات اتفاقية للتجارة الحرة.'), 'عمان'), ['Oman']);
  // the country of one reading alone is not enough without NER
  assert.deepEqual(labels(gazOnly('قال مسؤول أردني إن عمان مستعدة.'), 'عمان'), []);
  // not a dateline: the name inside a sentence followed by a dash
  assert.equal(isDateline('وصل إلى عمان - ثم غادر', 9, 13), false);
  assert.equal(isDateline('نص\nعمان: أعلنت', 3, 7), true);
});

test('Tripoli in Lebanon or in Libya, Georgia the country or the state, the two Congos', () => {
  assert.deepEqual(labels(gazOnly('اندلعت اشتباكات في طرابلس شمال لبنان.'), 'طرابلس'), ['Tripoli (Lebanon)']);
  assert.deepEqual(labels(gazOnly('قال مسؤولون لبنانيون إن الجيش انتشر في طرابلس.'), 'طرابلس'), ['Tripoli (Lebanon)']);
  assert.deepEqual(labels(gazOnly('قالت الحكومة الليبية في طرابلس إن الهدنة صامدة.'), 'طرابلس'), ['Tripoli']);
  assert.deepEqual(labels(gazOnly('وصل الوفد إلى طرابلس صباح اليوم.'), 'طرابلس'), ['Tripoli']);
  assert.deepEqual(labels(gazOnly('أعلن حاكم جورجيا حالة الطوارئ في أتلانتا.'), 'جورجيا'), ['Georgia (U.S. state)']);
  assert.deepEqual(labels(gazOnly('وصل رئيس وزراء جورجيا إلى تبليسي.'), 'جورجيا'), ['Georgia']);
  assert.deepEqual(labels(gazOnly('تجري الانتخابات في جورجيا الشهر المقبل.'), 'جورجيا'), ['Georgia']);
  assert.deepEqual(labels(gazOnly('عاد اللاجئون من برازافيل إلى الكونغو.'), 'الكونغو'), ['Republic of the Congo']);
  assert.deepEqual(labels(gazOnly('اندلعت معارك في شرق الكونغو قرب غوما.'), 'الكونغو'), ['DR Congo']);
});

test('a title before an ambiguous country name resolved in context gives the role', () => {
  const ner = withNer([['عمان', 'LOC'], ['بدر البوسعيدي', 'PER']]);
  const d = ner('وصل وزير خارجية عمان بدر البوسعيدي إلى طهران.');
  assert.equal(ents(d).find((e) => e.text === 'بدر البوسعيدي')?.role, 'Minister of Foreign Affairs of Oman');
});
