/**
 * The event coder's data: CAMEO codes (names, QuadClass, Goldstein), trigger patterns and
 * generic actors, read once from the committed files in `data/events/`.
 */
import { readFileSync } from 'node:fs';
import { repoPath } from '../core/paths.ts';
import { MarsadError } from '../core/errors.ts';
import { norm, stripArticle } from '../ar/normalize.ts';

export type Frame = 'say' | 'vs' | 'vso' | 'appeal' | 'voice' | 'nom' | 'pass';
export const FRAMES: readonly Frame[] = ['say', 'vs', 'vso', 'appeal', 'voice', 'nom', 'pass'];
/** Frames whose first word is a verb: matched on the exact stem (not on an article-stripped noun). */
export const VERB_FRAMES: ReadonlySet<Frame> = new Set(['say', 'vs', 'vso', 'appeal', 'voice']);

export interface CodeInfo {
  name: string;
  parent: string | null;
  quad_class: number;
  goldstein: number | null;
}

/** One pattern word: the normalised form and its article-stripped form; `prefix` for `word*`. */
export interface PWord {
  n: string;
  c: string;
  prefix: boolean;
  /** `+word`: must appear later in the clause (within a few words), not right after. */
  later: boolean;
  /**
   * `=word`: the verb's object, the first word after its subject (checked by the coder once the
   * subject is known; `=a/b/c` accepts any of the alternatives).
   */
  obj?: boolean;
  alts?: PWord[];
}

export interface Trigger {
  code: string;
  frame: Frame;
  words: PWord[];
  text: string;
  /** The `=` words: the object that must follow the subject (empty for most triggers). */
  object: PWord[];
  /** A noun tried where the same spelling failed as a verb (قصف تركي): an event only with its attacker named. */
  namedOnly?: boolean;
}

export type AgentRole = 'attacker' | 'victim' | 'protester' | 'security' | 'official' | 'people';

export interface Agent {
  label: string;
  cameo: string;
  role: AgentRole;
  words: PWord[];
  /** `!form`: the first word only as written, with its article (`!القاعدة` is al-Qaeda, `قاعدة` a base). */
  strict?: boolean;
  /** `^form`: only with a nationality adjective right after it (`النظام السوري` is a government, `النظام` alone a system). */
  national?: boolean;
  /**
   * Fifth column `name` or `person`: a head noun that describes the named organisation (`شركة أرامكو`) or person
   * (`القاضي رودريك هندرسون`) right after it: the entity is the actor, not the noun.
   */
  beforeName?: 'ORG' | 'PER';
}

export interface EventLexicon {
  codes: Record<string, CodeInfo>;
  /** Triggers by the article-stripped form of their first word (prefix patterns under the prefix). */
  triggers: Map<string, Trigger[]>;
  agents: Map<string, Agent[]>;
  /** Protest cue words by kind (`protest-cues.tsv`): place, time, purpose, background, other. */
  protestCues: Map<string, PWord[]>;
  /** Cause phrases (`accident-cues.tsv`): what makes a killing an accident, and what keeps it an attack. */
  accidentCues: { accident: PhraseIndex; attack: PhraseIndex };
  triggerCount: number;
}

/** Phrases (one or more consecutive words) indexed by the article-stripped form of their first word; `*` phrases apart. */
export interface PhraseIndex {
  byWord: Map<string, PWord[][]>;
  prefixed: PWord[][];
}

export function phraseIndex(forms: string[]): PhraseIndex {
  const idx: PhraseIndex = { byWord: new Map(), prefixed: [] };
  for (const f of forms) {
    const words = f.trim().split(/\s+/).filter(Boolean).map(pword);
    if (!words.length) continue;
    if (words[0]!.prefix) idx.prefixed.push(words);
    else {
      add(idx.byWord, words[0]!.c, words);
      if (words[0]!.n !== words[0]!.c) add(idx.byWord, words[0]!.n, words);
    }
  }
  return idx;
}

export function pword(w0: string): PWord {
  const obj = w0.startsWith('=');
  const later = obj || w0.startsWith('+');
  const w = later ? w0.slice(1) : w0;
  if (w.includes('/')) {
    const alts = w.split('/').filter(Boolean).map(pword);
    return { n: alts[0]!.n, c: alts[0]!.c, prefix: false, later, ...(obj ? { obj } : {}), alts };
  }
  const prefix = w.endsWith('*');
  const n = norm(prefix ? w.slice(0, -1) : w);
  return { n, c: stripArticle(n), prefix, later, ...(obj ? { obj } : {}) };
}

function read(file: string): string {
  try {
    return readFileSync(repoPath('data', 'events', file), 'utf8');
  } catch (e) {
    throw new MarsadError('E_MODEL', `event data data/events/${file} is missing (${(e as Error).message})`);
  }
}

function rows(text: string): string[][] {
  return text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));
}

function add<T>(m: Map<string, T[]>, k: string, v: T): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

export function parseTriggers(text: string, codes: Record<string, CodeInfo>): Trigger[] {
  const out: Trigger[] = [];
  for (const [code, frame, forms] of rows(text)) {
    if (!code || !forms || !codes[code] || !FRAMES.includes(frame as Frame)) continue;
    for (const f of forms.split('|')) {
      const words = f.trim().split(/\s+/).filter(Boolean).map(pword);
      if (words.length && words.every((w) => w.n.length >= 2)) out.push({ code, frame: frame as Frame, words, text: f.trim(), object: words.filter((w) => w.obj) });
    }
  }
  return out;
}

