/**
 * What the topic models read: the article's stems in matching form, in text order, with
 * their offsets. A stem's key is its `core` (normalised, definite article removed), so
 * `والاستثمار`, `للاستثمار` and `الاستثمار` all read `استثمار`.
 */
import type { Doc, Token, Word } from '../core/doc.ts';
import { layer } from '../core/doc.ts';

export interface Stem {
  key: string;
  start: number;
  end: number;
}

/** Stems of `doc` (requires the `words` layer; falls back to word tokens when it is absent). */
export function stemsOf(doc: Doc): Stem[] {
  const words = layer<Word>(doc, 'words');
  const out: Stem[] = [];
  if (words.length) {
    for (const w of words) {
      if (w.role !== 'stem') continue;
      const key = w.core ?? w.norm;
      if (key && key.length >= 2) out.push({ key, start: w.start, end: w.end });
    }
    return out;
  }
  for (const t of layer<Token>(doc, 'tokens')) {
    if (t.kind !== 'word' && t.kind !== 'latin') continue;
    const key = t.norm.length > 3 && t.norm.startsWith('ال') ? t.norm.slice(2) : t.norm;
    if (key.length >= 2) out.push({ key, start: t.start, end: t.end });
  }
  return out;
}
