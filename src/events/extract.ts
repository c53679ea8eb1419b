/**
 * CAMEO event extraction, clause by clause, with actors from the same clause only.
 *
 * For every sentence the coder builds one unit per token (its clitic-split stem, the stem
 * without article, its proclitics), finds trigger patterns (longest first), and reads the
 * actors the trigger's frame allows (see `data/events/triggers.tsv`): a subject right after the
 * verb (Arabic VSO order, skipping titles such as الرئيس), an object or prepositional target
 * after it, `قال X إنه <verb>` for a verb with a pronoun subject, the complement of a nominal
 * event (`اجتماع رؤساء دول آسيا الوسطى وجمهورية أذربيجان في أستانا`), the whole clause for
 * passives (`مذكرة ... الموقعة`). Actors are entities (from the NER/linking stages), groups
 * (`دول آسيا الوسطى` = states of Central Asia) or generic agents (`المتظاهرون`, `الشرطة`).
 * **An event without an actor is not emitted**, nor a negated one (`لم يتظاهر`).
 */
import type { Doc, Entity, Sentence, Token, TokenKind, Word } from '../core/doc.ts';
import { layer } from '../core/doc.ts';
import { norm } from '../ar/normalize.ts';
import { getEntity } from '../kb/kb.ts';
import { attackerWord, capitalCountry, loadEventLexicon, wordClass, VERB_FRAMES, type Agent, type PhraseIndex, type AgentRole, type EventLexicon, type Frame, type PWord, type Trigger } from './lexicons.ts';

export interface Actor {
  id: string;
  label: string;
  start: number;
  end: number;
  kind: 'entity' | 'group' | 'agent';
}

export interface EventSpan {
  start: number;
  end: number;
  code: string;
  name: string;
  quad_class: number;
  goldstein: number | null;
  source: Actor | null;
  target: Actor | null;
  participants: Actor[];
  place: Actor | null;
  date: { start: number; end: number; value: string; granularity: string } | null;
  trigger: { start: number; end: number; text: string };
  evidence: { start: number; end: number };
  confidence: number;
}

interface Unit {
  start: number;
  /** Start of the whole token (before its proclitics). */
  tstart: number;
  end: number;
  /** Inside a nationality adjective (الأذربيجاني). */
  adj?: boolean;
  /** The nationality adjective it is in. */
  dem?: Demonym;
  tok: string;
  stem: string;
  core: string;
  pre: string;
  kind: TokenKind;
}

interface Mention {
  u0: number;
  u1: number;
  actor: Actor;
  /** Actor-capable (person, organisation, country, group, agent) or only a place. */
  isActor: boolean;
  isPlace: boolean;
  role: AgentRole | 'entity';
  country: boolean;
  /** Entity type for entity mentions (PER, ORG, LOC). */
  etype?: string;
  /** ISO 3166-1 alpha-2 of the actor's country, when known (a country, a person's nationality, a place's country). */
  cc?: string;
  /** An actor for protests (14x) only: a people named by its nationality (تظاهر الفلسطينيون). */
  protestOnly?: boolean;
  /** A capital standing for its state's government (طالبت واشنطن): an actor of verbs of talk, diplomacy and demand only. */
  capital?: boolean;
}

interface Speaker {
  u: number;
  actor: Actor;
  mention: Mention;
}

interface Demonym {
  start: number;
  end: number;
  id: string;
  label_en?: string;
  iso?: string;
}

/** ISO code of a KB entity's country (itself for a country). */
function countryOfId(id: string | undefined): string | undefined {
  if (!id) return undefined;
  const e = getEntity(id);
  return e ? (e.iso ?? e.country) : undefined;
}
const demonymCountry = (d: Demonym): string | undefined => d.iso ?? countryOfId(d.id);
/** Layer entries with a start offset, in text order. */
const byStart = <T extends { start: number }>(xs: T[]): T[] => [...xs].filter((x) => x && typeof x.start === 'number').sort((a, b) => a.start - b.start);
const LABELS = new WeakMap<Doc, Map<string, string>>();
/**
 * Labels of a document's entities (id -> English label; the later of two in text order wins), made once per
 * Doc, so a nationality adjective and a named mention of one country get one label in an article.
 */
function entityLabels(doc: Doc, entities?: readonly Entity[]): Map<string, string> {
  let labels = LABELS.get(doc);
  if (!labels) {
    labels = new Map();
    // (The entities are sorted only when the labels are made, not on every call.)
    for (const e of entities ?? byStart(layer<Entity>(doc, 'entities'))) if (e.id && e.label_en) labels.set(e.id, e.label_en);
    LABELS.set(doc, labels);
  }
  return labels;
}
/** The English label of the country a nationality adjective names: its own, else the article's entity's, else its KB entity's, else its id. */
const demonymLabel = (d: Demonym, labels: Map<string, string>): string => d.label_en ?? labels.get(d.id) ?? getEntity(d.id)?.label_en ?? d.id;
/** An entity's country: the one the linking stage gave it, else its KB entity's. */
const entityCountry = (e: Entity): string | undefined => (typeof e.country === 'string' && e.country ? e.country : countryOfId(e.id));

interface DateSpan {
  start: number;
  end: number;
  resolved?: string;
  value?: string;
  granularity?: string;
}

const BOUNDARY = new Set([',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '،', '؛', '؟']);
const PREPS = new Set(['في', 'علي', 'الي', 'من', 'مع', 'عن', 'ضد', 'حول', 'خلال', 'بعد', 'قبل', 'امام', 'بين', 'لدي', 'عند', 'نحو', 'منذ', 'حتي', 'بشان']);
const NEG = new Set(['لم', 'لن', 'لا', 'ما', 'عدم', 'دون', 'بدون', 'ليس', 'لما']);
const RELATIVE = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'من', 'ممن']);
const MODAL = new Set(['مقرر', 'متوقع', 'يعتزم', 'تعتزم', 'ينوي', 'تنوي', 'سوف', 'يجب', 'ينبغي', 'يمكن', 'يتوقع', 'يرتقب', 'مرتقب', 'يفترض', 'محتمل', 'المحتمل', 'قرر', 'قررت', 'يريد', 'تريد', 'يسعي', 'تسعي', 'محاوله', 'حاول', 'حاولت', 'حاولوا'].map((w) => norm(w)));
/** Voice-frame triggers that are nouns: they take no subject before them (دانت المنظمة اعتقال ...). */
const VERBAL_NOUNS = new Set(['اعتقال', 'احتجاز', 'ترحيل'].map((w) => norm(w)));
/** Adjectives of a military base (القاعدة الجوية): after `!القاعدة` it is no al-Qaeda. */
const BASE_ADJ = new Set(['عسكريه', 'جويه', 'بحريه']);
/** Official agents that are titles when a name follows (وزير الخارجية جيريمي هانت). */
const OFFICE_WORDS = new Set(['وزير', 'مسوول', 'رييس', 'الوزير'].map((w) => norm(w)));
const PASSIVE_ONLY = new Set(['اصيب', 'اصيبوا', 'لقي', 'لقوا', 'اغتيل', 'جرح', 'جرحوا'].map((w) => norm(w)));
/** A denial before `أن` (نفت الوزارة أنها احتجزت): what follows did not happen by the speaker's account. */
const DENY = new Set(['نفي', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'نفيه', 'انكر', 'انكرت', 'ينكر', 'تنكر'].map((w) => norm(w)));
const PRONOUN_THAT = new Set(['انه', 'انها', 'انهم', 'انهما']);
const THAT = new Set(['انه', 'انها', 'انهم', 'ان', 'انهما']);
const GROUP_HEADS: Record<string, string> = {
  'دول': 'states of',
  'بلدان': 'countries of',
  'حكومات': 'governments of',
  'شعوب': 'peoples of',
  'رؤساء دول': 'heads of state of',
  'قاده دول': 'leaders of',
  'زعماء دول': 'leaders of',
  'رؤساء': 'heads of state of',
  'قاده': 'leaders of',
  'زعماء': 'leaders of',
};
const HEADS_LONGEST_FIRST = Object.entries(GROUP_HEADS).map(([k, v]) => [norm(k), v] as const).sort((a, b) => b[0].length - a[0].length);
/** Words that may stand between a verb and its subject: titles, time words, adverbs, quantities. */
const SUBJECT_GAP = new Set(
  [
    'الرئيس', 'رئيس', 'الملك', 'الامير', 'امير', 'الشيخ', 'وزير', 'الوزير', 'وزيره', 'السيد', 'الدكتور', 'النائب', 'نائب', 'العاهل', 'الزعيم',
    'القائد', 'قائد', 'المتحدث', 'الناطق', 'باسم', 'الامين', 'العام', 'مدير', 'المدير', 'السفير', 'سفير', 'الجنرال', 'اللواء', 'العقيد', 'العميد',
    'الفريق', 'المرشد', 'ولي', 'العهد', 'الاسبق', 'السابق', 'الحكومه', 'الوزراء', 'خارجيه', 'الخارجيه', 'داخليه', 'الداخليه', 'دفاع', 'الدفاع',
    'خادم', 'الحرمين', 'الشريفين', 'رئيسه', 'الرئيسه', 'المستشاره', 'المستشار', 'البابا', 'الحاكم', 'حاكم', 'المبعوث', 'مبعوث', 'الممثل', 'ممثل', 'مندوب', 'المندوب',
    'امس', 'اليوم', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'صباح', 'مساء', 'فجر', 'الماضي',
    'ذلك', 'هذا', 'ايضا', 'كذلك', 'بدوره', 'بدورها', 'رسميا', 'مجددا', 'قد', 'نحو', 'حوالي', 'اكثر', 'زهاء', 'قرابه',
    'نظيره', 'نظيرته', 'نظيرتها', 'نظيرها', 'نظرائه', 'نظيريه',
    'احد', 'احدي', 'اثنان', 'اثنين', 'ثلاثه', 'اربعه', 'خمسه', 'سته', 'سبعه', 'ثمانيه', 'تسعه', 'عشره', 'الفي', 'الف', 'مئه', 'مائه',
  ].map((w) => norm(w)),
);
const IMPERFECT_T = new Set(
  ['تدعو', 'تحث', 'تبحث', 'تزور', 'تستقبل', 'تلتقي', 'تجتمع', 'تشيد', 'ترحب', 'توقع', 'تندد', 'تنتقد', 'تدين', 'تتهم', 'تهدد', 'تطالب', 'تتظاهر', 'تحتج', 'تعتصم', 'تعتقل', 'تهاجم', 'تقصف', 'تعلن', 'تقول', 'تؤكد', 'ترحل', 'تتهمه', 'تتهمها', 'تتهمهم', 'تلقي', 'تنحي', 'تحمل', 'تمتنع', 'تواجه'].map((w) => norm(w)),
);
/** Particles after which an imperfect verb reports (not describes): وقال إنها تدين، فيما تطالب. */
const REPORTING_BEFORE = new Set(['قد', 'كما', 'بينما', 'فيما', 'حيث', 'ان', 'انه', 'انها', 'انهم', 'لكن', 'حين', 'عندما', 'اذ', 'ثم']);
/** Offices that, with a nationality adjective and no name, are actors. Longest first. */
const TITLES: [string[], string][] = (
  [
    ['رئيس الوزراء', 'Prime Minister'],
    ['رئيس الحكومة', 'Prime Minister'],
    ['وزير الخارجية', 'Foreign Minister'],
    ['وزيرة الخارجية', 'Foreign Minister'],
    ['وزير الدفاع', 'Defence Minister'],
    ['وزير الداخلية', 'Interior Minister'],
    ['الرئيس', 'President'],
    ['رئيس', 'President'],
    ['الملك', 'King'],
    ['العاهل', 'King'],
    ['وزير', 'Minister'],
    ['الوزير', 'Minister'],
    ['السفير', 'Ambassador'],
  ] as [string, string][]
).map(([ar, en]) => [ar.split(' ').map((w) => stripArticleNorm(w)), en] as [string[], string]);

function stripArticleNorm(w: string): string {
  const n = norm(w);
  return n.length > 3 && n.startsWith('ال') ? n.slice(2) : n;
}

/** The first of `titles` whose words are the units from `u` on (each on its core or its stem). */
function titleAt(titles: [string[], string][], units: Unit[], u: number): [string[], string] | undefined {
  return titles.find(([ws]) => ws.every((w, k) => u + k < units.length && (units[u + k]!.core === w || units[u + k]!.stem === w)));
}

/** Titles one person holds at a time, by key: a title alone later in an article refers to the person named with it. */
const CO_TITLES: [string[], string][] = (
  [
    ['رئيس الوزراء', 'pm'], ['رئيسة الوزراء', 'pm'], ['رئيس الحكومة', 'pm'], ['رئيسة الحكومة', 'pm'],
    ['وزير الخارجية', 'fm'], ['وزيرة الخارجية', 'fm'], ['وزير الدفاع', 'dm'], ['وزيرة الدفاع', 'dm'], ['ولي العهد', 'cp'],
  ] as [string, string][]
).map(([ar, key]) => [ar.split(' ').map((w) => stripArticleNorm(w)), key] as [string[], string]);
interface TitledPerson { key: string; end: number; actor: Actor; cc?: string }
/**
 * Persons named right after one of CO_TITLES in the text (رئيس الوزراء تيريزا ماي، ولي العهد السعودي، الأمير محمد
 * بن سلمان: up to two words, such as a nationality or another title, and a comma may stand between), in text order.
 */
function titledPersons(entities: Entity[], text: string): TitledPerson[] {
  const out: TitledPerson[] = [];
  for (const e of entities) {
    if (e.type !== 'PER' || !e.id) continue;
    const words = text.slice(Math.max(0, e.start - 60), e.start).replace(/[،,]/g, ' ').split(/\s+/).filter(Boolean).map((w) => stripArticleNorm(w));
    for (const [ws, key] of CO_TITLES) {
      let hit = false;
      for (let skip = 0; skip <= 2 && !hit; skip++) {
        const at = words.length - skip - ws.length;
        if (at >= 0 && ws.every((w, k) => words[at + k] === w)) hit = true;
      }
      if (hit) {
        out.push({ key, end: e.end, actor: { id: e.id, label: e.label_en ?? e.text ?? text.slice(e.start, e.end), start: e.start, end: e.end, kind: 'entity' }, cc: entityCountry(e) });
        break;
      }
    }
  }
  return out;
}

/** A minister's title, which a portfolio may follow (وزير الكهرباء، وزيرة الصحة والسكان). */
const MINISTER = new Set(['وزير', 'وزيره'].map((w) => norm(w)));
/** A definite noun (الكهرباء، والثروة): a portfolio word after a minister's title. */
function isPortfolio(u: Unit): boolean {
  return u.kind === 'word' && !u.adj && u.stem.startsWith('ال') && u.core !== u.stem && (u.pre === '' || u.pre === 'و') && !PREPS.has(u.stem);
}
/** Unit `u` is part of a portfolio right after a minister's title (between a verb and its subject). */
function inPortfolio(units: Unit[], u: number, from: number): boolean {
  if (!isPortfolio(units[u]!)) return false;
  let k = u;
  while (k > from && k > u - 3 && isPortfolio(units[k - 1]!)) k--;
  return k > 0 && MINISTER.has(units[k - 1]!.core);
}
/** His/her counterpart(s): the other side of a meeting, with the nationality after it. */
const COUNTERPART = wordClass('counterpart');
/** A spokesperson (المتحدث، الناطق) before باسم and the actor it speaks for. */
const SPOKESPERSON = wordClass('spokesperson');
const APPROX = new Set(['نحو', 'حوالي']);
const MORE_LESS = new Set(['اكثر', 'اقل']);
const NUMBER_WORD = wordClass('number-word');
/** A definite masculine plural nisba used as a noun (العراقيين، الفلسطينيون): the people of a country. */
const PEOPLE_NOUN = /^ال.{2,}(يين|يون)$/;

