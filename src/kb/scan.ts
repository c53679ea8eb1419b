/**
 * Finds KB names in a Doc: scans the clitic-segmented words left to right and takes the
 * longest name at each position (`وبكازاخستان` -> the span of `كازاخستان`; `بحر قزوين`;
 * `مؤتمر الأطراف التاسع والعشرين`). Names continue across dashes (`باكو – تبليسي – قارص`)
 * but never across other punctuation. Inside facilities and projects, place names are
 * reported too (a railway named after three cities mentions the cities; a UN conference
 * mentions the UN).
 */
import type { Doc, Token, Word } from '../core/doc.ts';
import { layer } from '../core/doc.ts';
import { isDropped, norm } from '../ar/normalize.ts';
import { DASHES, cliticReadings, keyUnits, laterKeyIs, unitKeys, wordKey } from './keys.ts';
import { type AliasEntry, type KbIndex, fuzzyKeys, kbIndex } from './kb.ts';

/** A text unit for matching: one token, with the key of the whole token and of its stem. */
export interface ScanItem {
  start: number;
  end: number;
  /** Start of the stem (after proclitics). */
  stemStart: number;
  whole: string;
  stem: string;
  prefix: string;
  token: number;
  /** A break before this item (punctuation other than a dash). */
  breakBefore: boolean;
  /** The stem carries the definite article. */
  def: boolean;
}

export interface GazetteerMatch {
  start: number;
  end: number;
  /** KB id of the best candidate. */
  id: string;
  /** Other KB ids with the same name (`طرابلس`: Libya's and Lebanon's). */
  alt?: string[];
  kind: 'name' | 'demonym';
  match: 'exact' | 'fuzzy';
  ambiguous?: boolean;
  /** Inside a longer name (a city in a railway's name). */
  nested?: boolean;
  /** Index of the first and one-past-last scan item. */
  from: number;
  to: number;
}

/** Scan items per `words` layer (the same array travels through later Docs), so stages share them. */
const ITEMS = new WeakMap<object, ScanItem[]>();

export function scanItems(doc: Doc): ScanItem[] {
  const tokens = layer<Token>(doc, 'tokens');
  const words = layer<Word>(doc, 'words');
  const cached = doc.layers.words ? ITEMS.get(doc.layers.words) : undefined;
  if (cached) return cached;
  const items = computeItems(tokens, words);
  if (doc.layers.words) ITEMS.set(doc.layers.words, items);
  return items;
}

function computeItems(tokens: readonly Token[], words: readonly Word[]): ScanItem[] {
  const items: ScanItem[] = [];
  let brk = true;
  let w = 0;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t]!;
    let prefix = '';
    let stemWord: Word | undefined;
    while (w < words.length && words[w]!.token < t) w++;
    while (w < words.length && words[w]!.token === t) {
      const wd = words[w]!;
      if (wd.role === 'stem') stemWord = wd;
      else prefix += wd.norm;
      w++;
    }
    if (tok.kind === 'punct' || tok.kind === 'quote' || tok.kind === 'symbol') {
      if (tok.kind === 'symbol' && tok.norm === '+') {
        items.push({ start: tok.start, end: tok.end, stemStart: tok.start, whole: '+', stem: '+', prefix: '', token: t, breakBefore: false, def: false });
      } else if (!(tok.kind === 'punct' && DASHES.has(tok.norm))) brk = true;
      continue;
    }
    const whole = tok.kind === 'word' ? wordKey(tok.norm) : tok.norm;
    const stem = stemWord && tok.kind === 'word' ? wordKey(stemWord.norm) : whole;
    const stemNorm = stemWord && tok.kind === 'word' ? stemWord.norm : tok.norm;
    const def = stemNorm.length > 3 && stemNorm.startsWith('ال');
    items.push({ start: tok.start, end: tok.end, stemStart: stemWord && prefix ? stemWord.start : tok.start, whole, stem, prefix: tok.kind === 'word' ? prefix : '', token: t, breakBefore: brk, def });
    brk = false;
  }
  return items;
}

