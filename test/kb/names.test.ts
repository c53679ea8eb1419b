import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { type Entity, layer } from '../../src/core/doc.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { fakeNer } from './fake-ner.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';
import { gazetteerStage } from '../../src/stages/gazetteer.ts';
import { linkStage } from '../../src/stages/link.ts';
import { NAMES_FILE, nameTable, personLabel, transliterate } from '../../src/kb/translit.ts';
import { norm } from '../../src/ar/normalize.ts';

test('name table: a few hundred names, one spelling per normalised key, no empty or Arabic English side', () => {
  const lines = readFileSync(NAMES_FILE, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  assert.ok(lines.length >= 300, `${lines.length} names`);
  const seen = new Map<string, string>();
  for (const l of lines) {
    const [ar, en] = l.split('\t');
    assert.ok(ar && en && /^[A-Za-z][A-Za-z' -]*$/.test(en), l);
    const k = ar.split(/\s+/).map(norm).join(' ');
    assert.ok(!seen.has(k), `${ar} listed twice (${seen.get(k)})`);
    seen.set(k, ar);
  }
  assert.equal(nameTable().get('محمد'), 'Mohammed');
});

test('person labels: common names spelled as in English news, the rest transliterated', () => {
  assert.equal(personLabel('محمود عصمت'), 'Mahmoud Esmat');
  assert.equal(personLabel('محمد بن سلمان'), 'Mohammed bin Salman');
  assert.equal(personLabel('عبد الله'), 'Abdullah');
  assert.equal(personLabel('عبدالله'), 'Abdullah');
  assert.equal(personLabel('عبد الله الثاني'), 'Abdullah II');
  assert.equal(personLabel('تميم بن حمد آل ثاني'), 'Tamim bin Hamad Al Thani');
  // the article: a listed name with it, or al- + the name without it
  assert.equal(personLabel('سمير الخطيب'), 'Samir al-Khatib');
  assert.equal(personLabel('معمر القذافي'), 'Muammar Gaddafi');
  // name + الله written apart
  assert.equal(personLabel('سعد الله'), 'Saadallah');
  assert.equal(personLabel('حسن نصر الله'), 'Hassan Nasrallah');
  // عبد + an unlisted name, and unlisted words: the transliterator
  assert.equal(personLabel('عبد الودود'), 'Abd al-Wadud');
  assert.equal(personLabel('زكي قرقاش'), transliterate('زكي') + ' ' + transliterate('قرقاش'));
  // hamza and taa marbuta spellings agree with the table
  assert.equal(personLabel('اسامة'), 'Osama');
  assert.equal(personLabel('أسامه'), 'Osama');
  // a name inside a longer word is not a name: محمدي is not Mohammed
  assert.notEqual(personLabel('محمدي'), 'Mohammed');
  assert.equal(personLabel('COP29'), 'COP29');
  assert.equal(personLabel(''), '');
});


test('link: people not in the KB get the table spelling; places and organisations keep the transliteration', () => {
  const run = buildPipeline([...BASE_STAGES, fakeNer([['محمود عصمت', 'PER'], ['نور الهدى', 'LOC']]), gazetteerStage, linkStage]);
  const d = run('التقى وزير الكهرباء محمود عصمت وفدا من بلدة نور الهدى. وقال عصمت إن الخطة جاهزة.');
  const es = layer<Entity>(d, 'entities');
  const per = es.filter((e) => e.id === 'ar:محمود_عصمت');
  assert.deepEqual(per.map((e) => e.label_en), ['Mahmoud Esmat', 'Mahmoud Esmat']); // full name and the surname alone
  const loc = es.find((e) => e.text === 'نور الهدى')!;
  assert.equal(loc.label_en, transliterate('نور الهدى'));
});
