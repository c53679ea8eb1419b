/**
 * `gist`: a few English lines built only from the extracted facts (no machine translation):
 * the main events with their actors (English labels and roles from the linking stage), place
 * and date; changes in quantities about named things; the most specific topics.
 *
 * Layer entries: `{text, kind:'event'|'quantity'|'topics', start, end}`; `start/end` point to the
 * Arabic evidence the line was built from (the event's sentence, the quantity), so every line
 * can be checked against the text.
 */
import { type Doc, type Entity, layer, withLayers } from '../core/doc.ts';
import { defineStage } from '../core/pipeline.ts';
import { norm } from '../ar/normalize.ts';
import type { Actor, EventSpan } from '../events/extract.ts';

export interface GistLine {
  text: string;
  kind: 'event' | 'quantity' | 'topics';
  start: number;
  end: number;
}

interface QuantityLike {
  start: number;
  end: number;
  kind: string;
  from?: number;
  to?: number;
  value?: number;
  unit?: string;
  per?: string;
  measured?: { start: number; end: number; text: string };
}

interface TopicLike {
  code: string;
  label: string;
  score: number;
  level: number;
}

const MAX_EVENT_LINES = 6;
const MAX_QUANTITY_LINES = 3;

/** How each CAMEO code (or its root) reads in English: {S} source, {T} target, {P} participants. */
const PHRASES: [string, string][] = [
  ['0211', '{S} appealed to {T} for economic cooperation'],
  ['0212', '{S} appealed to {T} for military cooperation'],
  ['021', '{S} appealed to {T} for cooperation'],
  ['023', '{S} appealed to {T} for aid'],
  ['026', '{S} appealed to {T} to meet or negotiate'],
  ['02', '{S} appealed to {T}'],
  ['036', '{S} invited {T}'],
  ['03', '{S} expressed readiness to cooperate with {T}'],
  ['042', '{S} visited {T}'],
  ['043', '{S} received {T}'],
  ['044', '{P} met'],
  ['046', '{P} negotiated'],
  ['04', '{P} met'],
  ['051', '{S} praised {T}'],
  ['057', '{P} signed an agreement'],
  ['05', '{P} cooperated diplomatically'],
  ['061', '{P} cooperated economically'],
  ['062', '{P} cooperated militarily'],
  ['06', '{P} cooperated'],
  ['073', '{S} provided humanitarian aid to {T}'],
  ['07', '{S} provided aid to {T}'],
  ['0841', '{S} released {T}'],
  ['0813', '{S} lifted a curfew'],
  ['0814', '{S} lifted a state of emergency'],
  ['081', '{S} eased restrictions'],
  ['085', '{S} eased sanctions on {T}'],
  ['0871', '{P} declared a ceasefire'],
  ['0872', '{S} eased a blockade'],
  ['0874', '{S} withdrew forces'],
  ['08', '{S} yielded to {T}'],
  ['091', '{S} opened a criminal investigation'],
  ['092', '{S} opened an investigation into human rights abuses'],
  ['093', '{S} opened an investigation into military action'],
  ['094', '{S} opened an investigation into war crimes'],
  ['09', '{S} opened an investigation'],
  ['125', '{S} rejected a proposal to meet or negotiate from {T}'],
  ['127', '{S} rejected a plan or agreement'],
  ['129', '{S} used its veto'],
  ['12', '{S} rejected a request or claim from {T}'],
  ['10', '{S} made demands on {T}'],
  ['111', '{S} criticised {T}'],
  ['112', '{S} accused {T}'],
  ['11', '{S} disapproved of {T}'],
  ['13', '{S} threatened {T}'],
  ['14', '{S} protested'],
  ['173', '{S} arrested {T}'],
  ['17', '{S} used force against {T}'],
  ['181', '{S} abducted {T}'],
  ['183', '{S} carried out a bombing against {T}'],
  ['185', '{S} assassinated {T}'],
  ['186', '{S} killed {T}'],
  ['18', '{S} attacked {T}'],
  ['19', '{P} fought'],
  ['151', '{S} raised its alert level'],
  ['152', '{S} raised its military alert level'],
  ['153', '{S} reinforced its police'],
  ['154', '{S} mobilised forces near {T}'],
  ['15', '{S} made a show of force'],
  ['161', '{S} reduced diplomatic relations with {T}'],
  ['162', '{S} stopped aid to {T}'],
  ['163', '{S} imposed sanctions on {T}'],
  ['164', '{S} halted negotiations with {T}'],
  ['1662', '{S} expelled observers'],
  ['1663', '{S} expelled aid agencies'],
  ['16', '{S} reduced relations with {T}'],
  ['2041', '{S} used chemical weapons against {T}'],
  ['202', '{S} committed a massacre'],
  ['201', '{S} expelled residents'],
  ['20', '{S} used mass violence against {T}'],
  ['010', '{S} made a statement'],
];

