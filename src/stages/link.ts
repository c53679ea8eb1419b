/**
 * Entity linking (`link` stage): one canonical id per real thing.
 *
 * Reads the NER `entities` layer when a NER stage ran before it, and the `gazetteer`
 * candidates (computed here when the gazetteer stage did not run), and assigns:
 * - `entities`: each span with `{id, label_en, label_ar, kind, country?, role?, iso?, qid?}`
 *   plus `link: 'kb' | 'new'` and `match: 'exact' | 'fuzzy' | 'coref' | 'none'`;
 * - `demonyms`: adjective mentions (`الأذربيجاني`) as references `{start, end, id, label_en, iso}`
 *   to their country; they are not entities.
 *
 * Rules, in order: a NER span equal to a KB name (after a generic head such as `جمهورية`
 * or `مدينة`) takes that entry; a longer KB name that contains a NER span replaces it (of any
 * NER type when the name has two words or more);
 * KB names outside NER spans are added (never names marked ambiguous); a NER span with no KB
 * entry gets a stable id from its normalised Arabic key and a transliterated label. Then
 * name parts refer back (`علييف` after `إلهام علييف`), a title before a person gives the role
 * (`الرئيس الأذربيجاني إلهام علييف` -> President of Azerbaijan), and a series mention
 * (`مؤتمر الأمم المتحدة المعني بتغير المناخ`) resolves to its one instance in the article (COP29).
 * Names with several readings (`عمان`: Oman or Amman) are chosen by context cues
 * (`data/kb/ambiguous.txt`); a body head with a country adjective (`وزارة الدفاع الروسية`) is one
 * ORG (`data/kb/bodies.txt`); a quoted name after a naming head (`مشروع “...”`) is one MISC
 * (`data/kb/name-heads.txt`); currency words tagged MISC are units, not entities.
 */
import { type Doc, type Entity, type EntityType, type Sentence, type Token, layer, withLayers } from '../core/doc.ts';
import { defineStage } from '../core/pipeline.ts';
import { type AmbiguityContext, STRONG, ambiguityTable, chooseReading, keyOf } from '../kb/ambiguity.ts';
import { type KbIndex, fuzzyKeys, kbIndex, roleAt } from '../kb/kb.ts';
import { type GazetteerMatch, type ScanItem, scanGazetteer, scanItems } from '../kb/scan.ts';
import { type Title, titles } from '../kb/titles.ts';
import { nameTable, personLabel, transliterate } from '../kb/translit.ts';
import { UNITS } from '../facts/units.ts';
import { bodyHeads, bodyNotAfter, corefHeads, nameHeads } from '../kb/heads.ts';
import { DASHES, keyUnits, laterKeyIs } from '../kb/keys.ts';
import { norm, stripArticle } from '../ar/normalize.ts';
import type { KbEntity } from '../kb/types.ts';

export interface DemonymRef {
  start: number;
  end: number;
  id: string;
  label_en: string;
  iso?: string;
  text: string;
}

/** Words that name the kind of place or body before its name (`جمهورية أذربيجان`). */
const HEADS = new Set(['جمهوريه', 'مملكه', 'دوله', 'سلطنه', 'اماره', 'مدينه', 'عاصمه', 'محافظه', 'ولايه', 'اقليم', 'منطقه', 'بلده', 'قريه', 'ميناء', 'مطار', 'بلاد', 'دول']);

/** Name parts that are also common words: never linked by name-part coreference alone. */
const COREF_STOP = new Set(['صالح', 'هادي', 'عادل', 'كريم', 'امين', 'سعيد', 'جميل', 'حسن', 'خان', 'عبد', 'بن', 'ابو', 'له', 'دين', 'رحمن', 'ملك', 'امير', 'شيخ']);

/** The English title of `نظيره` ("his counterpart") in `data/kb/titles.txt`. */
const COUNTERPART = '=counterpart';

/** How far (in characters) an instance mention resolves a series mention (`مؤتمر المناخ` -> COP29). */
const SERIES_WINDOW = 300;

const KIND_TYPE: Record<string, EntityType> = {
  person: 'PER',
  organization: 'ORG',
  country: 'LOC',
  city: 'LOC',
  region: 'LOC',
  sea: 'LOC',
  river: 'LOC',
  event: 'MISC',
  facility: 'MISC',
  project: 'MISC',
  substance: 'MISC',
};
/** KB kinds whose type overrides the tagger's when a NER span links to them: the tagger knows no such class. */
const KIND_DECIDES_TYPE: ReadonlySet<string> = new Set(['substance']);
const TYPE_KIND: Record<string, string> = { PER: 'person', LOC: 'place', ORG: 'organization', MISC: 'misc' };

function compatible(type: string | undefined, kind: string): boolean {
  if (!type) return true;
  return (type === 'PER') === (kind === 'person');
}

const PREFERRED: Record<string, ReadonlySet<string>> = {
  PER: new Set(['person']),
  ORG: new Set(['organization']),
  LOC: new Set(['country', 'city', 'region', 'sea', 'river']),
  MISC: new Set(['event', 'facility', 'project', 'substance']),
};

function prefers(type: string | undefined, kind: string): boolean {
  return !!type && !!PREFERRED[type]?.has(kind);
}

interface Mention {
  start: number;
  end: number;
  from: number;
  to: number;
  type: EntityType;
  text: string;
  confidence: number;
  source: string;
  kb?: number;
  match: 'exact' | 'fuzzy' | 'coref' | 'none';
  extra?: Record<string, unknown>;
  /** Kind of a new entity when known from context (a quoted name after `مشروع` is a project). */
  kind?: string;
  /** A government body (`وزارة الدفاع الروسية`): its id, English label and country. */
  body?: { id: string; label: string; country?: string };
  /** KB entries named exactly by this NER span but of another kind than its NER type (`CNN` tagged PER). */
  typeConflict?: number[];
}