/** Does the alias's remaining keys match items from `i + 1`? */
function restMatches(items: readonly ScanItem[], i: number, rest: readonly string[]): boolean {
  for (let k = 0; k < rest.length; k++) {
    const it = items[i + 1 + k];
    if (!it || it.breakBefore) return false;
    if (!laterKeyIs(it, rest[k]!)) return false;
  }
  return true;
}

/**
 * Country names that are also feminine adjectives (`سورية`: Syria, or "Syrian" in `أهداف سورية`;
 * `السعودية`: Saudi Arabia, or "Saudi" in `السلطات السعودية`). Right after a noun that agrees
 * with them in definiteness (and is not a preposition or verb-like word) they are the adjective.
 */
const ADJECTIVE_LIKE = new Set(['سوريه', 'سعوديه']);
const PREPOSITIONS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'حول', 'داخل', 'خارج', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'بين', 'نحو', 'تجاه', 'ضد', 'عبر', 'لدي', 'دوله', 'جمهوريه', 'ان', 'قال', 'قالت', 'اعلنت', 'اكدت']);

function adjectiveReading(items: readonly ScanItem[], i: number, ix: KbIndex, isCountry: boolean): boolean {
  const it = items[i]!;
  if (it.breakBefore || i === 0) return false;
  const prev = items[i - 1]!;
  // `دبلوماسيا روسيا`: after an indefinite accusative noun, `روسيا` is the adjective (روسيًّا)
  if (isCountry && !it.prefix && !it.def && it.stem.endsWith('يا') && !prev.def && !prev.prefix && prev.stem.length >= 5 && prev.stem.endsWith('ا') && !prev.stem.endsWith('وا') && !PREPOSITIONS.has(prev.stem)) return true;
  if (!ADJECTIVE_LIKE.has(it.stem)) return false;
  // `الروسية والسورية`: coordinated with an adjective of the same definiteness
  if (it.prefix === 'و') return prev.def === it.def && !!ix.byFirst.get(prev.stem)?.some((e) => e.kind === 'demonym' && e.rest.length === 0);
  if (it.prefix) return false;
  if (PREPOSITIONS.has(prev.stem) || /^[\d+]/.test(prev.stem) || prev.stem.length < 3) return false;
  return prev.def === it.def;
}

/** Proclitic readings of unsegmented words that start a KB name, per word (cached). */
const READINGS_BY_KB = new WeakMap<KbIndex, Map<string, { key: string; n: number }[]>>();

interface Best {
  len: number;
  entries: AliasEntry[];
  viaStem: boolean;
  /** Proclitic letters stripped here because the segmenter kept an unknown word whole. */
  stripped?: number;
}

/**
 * The longest entry of `ix.byFirst.get(first)` whose rest matches from item `i`, merged into
 * `best` (returned). A module function rather than a closure inside `bestAt`, which runs once
 * per scan item.
 */
function consider(items: readonly ScanItem[], i: number, ix: KbIndex, inside: Set<string> | undefined, best: Best | undefined, first: string, viaStem: boolean, stripped?: number): Best | undefined {
  const list = ix.byFirst.get(first);
  if (!list) return best;
  for (const e of list) {
    const len = e.rest.length + 1;
    if (best && len < best.len) break; // sorted longest first
    if (stripped && e.ambiguous) continue;
    if (inside && (!NESTABLE.has(ix.entities[e.entity]!.kind) || inside.has(ix.entities[e.entity]!.id))) continue;
    if (!restMatches(items, i, e.rest)) continue;
    if (!best || len > best.len) best = { len, entries: [e], viaStem, ...(stripped ? { stripped } : {}) };
    else if (best.viaStem === viaStem) best.entries.push(e);
  }
  return best;
}

