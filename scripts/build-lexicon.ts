/**
 * Builds data/lexicon/ar-words.tsv: normalised Arabic word frequencies counted over the
 * unlabelled ANT corpus (../shared/data/ant-corpus-multisource). The clitic segmenter reads it
 * to decide whether `و`/`ب`/`ل`/`ك`/`ف` at the start of a word is a clitic (the rest is a
 * well-attested word: `وأضاف`, `والاستثمارية`) or part of the word (`وزير`, `بغداد`, `لبنان`).
 * Usage: node --import tsx scripts/build-lexicon.ts [minCount=3]
 */
import { writeFileSync } from 'node:fs';
import { listAntFiles, readAnt } from '../src/corpus/ant.ts';
import { tokenize } from '../src/ar/tokenize.ts';
import { repoPath } from '../src/core/paths.ts';

const min = Number(process.argv[2] ?? 3);
const files = listAntFiles();
if (!files.length) {
  console.error('build-lexicon: the ANT corpus (../shared/data/ant-corpus-multisource) is absent');
  process.exit(1);
}
const counts = new Map<string, number>();
let tokens = 0;
for (const f of files) {
  const a = readAnt(f);
  for (const t of tokenize(a.title + '\n' + a.text)) {
    if (t.kind !== 'word') continue;
    tokens++;
    counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
  }
}
const rows = [...counts].filter(([, c]) => c >= min).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const header = `# Normalised Arabic word counts from the ANT corpus v2.1 (BBC+CNN, ${files.length} articles, ${tokens} word tokens), count >= ${min}.\n# Derived data; ANT corpus: Chouigui, Ben Khiroun, Elayeb (2021), AJSE 46(8). Rebuild: node --import tsx scripts/build-lexicon.ts\n`;
writeFileSync(repoPath('data', 'lexicon', 'ar-words.tsv'), header + rows.map(([w, c]) => `${w}\t${c}`).join('\n') + '\n');
console.log(`${rows.length} words (of ${counts.size}) written from ${files.length} articles, ${tokens} tokens`);
