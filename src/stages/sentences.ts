import { type Token, layer, withLayers } from '../core/doc.ts';
import { defineStage } from '../core/pipeline.ts';
import { splitBlocks } from '../ar/sentences.ts';

/** Paragraphs (headline / body / boilerplate) and sentences (see `ar/sentences.ts`). */
export const sentencesStage = defineStage({
  name: 'sentences',
  requires: ['tokens'],
  assigns: ['sentences', 'paragraphs'],
  run: (doc) => {
    const { paragraphs, sentences } = splitBlocks(doc.text, layer<Token>(doc, 'tokens'));
    return withLayers(doc, { paragraphs, sentences }, 'sentences');
  },
});