function bestAt(items: readonly ScanItem[], i: number, ix: KbIndex, inside?: Set<string>): Best | undefined {
  const it = items[i]!;
  let best: Best | undefined;
  best = consider(items, i, ix, inside, best, it.whole, false);
  if (it.stem !== it.whole) best = consider(items, i, ix, inside, best, it.stem, true);
  if (!best && it.stem.length >= 5) {
    let READINGS = READINGS_BY_KB.get(ix);
    if (!READINGS) READINGS_BY_KB.set(ix, (READINGS = new Map()));
    let readings = READINGS.get(it.stem);
    if (!readings) {
      readings = cliticReadings(it.stem)
        .map((r) => ({ key: wordKey(r.rest), n: r.prefix.length }))
        .filter((r) => ix.byFirst.has(r.key));
      if (READINGS.size > 100_000) READINGS.clear();
      READINGS.set(it.stem, readings);
    }
    for (const r of readings) {
      best = consider(items, i, ix, inside, best, r.key, true, r.n);
      if (best) break;
    }
  }
  return best;
}

/** Names of these kinds may contain other names that are reported too (a railway named after cities). */
const CONTAINERS = new Set(['facility', 'project', 'event']);
/** Kinds reported inside a container's name. */
const NESTABLE = new Set(['country', 'city', 'region', 'sea', 'river', 'organization']);

const KIND_RANK: Record<string, number> = { country: 0, city: 1, region: 2, sea: 3, river: 3, organization: 4, event: 5, facility: 5, project: 5, substance: 5, person: 6 };

export function scanGazetteer(doc: Doc, ix: KbIndex = kbIndex()): GazetteerMatch[] {
  const items = scanItems(doc);
  const out: GazetteerMatch[] = [];
  let nestedUntil = -1;
  let outer = new Set<string>();
  for (let i = 0; i < items.length; ) {
    const it = items[i]!;
    const best = bestAt(items, i, ix, i < nestedUntil ? outer : undefined);
    // a longer name starting at the next word, inside this one, that runs further wins over it (`دولة
    // الإمارات` | `الإمارات العربية المتحدة`; `الملك سلمان` | `سلمان بن عبدالعزيز آل سعود`)
    if (best && best.len >= 2 && i >= nestedUntil && !items[i + 1]!.breakBefore) {
      const next = bestAt(items, i + 1, ix);
      if (next && next.len > best.len && i + 1 + next.len > i + best.len && next.entries.some((e) => !e.ambiguous && e.kind === 'name')) {
        i++;
        continue;
      }
    }
    if (best) {
      // prefer plain names over demonyms, unambiguous over ambiguous, then by kind
      const sorted = [...best.entries].sort(
        (a, b) => Number(a.kind === 'demonym') - Number(b.kind === 'demonym') || Number(a.ambiguous) - Number(b.ambiguous) || (KIND_RANK[ix.entities[a.entity]!.kind] ?? 9) - (KIND_RANK[ix.entities[b.entity]!.kind] ?? 9),
      );
      // one-word names must agree with the text on the article: `الأقصر` (Luxor) is not `أقصر`
      // (shorter); an ambiguous name is not a common noun with the article (`المشهد`, the scene)
      const fits = (e: AliasEntry): boolean =>
        best.len > 1 || e.kind === 'demonym' || (articleOf(e.alias) ? it.def : !e.ambiguous || !it.def);
      // a country named by a nisba adjective with the article (`السعودية`) written without it
      // (`ناقلة نفط سعودية`) is the adjective: a reference to the country, not another place
      // (looked for only when no entry fits: a nisba entry never fits, its name having the article and the text none)
      const fitting = sorted.find(fits);
      const nisba = fitting ? undefined : sorted.find((e) => best.len === 1 && !it.def && e.kind === 'name' && isNisbaCountryName(e.alias, ix.entities[e.entity]!.kind));
      const top = fitting ?? nisba;
      if (!top) {
        i++;
        continue;
      }
      const ids = [...new Set(sorted.filter((e) => e.kind === top.kind).map((e) => ix.entities[e.entity]!.id))];
      const last = items[i + best.len - 1]!;
      const asAdjective = top === nisba || (best.len === 1 && top.kind === 'name' && adjectiveReading(items, i, ix, ix.entities[top.entity]!.kind === 'country'));
      const m: GazetteerMatch = {
        start: best.stripped ? skipLetters(doc.text, it.stemStart, best.stripped) : best.viaStem ? it.stemStart : it.start,
        end: last.end,
        id: ids[0]!,
        kind: asAdjective ? 'demonym' : top.kind,
        match: 'exact',
        from: i,
        to: i + best.len,
      };
      if (ids.length > 1) m.alt = ids.slice(1);
      if (top.ambiguous) m.ambiguous = true;
      if (i < nestedUntil) m.nested = true;
      // `محمد بن سلمان بن عبدالعزيز آل سعود`: a known person's name of two words or more followed by
      // lineage (`بن X`, `آل X`) is that person named in full, unless the KB writes another lineage for them
      if (!m.nested && !asAdjective && top.kind === 'name' && best.len >= 2 && ix.entities[top.entity]!.kind === 'person' && nameWords(top) >= 2) {
        const to = lineageAfter(items, i + best.len, top, ix);
        if (to > m.to) {
          m.to = to;
          m.end = items[to - 1]!.end;
          best.len = to - i;
        }
      }
      out.push(m);
      const k = ix.entities[top.entity]!.kind;
      if (i >= nestedUntil && CONTAINERS.has(k) && best.len > 1) {
        nestedUntil = i + best.len;
        outer = new Set(ids);
        i += 1;
      } else i += best.len;
      continue;
    }
    if (it.stem.length >= 6 && !it.prefix.includes('+')) {
      for (const k of fuzzyKeys(it.stem, ix)) {
        const e = ix.byFirst.get(k)?.find((x) => x.rest.length === 0 && x.kind === 'name' && !x.ambiguous);
        if (!e) continue;
        out.push({ start: it.stemStart, end: it.end, id: ix.entities[e.entity]!.id, kind: 'name', match: 'fuzzy', from: i, to: i + 1, ...(i < nestedUntil ? { nested: true } : {}) });
        break;
      }
    }
    i++;
  }
  return out;
}