const AGREEMENT = new Set(['مذكره', 'اتفاق', 'اتفاقا', 'اتفاقيه', 'اتفاقيات', 'معاهده', 'بروتوكول', 'وثيقه', 'مذكرات', 'اتفاقات', 'صفقه', 'عقدا']);
const SKIP_ADVERBS = new Set(['قد', 'بالفعل', 'فعل', 'امس', 'اليوم', 'ايضا', 'كذلك', 'رسميا', 'مجددا', 'الثلاثاء', 'الاثنين', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الاحد']);

/** Extracts events from a Doc with `tokens`, `words`, `sentences` (and, when present, `entities`, `demonyms`, `dates`). */
export function extractEvents(doc: Doc, opts: ExtractOptions = {}, lex: EventLexicon = loadEventLexicon()): EventSpan[] {
  const minViolence = opts.minViolenceConfidence ?? MIN_VIOLENCE_CONFIDENCE;
  const minProtest = opts.minProtestConfidence ?? MIN_PROTEST_CONFIDENCE;
  const accidents = !opts.keepAccidents;
  const tokens = layer<Token>(doc, 'tokens');
  const words = layer<Word>(doc, 'words');
  const sentences = layer<Sentence>(doc, 'sentences');
  const entities = byStart(layer<Entity>(doc, 'entities'));
  const demonyms = byStart(layer<Demonym>(doc, 'demonyms'));
  const dates = byStart(layer<DateSpan>(doc, 'dates'));
  if (!tokens.length || !sentences.length) return [];
  const stemOf = new Map<number, Word>();
  const preOf = new Map<number, string>();
  for (const w of words) {
    if (w.role === 'stem') stemOf.set(w.token, w);
    else preOf.set(w.token, (preOf.get(w.token) ?? '') + w.norm);
  }
  const labelOfId = entityLabels(doc, entities);
  const named = titledPersons(entities, doc.text);

  const out: EventSpan[] = [];
  // Sanctions and accusations already told in the article (code family, source, target): a nominal one repeating them is background.
  const toldPairs = new Set<string>();
  const unitsOf = (s: Sentence): Unit[] => {
    const units: Unit[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd && i < tokens.length; i++) {
      const t = tokens[i]!;
      const w = stemOf.get(i);
      const stem = w?.norm ?? t.norm;
      units.push({ start: w?.start ?? t.start, tstart: t.start, end: t.end, tok: t.norm, stem, core: w?.core ?? stem, pre: preOf.get(i) ?? '', kind: t.kind });
    }
    return units;
  };
  const mentionsOf = (s: Sentence, units: Unit[]): Mention[] => {
    const sentEntities = overlapping(entities, s.start, s.end);
    const sentDemonyms = overlapping(demonyms, s.start, s.end);
    for (const d of sentDemonyms) for (const u of units) if (u.start < d.end && u.end > d.start) (u.adj = true), (u.dem = d);
    return findMentions(units, sentEntities, sentDemonyms, labelOfId, lex, doc.text, named);
  };
  /** Each sentence's verbs with their explicit subjects (see trackSubjects), for the sentence after it. */
  const trackedOf = new Map<number, Tracked[]>();
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (s.kind === 'boilerplate') continue;
    const units = unitsOf(s);
    if (!units.length) continue;
    // Triggers first: most sentences have none, and then nothing else needs to be read.
    const hits: { trigger: Trigger; at: number; len: number; alts?: { trigger: Trigger; len: number }[] }[] = [];
    for (let i = 0; i < units.length; ) {
      const m = matchTrigger(units, i, lex);
      if (!m) {
        i++;
        continue;
      }
      hits.push({ trigger: m.trigger, at: i, len: m.len, alts: m.alts });
      i += m.len;
    }
    if (!hits.length) continue;
    const mentions = mentionsOf(s, units);
    const tracked = trackSubjects(units, mentions, hits);
    trackedOf.set(si, tracked);
    const carry: CarryContext = {
      tracked,
      governing: new Map(),
      previous: () => {
        const p = si > 0 ? sentences[si - 1]! : undefined;
        if (!p || p.kind === 'boilerplate' || p.paragraph !== s.paragraph) return null;
        let pt = trackedOf.get(si - 1);
        if (!pt) {
          const pu = unitsOf(p);
          pt = pu.length ? trackSubjects(pu, mentionsOf(p, pu), []) : [];
          trackedOf.set(si - 1, pt);
        }
        return mainSubject(pt);
      },
    };
    const sentDates = overlapping(dates, s.start, s.end).filter((d) => d.start >= s.start && d.end <= s.end);
    const found: EventSpan[] = [];
    const speakers: Speaker[] = [];
    const carriers: Carrier[] = [];
    const statements = new Map<number, EventSpan>();
    for (const h of hits) {
      let ev = code(h.trigger, units, h.at, h.at + h.len, mentions, speakers, sentDates, lex, doc, s, minViolence, minProtest, accidents, carriers, carry);
      let frame = h.trigger.frame;
      for (const a of h.alts ?? []) {
        if (ev) break;
        ev = code(a.trigger, units, h.at, h.at + a.len, mentions, speakers, sentDates, lex, doc, s, minViolence, minProtest, accidents, carriers, carry);
        frame = a.trigger.frame;
      }
      if (ev && repeatedNominal(ev, frame, toldPairs)) ev = null;
      if (ev && ev.code === '010') statements.set(h.at, ev);
      if (ev) found.push(ev);
    }
    // أعلنت روسيا طرد 23 دبلوماسيا: the announcement is the act (coded with أعلن as its governing verb), not a statement besides it,
    // as أعلن حالة الطوارئ is one trigger (172) with no 010.
    const acts = carry.governing.size ? found.filter((e) => ![...carry.governing].some(([g, id]) => statements.get(g) === e && e.source?.id === id)) : found;
    out.push(...dedupe(acts));
  }
  return out;
}

/** Spans (sorted by start) that overlap `[start, end)`. Spans longer than 2,000 units starting earlier are missed (none are). */
function overlapping<T extends { start: number; end: number }>(spans: T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = spans.length;
  const from = start - 2000;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < spans.length; i++) {
    const x = spans[i]!;
    if (x.start >= end) break;
    if (x.end > start) out.push(x);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Mentions: entities, groups of states, generic agents.

function findMentions(
  units: Unit[],
  entities: Entity[],
  demonyms: Demonym[],
  labelOfId: Map<string, string>,
  lex: EventLexicon,
  text: string,
  named: TitledPerson[] = [],
): Mention[] {
  const res: Mention[] = [];
  const s0 = units[0]!.start;
  const s1 = units[units.length - 1]!.end;
  const unitAt = (pos: number, startSide: boolean): number => {
    for (let u = 0; u < units.length; u++) {
      if (startSide ? units[u]!.end > pos : units[u]!.end >= pos) return u;
    }
    return units.length - 1;
  };
  for (const e of entities) {
    if (e.end <= s0 || e.start >= s1 || e.type === 'MISC') continue;
    const kind = String(e.kind ?? '').toLowerCase();
    const isLoc = e.type === 'LOC';
    const country = isLoc && (kind === 'country' || kind === 'state' || kind === '');
    const place = isLoc;
    // A capital (واشنطن، موسكو) may stand for its government; its country must agree with the linking stage's.
    const capIso = isLoc && !country && e.text ? capitalCountry(e.text) : undefined;
    const capital = !!capIso && (!e.country || e.country === capIso);
    const isActor = !isLoc || country || capital;
    const u0 = unitAt(e.start, true);
    const u1 = unitAt(e.end, false) + 1;
    res.push({
      u0,
      u1,
      actor: { id: e.id ?? `text:${e.text}`, label: e.label_en ?? e.text ?? text.slice(e.start, e.end), start: e.start, end: e.end, kind: 'entity' },
      isActor,
      isPlace: place,
      role: 'entity',
      country,
      etype: e.type,
      cc: capital ? capIso : entityCountry(e),
      ...(capital ? { capital } : {}),
    });
  }
  res.sort((a, b) => a.u0 - b.u0);
  // A person's nationality from the title before the name (وزير الكهرباء المصري محمود عصمت).
  for (const m of res) {
    if (m.etype !== 'PER' || m.cc) continue;
    const d = demonyms.find((x) => x.end <= m.actor.start && x.start >= units[Math.max(0, m.u0 - 3)]!.start);
    if (d) m.cc = demonymCountry(d);
  }
  // Groups: دول / رؤساء دول + a place or region entity.
  const groups: Mention[] = [];
  for (const m of res) {
    if (!m.isPlace) continue;
    for (const [head, en] of HEADS_LONGEST_FIRST) {
      const hw = head.split(' ');
      const g0 = m.u0 - hw.length;
      if (g0 < 0) continue;
      if (!hw.every((w, k) => units[g0 + k]!.core === w || units[g0 + k]!.stem === w)) continue;
      groups.push({
        u0: g0,
        u1: m.u1,
        actor: { id: `group:${en.replace(/ of$/, '').replace(/ /g, '_')}:${m.actor.id}`, label: `${en} ${m.actor.label}`, start: units[g0]!.start, end: m.actor.end, kind: 'group' },
        isActor: true,
        isPlace: false,
        role: 'entity',
        country: false,
      });
      break;
    }
  }
  const all = res.filter((m) => !groups.some((g) => m.u0 >= g.u0 && m.u1 <= g.u1)).concat(groups);
  const covered = new Uint8Array(units.length);
  for (const m of all) for (let u = m.u0; u < m.u1; u++) covered[u] = 1;
  // A title with a nationality and no name (الرئيس الفرنسي، وزير الخارجية الأمريكي): the office is the actor.
  for (let u = 0; u < units.length; u++) {
    if (covered[u]) continue;
    const t = titleAt(TITLES, units, u);
    if (!t) continue;
    let a = u + t[0].length;
    // A minister's portfolio between the title and the nationality (وزير الكهرباء المصري).
    if (MINISTER.has(units[u]!.core)) while (a < u + t[0].length + 3 && a < units.length && !units[a]!.adj && isPortfolio(units[a]!)) a++;
    const dn = a < units.length && units[a]!.adj ? demonyms.find((d) => d.start < units[a]!.end && d.end > units[a]!.start) : undefined;
    if (!dn) continue;
    if (all.some((m) => m.etype === 'PER' && m.u0 > a && m.u0 <= a + 3)) continue; // a name follows: the person is the actor
    const country = demonymLabel(dn, labelOfId);
    all.push({
      u0: u,
      u1: a + 1,
      actor: { id: `office:${t[1].replace(/ /g, '_').toLowerCase()}:${dn.id}`, label: `${t[1]} of ${country}`, start: units[u]!.start, end: units[a]!.end, kind: 'group' },
      isActor: true,
      isPlace: false,
      role: 'official',
      country: false,
      cc: demonymCountry(dn),
    });
    for (let k = u; k <= a; k++) covered[k] = 1;
    u = a;
  }
  // A title alone (ورحبت رئيسة الوزراء بالإصلاحات) is the person named earlier in the article with that title
  // (رئيس الوزراء تيريزا ماي); only titles one person holds at a time, and not with a nationality or a name after it.
  for (let u = 0; u < units.length && named.length; u++) {
    if (covered[u]) continue;
    const t = titleAt(CO_TITLES, units, u);
    if (!t) continue;
    const a = u + t[0].length;
    // The whole title, definite (رئيس الوزراء, not رئيس وزراء الحكومة المحلية، وزير خارجية فرنسا), no part of another mention.
    if (!units[a - 1]!.stem.startsWith('ال') || covered.slice(u, a).some(Boolean) || (a < units.length && covered[a])) continue;
    if ((a < units.length && units[a]!.adj) || all.some((m) => m.etype === 'PER' && m.u0 >= a && m.u0 <= a + 3)) continue;
    let p: TitledPerson | undefined;
    for (const x of named) if (x.key === t[1] && x.end <= units[u]!.start) p = x;
    if (!p) continue;
    all.push({ u0: u, u1: a, actor: { ...p.actor, start: units[u]!.start, end: units[a - 1]!.end }, isActor: true, isPlace: false, role: 'entity', country: false, etype: 'PER', cc: p.cc });
    for (let k = u; k < a; k++) covered[k] = 1;
    u = a - 1;
  }
  // Generic agents on units no entity covers.
  for (let u = 0; u < units.length; u++) {
    if (covered[u]) continue;
    const cands = lex.agents.get(units[u]!.core) ?? lex.agents.get(units[u]!.stem);
    if (!cands) continue;
    let best: Agent | null = null;
    // `^النظام`: only with a nationality adjective right after it (النظام السوري، الإدارة الأمريكية).
    const national = (a: Agent) => !a.national || (u + a.words.length < units.length && !units[u + a.words.length]!.pre && !!units[u + a.words.length]!.adj);
    for (const a of cands) if (matchWords(a.words, units, u, a.strict ?? false, false) && national(a) && (!best || a.words.length > best.words.length)) best = a;
    if (!best) continue;
    let u1 = u + best.words.length;
    // `القاعدة الجوية`, `القاعدة الأمريكية`: a base, not al-Qaeda.
    if (best.strict && best.words.length === 1 && u1 < units.length && !units[u1]!.pre && (units[u1]!.adj || BASE_ADJ.has(units[u1]!.core))) continue;
    // `نيابة عن`, `بالنيابة`: on behalf of, not the prosecution.
    if (best.cameo === 'JUD' && best.words.length === 1 && (units[u]!.pre.includes('ب') || units[u + 1]?.stem === 'عن')) continue;
    // A head noun before a named organisation or person (شركة "توتال"، القاضي رودريك هندرسون): the entity, whose mention starts
    // at the head for the subject search.
    const named = best.beforeName ? nameAfterHead(units, u, u1, all, best.beforeName, best.words.length) : null;
    if (named) {
      named.u0 = u;
      for (let k = u; k < named.u1; k++) covered[k] = 1;
      u = named.u1 - 1;
      continue;
    }
    // An official's title before a named person (وزير الخارجية ... جيريمي هانت، النائب العام سعود المعجب): the person is the actor.
    // A group noun right before a named person (الناشطين أحمد سالم) describes the person, who is the actor.
    if ((best.role === 'official' && titleBeforeName(best, units, u, u1, all)) || (best.role === 'people' && best.label !== 'crowd' && all.some((m) => m.etype === 'PER' && m.u0 === u1))) {
      u = u1 - 1;
      continue;
    }
    // A crowd of protesters (آلاف المتظاهرين، مئات من المحتجين) is protesters; of a group (عشرات النشطاء), that group.
    if (best.label === 'crowd') {
      const of = u1 < units.length && units[u1]!.stem === 'من' && !units[u1]!.pre;
      const v = of ? u1 + 1 : u1;
      const p = v < units.length ? (lex.agents.get(units[v]!.core) ?? lex.agents.get(units[v]!.stem) ?? []).find((a) => (a.role === 'protester' || (a.role === 'people' && a.label !== 'crowd')) && matchWords(a.words, units, v, false, false)) : undefined;
      if (p) {
        best = p;
        u1 = v + p.words.length;
      } else if (of && crowdMember(units[v])) u1 = v + (units[v]!.adj ? 0 : 1); // الآلاف من النيباليين، المئات من التجار: one crowd (the nationality is read below)
    }
    let label = best.label;
    let id = `agent:${best.cameo || best.label}`;
    // A nationality adjective right after (قوات الأمن العراقية): keep it with the agent.
    const dn = demonyms.find((d) => u1 < units.length && d.start >= units[u1]!.start && d.end <= units[u1]!.end + 1);
    if (dn) {
      label = `${label} (${demonymLabel(dn, labelOfId)})`;
      id += `:${dn.id}`;
      u1++;
    }
    all.push({
      u0: u,
      u1,
      actor: { id, label, start: units[u]!.start, end: units[u1 - 1]!.end, kind: 'agent' },
      isActor: true,
      isPlace: false,
      role: best.role,
      country: false,
      cc: dn ? demonymCountry(dn) : undefined,
    });
    u = u1 - 1;
  }
  // A people named by its nationality (تجددت مظاهرات العراقيين، تظاهر الفلسطينيون): a definite plural nisba no other mention
  // covers; an actor of protests only (as the subject or object of other verbs it was too often misread: دعا X الأمريكيين).
  for (const d of demonyms) {
    const u = units.findIndex((x) => x.start < d.end && x.end > d.start);
    if (u < 0 || !PEOPLE_NOUN.test(units[u]!.stem) || all.some((m) => u >= m.u0 && u < m.u1)) continue;
    // After a definite noun it is its adjective (الناشطين الإسلاميين الكويتيين، السجناء الفلسطينيين), not a people.
    const prev = units[u - 1];
    if (prev && !units[u]!.pre && prev.kind === 'word' && prev.stem.startsWith('ال') && !PREPS.has(prev.stem)) continue;
    const country = demonymLabel(d, labelOfId);
    all.push({
      u0: u,
      u1: u + 1,
      actor: { id: `agent:CVL:${d.id}`, label: `people (${country})`, start: units[u]!.start, end: units[u]!.end, kind: 'agent' },
      isActor: true,
      isPlace: false,
      role: 'people',
      country: false,
      cc: demonymCountry(d),
      protestOnly: true,
    });
  }
  // A spokesperson for an actor (قال المتحدث باسم الجيش الإسرائيلي، الناطق الرسمي باسم وزارة الخارجية): the actor speaks, and
  // its mention starts at the spokesperson so that the subject search finds it right after the verb.
  for (let u = 0; u + 2 < units.length; u++) {
    if (covered[u] || units[u]!.pre.includes('ب') || units[u]!.pre.includes('ل') || !SPOKESPERSON.test(units[u]!.core)) continue;
    // (u + 2 < length, so باسم, even after رسمي, is a unit; the actor after it may be missing.)
    let a = u + 1;
    if (/^(رسمي|رسميه)$/.test(units[a]!.core) && !units[a]!.pre) a++;
    if (units[a]!.core !== 'اسم' || units[a]!.pre !== 'ب') continue;
    const m = all.find((k) => k.u0 === a + 1 && k.isActor && (!k.isPlace || k.country || k.capital));
    if (m) m.u0 = u;
  }
  // نظيره الأردني (صالح الخرابشة): the counterpart is the named person after it, of that nationality, or
  // with no name an actor of its own ("counterpart (Jordan)").
  for (let u = 0; u < units.length; u++) {
    if (covered[u] || !COUNTERPART.test(units[u]!.core) || units[u]!.pre) continue;
    const dn = u + 1 < units.length && units[u + 1]!.adj ? demonyms.find((d) => d.start < units[u + 1]!.end && d.end > units[u + 1]!.start) : undefined;
    const named = all.find((m) => m.etype === 'PER' && m.u0 > u && m.u0 <= u + 2 + (dn ? 1 : 0));
    if (named) {
      if (dn && !named.cc) named.cc = demonymCountry(dn);
      continue;
    }
    if (!dn) continue;
    const country = demonymLabel(dn, labelOfId);
    all.push({
      u0: u,
      u1: u + 2,
      actor: { id: `office:counterpart:${dn.id}`, label: `counterpart (${country})`, start: units[u]!.start, end: units[u + 1]!.end, kind: 'group' },
      isActor: true,
      isPlace: false,
      role: 'official',
      country: false,
      cc: demonymCountry(dn),
    });
  }
  return all.sort((a, b) => a.u0 - b.u0);
}

/**
 * A head noun (شركة، محكمة، منظمة، القادة) before a named person or organisation describes it (شركة المشروبات الشهيرة كوكا
 * كولا، القاضي رودريك هندرسون): an entity within three words after it, with only adjectives, nationality adjectives,
 * definite nouns or quotation marks between (no preposition, verb or comma), is the actor. A definite head (الشركة) takes an
 * organisation only in quotation marks; a head of several words (منظمات حقوق الإنسان) takes none.
 */
function nameAfterHead(units: Unit[], u: number, u1: number, all: Mention[], etype: 'ORG' | 'PER', words: number): Mention | null {
  // A whole phrase (منظمات حقوق الإنسان) names no one after it: what follows is the verb's object (اتهمت جماعات حقوق الإنسان الحكومة التركية).
  if (words > 1) return null;
  const m = all.find((k) => k.actor.kind === 'entity' && k.etype === etype && k.u0 >= u1 && k.u0 <= u1 + 3);
  if (!m) return null;
  // After a definite organisation noun an organisation is its name only in quotation marks (الشركة الأمريكية العملاقة "إيه ام سي");
  // otherwise it is the object (ودعت الشركة الحكومة التركية).
  if (etype === 'ORG' && units[u]!.stem.startsWith('ال') && !units.slice(u1, m.u0).some((x) => x.kind === 'quote')) return null;
  for (let k = u1; k < m.u0; k++) {
    const x = units[k]!;
    if (x.kind === 'quote') continue; // a quotation mark: شركة "أوبر"
    if (isBoundary(x) || PREPS.has(x.stem) || x.pre || (!x.adj && !x.stem.startsWith('ال'))) return null;
  }
  return m;
}

/** The people a crowd is made of, after من (الآلاف من النيباليين، المئات من التجار): a nationality or a definite noun. */
function crowdMember(x: Unit | undefined): boolean {
  if (!x || x.kind !== 'word' || x.pre || PREPS.has(x.stem) || NUMBER_WORD.test(x.core)) return false;
  return !!x.adj || (x.stem.startsWith('ال') && x.core !== x.stem);
}

/**
 * An official's title with a named person after it (وزير الخارجية ... جيريمي هانت): the person is the actor. A
 * prosecutor's name follows the title at once or after a nationality, a comma, a title word or a place (النائب العام
 * السعودي الشيخ سعود المعجب), not after what the prosecution does (باشرت النيابة العامة التحقيقات مع سعيد).
 */
function titleBeforeName(best: Agent, units: Unit[], u: number, u1: number, all: Mention[]): boolean {
  if (best.cameo === 'JUD') {
    const gapOk = (k: number) => {
      const x = units[k]!;
      return x.adj || x.tok === ',' || SUBJECT_GAP.has(x.stem) || x.stem === 'في' || all.some((p) => p.isPlace && k >= p.u0 && k < p.u1);
    };
    return all.some((m) => {
      if (m.etype !== 'PER' || m.u0 < u1 || m.u0 > u1 + 4) return false;
      for (let k = u1; k < m.u0; k++) if (!gapOk(k)) return false;
      return true;
    });
  }
  return OFFICE_WORDS.has(units[u]!.core) && all.some((m) => !m.isPlace && m.actor.kind === 'entity' && m.u0 >= u1 && m.u0 <= u1 + 3);
}

// ---------------------------------------------------------------------------------------------
// Triggers.

function wordMatches(p: PWord, u: Unit, strict: boolean): boolean {
  if (p.alts) return p.alts.some((a) => wordMatches(a, u, strict));
  if (p.prefix) return u.stem.startsWith(p.n) || u.core.startsWith(p.c);
  if (strict) return u.stem === p.n || u.tok === p.n;
  return u.stem === p.n || u.core === p.c || u.tok === p.n;
}

/** Pattern words from unit `i`; adverbs such as بالفعل/قد may sit between words. Returns units used or 0. */
function matchWords(ws: PWord[], units: Unit[], i: number, strictFirst: boolean, allowSkip = true): number {
  let u = i;
  let end = i;
  let later = i;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    if (w.later) {
      // `+word`: somewhere in the next few words of the clause (after the subject).
      let v = Math.max(u, later);
      const lim = Math.min(units.length, v + LATER_WINDOW);
      while (v < lim && !isBoundary(units[v]!) && !wordMatches(w, units[v]!, false)) v++;
      if (v >= lim || isBoundary(units[v]!)) return 0;
      later = v + 1;
      continue;
    }
    if (k > 0 && allowSkip) while (u < units.length && SKIP_ADVERBS.has(units[u]!.core) && !wordMatches(w, units[u]!, false)) u++;
    if (u >= units.length || !wordMatches(w, units[u]!, strictFirst && k === 0)) return 0;
    u++;
    end = u;
  }
  return end - i;
}
const LATER_WINDOW = 12;

const REPLY_NOT = wordClass('reply-not');
/** The `+الرد` word after a vowing verb is بالرد and not a reply to questions or letters (REPLY_NOT after على). */
function vowedRetaliation(units: Unit[], t1: number): boolean {
  for (let v = t1; v < Math.min(units.length, t1 + LATER_WINDOW) && !isBoundary(units[v]!); v++) {
    const u = units[v]!;
    if (u.stem !== 'الرد' && u.core !== 'رد') continue;
    if (!u.pre.includes('ب')) return false;
    const next = units[v + 1]?.core === 'علي' || units[v + 1]?.stem === 'على' ? units[v + 2] : undefined;
    return !(next && REPLY_NOT.test(next.core));
  }
  return false;
}

/**
 * The longest trigger at unit `i`; `alts` are the shorter ones matching there, tried in turn when a
 * trigger with an object (`=` words) finds no object where the subject leaves it (أعلنت حماس رفضها
 * وقف إطلاق النار is a statement).
 */
function matchTrigger(units: Unit[], i: number, lex: EventLexicon): { trigger: Trigger; len: number; alts?: { trigger: Trigger; len: number }[] } | null {
  const u = units[i]!;
  if (u.kind !== 'word') return null;
  // A verb never carries ب or ك (بقطع الطريق is a noun: "by blocking the road"); after ل it is a
  // purpose (لبحث، ليبحث), not a report.
  const nounOnly = /[بكل]/.test(u.pre) && !VERBAL_NOUNS.has(u.stem);
  const cands = [...(lex.triggers.get(u.core) ?? []), ...(u.stem !== u.core ? lex.triggers.get(u.stem) ?? [] : [])];
  // A verb whose first letter the segmenter took for a conjunction (فتحت → ف + تحت، فرضت): the whole token.
  if (u.pre && !nounOnly && u.tok !== u.stem) cands.push(...(lex.triggers.get(u.tok) ?? []));
  let best: { trigger: Trigger; len: number } | null = null;
  let all: { trigger: Trigger; len: number }[] | null = null;
  for (const t of cands) {
    if (nounOnly && VERB_FRAMES.has(t.frame)) continue;
    const len = matchWords(t.words, units, i, VERB_FRAMES.has(t.frame));
    if (!len) continue;
    if (!best || t.words.length > best.trigger.words.length) best = { trigger: t, len };
    if (t.object.length || all) (all ??= []).push({ trigger: t, len });
  }
  // An attack noun spelt like a verb (قصف تركي، جراء قصف إسرائيلي): tried as a noun with a named attacker when the verb finds no subject.
  if (best && !all && VERB_FRAMES.has(best.trigger.frame) && /^(18|19)/.test(best.trigger.code)) {
    const b = best;
    const noun = cands.find((t) => t.frame === 'nom' && t.code.slice(0, 2) === b.trigger.code.slice(0, 2) && t.words.length === b.trigger.words.length && matchWords(t.words, units, i, false) === b.len);
    if (noun) return { ...b, alts: [{ trigger: { ...noun, namedOnly: true }, len: b.len }] };
  }
  if (!best || !all) return best;
  // Any trigger with an object matched here: keep the others, longest first, in case its object is not there.
  for (const t of cands) if (!t.object.length && !all.some((x) => x.trigger === t)) {
    if (nounOnly && VERB_FRAMES.has(t.frame)) continue;
    const len = matchWords(t.words, units, i, VERB_FRAMES.has(t.frame));
    if (len) all.push({ trigger: t, len });
  }
  const alts = all.filter((x) => x.trigger !== best!.trigger).sort((a, b) => b.trigger.words.length - a.trigger.words.length);
  return alts.length ? { ...best, alts } : best;
}

// ---------------------------------------------------------------------------------------------
// Frames.

const isBoundary = (u: Unit) => u.kind === 'punct' && BOUNDARY.has(u.tok);

function clause(units: Unit[], t0: number, t1: number): [number, number] {
  let L = t0;
  while (L > 0 && !isBoundary(units[L - 1]!)) L--;
  let R = t1;
  while (R < units.length && !isBoundary(units[R]!)) R++;
  return [L, R];
}

/** A unit a subject may sit behind: not a preposition, not a clitic-marked complement, not a boundary. */
function skippable(u: Unit): boolean {
  if (isBoundary(u)) return false;
  if (PREPS.has(u.stem) || THAT.has(u.stem)) return false;
  if ((u.pre.includes('ب') || u.pre.includes('ل')) && u.core !== 'ذلك' && u.core !== 'هذا') return false;
  return true;
}

function firstActorAfter(
  mentions: Mention[],
  units: Unit[],
  from: number,
  R: number,
  maxGap: number,
  ok: (m: Mention) => boolean = (m) => m.isActor,
  subject = false,
): Mention | null {
  const skippedMention = new Uint8Array(units.length);
  // The stem too: الفي (two thousand) has the core في.
  const numberAt = (k: number) => k < units.length && (units[k]!.kind === 'number' || NUMBER_WORD.test(units[k]!.core) || NUMBER_WORD.test(units[k]!.stem));
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.u0 < from || m.u0 >= R) continue;
    // A country right before a person is part of a title (وزير خارجية الفلبين آلان كايتانو).
    const next = mentions[i + 1];
    const titleCountry = subject && m.country && next && next.u0 - m.u1 <= 1 && next.etype === 'PER';
    if (!ok(m) || titleCountry) {
      for (let u = m.u0; u < m.u1; u++) skippedMention[u] = 1;
      continue;
    }
    for (let u = from; u < m.u0; u++) {
      const x = units[u]!;
      // `نحو 500 متظاهر`: about a number.
      // `أكثر من 200 شخص`، `أقل من ألف`: more or fewer than a number.
      const moreThan = x.stem === 'من' && !x.pre && u > from && MORE_LESS.has(units[u - 1]!.stem) && numberAt(u + 1);
      const approx = (APPROX.has(x.stem) && numberAt(u + 1)) || moreThan;
      if (!approx && !skippable(x)) return null;
      // The subject comes right after its verb: only titles (with a minister's portfolio), adverbs and time words may intervene.
      if (subject && !skippedMention[u] && !moreThan && !SUBJECT_GAP.has(x.stem) && !SUBJECT_GAP.has(x.core) && x.kind !== 'number' && !x.adj && !inPortfolio(units, u, from)) {
        // One unknown word right before a named entity may be a first name the entity stages missed.
        const nameStart = u === m.u0 - 1 && m.actor.kind === 'entity' && !x.pre && x.kind === 'word' && x.stem === x.core;
        if (!nameStart) return null;
      }
    }
    return m.u0 - from <= maxGap ? m : null;
  }
  return null;
}

/**
 * اتهامات X لـ Y / اتهام X لـ Y: the accuser is the actor right after the noun (one adjective may stand between:
 * اتهامات الحوثيين المتكررة للتحالف) and the accused the actor right after it with ل. Without the ل the genitive may be
 * the accused (اتهام ترامب بالتواطؤ), so no event.
 */
function nounAccusation(units: Unit[], mentions: Mention[], t1: number, R: number, labels: Map<string, string>): [Mention, Mention] | null {
  // Or a nationality adjective (الاتهامات البريطانية لروسيا).
  const src = mentions.find((m) => m.isActor && m.u0 === t1) ?? genitiveActor(units, mentions, t1, R) ?? (t1 < R && !units[t1]!.pre ? demonymMention(units, t1, labels) : null);
  if (!src || src.u1 >= R) return null;
  let u = src.u1;
  const adj = units[u]!;
  if (!mentions.some((m) => m.u0 <= u && m.u1 > u) && !adj.pre && adj.kind === 'word' && adj.stem.startsWith('ال') && u + 1 < R) u++;
  // The accused with ل, or after ضد (اتهامات واشنطن ضد بكين).
  const against = units[u]!.stem === 'ضد' && !units[u]!.pre;
  const tgt = mentions.find((m) => (m.isActor || m.capital) && (against ? m.u0 === u + 1 && !units[u + 1]!.pre : m.u0 === u && units[u]!.pre.endsWith('ل')));
  if (!tgt || tgt.actor.id === src.actor.id || (src.cc && tgt.country && tgt.cc === src.cc) || nominalUnreal(units, t1 - 1, tgt.u1)) return null;
  return [src, tgt];
}

/**
 * A capital in a subject's place (أعلنت الرياض، وقالت موسكو إن، لكن الدوحة تنفي، وكانت بغداد أعلنت): right after the verb
 * (time words between), or right before it (قد between) at a clause start, after a conjunction, a particle or كان. Not
 * after a proclitic preposition, and a noun before it makes it a genitive.
 */
