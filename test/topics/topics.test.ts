import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';
import { topicsStage } from '../../src/stages/topics.ts';
import { sharedAvailable, sharedPath } from '../../src/core/paths.ts';
import { buildLexicon, matchCues, parseCue, parseRule } from '../../src/topics/lexicon.ts';
import { makeVocabulary, loadVocabulary } from '../../src/topics/vocab.ts';
import { predictNB, trainNB } from '../../src/topics/nb.ts';
import type { Stem } from '../../src/topics/features.ts';

const run = buildPipeline([...BASE_STAGES, topicsStage]);
type T = { code: string; label: string; score: number; level: number; parent: string | null; evidence: { start: number; end: number }[] };
const topicsOf = (text: string) => run(text).layers.topics as T[];
const stems = (...keys: string[]): Stem[] => keys.map((key, i) => ({ key, start: i * 10, end: i * 10 + key.length }));

test('vocabulary: lineage goes from a concept up to its IPTC top level', () => {
  const v = loadVocabulary();
  assert.equal(v.topics.size, 1393);
  const l = v.lineage('medtop:20000340').map((t) => t.code); // railway transport
  assert.deepEqual(l, ['medtop:20000340', 'medtop:20000337', 'medtop:20000209', 'medtop:04000000']);
  assert.equal(v.top('medtop:20000418'), 'medtop:06000000'); // climate change -> environment
  assert.equal(v.topics.get('medtop:20000418')!.name, 'climate change');
});

test('vocabulary: a cycle in parents does not loop forever', () => {
  const v = makeVocabulary([
    { code: 'a', parent: 'b', level: 1, name: 'a', ar: [] },
    { code: 'b', parent: 'a', level: 0, name: 'b', ar: [] },
  ]);
  assert.equal(v.lineage('a').length, 2);
});

test('lexicon: longest cue wins and prefix cues match derived forms', () => {
  const lex = buildLexicon([
    parseCue('sec', 1, 'الأمن')!,
    parseCue('cyber', 2, 'الأمن الرقمي')!,
    parseCue('inv', 2, 'الاستثماري*')!,
  ]);
  const hits = matchCues(lex, stems('امن', 'رقمي', 'مشاريع', 'استثماريه', 'امن'));
  assert.deepEqual(hits.map((h) => h.code), ['cyber', 'inv', 'sec']);
  assert.equal(hits[0]!.end, 14); // spans both words
});

test('naive Bayes: learns which class a word belongs to', () => {
  const m = trainNB(
    [
      { keys: ['هدف', 'مباراه', 'لاعب'], label: 'sport' },
      { keys: ['مباراه', 'دوري'], label: 'sport' },
      { keys: ['بورصه', 'اسهم', 'دولار'], label: 'economy' },
      { keys: ['دولار', 'تضخم'], label: 'economy' },
    ],
    { minDf: 1 },
  );
  const p = predictNB(m, ['مباراه', 'لاعب']);
  assert.ok(p.get('sport')! > p.get('economy')!);
  const q = predictNB(m, ['دولار']);
  assert.ok(q.get('economy')! > q.get('sport')!);
});

test('topics: a sports text is sport, down to football', () => {
  const t = topicsOf('فاز المنتخب المصري في مباراة كرة القدم على ملعب القاهرة، وسجل اللاعب محمد صلاح الهدف الأول في الدوري.');
  assert.equal(t[0]!.code, 'medtop:15000000');
  assert.ok(t.some((x) => x.code === 'medtop:20001065' && x.parent === 'medtop:20000822'));
});

test('topics: an economy text about oil is not sport and reaches oil and gas', () => {
  const t = topicsOf('ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج، وصعد سعر البرميل إلى 80 دولارا، وتراجعت البورصة.');
  const codes = t.map((x) => x.code);
  assert.ok(codes.includes('medtop:04000000'));
  assert.ok(codes.includes('medtop:20001243'));
  assert.ok(!codes.includes('medtop:15000000'));
});

test('topics: every topic is a known IPTC concept whose parent is also listed, evidence inside the text', () => {
  const text = 'أعلنت الحكومة خطة لمواجهة تغير المناخ والحد من الانبعاثات، وتشجيع الاستثمار في الطاقة المتجددة.';
  const d = run(text);
  const t = d.layers.topics as T[];
  const codes = new Set(t.map((x) => x.code));
  assert.ok(codes.has('medtop:20000418'));
  for (const x of t) {
    if (x.level > 0) assert.ok(codes.has(x.parent!), `${x.code} without its parent`);
    assert.ok(x.score > 0 && x.score <= 1);
    for (const e of x.evidence) assert.ok(e.start >= 0 && e.end <= text.length && e.start < e.end);
  }
});

test('topics: empty and non-Arabic input give no crash and no topics', () => {
  assert.deepEqual(topicsOf(''), []);
  assert.ok(Array.isArray(topicsOf('12345 ... !!!')));
});