// ------------------------------------------------------------------ lineage after a person's name

/** `بن`, `ابن`, `بنت`: son or daughter of. */
const PATRONYMIC = new Set(['بن', 'ابن', 'بنت']);
/** `آل` (the house of), as a word key. */
const HOUSE = 'ال';

/**
 * Kin words after `ابن`/`بنت` (`ابن عمه`, his cousin; `ابن أخيه`, his nephew; `بنت خالها`): no father's name,
 * with or without a pronoun (word keys: `أ` written `ا`, `ة` written `ه`; `خالد`, `عمر` are names).
 */
const KIN = /^(عم|عمه|عمي|عمها|عمهم|عمت\S*|عموم\S*|خال|خاله|خالي|خالها|خالهم|خالت\S*|اخ|اخو|اخي|اخيه|اخيها|اخيهم|اخت|اخته|اختي|اختها|شقيق|شقيقه|شقيقي|شقيقها|شقيقت\S*|زوج|زوجه|زوجها|زوجت\S*)$/;

/** One key per name however `عبد` is written (`عبدالعزيز`, `عبد العزيز` -> `عبدعزيز`). */
const abdKey = (w: string): string => w.replace(/^عبدال(?=..)/, 'عبد');

/** One lineage name at item `j` (`سعود`, `عبدالعزيز`, `عبد العزيز`): its key and end, or null. */
function lineageName(items: readonly ScanItem[], j: number): { key: string; end: number } | null {
  const it = items[j];
  // a name word: no clitic, no article (`ابن الملك`, "the king's son", is no lineage), no particle or digit
  if (!it || it.breakBefore || it.prefix || it.def || it.stem.length < 2 || PATRONYMIC.has(it.stem) || it.stem === HOUSE || /^\d/.test(it.stem) || KIN.test(it.stem)) return null;
  if (it.stem === 'عبد') {
    const nx = items[j + 1];
    return nx && !nx.breakBefore && !nx.prefix && nx.def ? { key: 'عبد' + nx.stem, end: j + 2 } : null;
  }
  return { key: abdKey(it.stem), end: j + 1 };
}