/** When only the source of an event is known (no target), for verbs that cannot stand without one. */
const SOURCE_ONLY: [string, string][] = [
  ['036', '{S} issued an invitation'],
  ['043', '{S} hosted a visit'],
  ['051', '{S} expressed approval'],
  ['111', '{S} voiced criticism'],
  ['112', '{S} made accusations'],
  ['11', '{S} voiced disapproval'],
  ['13', '{S} issued threats'],
  ['173', '{S} made arrests'],
  ['181', '{S} took hostages'],
  ['0841', '{S} released detainees'],
  ['08', '{S} yielded'],
  ['125', '{S} rejected a proposal to meet or negotiate'],
  ['12', '{S} rejected a request or claim'],
];

/** When only the target of an event is known (no source): a noun phrase, which needs no agreement. */
const TARGET_ONLY: [string, string][] = [
  ['173', 'Arrest of {T}'],
  ['181', 'Abduction of {T}'],
  ['183', 'Bombing against {T}'],
  ['185', 'Attempt to assassinate {T}'],
  ['186', 'Assassination of {T}'],
  ['18', 'Attack on {T}'],
  ['17', 'Use of force against {T}'],
];

/** Measured phrases we can name in English (matching form, article stripped per word). */
const MEASURES: [string, string][] = [
  ['طاقه انتاجيه سنويه', 'annual capacity'],
  ['طاقه انتاجيه', 'production capacity'],
  ['طاقه استيعابيه', 'capacity'],
  ['قدره استيعابيه', 'capacity'],
  ['قدره انتاجيه', 'production capacity'],
  ['حجم تبادل تجاري', 'trade volume'],
  ['حجم', 'volume'],
  ['عدد', 'number'],
  ['نسبه', 'rate'],
  ['سعر', 'price'],
  ['قيمه', 'value'],
  ['انتاج', 'production'],
  ['صادرات', 'exports'],
  ['واردات', 'imports'],
  ['ميزانيه', 'budget'],
  ['استثمارات', 'investment'],
];