/** Kin words that join a name to the father's (`بن`, `ابن`, `بنت`), normalised. */
const PATRONYMIC = new Set(['بن', 'ابن', 'بنت'].map((w) => norm(w)));

/** Place kinds a NER span may link to when it disagrees with the KB name on the article. */
const ARTICLE_FREE_KINDS = new Set(['city', 'region', 'sea', 'river']);

/** A span in Latin letters only (`CNN`, `BBC`): never an Arabic given name, so the KB kind wins over the NER type. */
const LATIN_NAME = /^[A-Za-z][A-Za-z.&\- ]*$/;

/** Scan-item index range `[from, to)` covered by a character span. */
function itemRange(items: readonly ScanItem[], start: number, end: number): [number, number] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < items.length && items[to]!.start < end) to++;
  return [lo, to];
}

export function linkDoc(doc: Doc, ix: KbIndex = kbIndex()): Doc {
  const items = scanItems(doc);
  const gaz = (doc.layers.gazetteer as GazetteerMatch[] | undefined) ?? scanGazetteer(doc, ix);
  const ner = layer<Entity>(doc, 'entities');
  const names = gaz.filter((m) => m.kind === 'name');
  const dems = gaz.filter((m) => m.kind === 'demonym');
  const idx = (id: string): number | undefined => ix.byId.get(id);
  const mentions: Mention[] = [];
  const consumed = new Set<GazetteerMatch>();
  const demonymSpans = new Set<string>();
  // names with several readings (`عمان`: Oman or Amman) are chosen by context (data/kb/ambiguous.txt)
  const table = ambiguityTable();
  const actx = ambiguityContext(doc, items, gaz, ix);
  const readingsOf = (m: GazetteerMatch): { ids: string[]; top: number } | undefined => {
    if (!table.size) return undefined;
    const ranked = chooseReading(actx, keyOf(items, m.from, m.to), m.from, m.to, table);
    if (!ranked?.length) return undefined;
    const ids = ranked.map((r) => r.id);
    for (const id of [m.id, ...(m.alt ?? [])]) if (!ids.includes(id)) ids.push(id);
    return { ids, top: ranked[0]!.score };
  };

  // 1. NER spans
  const nerSorted = [...ner].filter((e) => e && e.end > e.start && e.end <= doc.text.length).sort((a, b) => a.start - b.start);
  const dropNer = new Set<Entity>();
  for (const m of names) {
    if (m.ambiguous || m.nested) continue;
    for (const e of nerSorted) {
      const inside = e.start >= m.start && e.end <= m.end && (e.start > m.start || e.end < m.end);
      // (a KB name of two words or more wins whatever the NER type of the part: `بوتو` tagged LOC
      // inside `بينظير بوتو`, `نوبل` tagged PER inside `جائزة نوبل`)
      if (inside && (compatible(e.type, ix.entities[idx(m.id)!]!.kind) || m.to - m.from >= 2)) dropNer.add(e);
    }
  }
  for (const e of nerSorted) {
    // a currency tagged MISC is a unit (`دولار`); ORG may be a club (`الريال`, Real Madrid)
    if (dropNer.has(e) || (e.type === 'MISC' && isCurrencyWord(doc.text.slice(e.start, e.end)))) continue;
    const [from, to] = itemRange(items, e.start, e.end);
    if (from >= to) continue;
    const within = gaz.filter((m) => m.start >= e.start && m.end <= e.end);
    for (const m of within) consumed.add(m);
    // a demonym tagged as an entity is a reference to the country
    const dem = dems.find((m) => m.from === from && m.to === to);
    if (dem && !names.some((m) => m.from === from && m.to === to)) {
      demonymSpans.add(`${dem.start}:${dem.end}`);
      continue;
    }
    let h = from;
    while (h < to - 1 && HEADS.has(items[h]!.stem)) h++;
    let kb: number | undefined;
    let match: Mention['match'] = 'none';
    let typeConflict: number[] | undefined;
    for (const m of within) {
      if (m.kind !== 'name' || m.nested) continue;
      if ((m.from === from || m.from === h) && m.to === to) {
        const all = (readingsOf(m)?.ids ?? [m.id, ...(m.alt ?? [])]).map(idx).filter((i): i is number => i !== undefined);
        if (!m.ambiguous && all.length && all.every((i) => !compatible(e.type, ix.entities[i]!.kind))) typeConflict = all;
        const cands = all
          .filter((i) => compatible(e.type, ix.entities[i]!.kind))
          // an ambiguous name needs the NER type of its kind (`الجزيرة` tagged LOC is an island, not the channel)
          .filter((i) => !m.ambiguous || prefers(e.type, ix.entities[i]!.kind))
          // the NER type chooses between namesakes (`ليفربول`: the city for LOC, the club for ORG)
          .sort((a, b) => Number(!prefers(e.type, ix.entities[a]!.kind)) - Number(!prefers(e.type, ix.entities[b]!.kind)));
        if (cands.length) {
          kb = cands[0];
          match = m.match;
          break;
        }
      }
    }
    // `إقليم بنجاب` tagged LOC: a one-word region or city the KB writes with the article
    // (`البنجاب`), or without it, that the gazetteer leaves because the text disagrees on the
    // article; the NER span vouches for the place. Not countries: without its article a country's
    // name is a common word or verb more often than the country (`النساء اللاتي أردن`, `أن يمن`)
    if (kb === undefined && to - from === 1 && e.type === 'LOC' && items[from]!.stem.length >= 4) {
      const hit = ix.byFirst.get(items[from]!.stem)?.find((x) => x.rest.length === 0 && x.kind === 'name' && !x.ambiguous && ARTICLE_FREE_KINDS.has(ix.entities[x.entity]!.kind));
      if (hit) {
        kb = hit.entity;
        match = 'exact';
      }
    }
    if (kb === undefined && to - from === 1) {
      for (const k of fuzzyKeys(items[from]!.stem, ix)) {
        const hit = ix.byFirst.get(k)?.find((x) => x.rest.length === 0 && x.kind === 'name' && compatible(e.type, ix.entities[x.entity]!.kind));
        if (hit) {
          kb = hit.entity;
          match = 'fuzzy';
          break;
        }
      }
    }
    // a kind the tagger has no type for (a substance tagged ORG) takes its KB type
    const type = kb !== undefined && KIND_DECIDES_TYPE.has(ix.entities[kb]!.kind) ? KIND_TYPE[ix.entities[kb]!.kind]! : e.type;
    mentions.push({ start: e.start, end: e.end, from, to, type, text: doc.text.slice(e.start, e.end), confidence: e.confidence ?? 1, source: e.source ?? 'ner', kb, match, extra: e, ...(kb === undefined && typeConflict ? { typeConflict } : {}) });
  }

  // 2. KB names the NER did not cover
  for (const m of names) {
    if (consumed.has(m)) continue;
    const reading = readingsOf(m);
    // an ambiguous name without a NER span needs a strong cue (`العاصمة عمان`, a dateline)
    if (m.ambiguous && !(reading && reading.top >= STRONG)) continue;
    if (mentions.some((x) => x.start < m.end && m.start < x.end && !m.nested)) continue;
    const k = idx(reading?.ids[0] ?? m.id);
    if (k === undefined) continue;
    const kind = ix.entities[k]!.kind;
    // after بن/ابن/بنت a person's name is the father's in a longer name (منصور بن عبد العزيز), not that person
    if (kind === 'person' && m.from > 0 && PATRONYMIC.has(items[m.from - 1]!.stem)) continue;
    mentions.push({ start: m.start, end: m.end, from: m.from, to: m.to, type: KIND_TYPE[kind] ?? 'MISC', text: doc.text.slice(m.start, m.end), confidence: m.match === 'exact' ? 0.9 : 0.7, source: 'gazetteer', kb: k, match: m.match });
  }

  // 2'. a NER span naming a KB entry of another kind (`(CNN)` tagged PER) takes the KB entry when
  // the article links that entry elsewhere (one sense per article) or the span is in Latin letters
  for (const m of mentions) {
    if (!m.typeConflict) continue;
    const k = m.typeConflict.find((i) => mentions.some((x) => x !== m && x.kb === i)) ?? (LATIN_NAME.test(m.text) ? m.typeConflict[0] : undefined);
    if (k === undefined) continue;
    m.kb = k;
    m.type = KIND_TYPE[ix.entities[k]!.kind] ?? m.type;
    m.match = 'exact';
  }

  // 2a. government bodies named by a head and a country adjective (`وزارة الدفاع الروسية`)
  for (const b of bodyMentions(items, dems, names, ix)) {
    const inside = (m: Mention): boolean => m.start >= b.start && m.end <= b.end;
    if (mentions.some((m) => m.start < b.end && b.start < m.end && (m.kb !== undefined || !inside(m)))) continue;
    const ner = mentions.find((m) => inside(m) && m.source === 'ner');
    for (let k = mentions.length - 1; k >= 0; k--) if (inside(mentions[k]!)) mentions.splice(k, 1);
    mentions.push({ start: b.start, end: b.end, from: b.from, to: b.to, type: 'ORG', text: doc.text.slice(b.start, b.end), confidence: ner?.confidence ?? 0.8, source: 'body', match: 'none', kind: 'organization', body: b.body });
  }

  // 2b. names in quotation marks after a naming head (`مشروع “طريق الحرير الرقمي”`): one MISC
  // entity for the quoted words instead of NER fragments inside them; KB names inside stay
  for (const q of quotedNames(doc, items)) {
    // a KB name or a NER span that is exactly the quoted words already says what it is (`"تل رفعت"`)
    if (mentions.some((m) => m.from === q.from && m.to === q.to)) continue;
    const inside = (m: Mention): boolean => m.start >= q.start && m.end <= q.end;
    if (mentions.some((m) => m.start < q.end && q.start < m.end && !inside(m))) continue;
    for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k]!.kb === undefined && inside(mentions[k]!)) mentions.splice(k, 1);
    mentions.push({ start: q.start, end: q.end, from: q.from, to: q.to, type: 'MISC', text: doc.text.slice(q.start, q.end), confidence: 0.8, source: 'quoted', match: 'none', kind: q.kind });
  }

  // 2c. a given name that is also a demonym right before a person (`تركي المالكي`: Turki, not
  // Turkish) belongs to the name; and a family name alone that the KB gives to a famous namesake
  // (`المالكي` -> Nouri al-Maliki) is not linked to him when the article names someone else with
  // it: coreference (3) then joins it to the article's own full name
  const givenNames = nameTable();
  const givenDems = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER' || m.from === 0) continue;
    const d = dems.find((x) => x.to === m.from && x.from === m.from - 1);
    const w = items[m.from - 1]!;
    // (`التركي رجب طيب أردوغان`: with the article the word is the adjective, never the given name)
    if (!d || items[m.from]!.breakBefore || w.prefix || w.def || !givenNames.has(norm(w.stem))) continue;
    givenDems.add(`${d.start}:${d.end}`);
    m.start = w.stemStart;
    m.from -= 1;
    m.text = doc.text.slice(m.start, m.end);
    if (m.kb !== undefined && !ix.entities[m.kb]!.aliases.some((a) => norm(a).split(/\s+/).includes(norm(w.stem)))) {
      m.kb = undefined;
      m.match = 'none';
    }
  }
  const ownTokens = (k: number): Set<string> => new Set(ix.entities[k]!.aliases.flatMap((a) => norm(a).split(/\s+/)));
  for (const m of mentions) {
    if (m.to - m.from !== 1 || m.kb === undefined || ix.entities[m.kb]!.kind !== 'person') continue;
    const fam = items[m.from]!.stem;
    const own = ownTokens(m.kb);
    const other = mentions.some((x) => x !== m && x.type === 'PER' && x.to - x.from >= 2 && items[x.to - 1]!.stem === fam
      && x.kb !== m.kb && items.slice(x.from, x.to - 1).some((it) => !own.has(norm(it.stem))));
    if (other) {
      m.kb = undefined;
      m.match = 'none';
    }
  }

  // 2c'. a person span that is a title and a country adjective (`العهد السعودي` out of `ولي العهد
  // السعودي`) names no one: the adjective stays a reference to the country
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.type !== 'PER' || m.kb !== undefined || m.to - m.from < 2 || m.source !== 'ner') continue;
    if (!dems.some((d) => d.from === m.to - 1 && d.to === m.to)) continue;
    const ts = titleStartBefore(items, m.to - 1);
    if (ts >= 0 && ts <= m.from) mentions.splice(k, 1);
  }

  // 2d. a person's name right after a title (`الكابتن فلاديسلاف`): its first letter is part of the
  // name, never a conjunction or preposition (those stand on the title: `وللرئيس`); and a KB name
  // that the gazetteer matched with its title (`الأمير محمد بن سلمان`) spans the name only, the
  // title giving the role as for any other person
  const { singleTitles, titleEnds } = titleSets(titles());
  for (const m of mentions) {
    const isPerson = m.kb !== undefined ? ix.entities[m.kb]!.kind === 'person' : m.type === 'PER';
    if (!isPerson) continue;
    const first = items[m.from]!;
    if (m.kb !== undefined && m.to - m.from >= 2 && m.start <= first.stemStart && singleTitles.has(first.stem) && !items[m.from + 1]!.breakBefore) {
      m.from += 1;
      m.start = items[m.from]!.stemStart;
      m.text = doc.text.slice(m.start, m.end);
      continue;
    }
    if (m.from === 0 || first.breakBefore || !/^[وفبلك]$/.test(first.prefix) || first.def || m.start <= first.start) continue;
    if (titleEnds.has(items[m.from - 1]!.stem)) {
      m.start = first.start;
      m.text = doc.text.slice(m.start, m.end);
    }
  }

  // 2e. a body's head noun alone with the article (`التحالف`, `قوات التحالف`, `للحزب`) refers to the
  // one body of the article whose KB name begins with it (`تحالف دعم الشرعية في اليمن`)
  for (const c of headCoreference(doc.text, items, mentions, ix)) mentions.push(c);

  // 3. name-part coreference for people: a surname alone refers to the nearest full name
  // before it (or, when there is none before, to the only one in the article)
  const personKey = (m: Mention): string | undefined => (m.kb !== undefined ? ix.entities[m.kb]!.id : m.type === 'PER' ? unknownId(items, m) : undefined);
  const parts = new Map<string, Mention[]>();
  for (const m of mentions) {
    const isPerson = m.kb !== undefined ? ix.entities[m.kb]!.kind === 'person' : m.type === 'PER';
    if (!isPerson || m.to - m.from < 2) continue;
    const last = items[m.to - 1]!.stem;
    if (last.length < 3 || COREF_STOP.has(last)) continue;
    let l = parts.get(last);
    if (!l) parts.set(last, (l = []));
    l.push(m);
  }
  for (const l of parts.values()) l.sort((a, b) => a.start - b.start);
  const antecedent = (key: string, at: number): Mention | undefined => {
    const l = parts.get(key);
    if (!l) return undefined;
    let best: Mention | undefined;
    for (const m of l) if (m.end <= at) best = m;
    if (best) return best;
    const ids = new Set(l.map(personKey));
    return ids.size === 1 ? l[0] : undefined;
  };
  // `بلوك` alone after `ستيف بلوك`: the letter that looks like a clitic is the name's, as in the full name
  const wholeAsIn = (t: Mention, i: number): boolean => {
    const w = items[i]!;
    return t.type === 'PER' && !w.def && /^[وفبلك]$/.test(w.prefix) && t.to - t.from >= 2
      && items.slice(t.from + 1, t.to).some((x) => x.whole === w.whole);
  };
  const covered = new Uint8Array(items.length);
  for (const m of mentions) for (let i = m.from; i < m.to; i++) covered[i] = 1;
  const corefExtra = (t: Mention): Record<string, unknown> | undefined => (t.kb === undefined ? { corefId: personKey(t) } : undefined);
  // a first name alone (`جمال` after `جمال خاشقجي`; `شي` after `شي جينبينغ`, family name first)
  // refers to the one person of the article whose name begins with it
  const firsts = new Map<string, Mention[]>();
  for (const m of mentions) {
    const isPerson = m.kb !== undefined ? ix.entities[m.kb]!.kind === 'person' : m.type === 'PER';
    if (!isPerson || m.to - m.from < 2) continue;
    const f = items[m.from]!.stem;
    if (COREF_STOP.has(f)) continue;
    firsts.set(f, [...(firsts.get(f) ?? []), m]);
  }
  // a first name written without the article does not stand for a name that begins with it
  // (`وليد` alone is not `الوليد بن طلال`); the other way round it may (`الصباح` after `صباح ...`)
  const byFirst = (key: string, def: boolean): Mention | undefined => {
    const l = firsts.get(key)?.filter((x) => def || !items[x.from]!.def);
    return l && new Set(l.map(personKey)).size === 1 ? l[0] : undefined;
  };
  for (const m of mentions) {
    if (m.to - m.from !== 1 || m.type !== 'PER' || m.kb !== undefined) continue;
    const t = antecedent(items[m.from]!.stem, m.start) ?? (m.source === 'ner' ? byFirst(items[m.from]!.stem, items[m.from]!.def) : undefined);
    if (!t) continue;
    if (m.start > items[m.from]!.start && wholeAsIn(t, m.from)) {
      m.start = items[m.from]!.start;
      m.text = doc.text.slice(m.start, m.end);
    }
    m.kb = t.kb;
    m.match = 'coref';
    m.extra = { ...m.extra, ...corefExtra(t) };
  }
  if (parts.size) {
    for (let i = 0; i < items.length; i++) {
      if (covered[i]) continue;
      const it = items[i]!;
      const t = antecedent(it.stem, it.start);
      if (!t) continue;
      mentions.push({ start: wholeAsIn(t, i) ? it.start : it.stemStart, end: it.end, from: i, to: i + 1, type: 'PER', text: doc.text.slice(it.stemStart, it.end), confidence: 0.8, source: 'coref', kb: t.kb, match: 'coref', extra: corefExtra(t) });
    }
  }

  // 4. series -> its instance mentioned nearby (the article may discuss other editions far away)
  const instanceMentions = mentions.filter((m) => m.kb !== undefined && ix.entities[m.kb]!.partOf);
  for (const m of mentions) {
    if (m.kb === undefined) continue;
    const seriesId = ix.entities[m.kb]!.id;
    const near = new Set(
      instanceMentions
        .filter((x) => ix.entities[x.kb!]!.partOf === seriesId && Math.abs(x.start - m.start) <= SERIES_WINDOW)
        .map((x) => x.kb!),
    );
    if (near.size === 1) m.kb = [...near][0]!;
  }

  // 5. roles from titles before person mentions
  const published = typeof doc.meta.published === 'string' ? doc.meta.published : undefined;
  const demByFrom = new Map<number, GazetteerMatch>();
  for (const d of dems) demByFrom.set(d.from, d);
  const nameByTo = new Map<number, GazetteerMatch>();
  for (const n of names) if (!n.ambiguous) nameByTo.set(n.to, n);
  // an ambiguous name resolved to a country in context (`وزير خارجية عمان`)
  for (const m of mentions) {
    if (m.kb === undefined || nameByTo.has(m.to) || ix.entities[m.kb]!.kind !== 'country') continue;
    nameByTo.set(m.to, { start: m.start, end: m.end, id: ix.entities[m.kb]!.id, kind: 'name', match: 'exact', from: m.from, to: m.to });
  }
  const roleOf = new Map<string, { role: string; country?: string; strength: number }>();
  // `نظيره الأردني X`: X has the title of the last person given one, in his own country
  let lastTitle: string | undefined;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const isPerson = m.kb !== undefined ? ix.entities[m.kb]!.kind === 'person' : m.type === 'PER';
    if (!isPerson) continue;
    const id = m.kb !== undefined ? ix.entities[m.kb]!.id : ((m.extra?.corefId as string | undefined) ?? unknownId(items, m));
    let ctx = titleBefore(items, m.from, demByFrom, nameByTo, ix);
    if (!ctx) continue;
    if (ctx.title === COUNTERPART) {
      if (!lastTitle) continue;
      ctx = { ...ctx, title: lastTitle };
    } else lastTitle = ctx.title;
    const strength = ctx.country ? 2 : 1;
    const prev = roleOf.get(id);
    if (!prev || strength > prev.strength) roleOf.set(id, { role: ctx.country ? `${ctx.title} of ${ctx.countryLabel}` : ctx.title, country: ctx.country, strength });
  }

  // 6. output
  const entities: Entity[] = [];
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of mentions) {
    const base: Entity = { ...(m.extra ?? {}), start: m.start, end: m.end, type: m.type, text: m.text, confidence: m.confidence, source: m.source };
    delete (base as Record<string, unknown>).corefId;
    if (m.kb !== undefined) {
      const e = ix.entities[m.kb]!;
      const ctx = roleOf.get(e.id);
      const kbRole = e.kind === 'person' ? roleAt(e, published) : undefined;
      let role = kbRole;
      if (ctx && (ctx.strength === 2 || !kbRole || !kbRole.startsWith(ctx.role))) role = ctx.strength === 2 || !kbRole ? ctx.role : kbRole;
      Object.assign(base, { id: e.id, label_en: e.label_en, label_ar: e.label_ar, kind: e.kind, link: 'kb', match: m.match });
      const country = ctx?.country ?? e.country;
      if (country) base.country = country;
      if (role) base.role = role;
      if (e.iso) base.iso = e.iso;
      if (e.qid) base.qid = e.qid;
    } else {
      const id = m.body?.id ?? (m.extra?.corefId as string | undefined) ?? unknownId(items, m);
      const target = m.match === 'coref' ? mentions.find((x) => x.kb === undefined && x !== m && unknownId(items, x) === id) : undefined;
      const labelSrc = target ?? m;
      Object.assign(base, {
        id,
        // people: common names spelled as in English news (data/kb/names.tsv), the rest transliterated
        label_en: m.body?.label ?? (m.type === 'PER' ? personLabel : transliterate)(doc.text.slice(labelStart(items, labelSrc), labelSrc.end)),
        label_ar: doc.text.slice(labelStart(items, labelSrc), labelSrc.end),
        kind: m.kind ?? TYPE_KIND[m.type] ?? 'misc',
        link: 'new',
        match: m.match,
      });
      if (m.body?.country) base.country = m.body.country;
      const ctx = roleOf.get(id);
      if (ctx) {
        base.role = ctx.role;
        if (ctx.country) base.country = ctx.country;
      }
    }
    entities.push(base);
  }
  const demonyms: DemonymRef[] = [];
  for (const d of dems) {
    // a demonym inside a KB name is part of that name; inside a body (`وزارة الدفاع الروسية`) it
    // still refers to the country
    if (mentions.some((m) => m.start <= d.start && d.end <= m.end && m.source !== 'ner' && m.source !== 'body' && !demonymSpans.has(`${d.start}:${d.end}`))) continue;
    if (givenDems.has(`${d.start}:${d.end}`)) continue; // a given name (`تركي المالكي`)
    const e = ix.entities[idx(d.id)!]!;
    demonyms.push({ start: d.start, end: d.end, id: e.id, label_en: e.label_en, ...(e.iso ? { iso: e.iso } : {}), text: doc.text.slice(d.start, d.end) });
  }
  return withLayers(doc, { entities, demonyms }, 'link');
}

