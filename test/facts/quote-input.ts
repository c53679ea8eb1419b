/**
 * Quotes of a text written for a test, with entities given by hand so the cases do not move when
 * a model changes: `[surface, type, kind?, nth?]`, each at its first occurrence or its `nth`
 * (1-based). Shared by the quote tests.
 */
import assert from 'node:assert/strict';
import { findQuotes, type Quote } from '../../src/facts/quotes.ts';
import { tokenize } from '../../src/ar/tokenize.ts';
import { splitBlocks } from '../../src/ar/sentences.ts';
import type { Entity } from '../../src/core/doc.ts';

export type HandEntity = [surface: string, type: 'PER' | 'ORG' | 'LOC', kind?: string, nth?: number];

export function quotesWithEntities(text: string, ents: HandEntity[] = [], minConfidence?: 'low' | 'medium' | 'high'): Quote[] {
  const tokens = tokenize(text);
  const { sentences } = splitBlocks(text, tokens);
  const entities: Entity[] = ents.map(([surface, type, kind, nth]) => {
    let start = text.indexOf(surface);
    for (let k = 1; k < (nth ?? 1); k++) start = text.indexOf(surface, start + 1);
    assert.ok(start >= 0, surface);
    return { start, end: start + surface.length, type, text: surface, confidence: 1, source: 'test', ...(kind ? { kind } : {}) };
  });
  return findQuotes({ text, tokens, sentences, entities, ...(minConfidence ? { minConfidence } : {}) });
}
