/** Small SVG charts drawn with Preact (text nodes only). */
import type { Json } from '../api.ts';
import { show } from '../util.ts';

/** Series in any usual shape -> [{key, count}] sorted by key. */
export function series(v: unknown): { key: string; count: number }[] {
  if (Array.isArray(v)) {
    return v
      .map((x) => {
        const o = x as Json;
        return { key: show(o.period ?? o.month ?? o.date ?? o.day ?? o.key ?? o.bucket).slice(0, 10), count: Number(o.count ?? o.mentions ?? o.n ?? 0) };
      })
      .filter((x) => x.key)
      .sort((a, b) => (a.key < b.key ? -1 : 1));
  }
  if (v && typeof v === 'object') return Object.entries(v as Json).map(([key, c]) => ({ key, count: Number(c) })).sort((a, b) => (a.key < b.key ? -1 : 1));
  return [];
}

export function BarChart({ data, height = 160 }: { data: { key: string; count: number }[]; height?: number }) {
  if (!data.length) return <p class="muted">—</p>;
  const w = Math.max(320, data.length * 22);
  const max = Math.max(1, ...data.map((d) => d.count));
  const bw = Math.min(60, (w - 40) / data.length);
  return (
    <svg class="chart" viewBox={`0 0 ${w} ${height + 30}`} width="100%" role="img" data-testid="mentions-chart">
      {data.map((d, i) => {
        const h = (d.count / max) * height;
        return (
          <g key={d.key}>
            <rect x={30 + i * bw} y={height - h + 5} width={Math.max(2, bw - 4)} height={h} class="bar">
              <title>{`${d.key}: ${d.count}`}</title>
            </rect>
            {data.length <= 24 || i % Math.ceil(data.length / 12) === 0 ? (
              <text x={30 + i * bw + bw / 2} y={height + 22} text-anchor="middle" class="axis">
                {d.key.slice(0, 7)}
              </text>
            ) : null}
          </g>
        );
      })}
      <text x={2} y={14} class="axis">
        {max}
      </text>
      <line x1={28} x2={w} y1={height + 5} y2={height + 5} class="axisline" />
    </svg>
  );
}

/** Events on a time axis, one lane per CAMEO root code. */
export function Timeline({ events }: { events: Json[] }) {
  const pts = events
    .map((e) => ({ date: show(e.date ?? e.resolved ?? e.published ?? e.day).slice(0, 10), code: show(e.code ?? e.cameo).slice(0, 2) || '??', e }))
    .filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.date));
  if (!pts.length) return <p class="muted">—</p>;
  const ts = pts.map((p) => Date.parse(p.date));
  const lo = Math.min(...ts);
  const hi = Math.max(...ts, lo + 86400000);
  const lanes = [...new Set(pts.map((p) => p.code))].sort();
  const w = 900;
  const lh = 22;
  const h = lanes.length * lh + 30;
  const x = (t: number) => 50 + ((t - lo) / (hi - lo)) * (w - 70);
  return (
    <svg class="timeline" viewBox={`0 0 ${w} ${h}`} width="100%" data-testid="timeline">
      {lanes.map((l, i) => (
        <g key={l}>
          <text x={4} y={i * lh + 16} class="axis">
            {l}
          </text>
          <line x1={48} x2={w - 10} y1={i * lh + 12} y2={i * lh + 12} class="lane" />
        </g>
      ))}
      {pts.map((p, i) => (
        <circle key={i} cx={x(Date.parse(p.date))} cy={lanes.indexOf(p.code) * lh + 12} r={5} class={`dot c${p.code}`}>
          <title>{`${p.date} ${show(p.e.code)} ${show(p.e.cameo_name ?? p.e.name ?? '')}`}</title>
        </circle>
      ))}
      <text x={50} y={h - 4} class="axis">
        {new Date(lo).toISOString().slice(0, 10)}
      </text>
      <text x={w - 10} y={h - 4} text-anchor="end" class="axis">
        {new Date(hi).toISOString().slice(0, 10)}
      </text>
    </svg>
  );
}