function capitalSubject(units: Unit[], mentions: Mention[], m: Mention, t0: number, t1: number): boolean {
  if (/[بلك]/.test(units[m.u0]!.pre)) return false;
  // A city's name is feminine: its verb is too (قالت موسكو، الرياض تنفي). After a masculine verb the capital is the object
  // of a subject told earlier (لكنه حث موسكو، واتهم طهران، زار واشنطن).
  if (!FEMININE_VERB.test(units[t0]!.stem)) return false;
  if (m.u0 >= t1) {
    // Not when the verb already has its subject before it (وكان ماكرون قد زار واشنطن، أول رئيس كوري جنوبي زار بيونغ يانغ):
    // the capital is the object.
    // Nor after a pronoun subject (نعلم أنه زار موسكو).
    const subjectBefore = mentions.some((k) => k.isActor && !k.capital && k.u1 <= t0 && (t0 - k.u1 <= 1 || (k.u1 >= t0 - 2 && units.slice(k.u1, t0).every((x) => x.stem === 'قد' || KANA.has(x.stem)))));
    if (t0 > 0 && PRONOUN_THAT.has(units[t0 - 1]!.stem)) return false;
    return !subjectBefore && units.slice(t1, m.u0).every((x) => SUBJECT_TIME.has(x.core) || SUBJECT_TIME.has(x.stem));
  }
  if (m.u1 > t0 || units.slice(m.u1, t0).some((x) => x.stem !== 'قد')) return false;
  const prev = units[m.u0 - 1];
  return !prev || isBoundary(prev) || prev.kind === 'quote' || /[وف]/.test(units[m.u0]!.pre) || THAT.has(prev.stem) || REPORTING_BEFORE.has(prev.stem) || KANA.has(prev.stem);
}

/** A verb form that agrees with a feminine singular subject: a past ending in ت, an imperfect starting with ت. */
const FEMININE_VERB = /(^ت|ت$)/;

const UNREALISED = wordClass('unrealised-before');
const UNREALISED_WINDOW = 6;

/** A verbal noun (اعتقال، احتجاز) asked for, authorised, alleged, denied or nearly done: a word of `unrealised-before` or a denial within six words before it in its clause. */
function unrealisedNoun(units: Unit[], L: number, t0: number): boolean {
  return units.slice(Math.max(L, t0 - UNREALISED_WINDOW), t0).some((x) => UNREALISED.test(x.core) || DENY.has(x.stem));
}

const ADVISE = wordClass('advise');
const RELEASE_NOUN = wordClass('release-noun');
const RELEASE_PAIR = wordClass('release-pair');
const RELEASE_OBJECT = wordClass('release-object');
const ABOUT_HIM = new Set(['عنه', 'عنها', 'عنهم', 'عنهما', 'سراحه', 'سراحها', 'سراحهم', 'سبيله', 'سبيلها', 'سبيلهم'].map((w) => norm(w)));

/**
 * A release asked for right after the demand's subject (طالبت واشنطن بالإفراج عن القس، بإطلاق سراح): ب + a release noun
 * (data/events/word-classes.tsv `release-noun`, or `release-pair` + `release-object`) within the two words after `from` (the subject, when the verb comes first,
 * is skipped). `resumptive`: the released one is the antecedent of a relative clause, so the release ends in a pronoun
 * (الذي تطالب واشنطن بالإفراج عنه) and the verb's subject must be an actor right after it.
 */
function releaseDemanded(units: Unit[], from: number, mentions: Mention[], resumptive: boolean): boolean {
  let u = from;
  if (resumptive) {
    const subj = mentions.find((m) => m.isActor && m.u0 === from);
    if (!subj) return false;
    u = subj.u1;
  }
  for (let k = u; k < Math.min(units.length, u + 2); k++) {
    const x = units[k]!;
    const next = units[k + 1];
    const pair = RELEASE_PAIR.test(x.core) && !!next && RELEASE_OBJECT.test(next.core);
    if (!x.pre.includes('ب') || !(RELEASE_NOUN.test(x.core) || pair)) continue;
    if (!resumptive) return true;
    // بالإفراج عنه، بإطلاق سراحه، بالإفراج الفوري عنه
    return units.slice(k + 1, Math.min(units.length, k + 4)).some((y) => ABOUT_HIM.has(y.stem) || ABOUT_HIM.has(y.tok));
  }
  return false;
}

/** The actor after a preposition (مع، ب، الى، على، ضد، ل, and `more`) or directly after `from`. */
function targetAfter(mentions: Mention[], units: Unit[], from: number, R: number, more: string[] = []): Mention | null {
  const direct = firstActorAfter(mentions, units, from, R, 2);
  if (direct) return direct;
  for (let u = from; u < Math.min(R, from + 6); u++) {
    const x = units[u]!;
    const isPrep = ['مع', 'الي', 'علي', 'ضد'].includes(x.stem) || more.includes(x.stem) || x.pre.endsWith('ب') || x.pre.endsWith('ل');
    if (!isPrep) continue;
    const start = x.pre && !PREPS.has(x.stem) ? u : u + 1;
    const m = mentions.find((k) => k.isActor && k.u0 === start) ?? firstActorAfter(mentions, units, start, R, 3, (k) => k.isActor, true);
    if (m) return m;
  }
  return null;
}

/** Actors joined by و after mention `m` (أذربيجان وكازاخستان وأوزبكستان). */
function coordinated(mentions: Mention[], units: Unit[], m: Mention, R: number, ok: (m: Mention) => boolean): Mention[] {
  const out = [m];
  let cur = m;
  for (;;) {
    const next = mentions.find((k) => k.u0 >= cur.u1 && k.u0 < R && ok(k));
    if (!next) break;
    const gap = next.u0 - cur.u1;
    const joined = (gap === 0 && units[next.u0]!.pre.startsWith('و')) || (gap === 1 && (units[cur.u1]!.stem === 'و' || units[cur.u1]!.tok === 'و'));
    if (!joined) break;
    out.push(next);
    cur = next;
  }
  return out;
}

function refineAppeal(units: Unit[], from: number, R: number, base: string): string {
  let i = from;
  while (i < R && units[i]!.stem !== 'الي') i++;
  if (i >= R) return base;
  const ks = units.slice(i + 1, Math.min(R, i + 10)).map((u) => u.core);
  const has = (...w: string[]) => ks.some((k) => w.some((x) => k === x || (x.endsWith('*') && k.startsWith(x.slice(0, -1)))));
  if (has('تعاون')) {
    if (has('دفاع', 'عسكري*', 'امن', 'امني*', 'دفاعي*')) return '0212';
    if (has('اقتصادي*', 'اقتصاد', 'تجاري*', 'استثمار*')) return '0211';
    return '021';
  }
  if (has('مساعد*', 'دعم', 'معونات')) return '023';
  if (has('حوار', 'تفاوض', 'مفاوضات', 'اجتماع', 'محادثات')) return '026';
  if (has('تهديه', 'هدنه', 'ضبط')) return '0256';
  if (has('افراج', 'سراح')) return '0253';
  return base;
}

function pickDate(ds: DateSpan[], triggerStart: number): EventSpan['date'] {
  const rank = (g?: string) => (g === 'day' ? 3 : g === 'month' ? 2 : g === 'year' ? 1 : 0);
  let best: DateSpan | null = null;
  for (const d of ds) {
    if (!best || rank(d.granularity) > rank(best.granularity) || (rank(d.granularity) === rank(best.granularity) && Math.abs(d.start - triggerStart) < Math.abs(best.start - triggerStart))) best = d;
  }
  if (!best) return null;
  const value = best.resolved ?? best.value;
  return value ? { start: best.start, end: best.end, value: String(value), granularity: best.granularity ?? '' } : null;
}

