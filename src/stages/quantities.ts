/**
 * `quantities`: numbers with unit, rate, change/range and what they measure.
 * Layer entries: `{start,end,text,kind,value?,from?,to?,delta?,direction?,unit?,unit_text?,per?,qualifier?,measured?}`
 * (see `src/facts/quantities.ts`). Numbers inside dates are left to the `dates` layer (used
 * when present, else dates are found here first).
 */
import { type Sentence, type Token, type Word, layer, withLayers } from '../core/doc.ts';
import { defineStage } from '../core/pipeline.ts';
import { findDates } from '../facts/dates.ts';
import { findQuantities } from '../facts/quantities.ts';

export const quantitiesStage = defineStage({
  name: 'quantities',
  requires: ['tokens', 'words', 'sentences'],
  assigns: ['quantities'],
  run: (doc) => {
    const tokens = layer<Token>(doc, 'tokens');
    const dateRanges = doc.layers.dates
      ? layer<{ tokenStart: number; tokenEnd: number }>(doc, 'dates')
      : findDates(doc.text, tokens, doc.meta.published);
    const quantities = findQuantities({
      text: doc.text,
      tokens,
      words: layer<Word>(doc, 'words'),
      sentences: layer<Sentence>(doc, 'sentences'),
      dateRanges,
    });
    return withLayers(doc, { quantities }, 'quantities');
  },
});
