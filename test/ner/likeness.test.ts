import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FEATURES, FeatureExtractor } from '../../src/ner/features.ts';
import { GAZ, Lexicon } from '../../src/ner/lexicon.ts';
import { decodeLikeness, freqBin, learnLikeness, shareBin } from '../../src/ner/likeness.ts';

const lex = () =>
  new Lexicon({
    words: ['الحكومه', 'حكومه', 'علييف', 'قال'],
    freqs: [50, 20, 10, 90],
    clusters: [],
    phrases: [['وزارة', 1 << GAZ.TRIG_ORG], ['بطولة', 1 << GAZ.TRIG_MISC]],
  });

test('name-likeness: a name never takes the article and follows titles; a common noun does not', () => {
  const sents: string[][] = [];
  for (let i = 0; i < 10; i++) sents.push(['قال', 'علييف', 'ان', 'الحكومه', 'قررت']);
  for (let i = 0; i < 5; i++) sents.push(['حكومتها', 'و', 'حكومه', 'جديده']);
  const codes = new Map(learnLikeness(sents, lex(), { title: ['قال'], loc: [], org: [] }));
  const name = decodeLikeness(codes.get('علييف')!);
  const noun = decodeLikeness(codes.get('حكومه')!);
  assert.equal(name.art, 0);
  assert.equal(name.title, shareBin(1));
  assert.equal(name.suffix, 0);
  assert.equal(noun.art, shareBin(10 / 15));
  assert.equal(noun.title, 0);
  assert.ok(noun.suffix > 0, 'حكومتها counts as a suffixed form of حكومه');
  assert.equal(name.freq, freqBin(10));
  assert.ok(!codes.has('جديد'), 'cores seen fewer than 3 times get no code');
});

test('likeness and chain features appear only when switched on', () => {
  const l = lex();
  l.setLikeness([['علييف', 0]]);
  const on = new FeatureExtractor(l, { ...DEFAULT_FEATURES, likeness: true });
  const off = new FeatureExtractor(l, DEFAULT_FEATURES);
  assert.ok(on.atoms('علييف').own.includes('Na0s0'));
  assert.ok(on.atoms('كتاب').own.includes('N?'));
  assert.ok(!off.atoms('علييف').own.some((a) => a.startsWith('N')));
  const chains = new FeatureExtractor(l, { ...DEFAULT_FEATURES, chains: true });
  const plain = new FeatureExtractor(l, DEFAULT_FEATURES);
  const toks = ['وزارة', 'الخارجية', 'المغربية'];
  const a = chains.extract(toks);
  const b = plain.extract(toks);
  // the token after the head gets chain features, and the head gets none for itself
  assert.ok(a.starts[2]! - a.starts[1]! > b.starts[2]! - b.starts[1]!);
  // a preposition breaks the chain
  const c = chains.extract(['وزارة', 'في', 'الرباط']);
  const d = plain.extract(['وزارة', 'في', 'الرباط']);
  assert.equal(c.starts[3]! - c.starts[2]!, d.starts[3]! - d.starts[2]!);
});

test('topic: a sports word in the sentence adds sports features to every token, only when switched on', () => {
  const l = new Lexicon({ words: [], freqs: [], clusters: [], phrases: [['مباراة', 1 << GAZ.SPORT], ['برشلونة', 1 << GAZ.WIKI_LOC]] });
  const on = new FeatureExtractor(l, { ...DEFAULT_FEATURES, topic: true });
  const off = new FeatureExtractor(l, DEFAULT_FEATURES);
  const sport = ['فاز', 'برشلونة', 'في', 'مباراة', 'امس'];
  const other = ['زار', 'برشلونة', 'في', 'رحلة', 'امس'];
  const a = on.extract(sport);
  const b = off.extract(sport);
  const c = on.extract(other);
  const d = off.extract(other);
  assert.ok(a.starts[2]! - a.starts[1]! > b.starts[2]! - b.starts[1]!, 'the club-like token gets sports features');
  assert.equal(c.starts[2]! - c.starts[1]!, d.starts[2]! - d.starts[1]!, 'no sports word, no sports features');
  // with the group off, the sports list adds nothing at all
  const plain = new FeatureExtractor(new Lexicon({ words: [], freqs: [], clusters: [], phrases: [['برشلونة', 1 << GAZ.WIKI_LOC]] }), DEFAULT_FEATURES);
  assert.deepEqual(Array.from(b.feats), Array.from(plain.extract(sport).feats));
});