function code(
  trig: Trigger,
  units: Unit[],
  t0: number,
  t1: number,
  mentions: Mention[],
  speakers: Speaker[],
  dates: DateSpan[],
  lex: EventLexicon,
  doc: Doc,
  s: Sentence,
  minViolence: number,
  minProtest: number,
  accidents = true,
  carriers: Carrier[] = [],
  carryCtx: CarryContext = { tracked: [], previous: () => null, governing: new Map() },
): EventSpan | null {
  if (!trig.code.startsWith('14') && mentions.some((m) => m.protestOnly)) mentions = mentions.filter((m) => !m.protestOnly);
  // An act told as the verbal noun complementing a deciding or starting verb (قررت واشنطن فرض عقوبات): the governing verb's
  // subject is its source. The verb spelling of a three-letter act (فرض عقوبات، طرد، سحب، فرض حظر التجول), a verbal noun of arrest or
  // deportation, or a verbal noun that triggers only here (استدعاء). Read before capitals lose their actor role below.
  const first = trig.words[0]!.n;
  const governable = (VERB_FRAMES.has(trig.frame) && (first.length === 3 || GOVERNED_ONLY.has(first))) || (trig.frame === 'voice' && VERBAL_NOUNS.has(first));
  const gov = governable ? governedSubject(units, mentions, t0) : null;
  if (GOVERNED_ONLY.has(first) && !gov) return null;
  // A capital is its government only as an actor of a verb of talk, diplomacy or demand: a protest, an arrest, an attack or a
  // nominal event in a capital happened there (اعتقال ناشطين في طهران، انفجار بغداد).
  // And only as the verb's subject: right after it, or just before it at a clause start or after a particle; never in a
  // genitive (عمدة لندن، شرطة منطقة الرياض، وسط طهران), after a preposition (لباريس) nor as an object (توعد بومبيو طهران).
  if (mentions.some((m) => m.capital)) {
    const nominal = trig.frame === 'nom' || trig.frame === 'voice' || trig.frame === 'pass' || /^(14|17|18|19|20)/.test(trig.code);
    mentions = mentions.map((m) => (m.capital && (nominal || !capitalSubject(units, mentions, m, t0, t1)) ? { ...m, isActor: false } : m));
  }
  /** Keeps a coded verb's subject for a verb joined to it later in the sentence (see carriedSubject). */
  const carry = (m: Mention) => carriers.push({ u: t0, mention: m, form: verbForm(first) });
  // Negated or future: not an event that happened.
  for (let u = Math.max(0, t0 - 2); u < t0; u++) if (NEG.has(units[u]!.stem)) return null;
  // A visit in the future (قال إنه سيزور الولايات المتحدة) is no visit but an intent to meet (036).
  const visitToCome = trig.code === '042' && VERB_FRAMES.has(trig.frame) && units[t0]!.pre.includes('س');
  if (NEG.has(units[t0]!.pre) || (VERB_FRAMES.has(trig.frame) && units[t0]!.pre.includes('س') && !visitToCome)) return null;
  if (t0 > 0 && THAT.has(units[t0 - 1]!.stem)) for (let u = Math.max(0, t0 - 8); u < t0 - 1; u++) if (DENY.has(units[u]!.stem)) return null;
  // Right after a preposition a verb's spelling is its verbal noun (احتجوا على قتل المدنيين، منذ اعتصام): an act named, not reported.
  // Not after منذ/حتى (since, until: they take verbs) nor من (who, whom); after أسفر عن، أدى إلى، نجح في، تمكن من the act is told.
  if (VERB_FRAMES.has(trig.frame) && !VERBAL_NOUNS.has(first) && !gov && t0 > 0 && !units[t0]!.pre && PREPS.has(units[t0 - 1]!.stem) && !TAKES_VERB.has(units[t0 - 1]!.stem) && units[t0 - 1]!.kind === 'word' && !outcomeBefore(units, t0 - 1)) return null;
  // After بشكل/بصورة a verb's spelling is an adjective (نفت روسيا بشكل قاطع: categorically), not a verb.
  if (VERB_FRAMES.has(trig.frame) && t0 > 0 && ADVERBIAL.has(units[t0 - 1]!.stem) && !units[t0]!.pre) return null;
  // Planned or possible, not done (من المقرر أن يلتقي، يعتزم زيارة).
  for (let u = Math.max(0, t0 - 3); u < t0; u++) if (u !== gov?.g && (MODAL.has(units[u]!.core) || MODAL.has(units[u]!.stem))) return null;
  // An imperfect verb after أن (إن never takes a verb) or كي/لكي is a subjunctive: wanted, called for, planned or
  // prevented, not done (دعت النقابات العمال إلى أن يضربوا، منعتهم من أن يتظاهروا). Not after قبل أن, which tells
  // what came next (اعتصم المئات قبل أن تستقيل الحكومة).
  // A quotation mark may stand between them (دون أن "يواجه ترامب الاحتجاجات"). `quoted`: one opens right before the
  // trigger; `wordBefore`: the word before the trigger, or before that quotation mark (also where إنه/إنها stands, see pronounSubject).
  const quoted = t0 > 1 && units[t0 - 1]!.kind === 'quote';
  const wordBefore = quoted ? t0 - 2 : t0 - 1;
  if (VERB_FRAMES.has(trig.frame) && isImperfect(first) && wordBefore >= 0 && !units[t0]!.pre && SUBJUNCTIVE.has(units[wordBefore]!.stem) && !(units[wordBefore]!.stem === 'ان' && wordBefore > 0 && units[wordBefore - 1]!.stem === 'قبل')) return null;
  // A condition before the verb (إذا تظاهر، لو هاجم، في حال أضرب): not an act that happened.
  if (VERB_FRAMES.has(trig.frame) && trig.frame !== 'say' && !VERBAL_NOUNS.has(first)) for (let u = t0 - 1; u >= Math.max(0, t0 - 4) && !isBoundary(units[u]!); u--) if (CONDITION.has(units[u]!.stem)) return null;
  // Sanctions named before التي فرضتها (العقوبات التي فرضتها الولايات المتحدة على ...): the relative clause is the only
  // report of who imposed them. فرضتها without such an antecedent (فرضتها الظروف) is none.
  const relSanction = trig.code === '163' && !trig.object.length && t0 > 1 && RELATIVE.has(units[t0 - 1]!.stem) && SANCTIONS.test(units[t0 - 2]!.core);
  if (trig.code === '163' && !trig.object.length && !relSanction && trig.frame !== 'nom') return null;
  // A person named before الذي تطالب X بالإفراج عنه: the relative clause has its own subject, the demand is reported.
  const relRelease = trig.code === '100' && t0 > 0 && RELATIVE.has(units[t0 - 1]!.stem) && releaseDemanded(units, t1, mentions, true);
  // A verb in a relative clause (المتظاهرين الذين تجمعوا) describes, it does not report.
  if (VERB_FRAMES.has(trig.frame) && trig.frame !== 'say' && t0 > 0 && RELATIVE.has(units[t0 - 1]!.stem) && !relSanction && !relRelease) return null;
  // An imperfect verb after a noun describes it (دعوات تحث السكان): it reports only after a particle or at a clause start.
  const imperfect = isImperfect(first) || /^ت.*ان$/.test(first);
  // A nominal sentence (السلطات تحقق، أرامكو وتوتال توقعان): the actors that open the clause are the subject of the imperfect verb.
  const opener = VERB_FRAMES.has(trig.frame) && imperfect && t0 > 0 && (!units[t0]!.pre || (visitToCome && units[t0]!.pre === 'س')) ? clauseOpeningSubject(units, mentions, t0) : null;
  if (VERB_FRAMES.has(trig.frame) && imperfect && t0 > 0 && !relRelease && !relSanction && !opener) {
    const prev = units[t0 - 1]!;
    if (!units[t0]!.pre && !isBoundary(prev) && !REPORTING_BEFORE.has(prev.stem) && prev.kind !== 'quote') return null;
  }
  // نفي after a preposition or a verb is the noun "denial" (شددت على نفي، واصلت نفي): who denies is not after it.
  if (trig.code === '016' && t0 > 0 && (PREPS.has(units[t0 - 1]!.stem) || /[بل]/.test(units[t0]!.pre) || CONTINUE.test(units[t0 - 1]!.core))) return null;
  const [L, R0] = clause(units, t0, t1);
  let R = R0;
  /** The trigger's object (its `=` words) starts at unit `o`, within the clause. */
  const objectAt = (o: number) => o + trig.object.length <= R && trig.object.every((w, k) => wordMatches(w, units[o + k]!, false));
  // وقع also means "took place": a signing needs the agreement in its clause.
  if (trig.code === '057' && !units.slice(L, R).some((u) => AGREEMENT.has(u.core))) return null;
  const frame: Frame = trig.frame;
  let c = visitToCome ? '036' : trig.code;
  let source: Mention | null = null;
  let target: Mention | null = null;
  let participants: Mention[] = [];
  let conf = 0.7;
  let namedAttack: NounAttack | null = null;
  const actorOk = (m: Mention) => m.isActor;
  const before = () => {
    // SVO: an actor just before the verb (المتظاهرون اعتصموا).
    const m = [...mentions].reverse().find((k) => k.isActor && k.u1 <= t0 && k.u0 >= L);
    return m && t0 - m.u1 <= 1 ? m : null;
  };
  const pronounSubject = () => {
    // قال إلهام علييف إنه أرسل ...: the speaker is the subject.
    if (wordBefore < 0 || !THAT.has(units[wordBefore]!.stem) || !speakers.length) return null;
    const sp = speakers[speakers.length - 1]!;
    // Across a quotation mark (قالت الحكومة إنها "قررت ..."), only a verb not spelt like a noun (وأن "فرق الإنقاذ") and a
    // pronoun of the speaker's gender and number (أكدت الحكومة أنه "زار القنصلية": he is someone else).
    if (quoted && (nounLike(first) || pronounForm(units[wordBefore]!.stem) !== verbForm(units[sp.u]!.stem))) return null;
    return sp.actor;
  };
  let sourceActor: Actor | null = null;
  /** Confidence lost by an event whose source was carried from another verb (see trackedSubject). */
  let carriedLower = 0;
  switch (frame) {
    case 'say': {
      source = opener ?? firstActorAfter(mentions, units, t1, R, 4, actorOk, true) ?? before();
      // A title, then the name after a comma (قال الرئيس التركي، رجب طيب أردوغان، إن): the named person speaks.
      if (!source && R > t1 && R < units.length && (units[R]!.tok === '،' || units[R]!.tok === ',')) {
        const [, R2] = clause(units, R + 1, R + 2);
        source = actorAfterTitles(mentions, units, t1, R2);
      }
      if (!source) return null;
      speakers.push({ u: t0, actor: source.actor, mention: source });
      carry(source);
      conf = 0.7;
      // أعلن X عزم بلاده مقاطعة ...: announcing the intent to boycott or sanction threatens it (1312).
      if (c === '010' && threatOfBoycott(units, Math.max(t1, source.u1), INTENT)) c = '1312';
      // قال X إنه "لم يكن هناك أطفال"، في إشارة إلى اتهامات ...: a negated statement in reply to accusations denies them (016).
      else if (c === '010' && !(t0 > 0 && RELATIVE.has(units[t0 - 1]!.stem)) && deniesClaim(units, t1)) c = '016';
      break;
    }
    case 'vs':
    case 'vso':
    case 'appeal': {
      let signers: Mention[] = [];
      // `قالت الشرطة إنها فرقت المتظاهرين`: a pronoun subject (إنه، إنها، إنهم) is the speaker; what follows is the object.
      // A quotation mark may open between them (قالت إنها "قررت إغلاق سفارتها"): the speaker's own words.
      const pron = wordBefore >= 0 && PRONOUN_THAT.has(units[wordBefore]!.stem) ? pronounSubject() : null;
      // `وكانت الشرطة قد اتهمت نتنياهو`: the subject stands before قد.
      const qad = t0 > 1 && units[t0 - 1]!.stem === 'قد' ? mentions.find((k) => k.isActor && k.u1 === t0 - 1) : undefined;
      // A verb with a plural ending (اتهموا، طالبوا) agrees with a subject before it or a pronoun: a noun after it is its object.
      const plural = /(وا|ون)$/.test(first);
      if (gov) source = gov.mention;
      else if (pron) sourceActor = pron;
      else if (qad) source = qad;
      else if (plural) {
        source = before() ?? subjectBeforeAcross(units, mentions, L, t0);
        if (!source) sourceActor = pronounSubject();
      } else {
        // The object right after the verb (إن تركيا استدعت سفير السعودية): the subject is before it, and the actor in the
        // object is not the subject.
        const objectFirst = trig.object.length > 0 && objectAt(t1);
        source = opener ?? (objectFirst ? null : firstActorAfter(mentions, units, t1, R, 4, actorOk, true));
        // A title, then the person's name between commas (دعا وزير الخارجية الأمريكي، مايك بومبيو، حكومة السعودية إلى): the named
        // person acts, and the clause goes on after the name.
        if (!source && !objectFirst && !opener) {
          const ap = appositiveSubject(mentions, units, t1, R);
          if (ap) [source, R] = ap;
        }
        if (!source && !objectFirst && !opener) source = subjectInTrigger(mentions, t0, t1);
        // A state or a place right after سيزور is where the visit goes (إن ولي العهد سيزور الكويت، حيث سيزور فرنسا), not who visits.
        if (visitToCome && source && source.u0 > t0 && (source.country || source.isPlace || source.capital)) source = null;
        // A title of the other gender right after the verb (وطلبت السفير الإسرائيلي مغادرة البلاد) is its object: the subject
        // is omitted, and is carried below (see trackedSubject).
        if (source && source.u0 > t0 && !agreesWith(subjectForm(first), source, units)) source = null;
        // وقع الاتفاق في لندن، مساء الاثنين، X و Y: the signers after the agreement, a place and a time.
        if (!source && c === '057') {
          signers = signersAfterObject(units, mentions, t1);
          source = signers[0] ?? null;
        }
        // An imperfect verb right after a noun describes it (متظاهرين يحتجون): only past verbs take a subject before them.
        if (!source && !first.startsWith('ي')) source = before() ?? subjectBeforeAcross(units, mentions, L, t0);
        if (!source) sourceActor = pronounSubject();
      }
      // A verb with its object as a pronoun (وتتهمها، واتهمهم) has no object before it to confuse: a noun before it after a
      // preposition (قطر تقاضي السعودية أمام منظمة التجارة العالمية وتتهمها، السياسيين في العراق واتهمهم) is not its subject.
      if (source && source.u0 < t0 && PRONOUN_OBJECT.test(first) && (!opensClause(units, source, L) || (verbForm(first) === 'pl' && source.etype === 'PER'))) source = null;
      // A verb joined by و right after a noun that does not open its clause: the noun is the earlier verb's object
      // (وزار أحمد سالم الأردن وواجه احتجاجات: Jordan faced nothing); the subject is carried over below.
      if (source && source.u0 < t0 && !opener && !qad && units[t0]!.pre.startsWith('و') && !opensClause(units, source, L) && carriers.some((k) => k.u < t0)) source = null;
      // A verb joined by و to an earlier one of the same sentence, with no subject of its own, has that verb's subject
      // (إلا أن تركيا ترفض ذلك، وتتهمه بالتورط؛ زار ترامب بريطانيا وواجه احتجاجات).
      let carried = !source && !sourceActor ? carriedSubject(units, mentions, t0, carriers, trig) : null;
      // Otherwise the subject of an earlier verb of the sentence that coded nothing, or of the previous sentence's first verb.
      if (!source && !sourceActor && !carried && !c.startsWith('14')) {
        carried = trackedSubject(units, mentions, t0, trig, carryCtx);
        if (carried) carriedLower = CARRIED_CONFIDENCE_LOSS;
      }
      if (carried) source = carried;
      // طلبت asks for something: its subject comes right after it (وطلبت انعقاد مجلس الأمن: the council is what is asked for).
      if (trig.code === '020' && /^(طلب|يطلب|تطلب)/.test(first) && source && source.u0 > t1 && units.slice(t1, source.u0).some((x) => !SKIP_ADVERBS.has(x.core) && !isBoundary(x))) return null;
      // What follows the subject starts after the actors joined to it (طلبت هولندا وأستراليا من روسيا: Australia is no target).
      const subj = source && source.u0 > t0 ? coordinated(mentions, units, source, R, actorOk) : [];
      const from = source ? Math.max(subj.length ? subj[subj.length - 1]!.u1 : source.u1, t1) : t1;
      // بحث عن is searching (الشرطة تبحث عن المفقودين), not talks.
      if (c === '040' && /^[يت]?بحث/.test(first) && from < R && units[from]!.stem === 'عن') return null;
      // طالب is also "a student": after a preposition or a noun that takes one (عن طالب، سبيل طالب، أي طالب، وهو طالب) or
      // before what kind (طالب جامعي، طالب لجوء) it is no demand.
      if (first === STUDENT && !pron && !qad) {
        const prev = units[t0 - 1];
        const next = units[t1];
        if (prev && !units[t0]!.pre && (PREPS.has(prev.stem) || STUDENT_BEFORE.has(prev.core))) return null;
        if (next && STUDENT_KIND.test(next.core)) return null;
      }
      if (trig.object.length) {
        // A verb with its object (فرضت واشنطن عقوبات، رفضت إيران الخطة): the object right after the subject (and
        // the actors joined to it), what it is about right after the object.
        // A pronoun subject needs إنه/إنها/إنهم (after a bare أن the verb may be passive: بعد أن أطلق سراح عدد من المحتجزين),
        // and its speaker must be the last actor before it (قال X: «الحكومة تقول إنها أرسلت قوات» is not X sending troops).
        if (sourceActor && !source) {
          const sp = speakers[speakers.length - 1];
          if (!pron || !sp) return null;
          const lo = Math.max(sp.u, sp.mention.u1);
          if (mentions.some((m) => m.isActor && m.u0 >= lo && m.u1 <= t0 && m.actor.id !== sp.actor.id)) return null;
        }
        if (!source && !sourceActor) return null;
        if (source && !objectSourceOk(c, source)) return null;
        // A question or a condition (هل استخدمت ...؟، إذا فرضت ...) reports nothing.
        if (units.some((x) => x.tok === '?') || units.slice(Math.max(L, t0 - 4), t0).some((x) => CONDITION.has(x.stem))) return null;
        // A noun before the verb after a preposition (بعثة الأمم المتحدة في سوريا استخدم) is not its subject.
        if (source && source.u0 < t0 && source.u0 > 0 && (PREPS.has(units[source.u0 - 1]!.stem) || /[بل]/.test(units[source.u0]!.pre))) return null;
        // A subject before the verb starts its clause or follows أن/إن or a particle (أن الشرطة فتحت تحقيقا); a noun
        // right after another verb is that verb's object (وطردت السعودية السفير الكندي واستدعت سفيرها).
        if (source && source.u0 < t0 && !qad && !carried && !gov && source.u0 > L) {
          const p = units[source.u0 - 1]!;
          if (!THAT.has(p.stem) && !REPORTING_BEFORE.has(p.stem) && !KANA.has(p.stem) && !/[وف]/.test(units[source.u0]!.pre)) return null;
        }
        // A masculine past verb of three letters is spelt like its verbal noun (فرض، رفض، فتح، طرد): it reports only
        // with its subject after it and after a clause start, a conjunction or a particle; after a noun or a
        // preposition it names an act (قرار الولايات المتحدة فرض عقوبات، منذ رفض، بضرورة فتح تحقيقات).
        if (first.length === 3 && !pron && !qad && !gov) {
          const prev = units[t0 - 1];
          if (!source || source.u0 < t0) return null;
          if (t0 > L && prev && !isBoundary(prev) && !REPORTING_BEFORE.has(prev.stem) && prev.kind !== 'quote' && !/[وف]/.test(units[t0]!.pre)) return null;
          // After و, a verbal noun joined to an earlier one (مطالبها بإغلاق قناة الجزيرة وقطع قطر علاقاتها).
          if (/و/.test(units[t0]!.pre) && units.slice(Math.max(L, t0 - 6), t0).some((x) => x.kind === 'word' && /[بل]/.test(x.pre) && !PREPS.has(x.stem))) return null;
        }
        const chain = source && source.u0 > t0 ? coordinated(mentions, units, source, R, actorOk) : [];
        const oFrom = chain.length ? Math.max(chain[chain.length - 1]!.u1, t1) : t1;
        // The words skipped before the object are guessed from their spelling (الإفراج looks like a number word): the object itself wins.
        const o0 = objectAt(oFrom) ? oFrom : objectStart(units, oFrom, R);
        const o1 = o0 + trig.object.length;
        if (!objectAt(o0)) return null;
        // Mass violence is often an accusation (اتهمت ... أن النظام استخدم الأسلحة الكيماوية): talk or a claim before it, no event.
        // So is defiance of the law (قال X إن إسرائيل انتهكت القانون الدولي: X's accusation, not a reported act).
        if ((c.startsWith('20') || c === '128') && units.slice(0, t0).some((x) => TALK.has(x.stem) || TALK.has(x.core) || CLAIM.has(x.stem) || CLAIM.has(x.core))) return null;
        c = refineObject(c, units, o0, o1, R, source);
        // واجه X احتجاجات/الاعتقال: X is whom the protests or the arrest are against, not who protests or arrests.
        if (FACED.test(first)) {
          if (!source) return null;
          carry(source);
          target = source;
          participants = [source];
          source = null;
          conf = 0.7;
          break;
        }
        // A ban (فرض حظرا) or a tariff (رسوما) is a sanction only against someone (حظرا على مرور الطائرات ... إسرائيل), not a rule at home.
        const ban = c === '163' && /^(حظر|رسوم|تعريف)/.test(units[o0]!.core);
        // The object itself is the target only for envoys expelled or recalled (طردت السفير الإيراني).
        target = (c.startsWith('16') ? mentions.find((m) => m.isActor && m !== source && m.u0 >= o0 && m.u0 < o1) : undefined) ?? objectTarget(mentions, units, o1, R, c);
        if (target && source && target.actor.id === source.actor.id) target = null;
        if (c === '011') target = null;
        // Tariffs on a product (فرضت واشنطن رسوما على الصلب التركي): the product's country, from its nationality adjective.
        if (ban && !target && /^(رسوم|تعريف)/.test(units[o0]!.core)) {
          const p = productCountry(doc, units, o1, R);
          if (p && !(source && sameSide(p, source))) target = p;
        }
        // Diplomats expelled with their nationality (طرد 23 دبلوماسيا بريطانيا، طردت دبلوماسيين روسا): that country.
        if (c === '161' && !target && /^دبلوماسي/.test(units[o0]!.core)) {
          const d = demonymMention(units, o1, entityLabels(doc));
          if (d && !(source && sameSide(d, source))) target = d;
        }
        if (ban && !target) return null;
        conf = target ? 0.8 : 0.7;
        participants = chain.length ? chain : source ? [source] : [];
        if (target) participants.push(target);
        if (source) carry(source);
        break;
      }
      // An appeal's إلى introduces what is asked for, not whom: its target is the direct object only.
      if (frame === 'appeal') {
        target = firstActorAfter(mentions, units, from, R, 2);
        // The subject's own body after ل is no target (دعت المدعية العامة للمحكمة الجنائية الدولية إلى).
        if (target && /ل/.test(units[target.u0]!.pre)) target = null;
      }
      else if (frame !== 'vs') target = targetAfter(mentions, units, from, R);
      else target = targetAfterPrep(mentions, units, from, R, ['ضد', 'علي'], lex);
      // The one accused is the pronoun on the verb (وتتهمه السلطات بالارتباط بحزب العمال: the party is no target); declining
      // to comment has no target.
      if ((c === '112' && PRONOUN_OBJECT.test(first)) || c === '011') target = null;
      // حمّل X Y المسؤولية: Y, held responsible, stands right before المسؤولية (تحمّلت الحكومة المسؤولية bears it: none).
      if (c === '112' && HOLD.test(first) && !heldResponsible(units, target, from, R)) return null;
      // توسط لدى X intercedes with X for someone (توسطت كارداشيان لدى ترامب للإفراج عن سجينة): an appeal to X, not mediation.
      if (c === '045' && from < R && units[from]!.stem === 'لدي') {
        c = '020';
        target = firstActorAfter(mentions, units, from + 1, R, 2);
      }
      if (!source && !sourceActor) return null;
      if (target && source && target.actor.id === source.actor.id) target = null;
      // A visit to come is an intent to meet only with whom: a state, a person or an organisation (not a castle or a border).
      if (visitToCome && !target) return null;
      // Advice (نصح) is an appeal only to someone named: with no one advised it is a statement of opinion.
      if (frame === 'appeal' && !target && ADVISE.test(units[t0]!.core)) return null;
      if (frame === 'appeal') c = refineAppeal(units, from, R, c);
      // طالب X بالإفراج عن Y / بإطلاق سراح Y: a demand for release (1053).
      if (c === '100' && source && releaseDemanded(units, source.u0 > t0 ? from : t1, mentions, false)) c = '1053';
      // Protests need protesters (or a crowd, a named group, an organisation) as the source.
      // هدد X بمقاطعة/بفرض عقوبات ...: a threat of a boycott or sanctions (1312).
      if (c === '130' && threatOfBoycott(units, source ? Math.max(source.u1, t1) : t1, null)) c = '1312';
      // تعهد/توعد X بالرد: a vow to retaliate only when الرد carries ب and is no reply to questions (تعهد بالرد على أسئلة النواب).
      if (c.startsWith('13') && trig.words.some((w) => w.later && w.n === 'الرد') && !vowedRetaliation(units, t1)) return null;
      if (c.startsWith('14') && !protestSubjectOk(trig, c, source, units, t1, lex)) return null;
      // احتج بأن argues (واحتج المحامون بأن موكلهم ...): no protest, no objection.
      if (c.startsWith('14') && argued(first, source, units, t1)) return null;
      // A government or a state organising or joining a rally or a strike (نظمت الحكومة مسيرة) is no protest nor a complaint.
      if (c.startsWith('14') && source && (source.role === 'official' || source.country) && trig.words.some((w) => w.later)) return null;
      // A government or a state "protesting" complains officially (114), it does not demonstrate.
      if (c.startsWith('14') && source && (source.role === 'official' || source.country)) c = '114';
      // One named person or organisation that احتج objected (111): demonstrators are many.
      else if (c === '141' && source && source.actor.kind === 'entity' && OBJECTED.test(first)) c = '111';
      // احتج by a group that is not protesters objects (احتج البرازيليون على الهدف، احتج الأطباء على القرار) unless the
      // sentence says where they gathered or how many they were (احتج المزارعون أمام مبنى البرلمان).
      else if (c === '141' && source && source.role !== 'protester' && OBJECTED.test(first) && !protestSiteOrSize(lex, units, t1, R, mentions, source)) c = '111';
      if (c.startsWith('14') && !protestReadingOk(first, source, units, t0, t1, mentions)) return null;
      if (!c.startsWith('14') && source?.protestOnly) return null;
      // Repression comes from the state's side, never from protesters or victims.
      if (c.startsWith('17') && source && ['protester', 'victim', 'people'].includes(source.role)) return null;
      if (source && source.role === 'victim' && (c.startsWith('18') || c.startsWith('19'))) return null;
      // A court's أدان convicts (أدانت محكمة إسرائيلية شابا): no CAMEO criticism.
      if (c === '111' && source && source.actor.id.startsWith('agent:JUD') && /^(ادان|يدين|تدين)/.test(first)) return null;
      conf = (source || sourceActor) && target ? 0.8 : 0.7;
      if (source) participants = coordinated(mentions, units, source, R, actorOk);
      if (target) participants.push(target);
      if (signers.length) {
        target = signers[1] ?? null;
        participants = signers;
      }
      if (source && VERB_FRAMES.has(frame)) carry(source);
      break;
    }
    case 'voice': {
      // A detention told as a noun after a request, an authorisation, an accusation, a claim or "nearly" (طلب باحتجاز،
      // تصريحا باعتقال، اتهم السلطات باحتجاز، كاد أن ينتهي باعتقال) or after a denial (نفى أنباء احتجاز) did not happen, or
      // is alleged; after a condemnation or a report (ندد باعتقال، التقارير التي تفيد باعتقال) it did, and a warrant
      // (أمر باعتقال، مذكرة اعتقال) is a legal action (173) itself.
      if (VERBAL_NOUNS.has(first) && unrealisedNoun(units, L, t0)) return null;
      const m = firstActorAfter(mentions, units, t1, R, 4, actorOk);
      // Arrests and abductions are done by forces, states and organisations; killings' subjects are attackers only.
      // Deportations (174) by states, authorities, security forces and organisations only.
      const doer = (k: Mention) => (k.role === 'attacker' && c !== '174') || ((c === '173' || c === '181' || c === '174') && (k.role === 'security' || k.role === 'official' || k.etype === 'ORG' || k.country));
      // أصيب، لقي مصرعه، اغتيل: passive only, whoever is named was hit.
      const passiveOnly = PASSIVE_ONLY.has(first);
      const sp = t0 > 0 && PRONOUN_THAT.has(units[t0 - 1]!.stem) && speakers.length ? speakers[speakers.length - 1]! : null;
      if (gov && doer(gov.mention) && !passiveOnly) {
        // قررت السلطات اعتقال X: the deciding authorities arrest; the one after the noun is arrested.
        source = gov.mention;
        target = m && !m.country && !m.isPlace ? m : null;
      } else if (sp) {
        // `قالت الشرطة إنها اعتقلت ...` (the speaker did it) but `قالت نوليفار إنها اعتقلت` (she was arrested): decided by who speaks.
        const state = sp.mention.role === 'security' || sp.mention.role === 'official' || sp.mention.country;
        if (!state || passiveOnly) return null;
        sourceActor = sp.actor;
        target = m;
      } else if (m && doer(m) && !passiveOnly && !(c === '174' && VERBAL_NOUNS.has(first) && m.u0 !== t1)) {
        // ترحيل X: the doer is the genitive right after the noun (ترحيل مراسلة "التايمز": the paper is no doer).
        source = m;
        target = targetAfter(mentions, units, m.u1, R);
        // The one deported right after the doer (ترحيل مولودوفا لمدرسين ... بفتح الله غولن: Gülen is not deported).
        if (c === '174' && target && target.u0 - m.u1 > 1) target = null;
      } else if (m) {
        target = m;
      } else if (!VERBAL_NOUNS.has(first)) {
        const b = before();
        if (b && doer(b) && !passiveOnly) source = b;
        else target = b;
      }
      // A passive arrest with its doer after من قبل / على يد (تم احتجازه ... من قبل السلطات الإماراتية، جرى اعتقال X على يد قوات الأمن).
      if (c === '173' && !source && !sourceActor && !passiveOnly) {
        const by = passiveDoer(units, mentions, t1, R);
        if (by && doer(by) && by !== target) source = by;
      }
      // People are arrested or abducted, not countries or places.
      if (target && (c === '173' || c === '181' || c === '174') && (target.country || target.isPlace)) target = null;
      // رحل also means "left" or "died" (ريم بنا ترحل): a deportation needs its doer.
      if (c === '174' && !source && !sourceActor) return null;
      if (!source && !sourceActor && !target) return null;
      conf = (source || sourceActor) && target ? 0.75 : 0.6;
      if (sourceActor && target) participants = [target];
      break;
    }
    case 'nom': {
      // A protest noun as the subject of a verb of happening (اندلعت مظاهرات ... ورفع المتظاهرون شعارات): the protesters.
      if (c.startsWith('14')) {
        source = nominalProtest(units, t0, t1, mentions);
        if (!source) return null;
        participants = [source];
        break;
      }
      // A visit as a noun (زيارة الرئيس X إلى باريس، زيارة قام بها X إلى باريس): the visitor and where to.
      if (c === '042') {
        const v = nounVisit(units, mentions, t0, t1, R);
        if (!v) return null;
        [source, target] = v;
        participants = [source, target];
        conf = 0.65;
        break;
      }
      // Accusations as a noun (اتهامات الحوثيين للتحالف): the accuser in the genitive and the accused after ل.
      if (c === '112') {
        const pair = nounAccusation(units, mentions, t1, R, entityLabels(doc));
        if (!pair) return null;
        [source, target] = pair;
        participants = [source, target];
        conf = 0.7;
        break;
      }
      // Complement: the actors right after the noun (allowing adjectives), joined by و; or بين X و Y.
      if (c === '163') {
        // Sanctions as a noun phrase (العقوبات الأمريكية على قطاع النفط الإيراني): the nationality right after the
        // noun imposes them on the actor (or the nationality) right after على/ضد. Lifted, eased, threatened or asked for is none.
        const sn = nounSanction(doc, units, mentions, t0, t1, R);
        if (!sn) return null;
        [source, target] = sn;
        conf = 0.6;
        break;
      }
      const firstActor = firstActorAfter(mentions, units, t1, R, 3, actorOk);
      if (firstActor) participants = coordinated(mentions, units, firstActor, R, actorOk);
      const bayn = findBetween(units, mentions, t1, R);
      if (bayn.length) participants = bayn;
      // A meeting that brought someone together with another (لقاء جمعه مع نظيره الإيراني، اجتماع جمعها بالرئيس):
      // the pronoun is the clause's actor before the noun (وقال الوزير الروسي خلال لقاء جمعه مع ...), the other after مع/ب.
      if (c.startsWith('04') && !bayn.length && t1 < R && /^جمع(ه|ها|هم|هما)$/.test(units[t1]!.stem)) {
        const other = targetAfter(mentions, units, t1 + 1, R);
        const host = [...mentions].reverse().find((m) => m.isActor && m.u1 <= t0 && m.u0 >= L && actorOk(m));
        if (other && host && other.actor.id !== host.actor.id) participants = [host, ...coordinated(mentions, units, other, R, actorOk)];
      }
      if (c === '062') {
        // Military exercise: the countries named in the rest of its clause take part; cooperation needs two.
        // Parties are introduced: بين/مع right after the noun, حضر/شارك/بمشاركة, or the host after في.
        participants = [];
        for (let u = t1; u < Math.min(R, t1 + 24); u++) {
          const x = units[u]!;
          const near = u - t1 <= 4 && (x.stem === 'بين' || x.stem === 'مع');
          const cue = near || /^(حضر|شارك|مشارك)/.test(x.core) || x.stem === 'في';
          if (!cue) continue;
          const m = mentions.find((k) => k.u0 > u && k.u0 <= u + 2 && (k.country || k.actor.kind === 'group'));
          if (m) participants.push(...coordinated(mentions, units, m, R, (k) => k.country || k.actor.kind === 'group'));
        }
        if (uniq(participants.map((m) => m.actor)).length < 2) return null;
      }
      if ((c.startsWith('18') || c.startsWith('19')) && (namedAttack = nounAttack(units, mentions, t0, t1, L, R, doc, c))) {
        // An attack told as a noun with its attacker named (هجوم حوثي، غارات التحالف، الضربات التي نفذها التحالف).
        ({ source, target, code: c } = namedAttack);
        participants = [source!, ...namedAttack.others];
        break;
      }
      // A strike or a siege without its attacker (ضربة للاقتصاد، الحصار) is none: these nouns are attacks only with one.
      if (ATTACK_NAMED_ONLY.has(trig.text) || trig.namedOnly) return null;
      if (c.startsWith('18') || c.startsWith('19')) {
        // Attacks: attackers are sources; people hit are targets; a bare place is not an actor.
        const att = participants.find((m) => m.role === 'attacker' || m.role === 'security' || m.role === 'entity');
        const vic = participants.find((m) => m.role === 'victim' || m.role === 'people' || m.role === 'protester');
        source = att && att.role === 'attacker' ? att : null;
        target = vic ?? (att && att.role !== 'attacker' ? att : null) ?? targetAfterPrep(mentions, units, t1, R, ['ضد', 'علي'], lex);
        if (!source) {
          const shan = [...mentions].reverse().find((k) => k.isActor && k.u1 <= t0 && k.u0 >= L && (k.role === 'attacker' || k.role === 'security' || k.role === 'entity'));
          if (shan && t0 - shan.u1 <= 2) source = shan;
        }
        participants = [];
        if (!source && !target) return null;
        conf = 0.6;
        break;
      }
      // A meeting told as planned, proposed or possible (القمة المرتقبة بين، قمة مقترحة، إمكانية عقد قمة، لتنظيم اجتماع) did not happen.
      if (c.startsWith('04') && units.slice(Math.max(0, t0 - 3), Math.min(units.length, t1 + 2)).some((x) => PLANNED_MEETING.test(x.core) || (x.core === 'عقد' && /ل/.test(x.pre)))) return null;
      // Nor one after a negation or a future verb close before it (لن تستقبل لقاء القمة، وسيتبعها اجتماع).
      if (c.startsWith('04') && units.slice(Math.max(0, t0 - 4), t0).some((x) => NEG.has(x.stem) || (x.kind === 'word' && x.pre.includes('س')))) return null;
      // A meeting needs two parties, or one organisation meeting as a body (قمة الناتو).
      if (uniq(participants.map((m) => m.actor)).length < 2 && !(participants.length === 1 && participants[0]!.etype === 'ORG')) return null;
      conf = participants.length >= 2 ? 0.65 : 0.55;
      break;
    }
    case 'pass': {
      // Passive: the agreement (مذكرة، اتفاق) or fund must be in the clause; participants are its states.
      // Participants: states after بين, or the states named between the agreement (or fund) and the participle.
      const bayn = findBetween(units, mentions, t1, R);
      let head = -1;
      for (let u = t0 - 1; u >= L; u--) if (AGREEMENT.has(units[u]!.core)) { head = u; break; }
      const party = (m: Mention) => m.country || m.actor.kind === 'group' || m.etype === 'ORG';
      participants = bayn.length ? bayn : head >= 0 ? mentions.filter((m) => m.u0 > head && m.u1 <= t0 && party(m)) : [];
      if (participants.length < 2) return null;
      conf = 0.65;
      break;
    }
  }
  if (c.startsWith('14')) {
    // A protest told in the present with a future time (يعتصم العمال غدا، تتظاهر النقابات الأسبوع المقبل) is announced, not held.
    if (VERB_FRAMES.has(frame) && isImperfect(first) && futureTime(lex, units, L, R)) return null;
    // Blocking a road or setting a fire (144, 145) is a protest only when the sentence says so: a protest word or a
    // purpose outside the trigger and its subject (أغلق المتظاهرون الطريق احتجاجا على ...). Without one it tells an act
    // within a protest reported elsewhere (وذكر شهود أن متظاهرين أغلقوا الطريق أمام السيارات).
    if ((c === '144' || c === '145') && !protestTold(lex, units, t0, t1, source)) return null;
    // A rally in support (تظاهر المئات تأييدا لقرار الحكومة) is no protest, unless the sentence also says what against.
    if (units.some((x, u) => u >= t0 - 3 && u < t1 + 8 && cueMatch(lex.protestCues.get('support'), x)) && !units.some((x) => cueMatch(lex.protestCues.get('purpose'), x))) return null;
    conf = protestConfidence(lex, c, units, t0, t1, L, R, mentions, doc);

    if (conf < minProtest) return null;
  }
  // A statement's place and date are those of what is said, not of the saying.
  // Violence is often talked about rather than reported: score how concrete this mention is.
  if (c.startsWith('18') || c.startsWith('19')) {
    conf = Math.round(Math.min(0.95, violenceConfidence(units, t0, t1, frame) + (namedAttack?.told ? NAMED_ATTACKER_BONUS : 0)) * 100) / 100;
    if (conf < minViolence) return null;
  }
  // A killing, a wounding or an explosion caused by an accident (a road crash, a fire, fireworks) is no attack, nor any event.
  if (accidents && (c.startsWith('18') || c.startsWith('19') || c.startsWith('20')) && accidentCause(lex, units, t0, t1, L, R)) return null;
  let place = frame === 'say' ? null : placeOf(mentions, units, t1, R, participants) ?? namedAttack?.place ?? null;
  // التقى/اجتمع: a third location only when the place is in neither party's country.
  if (c === '044') {
    const at = meetingPlace(mentions, units, target ? Math.max(target.u1, t1) : t1, R, place);
    place = at?.actor ?? null;
    c = meetingCode(source, target, at);
  }
  const pa = uniq([...(sourceActor && !source && participants.length ? [sourceActor] : []), ...participants.map((m) => m.actor)]);
  const info = lex.codes[c] ?? lex.codes[trig.code]!;
  const srcA = source?.actor ?? sourceActor;
  // Protests and violence have a confidence of their own (how concretely the sentence reports them), with its own threshold above.
  const scored = c.startsWith('14') || c.startsWith('18') || c.startsWith('19');
  const agentsOnly = [srcA, target?.actor, ...pa].filter(Boolean).every((a) => a!.kind === 'agent');
  const confidence = Math.round(((agentsOnly && !scored ? conf - 0.1 : conf) - carriedLower) * 100) / 100;
  if (confidence < MIN_CONFIDENCE && !scored) return null;
  // A trigger matched on the whole token (فتحت, which the segmenter split as ف + تحت) starts with the token.
  const u0 = units[t0]!;
  const w0 = trig.words[0]!;
  const trigStart = u0.tok === w0.n && u0.stem !== w0.n && u0.core !== w0.c && !w0.prefix ? u0.tstart : u0.start;
  const trigEnd = units[t1 - 1]!.end;
  if (gov && srcA && source === gov.mention) carryCtx.governing.set(gov.g, srcA.id);
  return {
    start: trigStart,
    end: trigEnd,
    code: c,
    name: info.name,
    quad_class: info.quad_class,
    goldstein: info.goldstein,
    source: srcA,
    target: target?.actor ?? null,
    participants: pa,
    place,
    date: frame === 'say' ? null : pickDate(dates, trigStart),
    trigger: { start: trigStart, end: trigEnd, text: doc.text.slice(trigStart, trigEnd) },
    evidence: { start: s.start, end: s.end },
    confidence,
  };
}

