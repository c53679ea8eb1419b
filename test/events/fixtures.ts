/** Builds Docs with hand-made entity, demonym and date layers, so event tests do not depend on other stages. */
import assert from 'node:assert/strict';
import { extractEvents, type EventSpan } from '../../src/events/extract.ts';
import { withLayers, type Doc, type Entity, type EntityType } from '../../src/core/doc.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';

const base = buildPipeline(BASE_STAGES);
const LETTER = /[\u0621-\u064a]/;

export interface EntitySpec {
  text: string;
  type: EntityType;
  id: string;
  label_en: string;
  kind?: string;
  /** ISO 3166-1 alpha-2 of the entity's country, as the linking stage fills it. */
  country?: string;
}

/** Every occurrence of `needle` as a whole word (a proclitic و/ف/ب/ل/ال may precede it). */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const after = text[i + needle.length];
    if (after && LETTER.test(after)) continue;
    let j = i;
    while (j > 0 && LETTER.test(text[j - 1]!)) j--;
    if (!/^[وفبل]{0,2}$/.test(text.slice(j, i))) continue;
    out.push(i);
  }
  return out;
}

/** A country as the linking stage gives it: its ISO 3166 code as the id. */
export function country(text: string, id: string, label_en: string): EntitySpec {
  return { text, type: 'LOC', id, label_en, kind: 'country' };
}

type DocOptions = Parameters<typeof docWith>[2];

/**
 * The questions event tests ask of a sentence coded with the given entities (and demonyms, dates):
 * all its events, their codes, the events of one CAMEO root, and the one event of a root (asserting
 * there is exactly one).
 */
export function eventProbe(ents: EntitySpec[], opts: DocOptions = {}) {
  const events = (text: string): EventSpan[] => extractEvents(docWith(text, ents, opts));
  const codes = (text: string): string[] => events(text).map((e) => e.code);
  const root = (text: string, r: string): EventSpan[] => events(text).filter((e) => e.code.startsWith(r));
  const one = (text: string, r: string): EventSpan => {
    const es = root(text, r);
    assert.equal(es.length, 1, `one ${r} event in: ${text} (got ${es.map((e) => e.code).join(', ') || 'none'})`);
    return es[0]!;
  };
  return { events, codes, root, one };
}

export function docWith(
  text: string,
  ents: EntitySpec[],
  opts: { demonyms?: { text: string; id: string; iso?: string }[]; dates?: { text: string; resolved: string; granularity: string }[] } = {},
): Doc {
  const d = base(text);
  const entities: Entity[] = [];
  for (const e of ents) {
    for (const s of occurrences(text, e.text)) {
      if (entities.some((x) => s < x.end && s + e.text.length > x.start)) continue;
      entities.push({ start: s, end: s + e.text.length, type: e.type, text: e.text, confidence: 1, source: 'test', id: e.id, label_en: e.label_en, kind: e.kind, ...(e.country ? { country: e.country } : {}) });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  const demonyms = (opts.demonyms ?? []).flatMap((x) => {
    const out: { start: number; end: number; id: string; iso?: string }[] = [];
    for (let i = text.indexOf(x.text); i >= 0; i = text.indexOf(x.text, i + 1)) out.push({ start: i, end: i + x.text.length, id: x.id, ...(x.iso ? { iso: x.iso } : {}) });
    return out;
  });
  const dates = (opts.dates ?? []).flatMap((x) => {
    const i = text.indexOf(x.text);
    return i >= 0 ? [{ start: i, end: i + x.text.length, resolved: x.resolved, granularity: x.granularity }] : [];
  });
  return withLayers(d, { entities, demonyms, dates }, 'test-layers');
}

/** The canonical article's entities, as the NER and linking stages are expected to produce them. */
export const ALIYEV_ENTITIES: EntitySpec[] = [
  { text: 'إلهام علييف', type: 'PER', id: 'Q7446', label_en: 'Ilham Aliyev' },
  { text: 'علييف', type: 'PER', id: 'Q7446', label_en: 'Ilham Aliyev' },
  { text: 'جمهورية أذربيجان', type: 'LOC', id: 'AZ', label_en: 'Azerbaijan', kind: 'country' },
  { text: 'أذربيجان', type: 'LOC', id: 'AZ', label_en: 'Azerbaijan', kind: 'country' },
  { text: 'كازاخستان', type: 'LOC', id: 'KZ', label_en: 'Kazakhstan', kind: 'country' },
  { text: 'أوزبكستان', type: 'LOC', id: 'UZ', label_en: 'Uzbekistan', kind: 'country' },
  { text: 'قيرغيزستان', type: 'LOC', id: 'KG', label_en: 'Kyrgyzstan', kind: 'country' },
  { text: 'قرغيزستان', type: 'LOC', id: 'KG', label_en: 'Kyrgyzstan', kind: 'country' },
  { text: 'آسيا الوسطى', type: 'LOC', id: 'central-asia', label_en: 'Central Asia', kind: 'region' },
  { text: 'أستانا', type: 'LOC', id: 'astana', label_en: 'Astana', kind: 'city' },
  { text: 'باكو', type: 'LOC', id: 'baku', label_en: 'Baku', kind: 'city' },
  { text: 'تبليسي', type: 'LOC', id: 'tbilisi', label_en: 'Tbilisi', kind: 'city' },
  { text: 'قارص', type: 'LOC', id: 'kars', label_en: 'Kars', kind: 'city' },
  { text: 'بحر قزوين', type: 'LOC', id: 'caspian', label_en: 'Caspian Sea', kind: 'sea' },
  { text: 'الأمم المتحدة', type: 'ORG', id: 'UN', label_en: 'United Nations', kind: 'organization' },
  { text: 'متحدون 2024', type: 'MISC', id: 'united-2024', label_en: 'United 2024', kind: 'event' },
  { text: 'COP29', type: 'MISC', id: 'cop29', label_en: 'COP29', kind: 'event' },
];

export const ALIYEV_LAYERS = {
  demonyms: [
    { text: 'الأذربيجاني', id: 'AZ' },
    { text: 'الأذربيجانية', id: 'AZ' },
  ],
  dates: [
    { text: 'الشهر الماضي', resolved: '2024-07', granularity: 'month' },
    { text: 'مايو من هذا العام', resolved: '2024-05', granularity: 'month' },
    { text: '2024', resolved: '2024', granularity: 'year' },
  ],
};