/** Relative pronouns after a head noun (`التحالف الذي تقوده السعودية`): the head still stands alone. */
const RELATIVE_STEMS = new Set(['ذي', 'تي']);

/** `بالوكالة` is "acting" or "by proxy" (`رئيسا بالوكالة`, `حرب بالوكالة`), not the agency. */
const PROXY_STEM = keyUnits('وكالة')[0]?.stem;

/**
 * Mentions for head nouns that stand for a body named before or after them (`التحالف` for
 * `تحالف دعم الشرعية في اليمن`): the definite head alone, not covered by another mention and not
 * followed by a definite adjective (`التحالف الدولي` is another coalition), when the article
 * names exactly one organisation whose name (two words or more) begins with that head, and the
 * KB knows it.
 */
function headCoreference(text: string, items: readonly ScanItem[], mentions: readonly Mention[], ix: KbIndex): Mention[] {
  const heads = corefHeads();
  if (!heads.size) return [];
  // every organisation named with the head, linked or not (`منظمة التحرير الفلسطينية` without a KB
  // entry still makes `المنظمة` ambiguous); only a KB one is referred to
  const named: Mention[] = [];
  for (const m of mentions) {
    const org = m.kb !== undefined ? ix.entities[m.kb]!.kind === 'organization' : m.type === 'ORG';
    if (org && m.to - m.from >= 2 && heads.has(items[m.from]!.stem)) named.push(m);
  }
  // a shorter form of a KB body of the article (`صندوق النقد` for `صندوق النقد الدولي`) is that
  // body, not another: the words from `from` are the first words (two or more) of its name, its head
  // included (`مجلس التعاون` is no short form of `منظمة التعاون الإسلامي`), and no definite adjective
  // follows them (`صندوق النقد العربي` is another fund)
  const shortOf = (from: number): number | undefined => {
    for (const m of named) {
      if (m.kb === undefined || m.from === from || items[m.from]!.stem !== items[from]!.stem) continue;
      let k = 1;
      while (m.from + k < m.to && from + k < items.length && !items[from + k]!.breakBefore && items[from + k]!.stem === items[m.from + k]!.stem) k++;
      const after = items[from + k];
      if (k >= 2 && (!after || after.breakBefore || !after.def || after.prefix)) return m.kb;
    }
    return undefined;
  };
  const bodies = new Map<string, Set<number | string>>();
  for (const m of named) {
    const h = items[m.from]!.stem;
    bodies.set(h, (bodies.get(h) ?? new Set()).add(m.kb ?? shortOf(m.from) ?? m.text));
  }
  if (!bodies.size) return [];
  const covered = new Uint8Array(items.length);
  for (const m of mentions) for (let i = m.from; i < m.to; i++) covered[i] = 1;
  // the head without the article outside every mention names another body (`عن حزب الرفاه، وهو
  // الحزب الذي` with no entity for حزب الرفاه): the head alone is then ambiguous
  items.forEach((it, i) => {
    if (!covered[i] && !it.def && bodies.has(it.stem) && items[i + 1] && !items[i + 1]!.breakBefore && shortOf(i) === undefined) bodies.get(it.stem)!.add(`other:${i}`);
  });
  const out: Mention[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const kbs = bodies.get(it.stem);
    const kb = kbs?.size === 1 ? [...kbs][0] : undefined;
    if (typeof kb !== 'number' || covered[i] || !it.def) continue;
    const next = items[i + 1];
    // (a definite word after a proclitic, `بالإجماع`, `والحكومة`, is no adjective)
    if (next && !next.breakBefore && next.def && !next.prefix && !RELATIVE_STEMS.has(next.stem)) continue;
    if (it.stem === PROXY_STEM && it.prefix.endsWith('ب')) continue;
    out.push({ start: it.stemStart, end: it.end, from: i, to: i + 1, type: 'ORG', text: text.slice(it.stemStart, it.end), confidence: 0.7, source: 'coref', kb, match: 'coref' });
  }
  return out;
}