// ---------------------------------------------------------------------------------------------
// Families missed on unseen articles (2): subjects carried over or standing apart, signers after the agreement, blame.

/** A coded verb's subject, kept for a verb joined to it later in the sentence. */
interface Carrier {
  u: number;
  mention: Mention;
  form: string;
}

/**
 * The doer of a passive told after `من قبل` or `على يد` in the same clause (اعتقاله من قبل قوات الأمن): the actor right after
 * it (titles and nationality adjectives may come first), or none.
 */
function passiveDoer(units: Unit[], mentions: Mention[], t1: number, R: number): Mention | null {
  for (let u = t1; u < R - 1; u++) {
    if (isBoundary(units[u]!)) return null;
    const by = (units[u]!.stem === 'من' && units[u + 1]!.stem === 'قبل') || (units[u]!.stem === 'علي' && units[u + 1]!.stem === 'يد');
    if (by) return actorAfterTitles(mentions, units, u + 2, R);
  }
  return null;
}

/** Person and number a pronoun after أن shows (إنهم plural, إنها feminine, إنه masculine), as verbForm. */
function pronounForm(stem: string): string {
  return /(هم|هما)$/.test(stem) ? 'pl' : stem.endsWith('ها') ? 'f' : 'm';
}

/** Person and number a verb form shows: plural (اتهموا، يطالبون), feminine (تتهم، اتهمت، اتهمته) or masculine. Any ت reads feminine (اتهم too): subjectForm is the finer reading used for carrying and governing. */
function verbForm(n: string): string {
  if (/(وا|ون|وه|وها|وهم)$/.test(n)) return 'pl';
  return /^ت|ت(ه|ها|هم|هما)?$/.test(n) ? 'f' : 'm';
}

/**
 * The subject of a verb joined by و to an earlier coded verb of the same sentence, when it has none of its own: the
 * earlier verb's subject, if both verbs agree in gender and number (إلا أن تركيا ترفض ذلك، وتتهمه بالتورط: Türkiye;
 * وكان ترامب قد زار بريطانيا وواجه: Trump). A verb after it with another form (قالت X ... واتهم) has another subject.
 */
function carriedSubject(units: Unit[], mentions: Mention[], t0: number, carriers: Carrier[], trig: Trigger): Mention | null {
  const joined = units[t0]!.pre.startsWith('و') || (t0 > 0 && (units[t0 - 1]!.tok === 'و' || units[t0 - 1]!.stem === 'ثم'));
  if (!joined) return null;
  // The latest coded verb of the same gender and number (قالت الخارجية إن الوزير التقى بنيتيز ... وأشادت: the ministry).
  const first = trig.words[0]!.n;
  const form = verbForm(first);
  let last: Carrier | undefined;
  for (const k of carriers) if (k.u < t0 && k.form === form && (!last || k.u > last.u)) last = k;
  if (!last) return null;
  // A coded verb of another form between them has its own subject: the reported clause's subject is then not this verb's.
  const otherBetween = carriers.some((k) => k.u > last!.u && k.u < t0 && k.form !== form);
  // A verb spelt like a noun joins nouns as often (وفرق موسيقية: bands; بعد اعتداء وتبادل لإطلاق النار), and agreeing with
  // someone (اتفق مع الصحفي) is no intent to cooperate.
  if (nounLike(first) || trig.code === '030') return null;
  const between = units.slice(last.u + 1, t0);
  // A relative clause between them (عقلية الشرطة التي لا تكترث ... وتطلب منها): the verb continues it, with its antecedent as subject.
  if (between.some((x) => RELATIVE.has(x.stem) && x.stem !== 'من')) return null;
  // Inside a quotation opened after the earlier verb (وقال: "من حق الشعب أن يعرف وينتقد"): the quotation's own subject.
  if (between.filter((x) => x.kind === 'quote').length % 2) return null;
  // A reported clause with a subject of its own between them (قالت الوكالة إن طهران استدعت ...، واتهمت): either may be meant.
  if (!otherBetween) for (let k = last.u + 1; k < t0 - 1; k++) if (THAT.has(units[k]!.stem) && !PRONOUN_THAT.has(units[k]!.stem) && mentions.some((m) => (m.isActor || m.capital) && m.u0 === k + 1)) return null;
  return last.mention;
}

/**
 * A verb form spelt like a noun: three letters not ending in a weak letter (فرق، طرد، حث; not دعا، نفى) or a تفاعل/تفعّل
 * past (تبادل، تظاهر، تجمع).
 */
function nounLike(n: string): boolean {
  return (n.length <= 3 && !/[اىي]$/.test(n)) || (/^ت.ا..$/.test(n) && !IMPERFECT_T.has(n)) || NOUN_SPELT.has(n);
}

/** واجه and its forms: a subject that faces protests or arrest (وواجه احتجاجات واسعة، يواجه الاعتقال). */
const FACED = /^(واجه|يواجه|تواجه)/;

const REPLY = wordClass('reply-to');
const CLAIM_NOUN = wordClass('claim-noun');
/** Negations that make a reported statement a denial (لم يكن هناك، ليس لديها). */
const DENIAL_NEG = new Set(['لم', 'لن', 'لا', 'ليس', 'ليست', 'غير'].map((w) => norm(w)));
/**
 * A statement that answers accusations or reports (ردا على اتهامات، في إشارة إلى اتهامات، تعليقا على تقارير) and says
 * after its verb that something was not (لم يكن هناك أطفال، لم تكن على علم): a denial.
 */
function deniesClaim(units: Unit[], t1: number): boolean {
  let reply = false;
  for (let u = 0; u < units.length && !reply; u++) {
    if (!REPLY.test(units[u]!.core)) continue;
    for (let v = u + 1; v < Math.min(units.length, u + 4); v++) if (CLAIM_NOUN.test(units[v]!.core)) reply = true;
  }
  if (reply && units.slice(t1).some((x) => DENIAL_NEG.has(x.stem) && !x.pre)) return true;
  // Or the negation denies involvement itself, evidence of it or of the accusation, or a link of one's own, in the reported
  // clause: لا تمتلك أي دليل يثبت تورط روسيا، لا يوجد دليل على هذا الاتهام، إنه لا علاقة له بالهجوم، ليس لها علاقة.
  for (let u = t1; u < units.length && !isBoundary(units[u]!); u++) {
    if (!DENIAL_NEG.has(units[u]!.stem) || units[u]!.pre) continue;
    const next = (k: number) => units.slice(u + 1, Math.min(units.length, u + 1 + k));
    const w = next(5);
    const stop = w.findIndex(isBoundary);
    const ws = stop >= 0 ? w.slice(0, stop) : w;
    if (ws.some((x) => INVOLVEMENT.test(x.core))) return true;
    const ev = ws.findIndex((x) => EVIDENCE.test(x.core));
    if (ev >= 0 && units.slice(u + 2 + ev, Math.min(units.length, u + 6 + ev)).some((x) => INVOLVEMENT.test(x.core) || CLAIM_NOUN.test(x.core))) return true;
    const own = (k: number) => !!units[k] && OWN.has(units[k]!.tok);
    if (ws.some((x, k) => LINK.test(x.core) && (own(u + 2 + k) || own(u + k)))) return true;
  }
  return false;
}
/** Involvement (تورط، ضلوع), evidence (دليل، أدلة) and a link (علاقة) after a negation: see deniesClaim. */
const INVOLVEMENT = wordClass('involvement');
const EVIDENCE = wordClass('evidence');
const LINK = /^علاق/;
const OWN = new Set(['له', 'لها', 'لهم', 'لنا', 'لي'].map((w) => norm(w)));

/** Accusation verbs with a pronoun object (اتهمه، تتهمها، اتهموهم). */
const PRONOUN_OBJECT = /^(اتهم|يتهم|تتهم).*(ه|ها|هم)$/;
/**
 * A subject before its verb opens its clause: at the clause start, or after أن/إن, كان or a particle, or with و on it
 * (ورغم أن إسرائيل تتهمها). Not after a preposition (أمام منظمة التجارة العالمية وتتهمها), nor a noun after another word,
 * which is that word's object or genitive (هاجم وسائل الإعلام وبالتحديد CNN واتهمها، فريق مولر واتهمه); a plural verb never
 * has one person as its subject (وانتقد البعض جونسون واتهموه).
 */
function opensClause(units: Unit[], m: Mention, L: number): boolean {
  if (/[بل]/.test(units[m.u0]!.pre)) return false;
  if (m.u0 <= L || /[وف]/.test(units[m.u0]!.pre)) return true;
  const p = units[m.u0 - 1]!;
  return isBoundary(p) || p.kind === 'quote' || THAT.has(p.stem) || REPORTING_BEFORE.has(p.stem) || KANA.has(p.stem);
}

/**
 * A subject before a past verb with its adjectives, a number or the place it is in between (جماعات المعارضة المسلحة الثلاث
 * في الغوطة رفضت): at most five such words, the subject at its clause's start or after a conjunction or a particle.
 */
function subjectBeforeAcross(units: Unit[], mentions: Mention[], L: number, t0: number): Mention | null {
  const m = [...mentions].reverse().find((k) => k.isActor && k.u1 <= t0 && k.u0 >= L);
  if (!m || t0 - m.u1 > 5 || t0 - m.u1 < 1) return null;
  let place = false;
  for (let u = m.u1; u < t0; u++) {
    const x = units[u]!;
    const inPlace = mentions.find((k) => k.isPlace && !k.isActor && u >= k.u0 && u < k.u1);
    if (inPlace) {
      if (!place) return null;
      u = inPlace.u1 - 1;
      continue;
    }
    if (x.stem === 'في' && !x.pre && mentions.some((k) => k.isPlace && !k.isActor && k.u0 === u + 1)) {
      place = true;
      continue;
    }
    const adjective = x.kind === 'word' && !x.pre && (x.adj || (x.stem.startsWith('ال') && x.core !== x.stem && !PREPS.has(x.stem) && !SUBJECT_GAP.has(x.stem)));
    if (!(adjective || x.kind === 'number' || NUMBER_WORD.test(x.core)) || place) return null;
  }
  return opensClause(units, m, L) ? m : null;
}

/** حمّل and its imperfect (حمّلت، يحمّل): holding someone responsible, with المسؤولية after the one held. */
const HOLD = /^(حمل|يحمل|تحمل)/;
const RESPONSIBILITY = new Set(['مسووليه', 'المسووليه'].map((w) => norm(w)));
/** The one held responsible (`target`) stands right before المسؤولية, with at most a quotation mark between. */
function heldResponsible(units: Unit[], target: Mention | null, from: number, R: number): boolean {
  if (!target || target.u0 < from) return false;
  for (let u = target.u1; u < Math.min(R, target.u1 + 2); u++) {
    const x = units[u]!;
    if (RESPONSIBILITY.has(x.stem) && !x.pre) return true;
    if (x.kind !== 'quote') return false;
  }
  return false;
}

/**
 * Signers told after the agreement (وقع الاتفاق في لندن، مساء الاثنين، مصطفى صنع الله ...، وبوب دادلي ...): right after the
 * verb an agreement noun, then a place after في, time words and at most two commas before the first signer; the others
 * joined by و after it, each within eight words of the one before (its title between). At most four.
 */
function signersAfterObject(units: Unit[], mentions: Mention[], t1: number): Mention[] {
  if (t1 >= units.length || !AGREEMENT.has(units[t1]!.core) || units[t1]!.pre) return [];
  let u = t1 + 1;
  let commas = 0;
  let first: Mention | undefined;
  while (u < units.length && u < t1 + 12) {
    const x = units[u]!;
    const m = mentions.find((k) => k.u0 === u);
    if (m && m.isActor) {
      first = m;
      break;
    }
    if (m && m.isPlace && u > 0 && units[u - 1]!.stem === 'في') {
      u = m.u1;
      continue;
    }
    if (x.kind === 'punct' && (x.tok === ',' || x.tok === '،') && ++commas <= 2) {
      u++;
      continue;
    }
    if (x.stem === 'في' || SUBJECT_GAP.has(x.stem) || SUBJECT_GAP.has(x.core) || TIME_NOW.has(x.core)) {
      u++;
      continue;
    }
    return [];
  }
  if (!first) return [];
  const out = [first];
  let cur = first;
  for (;;) {
    const next = mentions.find((k) => k.isActor && k.u0 >= cur.u1 && k.u0 <= cur.u1 + 8 && (units[k.u0]!.pre.startsWith('و') || units[k.u0 - 1]!.tok === 'و'));
    if (!next || out.length >= 4 || units.slice(cur.u1, next.u0).some((x) => x.kind === 'punct' && x.tok === '.')) break;
    if (!out.some((k) => k.actor.id === next.actor.id)) out.push(next);
    cur = next;
  }
  return out;
}

/**
 * Whom a verb with its object is about: the actor right after the object (أطلقت سراح X، طرد السفير X) or after
 * مع/على/ضد/إلى (and لدى/من for envoys, ل for aid), not after any ب or ل (بمجلس الأمن is where, not whom).
 */
function objectTarget(mentions: Mention[], units: Unit[], from: number, R: number, c: string): Mention | null {
  const direct = firstActorAfter(mentions, units, from, R, 2);
  // Not an actor joined by و (رفض الاتحاد الأوروبي الدعوة وكذا روسيا: Russia rejected it too).
  if (direct && !units.slice(from, direct.u0 + 1).some((u) => u.pre.includes('و') || u.stem === 'و')) return direct;
  // An embassy or an envoy in a state (أغلقت سفارتها في باراغواي، سحبت سفيرها في قطر): that state, for 161.
  const preps = ['مع', 'الي', 'علي', 'ضد', ...(c.startsWith('16') ? ['لدي', 'من'] : []), ...(c === '161' ? ['في'] : [])];
  for (let u = from; u < Math.min(R, from + 6); u++) {
    const x = units[u]!;
    // Not past what is said about it (رفض التحذيرات قائلا إن العلاقات مع روسيا ...: Russia is not what was rejected).
    if (THAT.has(x.stem) || /^قايل/.test(x.core)) break;
    const lam = c.startsWith('162') && x.pre.endsWith('ل') && !PREPS.has(x.stem);
    if (!preps.includes(x.stem) && !lam) continue;
    let v = lam ? u : u + 1;
    // Numbers and titles may come first (على 19 روسيا، مع الرئيس الإيراني); a word with ب or ل starts something else.
    while (v < R && v < u + 4 && !mentions.some((k) => k.u0 === v) && (units[v]!.kind === 'number' || NUMBER_WORD.test(units[v]!.core) || SUBJECT_GAP.has(units[v]!.stem))) v++;
    const m = mentions.find((k) => k.isActor && k.u0 === v && (v === u || !/[بل]/.test(units[v]!.pre)));
    if (m) return m;
  }
  return null;
}
/**
 * Sanctions (163) and accusations (112) named as nouns are often background repeated through an article (العقوبات
 * الأمريكية على إيران): one event per code family, source and target in an article. Events of these codes are recorded
 * in `told`; a nominal one (`frame` nom) already recorded is a repeat.
 */
function repeatedNominal(ev: EventSpan, frame: string, told: Set<string>): boolean {
  if (!/^(163|112)/.test(ev.code) || !ev.source || !ev.target) return false;
  const k = `${ev.code.slice(0, 3)}|${ev.source.id}|${ev.target.id}`;
  if (told.has(k)) return frame === 'nom';
  told.add(k);
  return false;
}

/**
 * A sanctions or accusation noun phrase (from the noun at `t0` to `end`) that is not told as in force or made: its sentence
 * is a question (هل تنجح العقوبات الأمريكية على إيران؟), or a modal, a future or a negated verb follows it within three
 * words (العقوبات الأمريكية على إيران قد تفرض قريبا، لن تفرض).
 */
function nominalUnreal(units: Unit[], t0: number, end: number): boolean {
  if (units.some((x) => x.tok === '?' || x.tok === '؟') || units.slice(0, t0).some((x) => x.stem === 'هل')) return true;
  for (let u = end; u < Math.min(units.length, end + 3); u++) {
    const x = units[u]!;
    // A complement starts (اتهام لندن لموسكو بمحاولة تسميم): what it says is the accusation's content, not its status.
    if (isBoundary(x) || /[بل]/.test(x.pre) || PREPS.has(x.stem)) return false;
    // قد + an imperfect is "may" (قد تفرض); + a past it is "has" (قد أضرت: the nouns are feminine, so is a past verb of them).
    const next = units[u + 1]?.stem ?? '';
    if (x.stem === 'قد' && (isImperfect(next) || (next.startsWith('ت') && !next.endsWith('ت')))) return true;
    if (x.stem === 'لن' || x.stem === 'سوف' || MODAL.has(x.core) || (x.kind === 'word' && x.pre.includes('س') && isImperfect(x.stem))) return true;
  }
  return false;
}

/** Words before a sanctions noun that make it no imposition: lifted, eased, ended, threatened, asked for or feared. */
const SANCTION_NOT = wordClass('sanction-not');

/** The country that imposes sanctions named as a noun phrase and the one it targets, from nationality adjectives and actors. */
function nounSanction(doc: Doc, units: Unit[], mentions: Mention[], t0: number, t1: number, R: number): [Mention, Mention] | null {
  if (!SANCTIONS.test(units[t0]!.core) || units[t0]!.core === 'حظر') return null;
  if (units.slice(Math.max(0, t0 - 3), t0).some((x) => SANCTION_NOT.test(x.core) || SANCTION_NOT.test(x.stem) || NEG.has(x.stem) || MODAL.has(x.core) || MODAL.has(x.stem) || (x.kind === 'word' && x.pre.includes('س') && isImperfect(x.stem)))) return null;
  const dems = layer<Demonym>(doc, 'demonyms');
  const demAt = (u: number): Mention | null => {
    const x = units[u];
    if (!x || !x.adj) return null;
    const d = dems.find((k) => k.start < x.end && k.end > x.start);
    if (!d) return null;
    return { u0: u, u1: u + 1, actor: { id: d.id, label: demonymLabel(d, entityLabels(doc)), start: x.start, end: x.end, kind: 'entity' }, isActor: true, isPlace: false, role: 'entity', country: true, etype: 'LOC', cc: demonymCountry(d) };
  };
  // The nationality right after the noun, or after one more adjective (العقوبات الاقتصادية الأمريكية); or a country, an
  // organisation or a person in the genitive (عقوبات واشنطن على موسكو، عقوبات الاتحاد الأوروبي ضد): then a target must follow.
  const src = demAt(t1) ?? (units[t1]?.kind === 'word' && !units[t1]!.pre ? demAt(t1 + 1) : null) ?? genitiveActor(units, mentions, t1, R);
  if (!src) return null;
  for (let u = src.u1; u < Math.min(R, src.u1 + 2); u++) {
    if (units[u]!.stem !== 'علي' && units[u]!.stem !== 'ضد') continue;
    const m = mentions.find((k) => (k.isActor || k.capital) && k.u0 > u && k.u0 <= u + 2);
    if (m) return sameSide(m, src) || nominalUnreal(units, t0, m.u1) ? null : [src, m];
    // On a sector of a country (على قطاع النفط الإيراني): the nationality within the next four words.
    for (let v = u + 1; v < Math.min(R, u + 5); v++) {
      const d = demAt(v);
      if (d) return d.cc === src.cc || nominalUnreal(units, t0, d.u1) ? null : [src, d];
    }
    return null;
  }
  return null;
}

/** Whether two mentions are the same actor or of the same country: no source and target of one act between them. */
function sameSide(a: Mention, b: Mention): boolean {
  return (!!a.cc && a.cc === b.cc) || a.actor.id === b.actor.id;
}

/**
 * The actor in the genitive right after a sanctions or accusation noun (عقوبات واشنطن، اتهامات موسكو): a named country,
 * capital, organisation or person with no proclitic, not a place inside a country.
 */
function genitiveActor(units: Unit[], mentions: Mention[], t1: number, R: number): Mention | null {
  if (t1 >= R || units[t1]!.pre) return null;
  // A capital in this genitive is its government (code() makes capitals no actors of nominal events).
  const m = mentions.find((k) => k.u0 === t1 && (k.isActor || k.capital) && k.actor.kind === 'entity' && (!k.isPlace || k.country || k.capital));
  return m && m.u1 < R ? m : null;
}

/** Words of a claim or an accusation before an act (ادعت، زعمت، مزاعم): what follows is alleged. */
const CLAIM = new Set(['ادعي', 'ادعت', 'يدعي', 'تدعي', 'زعم', 'زعمت', 'يزعم', 'تزعم', 'مزاعم', 'ادله', 'دليل', 'اتهامات', 'يتهم', 'تتهم', 'اتهمت', 'اتهم', 'يشتبه', 'المشتبه', 'تحقق', 'تحقيق', 'التحقيق', 'مسووليه', 'نفي', 'نفت', 'تنفي', 'ينفي'].map((w) => norm(w)));
/** Words that make a nominal meeting a plan or a possibility (المرتقبة، المزمعة، المقترحة، المقبلة، المقررة، إمكانية، احتمال، لتنظيم). */
const PLANNED_MEETING = wordClass('planned-meeting');
/** Nouns of intent before an act (عزم بلاده مقاطعة، نيتها فرض عقوبات). */
const INTENT = wordClass('intent');
/** Boycotts, sanctions and embargoes as what is threatened (مقاطعة، عقوبات، حظر). */
const BOYCOTT = wordClass('boycott');
/**
 * A boycott or sanctions threatened right after `from` (the end of the subject): with `intent`, an intent noun
 * within four words and the boycott noun within three after it (أعلن أردوغان عزم بلاده "مقاطعة")؛ without, the
 * boycott noun (or فرض + it) with ب within four words (هدد ترامب بفرض عقوبات، هددت بمقاطعة). Stops at a sentence end.
 */
