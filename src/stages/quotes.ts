/**
 * `quotes`: direct and reported speech with the speaker (an entity when the `entities` layer
 * is present) and the trigger. Layer entries: `{start,end,text,kind,speaker,trigger}`
 * (see `src/facts/quotes.ts`). Headline and boilerplate blocks are skipped.
 */
import { type Entity, type Sentence, type Token, layer, withLayers } from '../core/doc.ts';
import { defineStage } from '../core/pipeline.ts';
import { findQuotes } from '../facts/quotes.ts';

export const quotesStage = defineStage({
  name: 'quotes',
  requires: ['tokens', 'sentences'],
  assigns: ['quotes'],
  run: (doc) => {
    const sentences = layer<Sentence>(doc, 'sentences');
    const quotes = findQuotes({
      text: doc.text,
      tokens: layer<Token>(doc, 'tokens'),
      sentences,
      entities: doc.layers.entities ? layer<Entity>(doc, 'entities') : undefined,
    }).filter((q) => {
      // the sentence holding the quote's start (sentences are in text order)
      let lo = 0;
      let hi = sentences.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid]!.end <= q.start) lo = mid + 1;
        else hi = mid;
      }
      const s = sentences[lo];
      return !s || q.start < s.start || s.kind === 'body';
    });
    return withLayers(doc, { quotes }, 'quotes');
  },
});
