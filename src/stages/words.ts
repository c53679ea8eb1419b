import { type Token, type Word, layer, withLayers } from '../core/doc.ts';
import { defineStage } from '../core/pipeline.ts';
import { segmentInto } from '../ar/clitics.ts';

/** Clitic-segmented words: every Arabic word token yields its proclitics and its stem as sub-spans. */
export const wordsStage = defineStage({
  name: 'words',
  requires: ['tokens'],
  assigns: ['words'],
  run: (doc) => {
    const tokens = layer<Token>(doc, 'tokens');
    const words: Word[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word') {
        segmentInto(words, i, doc.text, t.start, t.end, t.norm);
      } else {
        words.push({ start: t.start, end: t.end, token: i, role: 'stem', norm: t.norm });
      }
    }
    return withLayers(doc, { words }, 'words');
  },
});