test('topics: the canonical article has defence, energy, transport, investment and climate change', { skip: !sharedAvailable('examples', 'aliyev-central-asia.ar.txt') && 'shared data absent' }, () => {
  const t = topicsOf(readFileSync(sharedPath('examples', 'aliyev-central-asia.ar.txt'), 'utf8'));
  const codes = new Set(t.map((x) => x.code));
  for (const [code, what] of [
    ['medtop:20000599', 'armed forces (defence)'],
    ['medtop:20000256', 'energy and resource'],
    ['medtop:20000257', 'renewable energy'],
    ['medtop:20000337', 'transport'],
    ['medtop:20000340', 'railway transport'],
    ['medtop:20000378', 'investments'],
    ['medtop:20000418', 'climate change'],
  ]) assert.ok(codes.has(code!), `missing ${what}`);
  assert.ok(!codes.has('medtop:15000000'), 'not sport');
});

test('context rules: a cue is dropped where its context says another sense, kept elsewhere', () => {
  const net = { ...parseCue('net', 2, 'ربط الشبكات')!, rules: [parseRule('unless-near:3', 'الكهرباء|كهربائي*')] };
  const cur = { ...parseCue('cur', 2, 'الدولار')!, rules: [parseRule('unless-after:1', '#num|مليار*')] };
  const sec = { ...parseCue('sec', 2, 'القرصنة')!, rules: [parseRule('requires-near:2', 'الإنترنت')] };
  const lex = buildLexicon([net, cur, sec]);
  const codes = (...k: string[]) => matchCues(lex, stems(...k)).map((h) => h.code);
  assert.deepEqual(codes('ربط', 'شبكات', 'كهرباييه'), []);
  assert.deepEqual(codes('كهرباء', 'مشروع', 'ربط', 'شبكات'), []);
  assert.deepEqual(codes('ربط', 'شبكات', 'حاسوب'), ['net']);
  // the window is counted in words: far enough away, the other sense does not apply
  assert.deepEqual(codes('كهرباء', 'مشروع', 'جديد', 'في', 'ربط', 'شبكات'), ['net']);
  assert.deepEqual(codes('450', 'دولار'), []);
  assert.deepEqual(codes('مليارات', 'دولار'), []);
  assert.deepEqual(codes('سعر', 'دولار'), ['cur']);
  // `after` looks only before the cue
  assert.deepEqual(codes('دولار', '450'), ['cur']);
  assert.deepEqual(codes('قرصنه', 'سفن'), []);
  assert.deepEqual(codes('قرصنه', 'عبر', 'انترنت'), ['sec']);
  assert.throws(() => parseRule('unless-around:3', 'x'), /not \(unless\|requires\)/);
});

test('context rules: power grids are not computer networking, a ceasefire is not a shooting, amounts are not currency', () => {
  const codes = (text: string) => topicsOf(text).map((x) => x.code);
  const grid = codes('بحث وزيرا الطاقة ربط الشبكات الكهربائية بين البلدين لتبادل الكهرباء، وقالا إن قدرة الربط سترتفع إلى 2000 ميغاواط.');
  assert.ok(!grid.includes('medtop:20000227'), 'computer networking');
  assert.ok(grid.includes('medtop:20000256'), 'energy and resource');
  const it = codes('أعلنت الشركة ربط الشبكات الحاسوبية في فروعها عبر الألياف الضوئية، وربط الشبكات الداخلية بالإنترنت.');
  assert.ok(it.includes('medtop:20000227'), 'computer networking in an IT text');
  const truce = codes('دعا القادة إلى وقف فوري لإطلاق النار في غزة، وتعهدوا بتقديم 3 مليارات دولار لإعادة الإعمار.');
  assert.ok(!truce.includes('medtop:20001313'), 'shootings');
  assert.ok(!truce.includes('medtop:20000355'), 'currency');
  const shooting = codes('قتل ثلاثة أشخاص في حادث إطلاق نار داخل مدرسة، وأطلق مسلح النار على الطلاب.');
  assert.ok(shooting.includes('medtop:20001313'), 'a real shooting');
  const fx = codes('تراجع سعر صرف الجنيه أمام الدولار، وقال البنك المركزي إن العملة المحلية ستستقر.');
  assert.ok(fx.includes('medtop:20000355'), 'currency when prices of currencies are the subject');
  const piracy = codes('أجرت القوات البحرية تدريبات على مكافحة القرصنة قرب السواحل.');
  assert.ok(!piracy.includes('medtop:20000229'), 'computer security at sea');
  const hack = codes('تعرضت الشركة لعملية قرصنة طالت بيانات ملايين المستخدمين، واتهمت قراصنة بسرقة كلمات السر.');
  assert.ok(hack.includes('medtop:20000229'), 'computer security');
});
