/**
 * Entity-level scoring with conlleval semantics: an entity is a maximal typed chunk
 * (an `I-X` after `O` or after another type starts a new one), and a predicted entity
 * counts only if its start, end and type all equal a gold entity's.
 */
import { bioSpans } from './conll.ts';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface NerScore extends PRF {
  per_type: Record<string, PRF>;
}

function prf(correct: number, gold: number, predicted: number): PRF {
  const p = predicted ? (100 * correct) / predicted : 0;
  const r = gold ? (100 * correct) / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { precision: round2(p), recall: round2(r), f1: round2(f), gold, predicted, correct };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Accumulates counts over sentences; `result()` gives percentages (two decimals). */
export class Scorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  private c(type: string) {
    let c = this.counts.get(type);
    if (!c) this.counts.set(type, (c = { gold: 0, predicted: 0, correct: 0 }));
    return c;
  }

  add(gold: readonly string[], predicted: readonly string[]): void {
    const g = bioSpans(gold);
    const p = bioSpans(predicted);
    const keys = new Set(g.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of g) this.c(s.type).gold++;
    for (const s of p) {
      const c = this.c(s.type);
      c.predicted++;
      if (keys.has(`${s.start}:${s.end}:${s.type}`)) c.correct++;
    }
  }

  result(): NerScore {
    let gold = 0;
    let predicted = 0;
    let correct = 0;
    const per_type: Record<string, PRF> = {};
    for (const t of [...this.counts.keys()].sort()) {
      const c = this.counts.get(t)!;
      gold += c.gold;
      predicted += c.predicted;
      correct += c.correct;
      per_type[t] = prf(c.correct, c.gold, c.predicted);
    }
    return { ...prf(correct, gold, predicted), per_type };
  }
}

/** Scores parallel lists of gold and predicted tag sequences. */
export function scoreTags(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): NerScore {
  const s = new Scorer();
  for (let i = 0; i < gold.length; i++) s.add(gold[i]!, predicted[i] ?? []);
  return s.result();
}
