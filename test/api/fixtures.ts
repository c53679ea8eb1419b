/**
 * Small, hand-made articles with fact layers (entities, events, dates, quantities, quotes)
 * for API and browser tests. Offsets are computed from the text, so they always match.
 */
import { type DocJSON, toJSON, withLayers } from '../../src/core/doc.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';

/** Only the foundation stages: every fact layer below is hand-made, so tests do not move when a model changes. */
const analyze = buildPipeline(BASE_STAGES);

function at(text: string, s: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`fixture: ${s} not in text`);
  return { start, end: start + s.length };
}

interface Ent {
  s: string;
  type: 'PER' | 'LOC' | 'ORG' | 'MISC';
  id: string;
  label_en: string;
  label_ar?: string;
  kind?: string;
  role?: string;
}

function build(text: string, meta: Record<string, string>, ents: Ent[], extra: (t: string) => Record<string, unknown[]> = () => ({})): DocJSON {
  const doc = analyze(text, meta);
  const entities: Record<string, unknown>[] = [];
  for (const e of ents) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(e.s, from);
      if (i < 0) break;
      entities.push({ start: i, end: i + e.s.length, type: e.type, text: e.s, confidence: 0.9, source: 'fixture', id: e.id, label_en: e.label_en, label_ar: e.label_ar ?? e.s, kind: e.kind, role: e.role });
      from = i + e.s.length;
    }
  }
  entities.sort((a, b) => (a.start as number) - (b.start as number));
  return toJSON(withLayers(doc, { entities, ...extra(text) } as never, 'fixture'));
}

export const ALIYEV_TEXT =
  'دعا الرئيس إلهام علييف قادة آسيا الوسطى إلى تعزيز الشراكة الدفاعية\n' +
  'وأوضح الرئيس الأذربيجاني إلهام علييف خلال اجتماع في أستانا يوم الجمعة أن المنطقة تواجه تحديات مشتركة. وقال علييف: "إن التعاون ضروري". وبلغت التجارة 5 مليارات دولار.';

export const BAKU_TEXT =
  'أذربيجان وكازاخستان توقعان اتفاقية للطاقة\n' + 'وقع وزير الطاقة الأذربيجاني اتفاقية مع كازاخستان في باكو أمس، بحضور الرئيس إلهام علييف.';

export const CAIRO_TEXT = 'القاهرة تستضيف قمة عربية\n' + 'استضافت القاهرة قمة عربية بحضور وزراء الخارجية لمناقشة الأمن الإقليمي.';

/** Hostile content: markup in the text and in entity names must render as text. */
export const EVIL_TEXT = 'خبر عن <script>window.__pwned=1</script> و"><img src=x onerror="window.__pwned=2"> في بغداد\n' + 'زار وفد بغداد "><img src=y onerror="window.__pwned=3"> أمس.';

export function fixtureDocs(): DocJSON[] {
  const aliyev = build(
    ALIYEV_TEXT,
    { id: 'art-aliyev', title: 'علييف يدعو آسيا الوسطى إلى التعاون الدفاعي', published: '2024-08-09', source: 'AZERTAC' },
    [
      { s: 'إلهام علييف', type: 'PER', id: 'Q7208', label_en: 'Ilham Aliyev', role: 'President of Azerbaijan' },
      { s: 'آسيا الوسطى', type: 'LOC', id: 'Q27275', label_en: 'Central Asia', kind: 'region' },
      { s: 'أستانا', type: 'LOC', id: 'Q1520', label_en: 'Astana', kind: 'city' },
    ],
    (t) => ({
      dates: [{ ...at(t, 'يوم الجمعة'), text: 'يوم الجمعة', resolved: '2024-08-09', granularity: 'day' }],
      quantities: [{ ...at(t, '5 مليارات دولار'), text: '5 مليارات دولار', value: 5e9, unit: 'USD' }],
      quotes: [{ ...at(t, '"إن التعاون ضروري"'), text: 'إن التعاون ضروري', speaker: { id: 'Q7208', label_en: 'Ilham Aliyev' }, kind: 'direct' }],
      events: [
        { ...at(t, 'دعا'), code: '0311', name: 'Appeal for military cooperation', trigger: at(t, 'دعا'), source: { id: 'Q7208', label_en: 'Ilham Aliyev' }, target: { id: 'Q27275', label_en: 'Central Asia' }, date: '2024-08-09' },
        { ...at(t, 'اجتماع'), code: '044', name: 'Meet at a third location', trigger: at(t, 'اجتماع'), source: { id: 'Q7208', label_en: 'Ilham Aliyev' }, place: { id: 'Q1520', label_en: 'Astana' }, date: '2024-08-09' },
      ],
      gist: [{ text: 'Ilham Aliyev called on Central Asian states to cooperate on defence (Astana, 2024-08-09).' }],
    }),
  );
  const baku = build(
    BAKU_TEXT,
    { id: 'art-baku', title: 'أذربيجان وكازاخستان توقعان اتفاقية للطاقة', published: '2024-09-02', source: 'Trend' },
    [
      { s: 'إلهام علييف', type: 'PER', id: 'Q7208', label_en: 'Ilham Aliyev' },
      { s: 'كازاخستان', type: 'LOC', id: 'Q232', label_en: 'Kazakhstan', kind: 'country' },
      { s: 'أذربيجان', type: 'LOC', id: 'Q227', label_en: 'Azerbaijan', kind: 'country' },
      { s: 'باكو', type: 'LOC', id: 'Q9248', label_en: 'Baku', kind: 'city' },
    ],
    (t) => ({
      events: [{ ...at(t, 'وقع'), code: '057', name: 'Sign formal agreement', trigger: at(t, 'وقع'), source: { id: 'Q227', label_en: 'Azerbaijan' }, target: { id: 'Q232', label_en: 'Kazakhstan' }, place: { id: 'Q9248', label_en: 'Baku' }, date: '2024-09-01' }],
    }),
  );
  const cairo = build(CAIRO_TEXT, { id: 'art-cairo', title: 'القاهرة تستضيف قمة عربية', published: '2024-05-15', source: 'AFP' }, [
    { s: 'القاهرة', type: 'LOC', id: 'Q85', label_en: 'Cairo', kind: 'city' },
  ]);
  return [aliyev, baku, cairo];
}

export function evilDoc(): DocJSON {
  return build(
    EVIL_TEXT,
    { id: 'art-evil', title: '<script>window.__pwned=4</script> عنوان', published: '2024-10-01', source: '"><img src=z onerror="window.__pwned=5">' },
    [
      { s: 'بغداد', type: 'LOC', id: 'Q1530', label_en: '<img src=q onerror="window.__pwned=6">Baghdad', label_ar: '<script>window.__pwned=7</script>بغداد', kind: 'city' },
      { s: '<script>window.__pwned=1</script>', type: 'MISC', id: 'X-evil', label_en: '"><script>window.__pwned=8</script>' },
    ],
  );
}
