/** Small helpers shared by the benchmarks. */
import { listAntFiles, readAnt, seededSample, type AntArticle } from '../src/corpus/ant.ts';

/**
 * The `[runs=5] [articles=500]` arguments of a benchmark and its seeded sample of ANT articles;
 * exits (0) with a message when the corpus in ../shared is absent.
 */
export function antBench(name: string, seed: number): { runs: number; arts: AntArticle[] } {
  const runs = Number(process.argv[2] ?? 5);
  const size = Number(process.argv[3] ?? 500);
  const files = listAntFiles();
  if (!files.length) {
    console.log(`${name} bench: ../shared/data/ant-corpus-multisource absent, skipped`);
    process.exit(0);
  }
  return { runs, arts: seededSample(files, size, seed).map(readAnt) };
}
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

/** A markdown table. */
export function table(head: string[], rows: (string | number)[][]): string {
  const line = (r: (string | number)[]) => `| ${r.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
