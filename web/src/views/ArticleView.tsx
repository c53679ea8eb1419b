/** One article: RTL text with highlights, the English gist beside it, and the facts as tables. */
import { useState } from 'preact/hooks';
import type { DocJson, Json } from '../api.ts';
import { collectMarks, nest, type Node } from '../highlight.ts';
import { href } from '../state.ts';
import { t, tk } from '../i18n.ts';

const FACT_LAYERS_FIRST = ['entities', 'events', 'quotes', 'dates', 'quantities', 'demonyms'];
/** Layers highlighted by default; others (e.g. gazetteer candidates) can be switched on in the legend. */
const SHOWN_BY_DEFAULT = new Set(FACT_LAYERS_FIRST);

function Marks({ nodes }: { nodes: Node[] }) {
  return (
    <>
      {nodes.map((n) =>
        'text' in n ? (
          n.text
        ) : (
          <mark
            key={`${n.mark.key}@${n.mark.start}`}
            class={`hl hl-${n.mark.kind}`}
            data-key={n.mark.key}
            data-layer={n.mark.layer}
            data-tag={n.mark.tag}
            data-start={n.mark.start}
            data-end={n.mark.end}
            title={n.mark.tip}
            onClick={n.mark.link ? () => (location.hash = href(['entity', n.mark.link!])) : undefined}
          >
            <Marks nodes={n.children} />
          </mark>
        ),
      )}
    </>
  );
}

/** A table cell as text; a nested span ({start, end}) shows the characters it covers. */
function cell(v: unknown, text = ''): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => cell(x, text)).join(', ');
  const o = v as Json;
  const named = o.label_en ?? o.label ?? o.text ?? o.id ?? o.value ?? o.resolved;
  if (named !== undefined && named !== null && typeof named !== 'object') return String(named);
  if (typeof o.start === 'number' && typeof o.end === 'number' && o.end <= text.length) return `«${text.slice(o.start, o.end)}»`;
  return JSON.stringify(o);
}

function FactTable({ name, text, spans }: { name: string; text: string; spans: Json[] }) {
  const keys: string[] = [];
  for (const s of spans.slice(0, 50)) for (const k of Object.keys(s)) if (!['start', 'end', 'text', 'confidence', 'token', 'tokenStart', 'tokenEnd'].includes(k) && !keys.includes(k)) keys.push(k);
  const cols = keys.slice(0, 8);
  return (
    <section class="facts" data-layer={name}>
      <h3>
        {tk('l_', name)} <span class="count">{spans.length}</span>
      </h3>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th>{t('mention')}</th>
              {cols.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spans.slice(0, 300).map((s, i) => (
              <tr key={i}>
                <td class="ar" dir="rtl" lang="ar">
                  {typeof s.start === 'number' && typeof s.end === 'number' ? text.slice(s.start as number, s.end as number) : cell(s.text)}
                </td>
                {cols.map((c) => (
                  <td key={c}>{c === 'id' && typeof s.id === 'string' && name === 'entities' ? <a href={href(['entity', s.id])}>{s.id}</a> : cell(s[c], text)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function gistLines(doc: DocJson): string[] {
  const g = doc.layers.gist ?? (doc.meta.gist as unknown);
  if (typeof g === 'string') return [g];
  if (!Array.isArray(g)) return [];
  return g.map((x) => (typeof x === 'string' ? x : String((x as Json).en ?? (x as Json).text ?? (x as Json).summary ?? (x as Json).gist ?? ''))).filter(Boolean);
}

export function ArticleView({ doc }: { doc: DocJson }) {
  const layers = doc.layers ?? {};
  const allMarks = collectMarks(doc.text, layers);
  const kinds = [...new Map(allMarks.map((m) => [m.kind, m.layer])).entries()];
  const [toggled, setToggled] = useState<Set<string>>(new Set());
  const visible = (kind: string, layer: string) => SHOWN_BY_DEFAULT.has(layer) !== toggled.has(kind);
  const marks = allMarks.filter((m) => visible(m.kind, m.layer));
  const toggle = (k: string) => {
    const next = new Set(toggled);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    setToggled(next);
  };
  const paragraphs = (layers.paragraphs as Json[] | undefined)?.filter((p) => typeof p.start === 'number') as { start: number; end: number; kind?: string }[] | undefined;
  const blocks = paragraphs && paragraphs.length ? paragraphs : [{ start: 0, end: doc.text.length, kind: 'body' }];
  const factLayers = [
    ...FACT_LAYERS_FIRST.filter((l) => Array.isArray(layers[l]) && layers[l]!.length),
    ...Object.keys(layers).filter((l) => !FACT_LAYERS_FIRST.includes(l) && !['tokens', 'words', 'sentences', 'paragraphs', 'gist'].includes(l) && Array.isArray(layers[l]) && layers[l]!.length),
  ];
  const gist = gistLines(doc);
  const topics = (layers.topics ?? []) as Json[];
  return (
    <div class="article-view">
      <header class="article-head">
        <h2 class="ar" dir="rtl" lang="ar">
          {doc.meta.title ?? ''}
        </h2>
        <div class="meta">
          {doc.meta.source ? <span class="pill">{String(doc.meta.source)}</span> : null}
          {doc.meta.published ? (
            <span class="pill">
              {t('published')}: {String(doc.meta.published)}
            </span>
          ) : null}
          {topics.slice(0, 6).map((tp, i) => (
            <span class="pill topic" key={i}>
              {cell(tp.label_en ?? tp.label ?? tp.code ?? tp.id)}
            </span>
          ))}
          <span class="muted">{doc.meta.id}</span>
        </div>
        <div class="legend" aria-label={t('legend')}>
          {kinds.map(([k, layer]) => (
            <button type="button" key={k} data-kind={k} aria-pressed={visible(k, layer)} class={`hl hl-${k} legend-item${visible(k, layer) ? '' : ' off'}`} onClick={() => toggle(k)}>
              {k.replace(/^ent-/, '')}
            </button>
          ))}
        </div>
      </header>
      <div class="article-grid">
        <article class="ar-text" dir="rtl" lang="ar" data-testid="article-text">
          {blocks.map((b, i) => (
            <p key={i} class={`block block-${b.kind ?? 'body'}`}>
              <Marks nodes={nest(doc.text, marks, b.start, b.end)} />
            </p>
          ))}
        </article>
        <aside class="gist" dir="ltr" lang="en">
          <h3>{t('gist')}</h3>
          {gist.length ? gist.map((g, i) => <p key={i}>{g}</p>) : <p class="muted">{t('none')}</p>}
        </aside>
      </div>
      <h2>{t('facts')}</h2>
      {factLayers.length ? factLayers.map((l) => <FactTable key={l} name={l} text={doc.text} spans={layers[l] as Json[]} />) : <p class="muted">{t('none')}</p>}
    </div>
  );
}