function threatOfBoycott(units: Unit[], from: number, intent: RegExp | null): boolean {
  const end = Math.min(units.length, from + 8);
  for (let u = from; u < end && u < from + 4; u++) {
    const x = units[u]!;
    if (x.kind === 'punct' && x.tok === '.') return false;
    if (intent) {
      if (!intent.test(x.core)) continue;
      for (let v = u + 1; v < Math.min(end, u + 4); v++) if (BOYCOTT.test(units[v]!.core)) return true;
      return false;
    }
    if (x.pre.includes('ب') && (BOYCOTT.test(x.core) || (x.core === 'فرض' && BOYCOTT.test(units[u + 1]?.core ?? '')))) return true;
  }
  return false;
}
/** Sanctions, tariffs and embargoes as nouns (the antecedent of التي فرضتها). */
const SANCTIONS = wordClass('sanctions');
/** Prepositions that also take a verb (منذ أعلنت، حتى التقى، من قال). */
const TAKES_VERB = new Set(['منذ', 'حتي', 'من'].map((w) => norm(w)));
/** Verbs of outcome or success before عن/إلى/في/من/على (أسفر عن جرح، نجح في قتل، تمكن من خطف، أقدم على): the act after them is reported. */
const OUTCOME = wordClass('outcome');
/** An outcome or success verb in the clause before unit `p` (أسفر الهجوم أمس عن، نجح الجيش في). */
function outcomeBefore(units: Unit[], p: number): boolean {
  for (let u = p - 1; u >= Math.max(0, p - 8) && !isBoundary(units[u]!); u--) if (OUTCOME.test(units[u]!.core)) return true;
  return false;
}
/** Nouns that make the next word an adverbial adjective (بشكل قاطع، بصورة حاسمة). */
const ADVERBIAL = new Set(['بشكل', 'بصوره', 'شكل', 'صوره'].map((w) => norm(w)));
/** Particles after which an imperfect verb is a subjunctive (أن يتظاهروا، كي يضربوا): wanted or planned, not done. */
const SUBJUNCTIVE = new Set(['ان', 'كي', 'لكي', 'لكى', 'كى'].map((w) => norm(w)));
/** An imperfect verb form: ي- or a listed ت- form (تتظاهر، تحتج). */
const isImperfect = (n: string) => n.startsWith('ي') || IMPERFECT_T.has(n);
/** Conditions before a verb (إذا فرضت، لو استخدم، في حال): not an act that happened. */
const CONDITION = new Set(['إذا', 'اذا', 'لو', 'لولا', 'حال', 'ربما'].map((w) => norm(w)));

const STUDENT = norm('طالب');
const STUDENT_BEFORE = new Set(['اي', 'هو', 'سبيل', 'كل', 'مقتل', 'اعتقال', 'وفاه'].map((w) => norm(w)));
const STUDENT_KIND = wordClass('student-kind');

/** Where a verb's object starts after its subject: an adverb, a time word or the subject's nationality adjective may come first. */
function objectStart(units: Unit[], from: number, R: number): number {
  let u = from;
  while (u < R && u < from + 3 && (units[u]!.adj || units[u]!.kind === 'number' || NUMBER_WORD.test(units[u]!.core) || SKIP_ADVERBS.has(units[u]!.core) || TIME_NOW.has(units[u]!.core) || SUBJECT_TIME.has(units[u]!.stem))) u++;
  return u;
}
const SUBJECT_TIME = new Set(['امس', 'اليوم', 'الماضي', 'ايضا', 'كذلك', 'رسميا', 'مجددا', 'بدوره', 'بدورها'].map((w) => norm(w)));

/**
 * Who can yield, investigate, reject, show force, reduce relations or commit mass violence: never the
 * victims; releases, investigations, force, relations and mass violence never by civilians or
 * protesters; investigations and diplomatic measures not by gunmen.
 */
function objectSourceOk(c: string, source: Mention): boolean {
  const r = c.slice(0, 2);
  if (source.role === 'victim') return false;
  if (['08', '09', '15', '16', '20'].includes(r) && (source.role === 'people' || source.role === 'protester')) return false;
  if ((r === '09' || r === '16') && source.role === 'attacker') return false;
  return true;
}

const anyOf = (ws: string[]) => {
  const set = ws.map((w) => (w.endsWith('*') ? { p: norm(w.slice(0, -1)), pre: true } : { p: stripArticleNorm(w), pre: false }));
  return (u: Unit | undefined) => !!u && set.some((x) => (x.pre ? u.core.startsWith(x.p) || u.stem.startsWith(x.p) : u.core === x.p || u.stem === x.p));
};
const WAR_CRIME = anyOf(['جرائم']);
const RIGHTS = anyOf(['انتهاك*', 'تعذيب', 'حقوق']);
const MILITARY = anyOf(['غارة', 'غارات', 'قصف', 'ضربة', 'ضربات', 'عسكري*']);
const CRIME = anyOf(['فساد', 'اختلاس', 'رشوة', 'رشاوى', 'جريمة', 'جرائم', 'قتل', 'مقتل', 'احتيال', 'غسل', 'غسيل', 'تهريب', 'تزوير', 'اغتيال', 'اعتداء*', 'تحرش', 'اغتصاب', 'تفجير', 'هجوم', 'حادث*', 'وفاة', 'تسريب', 'اختراق', 'تلاعب', 'سرقة', 'مخالفات', 'تجاوزات']);
const POLICE = anyOf(['أمني*', 'شرطة', 'الشرطة']);
const AID_MIL = anyOf(['عسكري*']);
const AID_ECO = anyOf(['اقتصادي*', 'مالي*', 'تنموي*']);
const AID_HUM = anyOf(['إنساني*', 'انساني*', 'إغاثي*']);
const CURFEW = anyOf(['تجول', 'للتجول', 'التجول']);
const PLAN = anyOf(['خطة', 'مبادرة', 'اتفاق', 'اتفاقية', 'مقترح', 'مقترحات', 'اقتراح', 'مشروع', 'قرار', 'صفقة', 'تسوية', 'مسودة']);
const MEET = anyOf(['حوار', 'تفاوض', 'مفاوضات', 'لقاء', 'اجتماع', 'محادثات', 'زيارة', 'حضور', 'مشاركة', 'قمة', 'للحوار', 'للتفاوض', 'للقاء', 'لزيارة', 'للمشاركة', 'لحضور']);
const MEDIATION = anyOf(['وساطة']);
const RELEASE = anyOf(['إفراج', 'إطلاق', 'تسليم']);
const DEMAND = anyOf(['مطالب', 'مطلب']);
const AID = anyOf(['مساعدات', 'مساعدة', 'معونات', 'دعم']);

/** The code of a verb with its object from what the object is and what follows it (within the clause). */
function refineObject(c: string, units: Unit[], o0: number, o1: number, R: number, source: Mention | null): string {
  const after = units.slice(o1, Math.min(R, o1 + 8));
  const obj = units.slice(o0, o1);
  const has = (f: (u: Unit) => boolean, xs: Unit[] = after) => xs.some(f);
  switch (c.slice(0, 2)) {
    case '09': {
      const rest = units.slice(o1, R);
      if (rest.some((u, k) => WAR_CRIME(u) && rest[k + 1]?.core === 'حرب')) return '094';
      if (has(RIGHTS, rest)) return '092';
      if (has(MILITARY, rest)) return '093';
      if (has(CRIME, rest)) return '091';
      return '090';
    }
    case '15':
      if ((source?.actor.id.startsWith('agent:COP') || has(POLICE, after.slice(0, 3))) && (c === '152' || c === '154')) return c === '152' ? '151' : '153';
      return c;
    case '16':
      if (c === '163' && has(CURFEW, after.slice(0, 2))) return '172';
      if (c === '162') return has(AID_MIL, after.slice(0, 3)) ? '1622' : has(AID_ECO, after.slice(0, 3)) ? '1621' : has(AID_HUM, after.slice(0, 3)) ? '1623' : '162';
      return c;
    case '12':
      if (c === '121') return has(AID_MIL, after.slice(0, 3)) ? '1212' : has(AID_ECO, after.slice(0, 3)) ? '1211' : c;
      if (c === '124' && RELEASE(units[o0])) return '1243';
      if (c !== '120') return c;
      if (has(PLAN, obj)) return '127';
      if (has(MEET, obj) || (obj.some((u) => /^(دعوه|دعوات|عرض|عروض|طلب|طلبا)$/.test(u.core)) && has(MEET, after.slice(0, 4)))) return '125';
      if (has(MEDIATION, obj)) return '126';
      if (has(AID, obj) || has(AID, after.slice(0, 3))) return '122';
      // A demand or a request that is neither talks nor aid: 123.
      if (has(DEMAND, obj)) return '123';
      return '120';
  }
  return c;
}

/** How far after a gathering verb its purpose may be told (خرج آلاف الأشخاص (25 ألفا) إلى الشوارع للاحتجاج). */
const GATHER_WINDOW = 20;
/** احتج in its past and imperfect forms: objected, or argued (احتج بأن), as well as protested. */
const OBJECTED = /^(احتج|يحتج|تحتج)/;
const GATHER = new Set(['خرج', 'خرجت', 'خرجوا', 'نزل', 'نزلوا', 'تجمع', 'تجمعوا', 'يتجمعون', 'احتشد', 'احتشدوا', 'يحتشدون']);
const PROTEST_WORD = wordClass('protest-word');

/**
 * Protests need protesters: riots and blockades need protesters as the subject; generic verbs
 * (خرج، تجمع) take people (a crowd, residents, a named group) when the sentence says what for
 * after the verb (a protest word, احتجاجا على، مطالبين، هتف ...).
 */
function protestSubjectOk(trig: Trigger, c: string, source: Mention | null, units: Unit[], t1: number, lex: EventLexicon): boolean {
  if (!source) return false;
  if (source.role === 'protester') return true;
  if (c === '144' || c === '145') return false;
  const people = source.role === 'people' || source.role === 'victim' || source.role === 'entity';
  if (GATHER.has(trig.words[0]!.n)) {
    // One person who went out (خرج سليماني بخطاب) is no demonstration.
    if (source.etype === 'PER') return false;
    const purpose = lex.protestCues.get('purpose');
    return people && units.slice(t1, t1 + GATHER_WINDOW).some((u) => PROTEST_WORD.test(u.core) || cueMatch(purpose, u));
  }
  return people || source.role === 'official';
}

const WEAPON = wordClass('weapon');
const TALK = new Set(['اتهم', 'اتهمت', 'اتهام', 'مسووليه', 'اعتبر', 'اعتبرت', 'ادان', 'ادانت', 'ندد', 'نددت', 'استنكر', 'يحمل', 'حمل', 'تحقيق', 'التحقيق', 'تبنت', 'تبني', 'محاوله', 'حاول', 'حاولت', 'خطط', 'خططت', 'يخطط', 'تهديد', 'تهمه', 'بتهمه', 'ذكري', 'منذ', 'سياسه', 'فيلم', 'يمكن', 'قد', 'اشتباه', 'للاشتباه', 'مشتبه', 'حمله']);
const CASUALTY = wordClass('casualty');
const CROWD = wordClass('crowd');
/** Verbs of continuing or repeating (واصلت نفي، جددت نفيها): the noun after them names the act. */
const CONTINUE = wordClass('continue');
const TIME_NOW = new Set(['امس', 'اليوم', 'الليله', 'صباح', 'مساء', 'فجر', 'ظهر']);
/**
 * Assault and fight mentions below this confidence are dropped. Chosen on the dev part of the
 * event gold standard as the lowest value reaching precision 0.7 (docs/events.md has the sweep).
 */
export const MIN_VIOLENCE_CONFIDENCE = 0.8;
/**
 * Protest (14x) mentions below this confidence are dropped. Chosen on the dev part of the event
 * gold standard (docs/events.md has the sweep and the rule).
 */
export const MIN_PROTEST_CONFIDENCE = 0.6;
/** Any event below this confidence (e.g. one generic actor on one side only) is dropped. */
export const MIN_CONFIDENCE = 0.55;

export interface ExtractOptions {
  minViolenceConfidence?: number;
  minProtestConfidence?: number;
  /** Keep killings and explosions caused by accidents (for comparisons: what the accident rule removes). */
  keepAccidents?: boolean;
}

/** Confidence of an assault/fight mention from how concrete its sentence is (numbers, weapons, casualties, time) and whether it is only talk. */
function violenceConfidence(units: Unit[], t0: number, t1: number, frame: Frame): number {
  let c = frame === 'nom' ? 0.45 : 0.55;
  const all = units;
  let number = false, weapon = false, casualty = false, now = false, talk = false;
  for (let u = 0; u < all.length; u++) {
    const x = all[u]!;
    if (x.kind === 'number' || /^(عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|مئات|عشرات|الاف|اثنين|اثنان)/.test(x.core)) number = true;
    if (WEAPON.test(x.core)) weapon = true;
    if (CASUALTY.test(x.core)) casualty = true;
    if (TIME_NOW.has(x.core) || TIME_NOW.has(x.stem)) now = true;
    if (u < t0 && (TALK.has(x.stem) || TALK.has(x.core))) talk = true;
  }
  if (number && casualty) c += 0.15;
  if (weapon) c += 0.1;
  if (now) c += 0.1;
  if (casualty) c += 0.05;
  if (talk) c -= 0.25;
  if (t0 > 0 && THAT.has(units[t0 - 1]!.stem)) c -= 0.05;
  void t1;
  return Math.round(Math.min(0.95, c) * 100) / 100;
}

/**
 * Where a meeting took place: the place after في that `placeOf` found, when it comes before what the
 * meeting was about (اجتمع X مع Y لبحث التسوية في سورية: Syria is the topic, not the place).
 */
function meetingPlace(mentions: Mention[], units: Unit[], from: number, R: number, place: Actor | null): Mention | undefined {
  const m = place ? mentions.find((k) => k.actor === place) : undefined;
  if (!m) return undefined;
  for (let u = from; u < m.u0; u++) {
    const x = units[u]!;
    if ((x.pre.includes('ل') && x.kind === 'word') || x.stem === 'حول' || x.stem === 'بشان' || x.stem === 'عن') return undefined;
  }
  return m;
}

/** CAMEO code of a meeting (التقى، اجتمع) from where it took place: in a party's country, or a third location. */
function meetingCode(source: Mention | null, target: Mention | null, place: Mention | undefined): string {
  const at = place?.cc;
  const s = source?.cc;
  const t = target?.cc;
  if (!at || !s || !target) return '040';
  if (s === at && t === at) return '040';
  if (s === at) return '043'; // the source hosts
  if (t === at) return '042'; // the source visits
  return t ? '044' : '040';
}

/** The sentence names a protest or its purpose (a protest noun, احتجاجا، ضد، مطالبين ...) outside the trigger and the subject. */
function protestTold(lex: EventLexicon, units: Unit[], t0: number, t1: number, source: Mention | null): boolean {
  const purpose = lex.protestCues.get('purpose');
  return units.some((x, u) => (u < t0 || u >= t1) && !(source && u >= source.u0 && u < source.u1) && (PROTEST_WORD.test(x.core) || cueMatch(purpose, x)));
}

/** A time still to come in units [L, R): غدا, or المقبل/القادم right after a period word (الأسبوع المقبل، يوم الجمعة القادم). */
function futureTime(lex: EventLexicon, units: Unit[], L: number, R: number): boolean {
  const cues = lex.protestCues;
  for (let u = L; u < R; u++) {
    if (cueMatch(cues.get('future'), units[u]!)) return true;
    if (u > L && cueMatch(cues.get('coming'), units[u]!) && cueMatch(cues.get('period'), units[u - 1]!)) return true;
  }
  return false;
}

/** احتج بأن right after the verb and its subject: argued (احتج المحامون بأن ...); not احتجت بشدة (strongly). */
function argued(first: string, source: Mention | null, units: Unit[], t1: number): boolean {
  const a = source ? Math.max(source.u1, t1) : t1;
  const x = units[a];
  return OBJECTED.test(first) && !!x && x.pre.startsWith('ب') && THAT.has(x.stem);
}

/**
 * Readings of protest verbs that are no protest: تظاهر بـ (pretended), قاطع + a person
 * (interrupted), and تجمع/تظاهر right after a noun, which are the verbal nouns (حظر تجمع النشطاء: a ban on their gathering).
 */
function protestReadingOk(first: string, source: Mention | null, units: Unit[], t0: number, t1: number, mentions: Mention[]): boolean {
  const a = source ? Math.max(source.u1, t1) : t1;
  const x = units[a];
  if (/^(تظاهر|يتظاهر|تتظاهر)/.test(first)) {
    if (x && x.pre.startsWith('ب') && !mentions.some((m) => m.isPlace && m.u0 === a) && !/^(عاصمه|مدينه|مدن|شوارع|شارع|ساحه|ميدان)/.test(x.core)) return false;
  }
  if (NOUN_SPELT.has(first) && !units[t0]!.pre && t0 > 0 && nounBefore(units, t0 - 1, mentions)) return false;
  if (/^قاطع/.test(first) && mentions.some((m) => m.etype === 'PER' && m.u0 >= t1 && m.u0 <= t1 + 4)) return false;
  return true;
}

/** Verbs of a protest happening with the protest noun as their subject (اندلعت مظاهرات، خرجت مسيرة). */
const PROTEST_OCCUR = wordClass('protest-occur');
const ORGANISED = new Set(['نظمها', 'نظمتها', 'نظمه', 'نظمته'].map((w) => norm(w)));
/**
 * The actor of a protest told as a noun, the subject of a past verb of happening right before it (اندلعت مظاهرات،
 * خرجت امس مظاهرة، اندلعت في نواكشوط مظاهرات): a group in the genitive right after the noun (احتجاجات المعارضة،
 * مظاهرات الطلاب), else the protesters the sentence names (ورفع المتظاهرون شعارات); or, with no such verb, the
 * organiser after نظمتها (في تظاهرة نظمتها حركة ...). No actor, no event: a place that
 * saw protests (شهدت البصرة مظاهرات) is none. Negated or future verbs (لم تندلع، ستنطلق) report nothing, nor does a
 * definite noun, which names a protest told before.
 */
function nominalProtest(units: Unit[], t0: number, t1: number, mentions: Mention[]): Mention | null {
  // A definite noun (وجرت التظاهرة بهدوء، اندلعت المظاهرات بسبب) names a protest told before; an indefinite one reports it.
  if (units[t0]!.stem.startsWith('ال')) return null;
  const group = (m: Mention) => m.isActor && !m.country && (m.role === 'protester' || m.role === 'people' || m.role === 'victim' || m.etype === 'ORG');
  // في تظاهرة نظمتها حركة تحرير السودان: the organiser, named after نظمها/نظمتها (one adjective may come first).
  for (let u = t1; u <= t1 + 1 && u < units.length; u++) {
    if (!ORGANISED.has(units[u]!.core)) continue;
    const org = mentions.find((m) => m.u0 === u + 1 && group(m));
    if (org) return org;
  }
  // The verb after the noun, when the noun follows إن/أن or كان (إن مظاهرة عنيفة اندلعت في المنطقة، وكانت احتجاجات قد
  // بدأت); one adjective or قد between. Elsewhere a verb after an indefinite noun describes it (مظاهرات أدت إلى اشتباكات).
  const head = t0 > 0 && (THAT.has(units[t0 - 1]!.stem) || KANA.has(units[t0 - 1]!.stem));
  const after = !head ? undefined : [t1, t1 + 1].find((u) => u < units.length && PROTEST_OCCUR.test(units[u]!.core) && !units[u]!.pre && (u === t1 || !isBoundary(units[t1]!)));
  let v = t0 - 1;
  // Time words and a place after في may stand between the verb and the noun.
  for (let k = 0; k < 4 && v >= 0; k++) {
    const x = units[v]!;
    const place = mentions.find((m) => m.isPlace && v >= m.u0 && v < m.u1);
    if (place && place.u0 > 0 && units[place.u0 - 1]!.stem === 'في') v = place.u0 - 2;
    else if (TIME_NOW.has(x.stem) || SUBJECT_GAP.has(x.stem)) v--;
    else break;
  }
  if (after !== undefined) v = after;
  const verb = units[v];
  if (!verb || !PROTEST_OCCUR.test(verb.core) || /[سبل]/.test(verb.pre)) return null;
  for (let u = Math.max(0, Math.min(v, t0) - 2); u < v; u++) if (NEG.has(units[u]!.stem)) return null;
  const genitive = mentions.find((m) => m.u0 >= t1 && m.u0 <= t1 + 1 && !units[m.u0]!.pre && group(m));
  if (genitive) return genitive;
  return mentions.find((m) => m.u0 >= t1 && m.role === 'protester') ?? null;
}

/** How far after a protest verb and its subject the site is looked for. */
const SITE_WINDOW = 5;
/** After the verb: a protest site (أمام، في الشوارع، a place after في), a protest noun (بالمظاهرات) or a number of people (عشرات، 200، a crowd as the subject). */
function protestSiteOrSize(lex: EventLexicon, units: Unit[], t1: number, R: number, mentions: Mention[], source: Mention): boolean {
  if (source.actor.label.startsWith('crowd')) return true;
  // Close after the verb and its subject (احتج البرازيليون على هدف زوبر لأنه دفع اللاعب أمام المرمى: no site).
  const end = Math.min(R, Math.max(t1, source.u1) + SITE_WINDOW);
  for (let u = Math.max(0, source.u0 - 1); u < end; u++) {
    const x = units[u]!;
    if ((u >= t1 && (cueMatch(lex.protestCues.get('place'), x) || PROTEST_WORD.test(x.core))) || (u < source.u1 && (x.kind === 'number' || NUMBER_WORD.test(x.core) || (lex.agents.get(x.core) ?? []).some((a) => a.label === 'crowd')))) return true;
  }
  return mentions.some((m) => m.isPlace && m.u0 >= t1 && m.u0 < end && m.u0 > 0 && units[m.u0 - 1]!.stem === 'في');
}

/** Protest verbs spelt like their verbal nouns (تجمّع، تظاهُر). */
const NOUN_SPELT = new Set(['تجمع', 'تظاهر'].map((w) => norm(w)));
/** Particles after which a verb may follow without و/ف (بعدما تجمع، حينما تظاهر), besides REPORTING_BEFORE. */
const VERB_AFTER = new Set(['بعدما', 'حينما', 'لما', 'كلما', 'ما', 'قبلما'].map((w) => norm(w)));
/**
 * Unit `u` is a noun a verbal noun may follow in a construct (حظر تجمع، إمكانية تظاهر): a word that is no particle,
 * no time word or title (SUBJECT_GAP), no number and no part of a mention (وفي لندن تجمع حشد: a place before the verb).
 */
function nounBefore(units: Unit[], u: number, mentions: Mention[]): boolean {
  const x = units[u]!;
  if (x.kind !== 'word' || isBoundary(x)) return false;
  if (REPORTING_BEFORE.has(x.stem) || VERB_AFTER.has(x.stem) || KANA.has(x.stem) || SUBJECT_GAP.has(x.stem) || SUBJECT_GAP.has(x.core) || NUMBER_WORD.test(x.core)) return false;
  // The object of a preposition (وفي المدينة تجمع المئات) ends a phrase: the verb starts the clause.
  if (/[بل]/.test(x.pre) || (u > 0 && PREPS.has(units[u - 1]!.stem))) return false;
  return !mentions.some((m) => u >= m.u0 && u < m.u1);
}

const cueMatch = (ws: PWord[] | undefined, u: Unit) => !!ws && ws.some((w) => (w.prefix ? u.core.startsWith(w.c) || u.stem.startsWith(w.n) : u.core === w.c || u.stem === w.n || u.tok === w.n));
const KANA = new Set(['كان', 'كانت', 'كانوا']);
/** Prepositions that give a protest's own time before a year (خلال عام 2011، في 2016). */
const DURING = new Set(['خلال', 'في']);

/**
 * Confidence of a protest mention from how concretely its sentence reports one: where (a site, a
 * street, a place after في), when (yesterday, a weekday), what for (احتجاجا على، مطالبين، هتف), how
 * many; lowered when it looks back (وكان ... قد خرجوا، a year before the article's), when the
 * gathering has another purpose (a celebration, a funeral), or when it is reported after أن.
 * Blockades and fires start lower.
 */