/** The lineage from item `j`: fathers in order (`بن X بن Y`), the house (`آل Z`, last), and its end (exclusive; `j` when none). */
function parseLineage(items: readonly ScanItem[], j: number): { fathers: string[]; house?: string; end: number } {
  const fathers: string[] = [];
  let house: string | undefined;
  let k = j;
  for (;;) {
    const it = items[k];
    // (`الابن`, "Junior", is no `ابن`: `دونالد ترامب الابن`)
    if (!it || it.breakBefore || it.prefix || it.def || !(PATRONYMIC.has(it.stem) || it.stem === HOUSE)) break;
    const nm = lineageName(items, k + 1);
    if (!nm) break;
    k = nm.end;
    if (it.stem === HOUSE) {
      house = nm.key;
      break;
    }
    fathers.push(nm.key);
  }
  return { fathers, ...(house ? { house } : {}), end: k };
}

/** The same from a KB alias's word keys after the matched name (`بن عبد عزيز ال سعود`). */
function lineageOfKeys(keys: readonly string[]): { fathers: string[]; house?: string } {
  const fathers: string[] = [];
  let house: string | undefined;
  for (let k = 0; k + 1 < keys.length; ) {
    const w = keys[k]!;
    if (!(PATRONYMIC.has(w) || w === HOUSE)) break;
    const abd = keys[k + 1] === 'عبد' && k + 2 < keys.length;
    const key = abd ? 'عبد' + keys[k + 2] : abdKey(keys[k + 1]!);
    k += abd ? 3 : 2;
    if (w === HOUSE) {
      house = key;
      break;
    }
    fathers.push(key);
  }
  return { fathers, ...(house ? { house } : {}) };
}

/** Names in a KB alias, `عبد X` counting one (`عبد العزيز` is one name: lineage after it makes another person, `عبد العزيز بن سعود`). */
function nameWords(e: AliasEntry): number {
  const keys = [e.alias.trim().split(/\s+/)[0], ...e.rest].map((k) => k.replace(/^.*\+/, ''));
  return keys.filter((k, i) => k && !(i > 0 && keys[i - 1] === 'عبد')).length;
}

/**
 * `محمد بن سلمان بن عبدالعزيز آل سعود`: the end of the lineage after a known person's name
 * matched up to item `j` (`j` when none follows), provided it agrees with every longer name the
 * KB gives that person (`سلمان بن عبد العزيز آل سعود` for `سلمان بن عبد العزيز`): no other father
 * at the same place, no other house. A person the KB writes with no longer name agrees with any.
 */
function lineageAfter(items: readonly ScanItem[], j: number, top: AliasEntry, ix: KbIndex): number {
  const text = parseLineage(items, j);
  if (text.end === j) return j;
  const n = top.rest.length + 1;
  const head = unitKeys(keyUnits(top.alias));
  for (const alias of ix.entities[top.entity]!.aliases) {
    const keys = unitKeys(keyUnits(alias));
    if (keys.length <= n || head.some((h, k) => keys[k] !== h)) continue;
    const kb = lineageOfKeys(keys.slice(n));
    for (let k = 0; k < Math.min(kb.fathers.length, text.fathers.length); k++) if (kb.fathers[k] !== text.fathers[k]) return j;
    if (kb.house && text.house && kb.house !== text.house) return j;
  }
  return text.end;
}

/** A one-word country name that is a nisba adjective with the article (`السعودية`). */
function isNisbaCountryName(alias: string, kind: string): boolean {
  return kind === 'country' && articleOf(alias) && !alias.trim().includes(' ') && /يه$/.test(norm(alias.trim()));
}

function articleOf(alias: string): boolean {
  const w = norm(alias.trim().split(/\s+/)[0] ?? '');
  return w.length > 3 && w.startsWith('ال');
}

/** Offset after `n` letters from `pos`, with the marks that follow each letter. */
function skipLetters(text: string, pos: number, n: number): number {
  let p = pos;
  for (let k = 0; k < n && p < text.length; k++) {
    while (p < text.length && isDropped(text.charCodeAt(p))) p++;
    p++;
    while (p < text.length && isDropped(text.charCodeAt(p))) p++;
  }
  return p;
}
