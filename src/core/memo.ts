/**
 * `compute` answered once per word form and kept, for rules that ask the same question about
 * the same words article after article (the answer depends on the form alone, and the word
 * lists behind it are fixed once read). The kept answers are dropped when there are more than
 * `limit`, so memory stays bounded on an unbounded stream of articles.
 */
export function perWordForm<T>(compute: (form: string) => T, limit = 50_000): (form: string) => T {
  const kept = new Map<string, T>();
  return (form) => {
    const hit = kept.get(form);
    // (one lookup for a kept answer; a second only for a kept `undefined`)
    if (hit !== undefined || kept.has(form)) return hit as T;
    const r = compute(form);
    if (kept.size > limit) kept.clear();
    kept.set(form, r);
    return r;
  };
}