function protestConfidence(lex: EventLexicon, code: string, units: Unit[], t0: number, t1: number, L: number, R: number, mentions: Mention[], doc: Doc): number {
  const cues = lex.protestCues;
  // Blocking a road or setting fires (144, 145) is mostly told as an act within a protest, not as its report.
  let c = code === '144' || code === '145' ? 0.5 : 0.6;
  let place = false, time = false, purpose = false, size = false, background = false, history = false, other = false;
  const pubYear = Number(String(doc.meta?.published ?? '').slice(0, 4)) || 0;
  for (let u = 0; u < units.length; u++) {
    const x = units[u]!;
    if (u >= t1 && cueMatch(cues.get('place'), x)) place = true;
    if (cueMatch(cues.get('time'), x)) time = true;
    if (u >= t1 && (cueMatch(cues.get('purpose'), x) || cueMatch(cues.get('manner'), x))) purpose = true;
    if (x.kind === 'number' || NUMBER_WORD.test(x.core) || CROWD.test(x.core)) size = true;
    if (cueMatch(cues.get('background'), x)) background = true;
    // A gathering for something else, told next to the verb (خرجوا في مظاهرات فرح، تجمعوا لاستقبال).
    if (u >= t0 - 3 && u < t1 + 8 && cueMatch(cues.get('other'), x)) other = true;
    // A year before the article's, before the verb (الحراك الذي اندلع عام 2011، حيث خرج): history, not news.
    if (pubYear && u < t0 && x.kind === 'number' && /^(1[89]|20)\d\d$/.test(x.tok) && Number(x.tok) < pubYear) history = true;
    // After the verb, the protest's own time (شارك ... خلال عام 2011، في 2016), not منذ (the largest since 2012) nor a year of
    // something else (بعد تبرئة ... خلال مهرجان الثيران عام 2016).
    if (pubYear && u > t1 && x.kind === 'number' && /^(1[89]|20)\d\d$/.test(x.tok) && Number(x.tok) < pubYear && DURING.has(units[units[u - 1]!.stem === 'عام' ? u - 2 : u - 1]?.stem ?? '')) history = true;
  }
  if (!place) place = mentions.some((m) => m.isPlace && m.u0 >= t1 && m.u0 < R && m.u0 > 0 && (units[m.u0 - 1]!.stem === 'في' || units[m.u0]!.pre.endsWith('ب')));
  // وكان آلاف الفلسطينيين قد خرجوا: a pluperfect looks back to earlier protests.
  let pluperfect = false;
  if (t0 > 0 && units[t0 - 1]!.stem === 'قد') for (let u = Math.max(L, t0 - 8); u < t0 - 1; u++) if (KANA.has(units[u]!.stem)) pluperfect = true;
  if (place) c += 0.1;
  if (time) c += 0.1;
  if (purpose) c += 0.1;
  if (size) c += 0.05;
  if (background || history) c -= 0.3;
  else if (pluperfect) c -= 0.15;
  if (other) c -= 0.2;
  if (t0 > 0 && THAT.has(units[t0 - 1]!.stem)) c -= 0.05;
  return Math.round(Math.min(0.95, c) * 100) / 100;
}

/** Phrases of `idx` in units [from, to): their unit spans. */
function findPhrases(idx: PhraseIndex, units: Unit[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let u = from; u < to; u++) {
    const x = units[u]!;
    if (x.kind !== 'word') continue;
    const cands = idx.byWord.get(x.core) ?? idx.byWord.get(x.stem);
    let best = 0;
    for (const ws of cands ?? []) best = Math.max(best, matchWords(ws, units, u, false, false));
    for (const ws of idx.prefixed) best = Math.max(best, matchWords(ws, units, u, false, false));
    if (best && u + best <= to) out.push([u, u + best]);
  }
  return out;
}

/** Words that may open a clause telling the cause after a comma (، في حادث سير، جراء حريق). */
const CAUSE_START = new Set(['في', 'جراء', 'اثر', 'بسبب', 'نتيجه', 'عقب', 'بعد', 'اثناء', 'خلال']);

/**
 * The cause of a killing, a wounding or an explosion in its clause (or in a cause clause right
 * after or before it, joined by a comma) is an accident: an accident cue (`accident-cues.tsv`)
 * nearer the trigger than any attack cue, with no attack cue right next to it (حريق متعمد).
 */
function accidentCause(lex: EventLexicon, units: Unit[], t0: number, t1: number, L: number, R: number): boolean {
  const comma = (u: Unit | undefined) => !!u && u.kind === 'punct' && (u.tok === ',' || u.tok === '،');
  const opens = (u: Unit | undefined) => !!u && (CAUSE_START.has(u.stem) || (u.pre.endsWith('ب') && u.kind === 'word'));
  let a = L;
  let b = R;
  if (comma(units[b]) && opens(units[b + 1])) b = clause(units, b + 1, b + 2)[1];
  if (a > 1 && comma(units[a - 1]) && opens(units[clause(units, a - 2, a - 1)[0]])) a = clause(units, a - 2, a - 1)[0];
  const acc = findPhrases(lex.accidentCues.accident, units, a, b);
  if (!acc.length) return false;
  const att = findPhrases(lex.accidentCues.attack, units, a, b);
  const dist = (x: [number, number], y0: number, y1: number) => (x[1] <= y0 ? y0 - x[1] : x[0] >= y1 ? x[0] - y1 : 0);
  let near = acc[0]!;
  for (const x of acc) if (dist(x, t0, t1) < dist(near, t0, t1)) near = x;
  const dAcc = dist(near, t0, t1);
  return !att.some((x) => dist(x, t0, t1) <= dAcc || dist(x, near[0], near[1]) <= 2);
}

/**
 * The actor right after ضد/على (one word, such as a title, may come first). Not when that word names an act, a trigger
 * of its own (تظاهروا ضد قصف اليمن: Yemen is what is bombed, not whom they protest against).
 */
function targetAfterPrep(mentions: Mention[], units: Unit[], from: number, R: number, preps: string[], lex: EventLexicon): Mention | null {
  for (let u = from; u < Math.min(R, from + 6); u++) {
    if (!preps.includes(units[u]!.stem)) continue;
    const m = mentions.find((k) => k.isActor && k.u0 > u && k.u0 <= u + 2) ?? null;
    if (m && m.u0 === u + 2 && matchTrigger(units, u + 1, lex)) return null;
    return m;
  }
  return null;
}

/**
 * A visit told as a noun: the visitor in the genitive (زيارة الرئيس X، titles allowed) or after قام بها
 * (زيارة قام بها X، الزيارة التي قام بها X), then إلى and where to (a state, a city or an actor). A visit after
 * ل (دعاه لزيارة: an invitation, a purpose), planned, negated or in the future is none; so is one without
 * a named visitor or destination.
 */
function nounVisit(units: Unit[], mentions: Mention[], t0: number, t1: number, R: number): [Mention, Mention] | null {
  if (/ل/.test(units[t0]!.pre)) return null;
  if (units.slice(Math.max(0, t0 - 4), Math.min(units.length, t1 + 2)).some((x) => PLANNED_MEETING.test(x.core) || NEG.has(x.stem) || (x.kind === 'word' && x.pre.includes('س') && /^[يت]/.test(x.core)))) return null;
  let k = t1;
  if (k < R && (units[k]!.stem === 'التي' || units[k]!.stem === 'الذي')) k++;
  if (k + 1 < R && /^(قام|قامت|يقوم|تقوم)$/.test(units[k]!.core) && /^بها$/.test(units[k + 1]!.tok)) k += 2;
  else if (k !== t1) return null;
  const visitor = actorAfterTitles(mentions, units, k, R);
  if (!visitor || visitor.isPlace && !visitor.isActor) return null;
  for (let u = visitor.u1; u < Math.min(R, visitor.u1 + 3); u++) {
    if (units[u]!.stem !== 'الي') continue;
    const to = mentions.find((m) => (m.isActor || m.isPlace) && m.u0 === u + 1);
    return to && to.actor.id !== visitor.actor.id ? [visitor, to] : null;
  }
  return null;
}

/** Verbs that say a meeting was held or hosted (عقدت، جرت، شهدتها، استضافتها، انعقد). */
const HELD = /^(عقد|انعقد|جر[تي]|شهد|استضاف|احتضن|التام)/;

/**
 * The subject before an imperfect verb when it opens its clause (إن السلطات تحقق في، أرامكو وتوتال توقعان): the
 * actor ending right before the verb and the actors joined to it by و, the first of them at the text's start or
 * after a sentence boundary, أن/إن or a reporting particle. After a noun or a preposition it is none
 * (دعوات تحث، بين المتظاهرين يحتجون).
 */
function clauseOpeningSubject(units: Unit[], mentions: Mention[], t0: number): Mention | null {
  let head = mentions.find((m) => m.isActor && m.u1 === t0);
  if (!head) return null;
  for (;;) {
    const h: Mention = head;
    const prev = mentions.find((k) => k.isActor && ((k.u1 === h.u0 && units[h.u0]!.pre.startsWith('و')) || (k.u1 === h.u0 - 1 && units[h.u0 - 1]!.tok === 'و')));
    if (!prev) break;
    head = prev;
  }
  // A preposition written on the first actor (لمصر); a name's own first letter (براد بيت) is none.
  const u = units[head.u0]!;
  if (/[بل]/.test(u.pre) && head.actor.start > u.tstart) return null;
  if (head.u0 === 0) return head;
  const before = units[head.u0 - 1]!;
  return isBoundary(before) || THAT.has(before.stem) || REPORTING_BEFORE.has(before.stem) ? head : null;
}

function findBetween(units: Unit[], mentions: Mention[], from: number, R: number): Mention[] {
  // A short relative clause saying where it was held may stand between the noun and بين (القمة التي عقدت في
  // سنغافورة بين X و Y، التي شهدتها سنغافورة بين); other clauses (التي ناقشت الخلافات بين) do not.
  let rel = false;
  for (let u = from; u < Math.min(R - 1, from + 2); u++) {
    if ((units[u]!.stem === 'التي' || units[u]!.stem === 'الذي') && HELD.test(units[u + 1]!.core)) rel = true;
  }
  for (let u = from; u < Math.min(R, from + (rel ? 7 : 4)); u++) {
    if (units[u]!.stem !== 'بين') continue;
    const first = mentions.find((m) => m.isActor && m.u0 === u + 1);
    if (first) return coordinated(mentions, units, first, R, (m) => m.isActor);
    // Parties with their titles (المباحثات بين رئيس الوزراء تيريزا ماي وولي العهد السعودي، الأمير محمد بن سلمان):
    // titles, nationality adjectives and one comma before a name may stand before each party.
    const titled = actorAfterTitles(mentions, units, u + 1, R);
    if (!titled) continue;
    const out = [titled];
    let cur = titled;
    for (;;) {
      let v = cur.u1;
      if (v < units.length && (units[v]!.stem === 'و' || units[v]!.tok === 'و')) v++;
      else if (!(v < units.length && units[v]!.pre.startsWith('و'))) break;
      const next = actorAfterTitles(mentions, units, v, Math.min(units.length, v + 8));
      if (!next || out.some((m) => m.actor.id === next.actor.id)) break;
      out.push(next);
      cur = next;
    }
    return out.length >= 2 ? out : [];
  }
  return [];
}

/**
 * The subject of a verb told as a title ending its clause at a comma, then the person's name (اتهم وزير الخارجية الروسي، سيرغي
 * لافروف، بريطانيا ...): the named person, if a person (not a time after the comma: دعا الرئيس، الثلاثاء، ...), and the end
 * of the clause that goes on after the name and its closing comma.
 */
function appositiveSubject(mentions: Mention[], units: Unit[], t1: number, R: number): [Mention, number] | null {
  if (R <= t1 || R >= units.length || (units[R]!.tok !== '،' && units[R]!.tok !== ',')) return null;
  // Only titles and adjectives between the verb and the comma (وزير الخارجية الأمريكي، ولي العهد السعودي).
  // A counterpart (يلتقي نظيره الأمريكي، مايك بومبيو) is the verb's object, not its subject.
  if (units.slice(t1, R).some((x) => COUNTERPART.test(x.core))) return null;
  if (!units.slice(t1, R).every((x) => SUBJECT_GAP.has(x.stem) || SUBJECT_GAP.has(x.core) || x.adj || TITLE_WORDS.has(stripArticleNorm(x.stem)))) return null;
  const [, R2] = clause(units, R + 1, R + 2);
  const m = mentions.find((k) => k.isActor && k.etype === 'PER' && k.u0 === R + 1 && k.u1 <= R2);
  if (!m) return null;
  if (!(m.u1 < units.length && (units[m.u1]!.tok === '،' || units[m.u1]!.tok === ','))) return [m, R2];
  // The closing comma goes with the name, so that what follows it (the object, the target) is read as after the subject.
  return [{ ...m, u1: m.u1 + 1 }, clause(units, m.u1 + 1, m.u1 + 2)[1]];
}

/** The words of the offices in TITLES (رئيس، الوزراء، الخارجية), article stripped. */
const TITLE_WORDS = new Set(TITLES.flatMap(([ws]) => ws));

/** The actor after titles, nationality adjectives and at most one comma from unit `from` (رئيس الوزراء تيريزا ماي). */
function actorAfterTitles(mentions: Mention[], units: Unit[], from: number, R: number): Mention | null {
  let commas = 0;
  for (let w = from; w < Math.min(R, from + 6); w++) {
    const m = mentions.find((k) => k.isActor && k.u0 === w);
    // A country right before a person is part of the person's title (رئيس الولايات المتحدة دونالد ترامب).
    const person = m?.country ? mentions.find((k) => k.isActor && k.etype === 'PER' && k.u0 === m.u1) : undefined;
    if (person) return person;
    if (m) return m;
    const x = units[w]!;
    if (x.kind === 'punct' && (x.tok === ',' || x.tok === '،') && commas++ === 0) continue;
    if (!SUBJECT_GAP.has(x.stem) && !SUBJECT_GAP.has(x.core) && !x.adj) return null;
  }
  return null;
}

function placeOf(mentions: Mention[], units: Unit[], from: number, R: number, participants: Mention[]): Actor | null {
  for (let u = from; u < R; u++) {
    if (units[u]!.stem !== 'في') continue;
    const m = mentions.find((k) => k.isPlace && (k.u0 === u + 1 || (k.u0 === u + 2 && !isBoundary(units[u + 1]!))));
    if (m && !participants.some((p) => p !== m && p.actor.id === m.actor.id && !m.country)) return m.actor;
  }
  return null;
}

function uniq(actors: Actor[]): Actor[] {
  const seen = new Set<string>();
  return actors.filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)));
}