function ambiguityContext(doc: Doc, items: readonly ScanItem[], gaz: readonly GazetteerMatch[], ix: KbIndex): AmbiguityContext {
  const sentences = layer<Sentence>(doc, 'sentences');
  const text = doc.text;
  return {
    text,
    items,
    gaz,
    ix,
    sentence(pos: number): [number, number] {
      for (const s of sentences) if (s.start <= pos && pos < s.end) return [s.start, s.end];
      // no sentence layer: the line
      const a = text.lastIndexOf('\n', pos - 1) + 1;
      const b = text.indexOf('\n', pos);
      return [a, b < 0 ? text.length : b];
    },
  };
}

/** Head (`data/kb/bodies.txt`) + a country's adjective right after it, not inside a KB name. */
function bodyMentions(items: readonly ScanItem[], dems: readonly GazetteerMatch[], names: readonly GazetteerMatch[], ix: KbIndex): { start: number; end: number; from: number; to: number; body: { id: string; label: string; country?: string } }[] {
  const out: { start: number; end: number; from: number; to: number; body: { id: string; label: string; country?: string } }[] = [];
  if (!dems.length) return out;
  const demAt = new Map<number, GazetteerMatch>();
  for (const d of dems) demAt.set(d.from, d);
  const heads = bodyHeads();
  const notAfter = bodyNotAfter();
  const lens = headLengths(heads);
  for (let i = 0; i < items.length; i++) {
    // only a position followed by a country adjective at a head's length can start a body
    let near = false;
    for (const n of lens) if (demAt.has(i + n)) near = true;
    if (!near) continue;
    // `وزير الخارجية الأمريكي`: a person's title, not the ministry
    if (i > 0 && !items[i]!.breakBefore && (notAfter.has(items[i - 1]!.whole) || notAfter.has(items[i - 1]!.stem))) continue;
    for (const h of heads) {
      const d = demAt.get(i + h.keys.length);
      if (!d) continue;
      let ok = true;
      for (let k = 0; k < h.keys.length && ok; k++) {
        const it = items[i + k]!;
        if (k > 0 && it.breakBefore) ok = false;
        else ok = k === 0 ? it.stem === h.keys[0] : laterKeyIs(it, h.keys[k]!) || it.stem === h.keys[k];
      }
      const e = ix.entities[ix.byId.get(d.id) ?? -1];
      if (!ok || items[d.from]!.breakBefore || items[d.from]!.prefix || !e || e.kind !== 'country') continue;
      const start = items[i]!.stemStart;
      const end = items[d.to - 1]!.end;
      // the KB knows this body under its own name (`الجيش الإسرائيلي`, `وكالة الأنباء السعودية`)
      if (names.some((n) => !n.ambiguous && n.start < end && start < n.end && n.from <= i && n.to > i + h.keys.length - 1)) continue;
      const headKey = h.keys.map((k) => k.replace(/^.*\+/, '')).join('_');
      const countryKey = keyUnitsKey(e.label_ar);
      out.push({ start, end, from: i, to: d.to, body: { id: `ar:${headKey}_${countryKey}`, label: `${h.en} (${e.label_en})`, ...(e.iso ? { country: e.iso } : {}) } });
      i = d.to - 1;
      break;
    }
  }
  return out;
}

