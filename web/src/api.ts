/** Thin client for the Marsad HTTP API (same origin). Every error becomes an Error with the server's message. */

export type Json = Record<string, unknown>;

export interface Span extends Json {
  start: number;
  end: number;
}

export interface DocJson {
  schema: string;
  meta: Json & { id: string; title?: string; published?: string; source?: string; url?: string };
  text: string;
  stages: string[];
  layers: Record<string, Json[]>;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}), ...(init?.headers ?? {}) } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error((body && typeof body.message === 'string' && body.message) || `${res.status} ${res.statusText}`);
  return body as T;
}

export function qs(params: Record<string, unknown>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

export const api = {
  health: () => request<{ ok: boolean; store: boolean; stages: string[] }>('/api/health'),
  stats: () => request<Json>('/api/stats'),
  analyze: (text: string, meta?: Json) => request<DocJson>('/api/analyze', { method: 'POST', body: JSON.stringify({ text, ...(meta ? { meta } : {}) }) }),
  search: (params: Record<string, unknown>) => request<{ total?: number; hits: Json[]; facets?: Json }>(`/api/articles${qs(params)}`),
  // tokens and words are most of the payload and the view does not use them
  article: (id: string) => request<DocJson>(`/api/articles/${encodeURIComponent(id)}?omit=tokens,words`),
  entities: (params: Record<string, unknown>) => request<{ items: Json[]; total: number }>(`/api/entities${qs(params)}`),
  entity: (id: string) => request<Json>(`/api/entities/${encodeURIComponent(id)}`),
  events: (params: Record<string, unknown>) => request<{ items: Json[]; total: number }>(`/api/events${qs(params)}`),
  stories: (params: Record<string, unknown>) => request<{ items: Json[]; total: number }>(`/api/stories${qs(params)}`),
  places: () => request<{ items: Json[]; total: number }>('/api/places'),
};