export function buildGist(doc: Doc): GistLine[] {
  const lines: GistLine[] = [];
  const entities = layer<Entity>(doc, 'entities');
  const roleOf = new Map<string, string>();
  for (const e of entities) if (e.id && typeof e.role === 'string' && e.role) roleOf.set(e.id, e.role);
  const introduced = new Set<string>();
  const name = (a: Actor | null): string => {
    if (!a) return '';
    const role = roleOf.get(a.id);
    if (role && !introduced.has(a.id)) {
      introduced.add(a.id);
      return `${a.label} (${role})`;
    }
    introduced.add(a.id);
    return a.label;
  };
  const list = (as: Actor[]): string => {
    const n = as.map(name);
    return n.length <= 1 ? n.join('') : `${n.slice(0, -1).join(', ')} and ${n[n.length - 1]}`;
  };

  // Events: the most informative first (statements last), one line each, in text order.
  const events = layer<EventSpan>(doc, 'events');
  const sentences = layer<{ start: number; end: number }>(doc, 'sentences');
  // Events told in the lead (first three sentences) without their own date happened on the publication date.
  const early = sentences.length ? sentences[Math.min(2, sentences.length - 1)]!.end : 0;
  const chosen = [...events]
    .filter((e) => e.code !== '010')
    .sort((a, b) => b.confidence - a.confidence || a.start - b.start)
    .slice(0, MAX_EVENT_LINES);
  if (!chosen.length) chosen.push(...events.slice(0, 1));
  chosen.sort((a, b) => a.start - b.start);
  for (const e of chosen) {
    let phrase = PHRASES.find(([c]) => e.code.startsWith(c))?.[1] ?? `{P}: ${e.name.toLowerCase()}`;
    const parts = e.participants.length ? e.participants : ([e.source, e.target].filter(Boolean) as Actor[]);
    const T = e.target ?? null;
    // a participant stands in for a missing source, but never the target itself ("civilians attacked civilians")
    const S = e.source ?? parts.find((p) => !T || p.id !== T.id) ?? null;
    if (phrase.includes('{T}') && !T && S) phrase = SOURCE_ONLY.find(([c]) => e.code.startsWith(c))?.[1] ?? phrase;
    if (phrase.includes('{S}') && !S) {
      const only = T ? TARGET_ONLY.find(([c]) => e.code.startsWith(c))?.[1] : undefined;
      if (!only) continue;
      phrase = only;
    }
    let text = phrase
      .replace('{S}', name(S))
      .replace('{P}', list(parts))
      .replace(/ (to|with|of|against|on|from|near)? ?\{T\}/, (m: string) => (T ? m.replace('{T}', name(T)) : ''))
      .replace('{T}', '');
    const where: string[] = [];
    if (e.place) where.push(e.place.label);
    const date = e.date?.value ?? (e.start < early && typeof doc.meta.published === 'string' ? doc.meta.published.slice(0, 10) : null);
    if (date) where.push(date);
    if (where.length) text += ` (${where.join(', ')})`;
    lines.push({ text: cap(text.replace(/\s+/g, ' ').trim()) + '.', kind: 'event', start: e.evidence.start, end: e.evidence.end });
  }

  // Quantities: changes and amounts whose measured phrase names a thing we know.
  let nq = 0;
  for (const q of layer<QuantityLike>(doc, 'quantities')) {
    if (nq >= MAX_QUANTITY_LINES || !q.measured || (q.kind !== 'change' && q.kind !== 'amount' && q.kind !== 'percent')) continue;
    const what = measuredName(q.measured, entities);
    if (!what) continue;
    const unit = unitText(q.unit);
    let val: string;
    if (q.kind === 'change' && q.from !== undefined && q.to !== undefined) val = `${num(q.from)} → ${num(q.to)}${unit}`;
    else if (q.value !== undefined) val = `${num(q.value)}${unit}`;
    else continue;
    if (q.per && !what.startsWith('annual')) val += ` per ${q.per}`;
    lines.push({ text: `${cap(what)}: ${val}.`, kind: 'quantity', start: q.start, end: q.end });
    nq++;
  }

  // Topics: the most specific ones (those without a listed sub-topic), best first.
  const all = layer<TopicLike & { parent?: string | null }>(doc, 'topics');
  const parents = new Set(all.map((t) => t.parent).filter(Boolean));
  const topics = all.filter((t) => t.level >= 1 && !parents.has(t.code)).sort((a, b) => b.score - a.score).slice(0, 6);
  if (topics.length) lines.push({ text: `Topics: ${[...new Set(topics.map((t) => t.label))].join(', ')}.`, kind: 'topics', start: 0, end: 0 });
  return lines;
}

function measuredName(m: { start: number; end: number; text: string }, entities: Entity[]): string | null {
  const inside = entities.filter((e) => e.start >= m.start && e.end <= m.end && e.label_en);
  const thing = inside.find((e) => e.type === 'MISC' || e.type === 'ORG') ?? inside[0];
  if (!thing) return null;
  const words = norm(m.text).split(/\s+/).map((w) => (w.length > 3 && w.startsWith('ال') ? w.slice(2) : w.replace(/^لل/, '')));
  const head = words.join(' ');
  const measure = MEASURES.find(([k]) => head.startsWith(k))?.[1];
  return measure ? `${measure} of the ${thing.label_en}` : String(thing.label_en);
}

function num(n: number): string {
  const f = (x: number) => String(Math.round(x * 100) / 100);
  if (Math.abs(n) >= 1e9) return `${f(n / 1e9)} billion`;
  if (Math.abs(n) >= 1e6) return `${f(n / 1e6)} million`;
  return n.toLocaleString('en-US');
}

function unitText(u?: string): string {
  if (!u) return '';
  if (u === 'tonne') return ' t';
  if (u === 'percent') return '%';
  return ` ${u}`;
}

function cap(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

export const gistStage = defineStage({
  name: 'gist',
  requires: ['events', 'topics'],
  assigns: ['gist'],
  run: (doc) => withLayers(doc, { gist: buildGist(doc) }, 'gist'),
});
