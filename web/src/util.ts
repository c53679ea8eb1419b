import type { Json } from './api.ts';

/** A readable string for any API value (text only: never HTML). */
export function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(show).filter(Boolean).join(', ');
  const o = v as Json;
  return show(o.label_en ?? o.label ?? o.name ?? o.text ?? o.id ?? o.value ?? '');
}

/** Facet buckets in any of the usual shapes -> [{value, label, count}]. */
export function buckets(f: unknown): { value: string; label: string; count: number }[] {
  if (Array.isArray(f)) {
    return f.map((b) => {
      if (typeof b === 'string') return { value: b, label: b, count: 0 };
      const o = b as Json;
      const value = show(o.value ?? o.key ?? o.id ?? o.code ?? o.name);
      return { value, label: show(o.label_en ?? o.label ?? o.name ?? o.value ?? o.key ?? o.id), count: Number(o.count ?? o.n ?? o.doc_count ?? 0) };
    });
  }
  if (f && typeof f === 'object') return Object.entries(f as Json).map(([k, v]) => ({ value: k, label: k, count: Number(typeof v === 'number' ? v : ((v as Json)?.count ?? 0)) }));
  return [];
}

