/**
 * Small hand-written articles with entity, event, topic, quote, quantity and date layers,
 * so store tests do not depend on the extractors. Offsets are found with indexOf.
 */
import { createDoc, toJSON, withLayers, type DocJSON } from '../../src/core/doc.ts';
import { openPostgres, dropSchema } from '../../src/store/postgres.ts';
import { openSqlite } from '../../src/store/sqlite.ts';
import type { Repository } from '../../src/store/types.ts';

function at(text: string, s: string, from = 0): { start: number; end: number } {
  const i = text.indexOf(s, from);
  if (i < 0) throw new Error(`fixture: ${s} not in text`);
  return { start: i, end: i + s.length };
}

interface Fx {
  id: string;
  title: string;
  text: string;
  published: string;
  source: string;
  entities?: [string, string, string, string?][]; // surface, type, id, label_en
  events?: { code: string; name: string; trigger: string; evidence: string; source?: string; target?: string }[];
  topics?: [string, string, number][];
  quotes?: string[];
}

export const FIXTURES: Fx[] = [
  {
    id: 'a1', title: 'أذربيجان تعزز الاستثمارات', published: '2024-08-09T10:00:00Z', source: 'BBC',
    text: 'أذربيجان تعزز الاستثمارات\n\nدعا الرئيس إلهام علييف دول آسيا الوسطى إلى تعزيز الشراكة الاستثمارية في أستانا. وقال علييف: "نحن منفتحون على التعاون". وبلغ حجم التجارة 5 مليارات دولار.',
    entities: [['إلهام علييف', 'PER', 'Q7979', 'Ilham Aliyev'], ['علييف', 'PER', 'Q7979', 'Ilham Aliyev'], ['آسيا الوسطى', 'LOC', 'Q27275', 'Central Asia'], ['أستانا', 'LOC', 'Q1520', 'Astana'], ['أذربيجان', 'LOC', 'Q227', 'Azerbaijan']],
    events: [{ code: '043', name: 'Host a visit', trigger: 'دعا', evidence: 'دعا الرئيس إلهام علييف دول آسيا الوسطى إلى تعزيز الشراكة الاستثمارية في أستانا', source: 'Q7979', target: 'Q27275' }],
    topics: [['04000000', 'economy', 0.8]],
    quotes: ['"نحن منفتحون على التعاون"'],
  },
  {
    id: 'a2', title: 'صندوق جديد للاستثمار في كازاخستان', published: '2024-08-15', source: 'CNN',
    text: 'صندوق جديد للاستثمار في كازاخستان\n\nأعلنت حكومة كازاخستان إنشاء صندوق والاستثمار فيه مفتوح للشركات. وقال الوزير إن آسيا الوسطى بحاجة إلى البنية التحتية.',
    entities: [['كازاخستان', 'LOC', 'Q232', 'Kazakhstan'], ['آسيا الوسطى', 'LOC', 'Q27275', 'Central Asia']],
    events: [{ code: '030', name: 'Express intent to cooperate', trigger: 'أعلنت', evidence: 'أعلنت حكومة كازاخستان إنشاء صندوق' }],
    topics: [['04000000', 'economy', 0.9]],
  },
  {
    id: 'a3', title: 'مباراة كرة القدم', published: '2024-09-01', source: 'BBC',
    text: 'مباراة كرة القدم\n\nفاز المنتخب في المباراة النهائية أمس بهدفين مقابل هدف، في الوسطى من البطولة. آسيا تنتظر الاستثمار في الرياضة.',
    entities: [['آسيا', 'LOC', 'Q48', 'Asia']],
    topics: [['15000000', 'sport', 0.95]],
  },
  {
    id: 'a4', title: 'استثمار', published: '2018-03-10', source: 'CNN',
    text: 'استثمار\n\nتقرير قصير عن استثمار الدولة في الطاقة الشمسية في المغرب والجزائر خلال العام الماضي.',
    entities: [['المغرب', 'LOC', 'Q1028', 'Morocco'], ['الجزائر', 'LOC', 'Q262', 'Algeria']],
    events: [{ code: '0431', name: 'Host a visit sub', trigger: 'تقرير', evidence: 'تقرير قصير' }],
  },
];

export function fixtureDoc(fx: Fx): DocJSON {
  let doc = createDoc(fx.text, { id: fx.id, title: fx.title, published: fx.published, source: fx.source });
  const entities = (fx.entities ?? []).map(([surface, type, id, en]) => ({ ...at(fx.text, surface), type, text: surface, id, label_en: en, confidence: 1, source: 'fixture' }));
  // `علييف` also occurs inside `إلهام علييف`: take the later one for the short form
  const seen = new Map<string, number>();
  for (const e of entities) {
    const from = seen.get(e.text) ?? 0;
    const sp = at(fx.text, e.text, from);
    if (e.text === 'علييف') { const sp2 = at(fx.text, 'علييف', fx.text.indexOf('وقال')); e.start = sp2.start; e.end = sp2.end; } else { e.start = sp.start; e.end = sp.end; }
    seen.set(e.text, sp.end);
  }
  const events = (fx.events ?? []).map((e) => ({ code: e.code, name: e.name, source: e.source ?? null, target: e.target ?? null, participants: [], place: null, date: fx.published.slice(0, 10), trigger: at(fx.text, e.trigger), evidence: at(fx.text, e.evidence), confidence: 0.7 }));
  const topics = (fx.topics ?? []).map(([code, label, score]) => ({ code, label, score }));
  const quotes = (fx.quotes ?? []).map((q) => ({ ...at(fx.text, q), text: q, kind: 'direct', speaker: 'Q7979' }));
  const quantities = fx.text.includes('5 مليارات دولار') ? [{ ...at(fx.text, '5 مليارات دولار'), text: '5 مليارات دولار', value: 5e9, unit: 'USD' }] : [];
  doc = withLayers(doc, { entities: entities as never, events, topics, quotes, quantities }, 'fixture');
  return toJSON(doc);
}

export const PG_URL = process.env.MARSAD_TEST_PG || '';
export const PG_SKIP = PG_URL ? false : 'MARSAD_TEST_PG is not set: PostgreSQL backend tests skipped';

export interface Backend {
  name: 'sqlite' | 'postgres';
  skip: string | false;
  open(): Promise<Repository>;
  /** Drops what `open` created. */
  cleanup(): Promise<void>;
}

let counter = 0;

/** The two backends, for running one suite against both. */
export function backends(): Backend[] {
  const schemas: string[] = [];
  return [
    {
      name: 'sqlite', skip: false,
      open: async () => openSqlite(':memory:'),
      cleanup: async () => undefined,
    },
    {
      name: 'postgres', skip: PG_SKIP,
      open: async () => {
        const schema = `marsad_t${process.pid}_${Date.now().toString(36)}_${counter++}`;
        schemas.push(schema);
        return openPostgres(PG_URL, { schema });
      },
      cleanup: async () => {
        for (const s of schemas.splice(0)) await dropSchema(PG_URL, s);
      },
    },
  ];
}
