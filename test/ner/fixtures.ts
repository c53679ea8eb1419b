/** A tiny NER model trained in the tests (no shared data): the sentences and the trainer. */
import { bioToBioes } from '../../src/ner/conll.ts';
import { FeatureExtractor } from '../../src/ner/features.ts';
import { Lexicon } from '../../src/ner/lexicon.ts';
import { PerceptronTrainer } from '../../src/ner/model.ts';
import { nonlocalAtoms } from '../../src/ner/nonlocal.ts';
import { Tagger } from '../../src/ner/tagger.ts';
import { LABELS } from '../../src/ner/train.ts';

/** Four tagged sentences we wrote (BIO2). */
export const TINY_DATA: [string[], string[]][] = [
  [['زار', 'الرئيس', 'علييف', 'باكو', 'أمس'], ['O', 'O', 'B-PER', 'B-LOC', 'O']],
  [['وصل', 'محمد', 'علي', 'إلى', 'بغداد'], ['O', 'B-PER', 'I-PER', 'O', 'B-LOC']],
  [['أعلنت', 'شركة', 'أرامكو', 'في', 'الرياض'], ['O', 'B-ORG', 'I-ORG', 'O', 'B-LOC']],
  [['قال', 'علييف', 'في', 'أستانا'], ['O', 'B-PER', 'O', 'B-LOC']],
];

/**
 * A perceptron tagger trained on `data` for `epochs` epochs with 2^`bits` hashed rows; with
 * `second`, also the document-level second pass (trained on the gold labels as first-pass tags).
 */
export function tinyTagger(opts: { data?: [string[], string[]][]; second: boolean; bits: number; epochs: number; meta?: Record<string, string> }): Tagger {
  const data = opts.data ?? TINY_DATA;
  const lex = Lexicon.empty();
  const fx = new FeatureExtractor(lex);
  const id = new Map(LABELS.map((l, i) => [l, i]));
  const train = (extra?: (Uint32Array | null)[][]) => {
    const t = new PerceptronTrainer(LABELS, opts.bits);
    for (let ep = 0; ep < opts.epochs; ep++) {
      data.forEach(([toks, tags], k) => {
        const { feats, starts } = fx.extract(toks, extra?.[k]);
        const gold = Int32Array.from(bioToBioes(tags), (x) => id.get(x)!);
        t.step(feats, starts, gold, new Float32Array(toks.length * LABELS.length), new Int32Array(toks.length));
      });
    }
    return t.averaged();
  };
  const w1 = train();
  const w2 = opts.second ? train(nonlocalAtoms(fx, data.map((d) => d[0]), data.map((d) => d[1]), 0)) : null;
  return new Tagger(w1, lex, fx.cfg, opts.meta ?? {}, w2, 0);
}