const TITLE_SETS = new WeakMap<object, { singleTitles: Set<string>; titleEnds: Set<string> }>();
/** One-word titles (`الأمير`) and the last words of all titles, built once per title list. */
function titleSets(ts: readonly Title[]): { singleTitles: Set<string>; titleEnds: Set<string> } {
  let out = TITLE_SETS.get(ts);
  if (!out) {
    out = { singleTitles: new Set(ts.filter((t) => t.keys.length === 1).map((t) => t.keys[0]!)), titleEnds: new Set(ts.map((t) => t.keys.at(-1)!.replace(/^.*\+/, ''))) };
    TITLE_SETS.set(ts, out);
  }
  return out;
}

const HEAD_LENGTHS = new WeakMap<object, number[]>();
/** The distinct word counts of the body heads. */
function headLengths(heads: readonly { keys: string[] }[]): number[] {
  let out = HEAD_LENGTHS.get(heads);
  if (!out) HEAD_LENGTHS.set(heads, (out = [...new Set(heads.map((h) => h.keys.length))]));
  return out;
}

function keyUnitsKey(ar: string): string {
  return ar.split(/\s+/).map((w) => stripArticle(stripArticle(norm(w)))).join('_');
}

const OPENING = new Set(['\u201c', '\u00ab', '"']);
const CLOSING: Record<string, string> = { '\u201c': '\u201d', '\u00ab': '\u00bb', '"': '"' };
/** Longest quoted name, in words, and how far before the quote its head may stand. */
const QUOTED_MAX = 5;
const HEAD_WINDOW = 3;
/** A quoted name with a year (`سيناء 2018`, `متحدون 2024`) is a name even further from its head. */
const HEAD_WINDOW_YEAR = 6;

