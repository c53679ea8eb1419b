import { withLayers } from '../core/doc.ts';
import { defineStage } from '../core/pipeline.ts';
import { tokenize } from '../ar/tokenize.ts';

/** Tokens with offsets and normalised forms (see `ar/tokenize.ts`). */
export const tokensStage = defineStage({
  name: 'tokens',
  requires: [],
  assigns: ['tokens'],
  run: (doc) => withLayers(doc, { tokens: tokenize(doc.text) }, 'tokens'),
});