/** One event per code and actors in a sentence (a bombing told twice is one bombing). */
function dedupe(evs: EventSpan[]): EventSpan[] {
  const seen = new Map<string, EventSpan>();
  for (const e of evs) {
    const k = `${e.code.slice(0, 2)}|${e.source?.id ?? ''}|${e.target?.id ?? ''}|${e.participants.map((p) => p.id).join(',')}`;
    const prev = seen.get(k);
    if (!prev || e.confidence > prev.confidence || (e.code.length > prev.code.length && e.confidence === prev.confidence)) seen.set(k, e);
  }
  return [...seen.values()].sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Attacks told as nouns with a named attacker (هجوم حوثي، القصف الحكومي، غارات التحالف، الضربات التي نفذها التحالف).

const ATTACK_ADJ = wordClass('attack-adjective');
const ATTACK_MEANS = wordClass('attack-means');
const ATTACK_ARMED = wordClass('attack-armed');
const ATTACK_NOT_ARMED = wordClass('attack-not-armed');
const ATTACK_AGENT_VERB = wordClass('attack-agent-verb');
const ATTACK_UNREAL = wordClass('attack-unreal');
const ATTACK_UNREAL_AFTER = wordClass('attack-unreal-after');
const ATTACK_TOLD = wordClass('attack-told');
/** Verbs of launching whose subject stands before the attack noun (شنت القوات الروسية غارات). */
const ATTACK_LAUNCH = wordClass('attack-launch');
/** Attack nouns that also name a verbal attack or a blow (هجوم على الصحافة، ضربة للاقتصاد): armed only with an armed attacker or cue. */
const AMBIGUOUS_ATTACK = wordClass('attack-ambiguous');
/** Verbs of undergoing an attack (تعرضت ناقلة نفط لهجوم): their subject is the target. */
const UNDERGO = wordClass('attack-undergo');
/** Triggers that are attacks only with their attacker named (ضربة، ضربات، حصار; ضربة جوية is an attack on its own). */
const ATTACK_NAMED_ONLY = new Set(['ضربة', 'ضربات', 'حصار']);
/** Nouns of an attack its attacker may be named with (not a killing, a kidnapping or an assassination). */
const ATTACK_NOUN = wordClass('attack-noun');
/** A bombing's genitive is what was blown up (تفجير سيارة، تفجير المسجد), not who did it. */
const BLAST_NOUN = wordClass('attack-blast');
/** Verbs of targeting after the attack noun and its attacker (يستهدف ناقلة نفط): the target follows. */
const TARGETING = wordClass('attack-targeting');
/** The head of a construct before an attack noun (عمليات قصف), looked through for what stands before it. */
const CONSTRUCT_HEAD = wordClass('attack-construct-head');
/** Words that make an attack noun after them a circumstance of something else, like a preposition (عقب، إثر، جراء). */
const CIRCUMSTANCE = wordClass('attack-circumstance');
/**
 * Confidence an attack noun gains when its attacker is named and it is told as done (added to the violence
 * confidence, which starts nominal attacks at 0.45; named but not told as done, it gains nothing): chosen on the
 * gold standard's dev half, see docs/events.md, "Attacks told as nouns".
 */
export const NAMED_ATTACKER_BONUS = 0.35;

interface NounAttack {
  source: Mention;
  /** Further attackers joined to the first (هجوم حوثي إيراني: Iran). */
  others: Mention[];
  target: Mention | null;
  place: Actor | null;
  code: string;
  /** Told as done: a verb of launching, undergoing or causing governs the noun (تعرضت لهجوم، شنت القوات غارات، جراء غارة), or follows it and its attacker (هجوم حوثي يستهدف، الضربات التي نفذها التحالف). */
  told: boolean;
}

/** Armed forces or an attacker that a trigger swallowed (قصفت الطائرات الحربية السورية: `قصفت طائرات` is the trigger): its subject. */
function subjectInTrigger(mentions: Mention[], t0: number, t1: number): Mention | null {
  return mentions.find((m) => m.u0 > t0 && m.u0 < t1 && m.u1 >= t1 && m.isActor && (m.role === 'security' || m.role === 'attacker')) ?? null;
}

/** A verb of undergoing, launching or causing before an attack noun with at most its subject between (تعرضت ناقلة نفط لهجوم، شنت القوات غارات، جراء غارة). */
function toldBefore(units: Unit[], t0: number, L: number): boolean {
  for (let u = t0 - 1; u >= Math.max(L, t0 - 6); u--) {
    const y = units[u]!;
    if (ATTACK_TOLD.test(y.core) || ATTACK_TOLD.test(y.stem)) return true;
    if (y.kind !== 'word' || PREPS.has(y.stem) || /[بلك]/.test(y.pre) || RELATIVE.has(y.stem) || THAT.has(y.stem)) return false;
  }
  return false;
}

/** The country a nationality adjective names, as an actor (الغارات الروسية → Russia). */
function demonymMention(units: Unit[], u: number, labels: Map<string, string>): Mention | null {
  const d = u < units.length ? units[u]!.dem : undefined;
  if (!d) return null;
  const x = units[u]!;
  return { u0: u, u1: u + 1, actor: { id: d.id, label: demonymLabel(d, labels), start: x.start, end: x.end, kind: 'entity' }, isActor: true, isPlace: false, role: 'entity', country: true, cc: demonymCountry(d) };
}

/** An attacker named by a word of `attackers.tsv` (حوثي، التحالف، النظام), with a nationality right after it (النظام السوري). */
function attackerWordMention(units: Unit[], u: number, where: 'nisba' | 'head', labels: Map<string, string>): Mention | null {
  const x = units[u];
  const w = x && x.kind === 'word' ? attackerWord(x.core) : undefined;
  // A head noun is definite (التحالف، النظام): in a construct it is someone else's (تحالف الطوارق) or a system (نظام الدفاع).
  if (!x || !w || w.where !== where || (where === 'head' && !x.stem.startsWith('ال'))) return null;
  const d = where === 'head' && u + 1 < units.length && !units[u + 1]!.pre ? units[u + 1]!.dem : undefined;
  const end = d ? units[u + 1]!.end : x.end;
  return {
    u0: u,
    u1: d ? u + 2 : u + 1,
    actor: { id: d ? `${w.id}:${d.id}` : w.id, label: d ? `${w.label} (${demonymLabel(d, labels)})` : w.label, start: x.start, end, kind: w.kind },
    isActor: true,
    isPlace: false,
    role: w.kind === 'entity' ? 'entity' : 'security',
    country: false,
    cc: d ? demonymCountry(d) : undefined,
  };
}

/**
 * An attack told as a noun whose attacker is named in the noun phrase (CAMEO 18x/19x; the code is the trigger's,
 * 190 for an attack by a state or armed forces):
 * - a nationality or another attacker adjective after the noun and its adjectives (هجوم حوثي إيراني، القصف الجوي
 *   الحكومي المكثف، الغارات الروسية), or after a means (قصف المدفعية التركية);
 * - a genitive: armed forces, gunmen, militants, an organisation, the coalition or the regime (غارات التحالف، قصف
 *   قوات النظام، هجمات للتحالف), a state only with its target after it (قصف إسرائيل لغزة);
 * - an agent verb (الضربات الجوية التي نفذها التحالف، هجوم شنه تنظيم داعش، الحصار الذي تفرضه), or من / من قبل
 *   (حصار من الجيش السوري).
 * The target: the actor after على/ضد or a verb of targeting (يستهدف ناقلة نفط سعودية), or the subject of a verb of
 * undergoing (تعرضت ناقلة نفط سعودية لهجوم حوثي); a place there is the place.
 * None when the attack is threatened, planned, prevented, denied, alleged, ended, asked about or in a condition
 * (`attack-unreal` before it, `attack-unreal-after` after it), negated, in a year before the article's, or, for a
 * noun that also names a verbal attack (هجوم، ضربة), not armed (no armed attacker, weapon, casualty or armed adjective).
 */
function nounAttack(units: Unit[], mentions: Mention[], t0: number, t1: number, L: number, R: number, doc: Doc, code: string): NounAttack | null {
  // Killings, kidnappings and assassinations (مقتل جندي، اختطاف جنود، اغتيال الشيخ) take their victim in the genitive: attacks only.
  const noun = units[t0]!.core;
  if (!ATTACK_NOUN.test(noun)) return null;
  const labels = entityLabels(doc);
  for (let u = Math.max(L, t0 - 6); u < t0; u++) {
    const x = units[u]!;
    // A short word the segmenter left whole keeps its و (وفك الحصار).
    const bare = x.pre ? x.core : x.core.replace(/^[وف]/, '');
    if (ATTACK_UNREAL.test(x.core) || ATTACK_UNREAL.test(x.stem) || ATTACK_UNREAL.test(bare) || CONDITION.has(x.stem) || (u >= t0 - 4 && NEG.has(x.stem))) return null;
  }
  if (units.some((x) => x.tok === '?')) return null;
  const pubYear = Number(String(doc.meta?.published ?? '').slice(0, 4)) || 0;
  // A year before the article's (without a date, any year after عام) tells history.
  const year = (u: number) => units[u]!.kind === 'number' && /^(1[89]|20)\d\d$/.test(units[u]!.tok);
  if (units.some((x, u) => year(u) && (pubYear ? Number(x.tok) < pubYear : u > 0 && /^(عام|العام)$/.test(units[u - 1]!.stem)))) return null;
  let p = t1;
  while (p < R && p < t1 + 3 && !units[p]!.pre && !units[p]!.dem && ATTACK_ADJ.test(units[p]!.core)) p++;
  for (let u = t1; u < Math.min(R, t1 + 4); u++) if (ATTACK_UNREAL_AFTER.test(units[u]!.core) || ATTACK_NOT_ARMED.test(units[u]!.core)) return null;
  if (p >= R) return null;
  const at = (u: number) => mentions.find((m) => m.u0 === u && m.isActor && (m.country || !m.isPlace)) ?? null;
  const armedRole = (m: Mention) => m.role === 'attacker' || m.role === 'security';
  const nisba = (u: number) => (u < R && !units[u]!.pre ? demonymMention(units, u, labels) ?? attackerWordMention(units, u, 'nisba', labels) : null);
  let src: Mention | null = null;
  let byAgent = false;
  const x = units[p]!;
  // A nationality or an attacker adjective (هجوم حوثي، الغارات الروسية).
  src = nisba(p);
  // A means, then its owner (قصف المدفعية التركية، غارات طائرات التحالف، قصف قوات النظام).
  if (!src && !x.pre && ATTACK_MEANS.test(x.core) && p + 1 < R) {
    const m = at(p + 1);
    src = nisba(p + 1) ?? attackerWordMention(units, p + 1, 'head', labels) ?? (m && !units[p + 1]!.pre && (m.role === 'entity' || armedRole(m)) ? m : null);
  }
  // A genitive (غارات التحالف، هجمات للتحالف، قصف الجيش السوري); a state only with its target after it (قصف إسرائيل لغزة).
  if (!src && (!x.pre || x.pre === 'ل') && !BLAST_NOUN.test(noun)) {
    const m = at(p);
    const w = attackerWordMention(units, p, 'head', labels);
    if (w) src = w;
    else if (m && (armedRole(m) || (!x.pre && m.etype === 'ORG'))) src = m;
    else if (m && !x.pre && m.country) {
      const next = units[m.u1];
      if (next && (next.pre.includes('ل') || next.stem === 'علي' || next.stem === 'ضد')) src = m;
    }
  }
  // An agent verb (الضربات التي نفذها التحالف، هجوم شنه تنظيم داعش)، قام بها X، من X / من قبل X (حصار من الجيش السوري).
  if (!src) {
    let v = p;
    if (RELATIVE.has(units[v]!.stem) && units[v]!.stem !== 'من') v++;
    let a = -1;
    if (v < R && ATTACK_AGENT_VERB.test(units[v]!.core)) a = v + 1;
    else if (v + 1 < R && /^(قام|قامت)$/.test(units[v]!.core) && /^(به|بها)$/.test(units[v + 1]!.stem)) a = v + 2;
    else if (v === p && x.stem === 'من' && !x.pre) a = units[p + 1]?.stem === 'قبل' ? p + 2 : p + 1;
    if (a >= 0 && a < R) {
      const m = at(a);
      const w = attackerWordMention(units, a, 'head', labels);
      const fromOnly = a <= p + 1 && x.stem === 'من';
      src = w ?? (m && !units[a]!.pre && (!fromOnly || armedRole(m) || m.etype === 'ORG') ? m : null);
      byAgent = !!src;
    }
  }
  // A verb of launching before the noun with its subject between (شنت القوات الروسية غارات على إدلب): the subject attacked.
  if (!src) {
    const m = mentions.find((k) => k.u1 === t0 && k.u0 > L && k.isActor && (k.country || !k.isPlace));
    if (m && !units[m.u0]!.pre && ATTACK_LAUNCH.test(units[m.u0 - 1]!.core) && (armedRole(m) || m.country || m.etype === 'ORG')) src = m;
  }
  if (!src || src.role === 'victim' || src.role === 'people' || src.role === 'protester') return null;
  // Attackers joined to the first (هجوم حوثي إيراني).
  const others: Mention[] = [];
  let e = src.u1;
  while (e < R && !byAgent) {
    const m = units[e]!.pre === 'و' ? demonymMention(units, e, labels) ?? attackerWordMention(units, e, 'nisba', labels) : nisba(e);
    if (!m) break;
    others.push(m);
    e = m.u1;
  }
  // A noun that also names a verbal attack or a blow is armed only with an armed attacker, a weapon, a casualty or an armed adjective.
  if (AMBIGUOUS_ATTACK.test(noun) && !armedRole(src) && !attackerWord(units[src.u0]!.core)) {
    // A strike on someone (الضربات الأمريكية على سوريا) is armed: a blow is dealt to (ل) someone.
    // So is an attack on a town or a region (الهجوم التركي على عفرين): a verbal attack is on someone.
    const on = units.slice(e, Math.min(R, e + 2)).findIndex((y) => y.stem === 'علي' || y.stem === 'ضد');
    const onPlace = on >= 0 && mentions.some((m) => m.u0 === e + on + 1 && m.isPlace && !m.country && !m.capital);
    const strikeOn = on >= 0 && (onPlace || /^ضرب/.test(noun));
    const cue = strikeOn || units.some((y) => WEAPON.test(y.core) || CASUALTY.test(y.core)) || units.slice(t1, p).some((y) => ATTACK_ARMED.test(y.core));
    if (!cue) return null;
  }
  // The target and the place.
  let target: Mention | null = null;
  let place: Actor | null = null;
  const take = (u0: number) => {
    for (let u = u0; u < Math.min(R, u0 + 4); u++) {
      const m = mentions.find((k) => k.u0 === u && (k.isActor || k.isPlace));
      if (m) return m;
      const d = demonymMention(units, u, labels);
      if (d) return d;
      if (isBoundary(units[u]!) || PREPS.has(units[u]!.stem)) break;
    }
    return null;
  };
  for (let u = e; u < Math.min(R, e + 4) && !target && !place; u++) {
    const y = units[u]!;
    let m: Mention | null = null;
    if (y.stem === 'علي' || y.stem === 'ضد' || TARGETING.test(y.core)) m = take(u + 1);
    else if (u === e && y.pre.includes('ل') && y.kind === 'word') m = take(u);
    if (!m) continue;
    if (m.isPlace && !m.country && !m.capital) place = m.actor;
    else if (m.isActor) target = m;
  }
  if (!target && units[t0]!.pre.includes('ل')) {
    for (let u = t0 - 1; u >= Math.max(L, t0 - 6); u--) {
      if (!UNDERGO.test(units[u]!.core)) continue;
      for (let k = u + 1; k < t0 && !target; k++) target = mentions.find((m) => m.u0 === k && m.isActor && !m.capital) ?? demonymMention(units, k, labels);
      break;
    }
  }
  if (target && (target.actor.id === src.actor.id || others.some((o) => o.actor.id === target!.actor.id))) target = null;
  // A nationality adjective alone (الغارة السورية) names either side: the strike by Syria or the strike on Syria. It is the
  // attacker only when the other side is named after على/ضد/في (الغارات الروسية على إدلب، الغارة الإسرائيلية في سوريا), a
  // verb of launching, undergoing or causing governs the noun (شنت ... غارات روسية، قتلوا جراء ضربة أميركية), or the attack
  // targets or causes something (below).
  if (src.u0 === p && units[p]!.dem && !target && !place && !toldBefore(units, t0, L)) {
    let other = false;
    for (let u = e; u < Math.min(R, e + 3) && !other; u++) if (units[u]!.stem === 'في' && !units[u]!.pre) other = !!take(u + 1);
    // Or the attack is the subject of what it targeted or caused (غارة جوية إسرائيلية استهدفت منطقة، القصف التركي قتل 43 شخصا،
    // الضربة الإسرائيلية أدت إلى تدمير).
    if (!other && e < R && (TARGETING.test(units[e]!.core) || CASUALTY.test(units[e]!.core) || OUTCOME.test(units[e]!.core))) other = true;
    if (!other) return null;
  }
  const state = src.country || src.role === 'security' || src.actor.id.startsWith('agent:MIL') || units[src.u0]!.core === 'جيش';
  // Told as done: a verb before the noun with at most its subject between (تعرضت ناقلة نفط سعودية لهجوم، شنت القوات الروسية
  // غارات، قتلوا جراء ضربة) or a verb right after the attacker (هجوم حوثي يستهدف ناقلة، الضربات التي نفذها التحالف).
  let told = toldBefore(units, t0, L);
  // After a preposition (بعد الهجوم الذي نفذه مسلحون، قتلوا في ضربات شنتها) the attack is a circumstance of something else.
  // The head of a construct is looked through (اثر عمليات قصف قامت بها القوات).
  const h = t0 > 1 && CONSTRUCT_HEAD.test(units[t0 - 1]!.core) ? t0 - 1 : t0;
  const prep = h > 0 && (PREPS.has(units[h - 1]!.stem) || CIRCUMSTANCE.test(units[h - 1]!.stem) || /[بلك]/.test(units[h]!.pre));
  if (!prep && (byAgent || (e < R && ATTACK_TOLD.test(units[e]!.core)))) told = true;
  return { source: src, others, target, place, code: code === '180' && state ? '190' : code, told };
}

// ---------------------------------------------------------------------------------------------
// Actors carried across clauses and sentences (docs/events.md, section of that name).

/** A verb of a sentence with its explicit subject right after it: a trigger's verb or one of SUBJECT_VERBS. */
interface Tracked {
  /** The verb's first and past-last units. */
  u: number;
  u1: number;
  mention: Mention;
  /** verbForm of the verb: 'm', 'f' or 'pl'. */
  form: string;
  /** The sentence's main subject: nothing actor-like before the verb and no quotation in the sentence. */
  lead: boolean;
}

/** What code() may carry a subject from when its verb has none: this sentence's tracked verbs, and the previous sentence's main subject. */
interface CarryContext {
  tracked: Tracked[];
  previous: () => Tracked | null;
  /** Governing verbs (their unit) whose verbal noun complement was coded as an act, with that act's source id (see governedSubject). */
  governing: Map<number, string>;
}

/** An event whose source was carried from another verb (trackedSubject) is a little less sure than one with its subject named. */
const CARRIED_CONFIDENCE_LOSS = 0.05;

/**
 * Past verbs that code no event but name their subject right after them (أعرب، وصف، أكد، وصل ...), normalised, with the
 * feminine ت; وصف and اعتبر also with an object pronoun (ووصفه ترامب بأنه).
 */
const SUBJECT_VERBS = new Set(
  ['أعرب', 'وصف', 'أكد', 'أشار', 'أوضح', 'أضاف', 'اعتبر', 'رأى', 'شدد', 'لفت', 'نوه', 'وصل', 'توجه', 'غادر', 'عاد', 'ترأس', 'أبدى', 'جدد', 'تلقى', 'قرر', 'اختتم']
    .map((w) => norm(w))
    .flatMap((w) => [w, w.endsWith('ي') ? w.slice(0, -1) + 'ت' : w + 'ت'])
    .flatMap((w) => (/^(وصف|اعتبر)/.test(w) ? [w, w + 'ه', w + 'ها', w + 'هم'] : [w])),
);
/** Words after which a verb still opens its clause (كما أعلن، ثم التقى، بعد أن قطعت السعودية). */
const CLAUSE_OPENERS = new Set(['و', 'ثم', 'كما', 'فيما', 'بينما', 'حيث', 'قد', 'ان']);
/** Words that join a verb to an earlier one of its sentence. */
const JOINERS = new Set(['و', 'ثم', 'كما', 'فيما']);

/**
 * The verbs of a sentence that open their clause and have an explicit subject right after them (only titles, adverbs
 * and time words between), whether or not they code an event: the trigger verbs of `hits` and SUBJECT_VERBS. Not a
 * negated verb, a future, or one in a relative clause.
 */
function trackSubjects(units: Unit[], mentions: Mention[], hits: { trigger: Trigger; at: number; len: number }[]): Tracked[] {
  const verbs = new Map<number, number>();
  for (const h of hits) if (VERB_FRAMES.has(h.trigger.frame) && h.trigger.frame !== 'voice' && !VERBAL_NOUNS.has(h.trigger.words[0]!.n)) verbs.set(h.at, h.at + h.len);
  for (let u = 0; u < units.length; u++) if (units[u]!.kind === 'word' && SUBJECT_VERBS.has(units[u]!.stem) && !verbs.has(u)) verbs.set(u, u + 1);
  const quotation = units.some((x) => x.kind === 'quote');
  const out: Tracked[] = [];
  for (const [u, u1] of [...verbs].sort((a, b) => a[0] - b[0])) {
    const x = units[u]!;
    if (x.pre.includes('س') || /[بل]/.test(x.pre)) continue;
    const prev = u > 0 ? units[u - 1]! : undefined;
    if (prev && !/^[وف]/.test(x.pre) && !isBoundary(prev) && !CLAUSE_OPENERS.has(prev.stem)) continue;
    if (prev && RELATIVE.has(prev.stem)) continue;
    let negated = false;
    for (let k = Math.max(0, u - 2); k < u; k++) if (NEG.has(units[k]!.stem)) negated = true;
    if (negated) continue;
    const [, R] = clause(units, u, u1);
    const m = firstActorAfter(mentions, units, u1, R, 4, (k) => k.isActor && !k.protestOnly, true);
    if (!m || !agreesWith(subjectForm(x.stem), m, units)) continue;
    const lead = !quotation && !mentions.some((k) => (k.isActor || k.capital) && k.u0 < u);
    out.push({ u, u1, mention: m, form: subjectForm(x.stem), lead });
  }
  return out;
}

/** A sentence's main subject, for the sentence after it: the subject of its first verb when nothing actor-like comes before it. */
function mainSubject(tracked: Tracked[]): Tracked | null {
  const t = tracked[0];
  return t && t.lead ? t : null;
}

/**
 * The subject of a verb with none of its own, when carriedSubject (coded verbs only) found none:
 * 1. joined by و/ثم/كما/فيما to an earlier verb of the sentence with an explicit subject, even one that coded no event
 *    (وأعربت روسيا عن قلقها ... ودعت الطرفين إلى: Russia), when the nearest such verb has the same gender and number;
 * 2. at the opening of its sentence (after و/ف/كما/ثم), with no verb before it: the previous sentence's main subject
 *    (see mainSubject), same paragraph, same gender and number, no quotation in either.
 * Never into a relative clause or a quotation, never past a reported clause with its own subject (إن X ...).
 * The mention from the previous sentence is placed at the verb (u0 = u1 = t0): nothing after the verb is its subject.
 */
function trackedSubject(units: Unit[], mentions: Mention[], t0: number, trig: Trigger, ctx: CarryContext): Mention | null {
  const first = trig.words[0]!.n;
  // A verb spelt like a noun (فرق، طرد) joins nouns as often, unless a preposition follows it (وهدد بفرض); a feminine past
  // of a weak verb (دعت، نفت) is no noun.
  const next = units[t0 + trig.words.length];
  const verbal = /^..ت$/.test(first) || (next !== undefined && (/[بل]/.test(next.pre) || PREPS.has(next.stem)));
  if ((nounLike(first) && !verbal) || trig.code === '030' || VERBAL_NOUNS.has(first)) return null;
  const x = units[t0]!;
  if (/[بلس]/.test(x.pre)) return null;
  const form = subjectForm(first);
  let near: Tracked | undefined;
  for (const k of ctx.tracked) if (k.u1 <= t0 && k.mention.u1 <= t0 && (!near || k.u > near.u)) near = k;
  if (near) {
    const joined = x.pre.startsWith('و') || (t0 > 0 && JOINERS.has(units[t0 - 1]!.stem));
    if (!joined || near.form !== form) return null;
    const between = units.slice(near.mention.u1, t0);
    if (between.some((b) => RELATIVE.has(b.stem) && b.stem !== 'من')) return null;
    if (!shortQuotes(between)) return null;
    for (let k = near.mention.u1; k < t0 - 1; k++) if (THAT.has(units[k]!.stem) && mentions.some((m) => (m.isActor || m.capital) && m.u0 === k + 1)) return null;
    return near.mention;
  }
  // The sentence opens with this verb: only و/ف on it, or كما/ثم/و before it.
  if (x.pre && !/^[وف]$/.test(x.pre)) return null;
  for (let k = 0; k < t0; k++) if (!JOINERS.has(units[k]!.stem)) return null;
  // (so no quotation stands between the previous sentence, whose main subject has none, and this verb)
  const main = ctx.previous();
  if (!main || main.form !== form) return null;
  return { ...main.mention, u0: t0, u1: t0 };
}

/**
 * Whether the quotation marks among `between` only close short quoted phrases (ووصفه ترامب بأنه "أسوأ اتفاق"، وهدد): none
 * left open, each quoted phrase at most QUOTED_PHRASE words. A longer quotation has its own speaker's sentences.
 */
const QUOTED_PHRASE = 8;
function shortQuotes(between: Unit[]): boolean {
  let open = -1;
  for (let k = 0; k < between.length; k++) {
    if (between[k]!.kind !== 'quote') continue;
    if (open < 0) open = k;
    else if (k - open - 1 > QUOTED_PHRASE) return false;
    else open = -1;
  }
  return open < 0;
}

/**
 * Whether a person or an office after a verb can be its subject by gender: a feminine verb (اعتبرت) does not take a
 * definite masculine title (السفير الكندي: its object, the subject being omitted), nor a masculine verb a feminine one
 * (الرئيسة). Other actors (states, organisations, groups: الأمم المتحدة takes a feminine verb), names without a title and
 * plurals are not judged.
 */
function agreesWith(form: string, m: Mention, units: Unit[]): boolean {
  if (form === 'pl' || m.country) return true;
  // Judged on a title only: an office's, or one standing before a person's name (a name may start with ال: ألكسندريا).
  const titled = m.actor.id.startsWith('office:') || (m.etype === 'PER' && m.actor.start > units[m.u0]!.tstart);
  if (!titled) return true;
  const head = units[m.u0]!.stem;
  if (!head.startsWith('ال')) return true;
  const feminine = /(ه|ات)$/.test(head);
  return form === 'f' ? feminine : !feminine;
}

/** Masculine pasts whose root ends in ت (لفت، ثبت), not a feminine ending. */
const T_ROOT = new Set(['لفت', 'ثبت', 'سكت', 'صوت', 'بات', 'مات', 'افلت'].map((w) => norm(w)));
/**
 * Gender and number of a verb for carrying its subject ('m', 'f', 'pl'), like verbForm but reading a past ending in ت
 * only when letters remain before it (اتهم is masculine: its ت is the root's, not a feminine ending with هم), and a
 * verb starting with ت as feminine only when it is a known imperfect (تتهم، تطالب): a four-letter one is a تفعّل past
 * (توعد، تلقى).
 */
function subjectForm(n: string): string {
  // Plurals as verbForm reads them; the two readers differ only on a ت (verbForm's reading stays for carriedSubject,
  // whose output it decides).
  if (verbForm(n) === 'pl') return 'pl';
  const bare = n.replace(/(ه|ها|هم|هما)$/, '');
  if (T_ROOT.has(n) || T_ROOT.has(bare)) return 'm';
  // (A past ending in ت has no pronoun to strip, so `bare` is the verb itself.)
  if (bare.endsWith('ت') && bare.length >= 3) return 'f';
  if (n.startsWith('ت')) return IMPERFECT_T.has(n) || n.length > 5 ? 'f' : 'm';
  return 'm';
}

// ---------------------------------------------------------------------------------------------
// Acts told as a verbal noun after a deciding or starting verb (docs/events.md, section of that name).

/**
 * Verbs whose direct complement may be the verbal noun of an act their subject does (قررت واشنطن فرض عقوبات، أعلنت روسيا
 * طرد دبلوماسيين، بدأت القوات سحب جنودها، واصلت إسرائيل قصف غزة): deciding, announcing, starting, resuming and continuing.
 * Past forms only, except the continuing verbs (تواصل إسرائيل قصف غزة reports what goes on). Not intent or threat verbs
 * (يعتزم، هدد، تعهد، توعد: 03x/13x).
 */
const GOVERNING_PAST = new Set(
  ['قرر', 'قررت', 'قرروا', 'أقر', 'أقرت', 'أقروا', 'أعلن', 'أعلنت', 'أعلنوا', 'بدأ', 'بدأت', 'بدأوا', 'بدؤوا', 'شرع', 'شرعت', 'شرعوا',
    'واصل', 'واصلت', 'واصلوا', 'استأنف', 'استأنفت', 'استأنفوا'].map((w) => norm(w)),
);
const GOVERNING_IMPERFECT = new Set(['يواصل', 'تواصل', 'يواصلون'].map((w) => norm(w)));
/** Words that may stand between the subject and the verbal noun: إعادة (re-: قررت واشنطن إعادة فرض)، في after شرع/بدأ، عن after أعلن. */
const GOVERNED_LINK = new Set(['اعاده', 'في', 'عن'].map((w) => norm(w)));
/** Verbal nouns spelt unlike their verb, triggers only as such a complement (قررت الحكومة استدعاء سفيرها). */
const GOVERNED_ONLY = new Set(['استدعاء'].map((w) => norm(w)));

interface Governed {
  /** The governing verb's unit. */
  g: number;
  mention: Mention;
}

/**
 * The subject of a governing verb whose direct complement is the verbal noun at `t0`: the verb, then its subject (found as
 * a vso subject: titles, adverbs and time words may stand between), then (إعادة) the noun. Not when the governing verb is
 * negated, future, after a modal, a condition or a relative pronoun, or an imperfect after أن; nor when the verb and the
 * subject differ in gender (a title of the other gender is the verb's object). `ok` accepts a capital, which is the
 * government as the subject of a verb of deciding.
 */
function governedSubject(units: Unit[], mentions: Mention[], t0: number): Governed | null {
  if (units[t0]!.pre) return null;
  let end = t0;
  while (end > 0 && (GOVERNED_LINK.has(units[end - 1]!.stem) || SKIP_ADVERBS.has(units[end - 1]!.core)) && !units[end - 1]!.pre && t0 - end < 2) end--;
  // في only after شرع/بدأ (شرعت السلطات في هدم)، عن only after أعلن (أعلن المغرب عن قطع علاقاته): checked below with the verb.
  const ok = (m: Mention) => m.isActor || !!m.capital;
  // The last actor ending right at `end`, and the first of the actors joined to it.
  const last = mentions.find((m) => m.u1 === end && ok(m));
  if (!last) return null;
  const first = mentions.find((k) => ok(k) && k.u0 <= last.u0 && k.u0 >= last.u0 - 8 && coordinated(mentions, units, k, t0, ok).includes(last)) ?? last;
  // The governing verb before the subject, with only titles, adverbs and time words between.
  let g = -1;
  for (let u = first.u0 - 1; u >= Math.max(0, first.u0 - 5); u--) {
    const x = units[u]!;
    if (x.kind !== 'word' || isBoundary(x)) return null;
    const v = x.stem;
    if (GOVERNING_PAST.has(v) || GOVERNING_IMPERFECT.has(v) || GOVERNING_PAST.has(x.tok) || GOVERNING_IMPERFECT.has(x.tok)) {
      g = u;
      break;
    }
  }
  if (g < 0) return null;
  const gv = units[g]!;
  const verb = GOVERNING_PAST.has(gv.stem) || GOVERNING_IMPERFECT.has(gv.stem) ? gv.stem : gv.tok;
  // Only a conjunction on the verb (وقررت، فقررت): not س (future), not ل (purpose).
  if (gv.pre && !/^[وف]+$/.test(gv.pre)) return null;
  if (firstActorAfter(mentions, units, g + 1, end, 5, ok, true) !== first) return null;
  if (end < t0 && units.slice(end, t0).some((x) => x.stem === 'في') && !/^(شرع|بدا)/.test(verb)) return null;
  if (end < t0 && units.slice(end, t0).some((x) => x.stem === 'عن') && !/^اعلن/.test(verb)) return null;
  // Negated, modal, conditional, in a relative clause, or a subjunctive (أن تواصل).
  for (let u = Math.max(0, g - 3); u < g; u++) {
    const x = units[u]!;
    if (isBoundary(x)) continue;
    if ((u >= g - 2 && NEG.has(x.stem)) || MODAL.has(x.core) || MODAL.has(x.stem) || CONDITION.has(x.stem)) return null;
  }
  if (g > 0 && (RELATIVE.has(units[g - 1]!.stem) || (GOVERNING_IMPERFECT.has(verb) && SUBJUNCTIVE.has(units[g - 1]!.stem)))) return null;
  if (!agreesWith(subjectForm(verb), first, units)) return null;
  return { g, mention: first };
}

/**
 * The country of a product after على (رسوما على الصلب التركي، على واردات الألمنيوم الصيني): the nationality adjective within
 * four words after على, when على comes within two words of `from`.
 */
function productCountry(doc: Doc, units: Unit[], from: number, R: number): Mention | null {
  for (let u = from; u < Math.min(R, from + 3); u++) {
    if (units[u]!.stem !== 'علي') continue;
    for (let v = u + 1; v < Math.min(R, u + 5); v++) {
      const x = units[v]!;
      if (isBoundary(x) || (v > u + 1 && PREPS.has(x.stem))) return null;
      if (x.adj && x.dem) return demonymMention(units, v, entityLabels(doc));
    }
    return null;
  }
  return null;
}