/** Quoted names after a head noun (`data/kb/name-heads.txt`), as item ranges with the head's kind. */
export function quotedNames(doc: Doc, items: readonly ScanItem[]): { start: number; end: number; from: number; to: number; kind: string }[] {
  const tokens = layer<Token>(doc, 'tokens');
  const heads = nameHeads();
  const out: { start: number; end: number; from: number; to: number; kind: string }[] = [];
  // item index per token, built only when the article has an opening quote
  let itemAt: Int32Array | undefined;
  const itemOfToken = (t: number): number | undefined => {
    if (!itemAt) {
      itemAt = new Int32Array(tokens.length).fill(-1);
      items.forEach((it, i) => (itemAt![it.token] = i));
    }
    const i = itemAt[t];
    return i === undefined || i < 0 ? undefined : i;
  };
  for (let t = 0; t < tokens.length; t++) {
    const open = tokens[t]!;
    if (open.kind !== 'quote' || !OPENING.has(open.norm)) continue;
    let c = t + 1;
    let ok = true;
    for (; c < tokens.length && c <= t + QUOTED_MAX * 2 + 1; c++) {
      const tk = tokens[c]!;
      if (tk.kind === 'quote') break;
      if ((tk.kind === 'punct' && !DASHES.has(tk.norm)) || doc.text.slice(tokens[c - 1]!.end, tk.start).includes('\n')) ok = false;
    }
    const close = tokens[c];
    if (!ok || !close || close.kind !== 'quote' || close.norm !== CLOSING[open.norm]) continue;
    const from = itemOfToken(t + 1);
    const last = itemOfToken(c - 1);
    t = c;
    if (from === undefined || last === undefined || last < from || last - from + 1 > QUOTED_MAX) continue;
    if (heads.get(items[from]!.stem) === 'stop') continue;
    let kind: string | undefined;
    let hasYear = false;
    for (let k = from; k <= last; k++) if (/^(1[89]|20)\d\d$/.test(items[k]!.stem)) hasYear = true;
    const window = hasYear ? HEAD_WINDOW_YEAR : HEAD_WINDOW;
    for (let k = from - 1; k >= 0 && k >= from - window; k--) {
      const h = heads.get(items[k]!.stem);
      if (h === 'stop') break;
      if (h) {
        kind = h;
        break;
      }
      if (items[k]!.breakBefore) break;
    }
    // the quote must follow its head's phrase directly (no punctuation before the opening quote)
    if (!kind || (from > 0 && doc.text.slice(items[from - 1]!.end, open.start).trim() !== '')) continue;
    out.push({ start: items[from]!.start, end: items[last]!.end, from, to: last + 1, kind });
  }
  return out;
}

