/** Search: query box, filters, facets, one row per story, highlighted snippets. */
import { useState } from 'preact/hooks';
import { api, type Json } from '../api.ts';
import { useAsync } from '../hooks.ts';
import { snippetRuns, type SnippetObj } from '../highlight.ts';
import { t, tk } from '../i18n.ts';
import { href, type Route } from '../state.ts';
import { buckets, show } from '../util.ts';

const FILTERS = ['q', 'source', 'entity', 'event', 'topic', 'from', 'to'] as const;
/** Facet name -> the filter it sets. */
const FACET_FILTER: Record<string, string> = { source: 'source', sources: 'source', entity: 'entity', entities: 'entity', event: 'event', events: 'event', topic: 'topic', topics: 'topic', months: 'month' };

function Snippet({ s }: { s: string | SnippetObj }) {
  return (
    <p class="snippet ar" dir="rtl" lang="ar">
      {snippetRuns(s).map((r, i) => (r.hit ? <mark key={i} class="hit">{r.text}</mark> : r.text))}
    </p>
  );
}

export function Search({ route }: { route: Route }) {
  const params: Record<string, string> = {};
  for (const f of FILTERS) {
    const v = route.params.get(f);
    if (v) params[f] = v;
  }
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState<Record<string, string>>(params);
  const key = JSON.stringify([params, offset]);
  // hits and facets are two requests: hits (fast) show at once, facets (costlier) fill in,
  // and paging does not recompute facets
  const res = useAsync(() => api.search({ ...params, offset, limit: 20, facets: false }), [key]);
  const fac = useAsync(() => api.search({ ...params, limit: 1, facets: true }), [JSON.stringify(params)]);
  const go = (p: Record<string, string>) => {
    location.hash = href(['search'], p);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    go(draft);
  };
  const field = (name: string, type = 'text') => (
    <label class="filter">
      <span>{t(name === 'event' ? 'event' : (name as 'source'))}</span>
      <input name={name} type={type} value={draft[name] ?? ''} onInput={(e) => setDraft({ ...draft, [name]: (e.target as HTMLInputElement).value })} />
    </label>
  );
  const hits = (res.data?.hits ?? []) as Json[];
  const facets = (fac.data?.facets ?? {}) as Json;
  return (
    <div class="search">
      <form onSubmit={submit} class="searchbox" role="search">
        <input name="q" dir="auto" placeholder={t('query')} value={draft.q ?? ''} onInput={(e) => setDraft({ ...draft, q: (e.target as HTMLInputElement).value })} />
        <button type="submit">{t('go')}</button>
        <details class="filters">
          <summary>{t('filter')}</summary>
          {field('source')}
          {field('entity')}
          {field('event')}
          {field('topic')}
          {field('from', 'date')}
          {field('to', 'date')}
        </details>
      </form>
      <div class="search-grid">
        <aside class="facets">
          <h3>{t('facets')}</h3>
          {Object.entries(facets).map(([name, f]) => {
            const bs = buckets(f).slice(0, 12);
            if (!bs.length) return null;
            const filter = FACET_FILTER[name];
            return (
              <section key={name} class="facet" data-facet={name}>
                <h4>{tk('f_', name)}</h4>
                <ul>
                  {bs.map((b) => (
                    <li key={b.value}>
                      {filter ? (
                        <a href={href(['search'], filter === 'month' ? { ...params, from: b.value, to: b.value } : { ...params, [filter]: b.value })} class={params[filter] === b.value || (filter === 'month' && params.from === b.value) ? 'active' : ''}>
                          <span dir="auto">{b.label}</span>
                        </a>
                      ) : (
                        <span dir="auto">{b.label}</span>
                      )}{' '}
                      <span class="count">{b.count || ''}</span>
                      {filter === 'entity' ? (
                        <a class="goto" href={href(['entity', b.value])} title={b.value}>
                          ↗
                        </a>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </aside>
        <section class="hits">
          {res.loading ? <p class="muted">{t('loading')}</p> : null}
          {res.error ? <p class="error">{res.error}</p> : null}
          {res.data ? (
            <p class="muted" data-testid="total">
              {res.data.total ?? hits.length} {t('results')}
            </p>
          ) : null}
          {res.data && !hits.length ? <p>{t('noResults')}</p> : null}
          <ol class="hitlist">
            {hits.map((h, i) => {
              const id = show(h.id ?? h.docId ?? h.article_id);
              const more = Number(h.storyHits ?? h.storySize ?? 0);
              return (
                <li key={id || i} class="hit-row" data-id={id}>
                  <a class="title ar" dir="rtl" lang="ar" href={href(['article', id])}>
                    {show(h.title) || id}
                  </a>
                  <div class="meta">
                    {h.source ? <span class="pill">{show(h.source)}</span> : null}
                    {h.published ? <span class="pill">{show(h.published).slice(0, 10)}</span> : null}
                    {more > 1 ? (
                      <span class="pill story">
                        +{more - 1} {t('articles')}
                      </span>
                    ) : null}
                  </div>
                  {h.snippet ? <Snippet s={h.snippet as SnippetObj} /> : null}
                </li>
              );
            })}
          </ol>
          <nav class="pager">
            {offset > 0 ? <a href={href(['search'], { ...params, offset: Math.max(0, offset - 20) })}>‹</a> : null}
            {res.data && (res.data.total ?? 0) > offset + 20 ? <a href={href(['search'], { ...params, offset: offset + 20 })}>›</a> : null}
          </nav>
        </section>
      </div>
    </div>
  );
}
