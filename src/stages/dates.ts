/**
 * `dates`: absolute, Hijri, weekday and relative dates, resolved against `doc.meta.published`.
 * Layer entries: `{start,end,text,resolved,granularity,relative,calendar?,hijri?,firstDay?,lastDay?,unresolved?}`
 * (see `src/facts/dates.ts`).
 */
import { type Token, layer, withLayers } from '../core/doc.ts';
import { defineStage } from '../core/pipeline.ts';
import { findDates } from '../facts/dates.ts';

export const datesStage = defineStage({
  name: 'dates',
  requires: ['tokens', 'sentences'],
  assigns: ['dates'],
  run: (doc) => {
    const dates = findDates(doc.text, layer<Token>(doc, 'tokens'), doc.meta.published);
    return withLayers(doc, { dates }, 'dates');
  },
});
