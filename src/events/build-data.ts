/**
 * Builds the committed event data from the shared CAMEO files:
 *
 *   node --import tsx src/events/build-data.ts
 *
 * - data/events/cameo-codes.json: code -> {name, parent, quad_class, goldstein} (names and QuadClass
 *   from `cameo-codes/cameo_codes.json`, Goldstein values from `CAMEO.goldsteinscale.txt`).
 * - data/events/cameo-dictionary.json: the Arabic CAMEO verb dictionary (`CAMEO.ar.0.5.txt`),
 *   cleaned: verb blocks {verb, code|null, synonyms, patterns:[{code, words}]} in Marsad's matching
 *   form; patterns whose code is unknown, whose words are empty, or that repeat are dropped, and
 *   the counts of what was dropped are printed. It is a reference seed (see docs/events.md):
 *   the running coder uses `data/events/triggers.tsv`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { sharedPath, repoPath } from '../core/paths.ts';
import { norm } from '../ar/normalize.ts';

export interface CodeInfo {
  name: string;
  parent: string | null;
  quad_class: number;
  goldstein: number | null;
}

function buildCodes(): Record<string, CodeInfo> {
  const raw = JSON.parse(readFileSync(sharedPath('data', 'cameo-codes', 'cameo_codes.json'), 'utf8')) as Record<string, { name: string; parent?: string; quad_class: number }>;
  const gold = new Map<string, number>();
  for (const line of readFileSync(sharedPath('data', 'cameo-codes', 'CAMEO.goldsteinscale.txt'), 'utf8').split('\n').slice(1)) {
    const [c, g] = line.trim().split(/\s+/);
    if (c && g && !Number.isNaN(Number(g))) gold.set(c, Number(g));
  }
  const out: Record<string, CodeInfo> = {};
  for (const [code, v] of Object.entries(raw)) {
    out[code] = { name: cleanCodeName(v.name), parent: v.parent ?? null, quad_class: v.quad_class, goldstein: gold.get(code) ?? gold.get(v.parent ?? '') ?? null };
  }
  return out;
}

/**
 * A code name as printed: trimmed, and a word the source split before its last letter joined again
 * (the source has `Threate n with sanctions`; a lone lowercase letter other than the article `a`
 * after a word is such a split).
 */
export function cleanCodeName(name: string): string {
  return name.trim().replace(/\b([A-Za-z]{3,}) ([b-z])\b/g, '$1$2');
}

interface Block {
  verb: string;
  code: string | null;
  synonyms: string[];
  patterns: { code: string; words: string[] }[];
}

function key(w: string): string {
  return norm(w).replace(/[^\u0621-\u064a]/g, '');
}

function buildDictionary(codes: Record<string, CodeInfo>): { blocks: Block[]; stats: Record<string, number> } {
  const text = readFileSync(sharedPath('data', 'cameo-dictionaries-arabic', 'CAMEO.ar.0.5.txt'), 'utf8');
  const blocks: Block[] = [];
  const stats = { blocks: 0, blocksWithoutCode: 0, patterns: 0, keptPatterns: 0, unknownCode: 0, setOnly: 0, duplicate: 0 };
  let cur: Block | null = null;
  let seen = new Set<string>();
  for (const line0 of text.split('\n')) {
    const line = line0.replace(/#.*/, '').trim();
    if (!line) continue;
    const head = line.match(/^---\s+(.+?)\s+\[([^\]]*)\]\s+---$/);
    if (head) {
      const code = /^\d{2,4}$/.test(head[2]!) && codes[head[2]!] ? head[2]! : null;
      cur = { verb: head[1]!.split(/[\s_+]+/).map(key).filter(Boolean).join(' '), code, synonyms: [], patterns: [] };
      seen = new Set();
      blocks.push(cur);
      stats.blocks++;
      if (!code) stats.blocksWithoutCode++;
      continue;
    }
    if (!cur) continue;
    if (line.startsWith('-')) {
      stats.patterns++;
      const m = line.match(/\[(\d{2,4})\]/);
      if (!m || !codes[m[1]!]) {
        stats.unknownCode++;
        continue;
      }
      const body = line.slice(1, m.index).replace(/[*(){}]/g, ' ');
      const words = body.split(/[\s_]+/).filter((w) => w && !w.startsWith('&') && !/^[A-Z$]/.test(w)).map(key).filter((w) => w.length >= 2);
      if (!words.length) {
        stats.setOnly++;
        continue;
      }
      const k = m[1] + ':' + words.join(' ');
      if (seen.has(k)) {
        stats.duplicate++;
        continue;
      }
      seen.add(k);
      cur.patterns.push({ code: m[1]!, words });
      stats.keptPatterns++;
    } else if (!line.startsWith('&') && !line.startsWith('+')) {
      const syn = line.split(/[\s_+]+/).map(key).filter(Boolean).join(' ');
      if (syn) cur.synonyms.push(syn);
    }
  }
  return { blocks, stats };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const codes = buildCodes();
  writeFileSync(
    repoPath('data', 'events', 'cameo-codes.json'),
    JSON.stringify({ about: 'CAMEO event codes: names and QuadClass (cameo_codes.json), Goldstein scale (CAMEO.goldsteinscale.txt). Built by src/events/build-data.ts.', codes }, null, 0).replace(/\},"/g, '},\n"') + '\n',
  );
  const { blocks, stats } = buildDictionary(codes);
  writeFileSync(
    repoPath('data', 'events', 'cameo-dictionary.json'),
    JSON.stringify({ about: 'Arabic CAMEO verb dictionary (UniversalPetrarch arabic branch, CAMEO.ar.0.5.txt, MIT, Open Event Data Alliance), cleaned into Marsad matching form. Built by src/events/build-data.ts.', stats, blocks }, null, 0).replace(/\},\{"verb"/g, '},\n{"verb"') + '\n',
  );
  console.log(`codes: ${Object.keys(codes).length}; dictionary: ${JSON.stringify(stats)}`);
}