/**
 * A currency name (`دولار`, `اليورو`, `دولار أمريكي`) is a unit, not an entity, whatever a NER
 * model tags it (the currency vocabulary is the quantities reader's, `src/facts/units.ts`).
 */
export function isCurrencyWord(text: string): boolean {
  const key = text.trim().split(/\s+/).map((w) => stripArticle(norm(w))).join(' ');
  return UNITS.get(key)?.kind === 'currency' || UNITS.get(norm(text.trim()))?.kind === 'currency';
}

/** Stable id for an entity not in the KB: its normalised, article-stripped Arabic key. */
/** Where a new entity's label starts: its first token's stem, or the whole token when the mention keeps it whole. */
function labelStart(items: readonly ScanItem[], m: { from: number; start: number }): number {
  const it = items[m.from]!;
  return m.start < it.stemStart ? Math.max(m.start, it.start) : it.stemStart;
}

export function unknownId(items: readonly ScanItem[], m: { from: number; to: number; start?: number; type?: string }): string {
  const keys: string[] = [];
  for (let i = m.from; i < m.to; i++) {
    const it = items[i]!;
    if (i === m.from && HEADS.has(it.stem) && m.to - m.from > 1) continue;
    // a mention that keeps its first token whole (`وليد`, not و + ليد) is keyed by the whole token;
    // so is a later word of a person's name (`ستيف بلوك`: Blok, not ب + لوك)
    const whole = i === m.from ? m.start !== undefined && m.start < it.stemStart : m.type === 'PER' && !it.def && /^[وفبلك]$/.test(it.prefix);
    keys.push(whole ? it.whole : it.stem);
  }
  return 'ar:' + keys.join('_');
}

