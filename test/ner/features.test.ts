import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FEATURES, FeatureExtractor, shape } from '../../src/ner/features.ts';
import { GAZ, Lexicon } from '../../src/ner/lexicon.ts';
import { splitWord } from '../../src/ner/morph.ts';
import { nonlocalAtoms } from '../../src/ner/nonlocal.ts';

const lex = new Lexicon({
  words: ['كازاخستان', 'الاسطول', 'وزير', 'بغداد', 'زير'],
  freqs: [50, 40, 90, 60, 1],
  clusters: [[1, 2, 3, 1, 4], [11, 12, 13, 11, 14]],
  phrases: [['آسيا الوسطى', 1 << GAZ.WIKI_LOC], ['كازاخستان', 1 << GAZ.COUNTRY]],
});

test('clitic splitting is guided by word frequencies', () => {
  assert.deepEqual(splitWord('وكازاخستان', lex.freq), { prefix: 'و', stem: 'كازاخستان', core: 'كازاخستان' });
  assert.deepEqual(splitWord('للاسطول', lex.freq), { prefix: 'ل', stem: 'الاسطول', core: 'اسطول' });
  assert.equal(splitWord('وزير', lex.freq).prefix, ''); // زير is rarer than وزير
  assert.equal(splitWord('بغداد', lex.freq).prefix, '');
  // without a vocabulary only article-bearing stems are split
  assert.deepEqual(splitWord('والحكومه'), { prefix: 'و', stem: 'الحكومه', core: 'حكومه' });
});

test('token atoms: normalised form, core, prefix, affixes, shape, clusters', () => {
  const fx = new FeatureExtractor(lex);
  const a = fx.atoms('وكازاخستان');
  assert.ok(a.own.includes('Wوكازاخستان'));
  assert.ok(a.own.includes('Cكازاخستان'));
  assert.ok(a.own.includes('Pو'));
  assert.ok(a.own.includes('s2:ان'));
  assert.ok(a.own.includes('k1:11'), 'cluster of the stem when the whole token is unknown');
  assert.ok(a.own.includes('UNK') === false);
  assert.equal(a.core, 'كازاخستان');
  // normalisation: hamza forms unified, diacritics dropped
  assert.ok(fx.atoms('أُوزبكستان').own.includes('Wاوزبكستان'));
  assert.equal(shape('COP29'), 'Xd');
  assert.equal(shape('علييف'), 'a');
  assert.equal(shape('2024'), 'd');
});

test('feature groups can be switched off', () => {
  const fx = new FeatureExtractor(lex, { ...DEFAULT_FEATURES, clusters: false, affixes: false });
  const a = fx.atoms('كازاخستان');
  assert.ok(!a.own.some((x) => x.startsWith('K') || x.startsWith('s1:')));
});

test('extract gives hashed features per token; gazetteer phrases and context change them', () => {
  const fx = new FeatureExtractor(lex);
  const s1 = fx.extract(['دول', 'آسيا', 'الوسطى']);
  assert.equal(s1.starts.length, 4);
  assert.equal(s1.starts[3], s1.feats.length);
  const fxNoGaz = new FeatureExtractor(lex, { ...DEFAULT_FEATURES, gazetteers: false });
  const s2 = fxNoGaz.extract(['دول', 'آسيا', 'الوسطى']);
  // the phrase match adds features to the matched tokens
  assert.ok(s1.starts[2]! - s1.starts[1]! > s2.starts[2]! - s2.starts[1]!);
  // deterministic
  assert.deepEqual(fx.extract(['دول', 'آسيا', 'الوسطى']).feats, s1.feats);
  // a different neighbour changes the token's features
  const s3 = fx.extract(['زار', 'آسيا', 'الوسطى']);
  assert.notDeepEqual(Array.from(s3.feats.subarray(s3.starts[1]!, s3.starts[2]!)), Array.from(s1.feats.subarray(s1.starts[1]!, s1.starts[2]!)));
});

test('non-local atoms reflect the first-pass labels of other occurrences only', () => {
  const fx = new FeatureExtractor(lex);
  const sents = [['قال', 'علييف'], ['وصل', 'علييف'], ['غادر', 'زيد']];
  const tags = [['O', 'B-PER'], ['O', 'O'], ['O', 'B-PER']];
  const atoms = nonlocalAtoms(fx, sents, tags, 0);
  assert.ok(atoms[1]![1], 'the untagged occurrence sees the tagged one');
  assert.ok(atoms[0]![1], 'the tagged occurrence sees the untagged one');
  assert.notDeepEqual(Array.from(atoms[1]![1]!), Array.from(atoms[0]![1]!));
  assert.equal(atoms[2]![1], null, 'a name seen once has no document evidence');
});

test('gazetteer matches follow the phrase lists: prefixes lead to longer phrases, and a swapped name memory is used at once', () => {
  const lx = new Lexicon({
    words: [],
    freqs: [],
    clusters: [],
    phrases: [['منظمة الامم المتحدة للطفولة', 1 << GAZ.WIKI_ORG], ['آسيا', 1 << GAZ.WIKI_LOC]],
  });
  const fx = new FeatureExtractor(lx);
  const noGaz = new FeatureExtractor(lx, { ...DEFAULT_FEATURES, gazetteers: false, memory: false });
  const tok = (f: FeatureExtractor, s: string[], i: number) => Array.from(f.extract(s).feats.subarray(f.extract(s).starts[i]!, f.extract(s).starts[i + 1]!));
  const long = ['قالت', 'منظمة', 'الأمم', 'المتحدة', 'للطفولة', 'أمس'];
  // the four-word phrase is found through its prefixes (which are no phrases themselves)
  assert.ok(tok(fx, long, 2).length > tok(noGaz, long, 2).length);
  const cut = ['قالت', 'منظمة', 'الأمم', 'المتحدة', 'أمس'];
  assert.equal(tok(fx, cut, 2).length, tok(noGaz, cut, 2).length, 'an unfinished phrase matches nothing');
  // the name memory is swapped while training (one fold's names hidden from it): the next sentence sees the new names
  const s = ['زار', 'محمد', 'العلي', 'آسيا'];
  const before = fx.extract(s).feats;
  const saved = lx.memoryFlags;
  lx.memoryFlags = lx.phraseMap([['محمد العلي', 1 << GAZ.TRAIN_PER]]);
  const swapped = fx.extract(s).feats;
  assert.notDeepEqual(swapped, before);
  assert.deepEqual(swapped, new FeatureExtractor(lx).extract(s).feats);
  lx.memoryFlags = saved;
  assert.deepEqual(fx.extract(s).feats, before);
});
