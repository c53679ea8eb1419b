/**
 * The command-line options and the seeded ANT sample shared by the drop scripts (scripts/event-drops.ts,
 * scripts/quote-drops.ts): `--articles N` (1000), `--seed S` (7), `--cats a,b,c` (middleEast, internationalNews,
 * economy) and any other `--name value` option.
 */
import { listAntFiles, seededSample } from '../src/corpus/ant.ts';

/** The value after `--name` on the command line, or `def`. */
export function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? def : def;
}

export interface AntSampleOptions {
  n: number;
  seed: number;
  cats: string[];
}

/** `--articles`, `--seed`, `--cats` as given or their defaults. */
export function sampleOptions(): AntSampleOptions {
  return {
    n: Number(arg('--articles', '1000')),
    seed: Number(arg('--seed', '7')),
    cats: arg('--cats', 'middleEast,internationalNews,economy').split(','),
  };
}

/**
 * The seeded sample of ANT article files of the chosen categories (that `keep` accepts, if given); empty when the
 * corpus is absent, each caller saying so in its own way.
 */
export function antSample(o: AntSampleOptions, keep: (file: string) => boolean = () => true): string[] {
  const files = listAntFiles().filter((f) => o.cats.some((c) => f.split('/').includes(c)) && keep(f));
  return files.length ? seededSample(files, o.n, o.seed) : [];
}