/**
 * Whether title `t` fills items `s` .. `s + t.keys.length - 1` with no break inside; with
 * `checkDef`, the first word must also have or lack the article as the title says.
 */
function titleAt(items: readonly ScanItem[], s: number, t: Title, checkDef: boolean): boolean {
  if (s < 0) return false;
  for (let k = 0; k < t.keys.length; k++) {
    const it = items[s + k]!;
    if (k === 0) {
      if (it.stem !== t.keys[0] || (checkDef && t.def !== undefined && it.def !== t.def)) return false;
    } else if (it.breakBefore || (!laterKeyIs(it, t.keys[k]!) && it.stem !== t.keys[k])) return false;
  }
  return true;
}

/** Start of a title (`ولي العهد`, `الرئيس`) whose last word is item `end - 1`, or -1. */
function titleStartBefore(items: readonly ScanItem[], end: number): number {
  for (const t of titles()) if (titleAt(items, end - t.keys.length, t, false)) return end - t.keys.length;
  return -1;
}

interface TitleCtx {
  title: string;
  honorific?: boolean;
  country?: string;
  countryLabel?: string;
}

/** A title right before item `p` (`الرئيس الأذربيجاني`, `رئيس وزراء العراق`, `الرئيس`). */
function titleBefore(items: readonly ScanItem[], p: number, demByFrom: Map<number, GazetteerMatch>, nameByTo: Map<number, GazetteerMatch>, ix: KbIndex): TitleCtx | undefined {
  if (p === 0 || items[p]!.breakBefore) return undefined;
  let end = p;
  let country: KbEntity | undefined;
  // a demonym or a country name between title and name
  for (let k = Math.max(0, p - 3); k < p; k++) {
    const d = demByFrom.get(k);
    if (d && d.to === p) {
      country = ix.entities[ix.byId.get(d.id)!];
      end = k;
      break;
    }
  }
  if (!country) {
    const n = nameByTo.get(p);
    const e = n ? ix.entities[ix.byId.get(n.id)!] : undefined;
    if (n && e?.kind === 'country') {
      country = e;
      end = n.from;
    }
  }
  for (const t of titles()) {
    const s = end - t.keys.length;
    if (!titleAt(items, s, t, true)) continue;
    if (items[end]!.breakBefore && end !== s + t.keys.length) return undefined;
    // an honorific after a fuller title: `أمير قطر الشيخ تميم` is the Emir of Qatar
    if (t.honorific && !country && s > 0 && !items[s]!.breakBefore) {
      const fuller = titleBefore(items, s, demByFrom, nameByTo, ix);
      if (fuller && !fuller.honorific) return fuller;
    }
    return country ? { title: t.en, country: country.iso ?? country.country, countryLabel: country.label_en } : { title: t.en, ...(t.honorific ? { honorific: true } : {}) };
  }
  return undefined;
}

export const linkStage = defineStage({
  name: 'link',
  requires: ['words'],
  assigns: ['entities', 'demonyms'],
  run: (doc) => linkDoc(doc),
});
