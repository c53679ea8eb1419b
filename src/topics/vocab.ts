/**
 * The IPTC Media Topics vocabulary, as committed derived data (`data/topics/mediatopics.json`,
 * built by `scripts/train-topics.ts vocab` from IPTC's TSV; IPTC NewsCodes, CC BY 4.0).
 *
 * Each concept keeps its qcode, parent, depth (0 = top level), English name (the label we
 * display) and its Arabic label(s) in Marsad's matching form (`norm`, article stripped per
 * word). The Arabic strings are matching keys only, never shown as official labels.
 */
import { readFileSync } from 'node:fs';
import { repoPath } from '../core/paths.ts';
import { MarsadError } from '../core/errors.ts';

export interface MediaTopic {
  code: string;
  parent: string | null;
  level: number;
  /** English (en-GB) name: the display label. */
  name: string;
  /** Arabic labels in matching form (space-separated cores). */
  ar: string[];
}

export interface Vocabulary {
  topics: Map<string, MediaTopic>;
  /** `code` and its ancestors, from the concept itself up to the top level. */
  lineage(code: string): MediaTopic[];
  /** The top-level ancestor's code. */
  top(code: string): string;
}

export const VOCAB_FILE = repoPath('data', 'topics', 'mediatopics.json');

let cached: Vocabulary | null = null;

export function loadVocabulary(file: string = VOCAB_FILE): Vocabulary {
  if (cached && file === VOCAB_FILE) return cached;
  let list: MediaTopic[];
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { topics: MediaTopic[] };
    list = json.topics;
    if (!Array.isArray(list)) throw new Error('no topics array');
  } catch (e) {
    throw new MarsadError('E_MODEL', `IPTC vocabulary ${file} is missing or corrupt (${(e as Error).message})`);
  }
  const v = makeVocabulary(list);
  if (file === VOCAB_FILE) cached = v;
  return v;
}

export function makeVocabulary(list: MediaTopic[]): Vocabulary {
  const topics = new Map(list.map((t) => [t.code, t]));
  // a code's lineage, once per code (the classifier asks for it for every cue hit)
  const lineages = new Map<string, MediaTopic[]>();
  const lineage = (code: string): MediaTopic[] => {
    let l = lineages.get(code);
    if (!l) lineages.set(code, (l = Object.freeze(walk(code)) as MediaTopic[]));
    return l;
  };
  const walk = (code: string): MediaTopic[] => {
    const out: MediaTopic[] = [];
    let t = topics.get(code);
    const seen = new Set<string>();
    while (t && !seen.has(t.code)) {
      seen.add(t.code);
      out.push(t);
      t = t.parent ? topics.get(t.parent) : undefined;
    }
    return out;
  };
  return {
    topics,
    lineage,
    top: (code) => {
      const l = lineage(code);
      return l.length ? l[l.length - 1]!.code : code;
    },
  };
}