let cached: EventLexicon | null = null;

export function loadEventLexicon(): EventLexicon {
  if (cached) return cached;
  let codes: Record<string, CodeInfo>;
  try {
    codes = (JSON.parse(read('cameo-codes.json')) as { codes: Record<string, CodeInfo> }).codes;
  } catch (e) {
    if (e instanceof MarsadError) throw e;
    throw new MarsadError('E_MODEL', 'event data data/events/cameo-codes.json is corrupt');
  }
  const triggers = new Map<string, Trigger[]>();
  const list = parseTriggers(read('triggers.tsv'), codes);
  for (const t of list) add(triggers, t.words[0]!.c, t);
  const agents = new Map<string, Agent[]>();
  for (const [label, cameo, role, forms, flags] of rows(read('agents.tsv'))) {
    if (!label || !forms) continue;
    const flag = flags?.trim();
    const beforeName = flag === 'name' ? 'ORG' : flag === 'person' ? 'PER' : undefined;
    for (const f0 of forms.split('|')) {
      const strict = f0.trim().startsWith('!');
      const national = f0.trim().startsWith('^');
      const f = strict || national ? f0.trim().slice(1) : f0;
      const words = f.trim().split(/\s+/).filter(Boolean).map(pword);
      if (words.length) add(agents, words[0]!.c, { label, cameo: cameo ?? '', role: role as AgentRole, words, ...(strict ? { strict } : {}), ...(national ? { national } : {}), ...(beforeName ? { beforeName } : {}) });
    }
  }
  const protestCues = new Map<string, PWord[]>();
  for (const [kind, forms] of rows(read('protest-cues.tsv'))) {
    if (!kind || !forms) continue;
    for (const f of forms.split('|')) if (f.trim()) add(protestCues, kind.trim(), pword(f.trim()));
  }
  const acc: Record<string, string[]> = { accident: [], attack: [] };
  for (const [kind, forms] of rows(read('accident-cues.tsv'))) {
    const k = kind?.trim();
    if (!k || !forms || !acc[k]) continue;
    acc[k]!.push(...forms.split('|').filter((f) => f.trim()));
  }
  const accidentCues = { accident: phraseIndex(acc.accident!), attack: phraseIndex(acc.attack!) };
  cached = { codes, triggers, agents, protestCues, accidentCues, triggerCount: list.length };
  return cached;
}

let classes: Map<string, RegExp> | null = null;

/**
 * A word class of `data/events/word-classes.tsv` as a test on a token core: `^(forms)` for `prefix`
 * classes, `^(forms)$` for `exact` ones. Unknown names throw (a typo must not silently match nothing).
 */
export function wordClass(name: string): RegExp {
  if (!classes) {
    classes = new Map();
    const file = repoPath('data', 'events', 'word-classes.tsv');
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const [n, match, forms] = line.split('\t');
      if (!n || (match !== 'prefix' && match !== 'exact') || !forms) throw new MarsadError('E_MODEL', `event data data/events/word-classes.tsv line ${i + 1}: expected name <TAB> prefix|exact <TAB> forms`);
      // Forms are normalised like the token cores they are matched on (مئات is ميات there, قذائف is قذايف).
      const escaped = forms.split('|').map((f) => norm(f.trim()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      classes!.set(n, new RegExp(`^(${escaped})${match === 'exact' ? '$' : ''}`));
    });
  }
  const re = classes.get(name);
  if (!re) throw new MarsadError('E_MODEL', `unknown event word class: ${name}`);
  return re;
}

let capitals: Map<string, string> | null = null;

/** Capitals that stand for their state's government (`data/events/capitals.tsv`): normalised name -> ISO 3166-1 alpha-2. */
export function capitalCountry(name: string): string | undefined {
  if (!capitals) {
    capitals = new Map();
    for (const [ar, iso] of rows(read('capitals.tsv'))) if (ar && iso) capitals.set(norm(ar.trim()), iso.trim());
  }
  return capitals.get(norm(name));
}

/** An attacker named by a word that is no nationality adjective nor an entity (`data/events/attackers.tsv`). */
export interface AttackerWord {
  id: string;
  label: string;
  kind: 'entity' | 'agent';
  /** `nisba`: an adjective after the attack noun (هجوم حوثي); `head`: a noun in the genitive or after an agent verb (غارات التحالف). */
  where: 'nisba' | 'head';
}

let attackers: Map<string, AttackerWord> | null = null;

/** The attacker a word's normalised, article-stripped core names (حوثي → the Houthis, تحالف → the military coalition), if any. */
export function attackerWord(core: string): AttackerWord | undefined {
  if (!attackers) {
    attackers = new Map();
    for (const [id, label, kind, where, forms] of rows(read('attackers.tsv'))) {
      if (!id || !label || !forms || (kind !== 'entity' && kind !== 'agent') || (where !== 'nisba' && where !== 'head')) continue;
      for (const f of forms.split('|')) if (f.trim()) attackers.set(stripArticle(norm(f.trim())), { id: id.trim(), label: label.trim(), kind, where });
    }
  }
  return attackers.get(core);
}
