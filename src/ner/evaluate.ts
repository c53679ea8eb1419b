/**
 * `eval-ner`: tags a CoNLL file's tokens as given (no re-tokenisation) and scores them
 * at entity level with conlleval semantics, overall and per type, with throughput.
 */
import { readConll, type ConllSentence } from './conll.ts';
import { Scorer, type PRF } from './score.ts';
import type { Tagger } from './tagger.ts';

export interface EvalReport {
  precision: number;
  recall: number;
  f1: number;
  per_type: Record<string, PRF>;
  tokens: number;
  sentences: number;
  seconds: number;
  tokens_per_second: number;
}

export function evaluateSentences(tagger: Tagger, sents: ConllSentence[]): EvalReport {
  const t0 = process.hrtime.bigint();
  const out = tagger.tagDocument(sents.map((s) => s.tokens));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const sc = new Scorer();
  let tokens = 0;
  sents.forEach((s, i) => {
    tokens += s.tokens.length;
    sc.add(s.tags, out[i]!.tags);
  });
  const r = sc.result();
  return {
    precision: r.precision,
    recall: r.recall,
    f1: r.f1,
    per_type: r.per_type,
    tokens,
    sentences: sents.length,
    seconds: Math.round(seconds * 1000) / 1000,
    tokens_per_second: Math.round(tokens / Math.max(seconds, 1e-9)),
  };
}

export function evaluateFile(tagger: Tagger, path: string): EvalReport {
  return evaluateSentences(tagger, readConll(path));
}

/** A readable table of a report. */
export function formatReport(r: EvalReport, name: string): string {
  const row = (t: string, p: PRF) =>
    `${t.padEnd(8)} ${p.precision.toFixed(2).padStart(9)} ${p.recall.toFixed(2).padStart(9)} ${p.f1.toFixed(2).padStart(9)} ${String(p.gold).padStart(7)} ${String(p.predicted).padStart(7)}`;
  const lines = [
    `${name}: ${r.sentences} sentences, ${r.tokens} tokens, ${r.tokens_per_second} tokens/s (${r.seconds}s)`,
    `${'type'.padEnd(8)} ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'F1'.padStart(9)} ${'gold'.padStart(7)} ${'pred'.padStart(7)}`,
  ];
  for (const [t, p] of Object.entries(r.per_type)) lines.push(row(t, p));
  const gold = Object.values(r.per_type).reduce((a, p) => a + p.gold, 0);
  const pred = Object.values(r.per_type).reduce((a, p) => a + p.predicted, 0);
  lines.push(row('overall', { precision: r.precision, recall: r.recall, f1: r.f1, gold, predicted: pred, correct: 0 }));
  return lines.join('\n') + '\n';
}
