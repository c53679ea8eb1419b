/** Tiny global state: the interface language and the current route (hash). */
import { useEffect, useState } from 'preact/hooks';

type Listener = () => void;

class Cell<T> {
  private listeners = new Set<Listener>();
  constructor(private v: T) {}
  get value(): T {
    return this.v;
  }
  set value(v: T) {
    this.v = v;
    for (const l of this.listeners) l();
  }
  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}

const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('marsad.lang') : null;
export const signalLang = new Cell<'en' | 'ar'>(saved === 'ar' ? 'ar' : 'en');

export function setLang(l: 'en' | 'ar'): void {
  try {
    localStorage.setItem('marsad.lang', l);
  } catch {
    /* private mode */
  }
  document.documentElement.lang = l;
  document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr';
  signalLang.value = l;
}

export function useCell<T>(c: Cell<T>): T {
  const [, force] = useState(0);
  useEffect(() => c.subscribe(() => force((n) => n + 1)), [c]);
  return c.value;
}

export interface Route {
  path: string[];
  params: URLSearchParams;
}

export function parseHash(h: string): Route {
  const raw = h.replace(/^#\/?/, '');
  const [p = '', q = ''] = raw.split('?');
  return { path: p.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(q) };
}

export function useRoute(): Route {
  const [r, setR] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setR(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return r;
}

export function href(path: string[], params?: Record<string, unknown>): string {
  const p = path.map(encodeURIComponent).join('/');
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return `#/${p}${s ? `?${s}` : ''}`;
}
