import { type Token, type Word, layer, withLayers } from '../core/doc.ts';
import { defineStage } from '../core/pipeline.ts';
import { segmentToken } from '../ar/clitics.ts';

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
        for (const w of segmentToken(i, t.start, doc.text.slice(t.start, t.end), t.norm)) words.push(w);
      } else {
        words.push({ start: t.start, end: t.end, token: i, role: 'stem', norm: t.norm });
      }
    }
    return withLayers(doc, { words }, 'words');
  },
});
