import { useEffect, useState } from 'preact/hooks';

/** Runs an async loader when `deps` change; stale answers are ignored. */
export function useAsync<T>(fn: () => Promise<T>, deps: unknown[]): { data: T | null; error: string; loading: boolean } {
  const [st, setSt] = useState<{ data: T | null; error: string; loading: boolean }>({ data: null, error: '', loading: true });
  useEffect(() => {
    let live = true;
    setSt((s) => ({ ...s, loading: true, error: '' }));
    fn().then(
      (data) => live && setSt({ data, error: '', loading: false }),
      (e: Error) => live && setSt({ data: null, error: e.message, loading: false }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return st;
}
