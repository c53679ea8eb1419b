/** Events: filters, a table, a timeline and a map of places mentioned. */
import { useState } from 'preact/hooks';
import { api, type Json } from '../api.ts';
import { useAsync } from '../hooks.ts';
import { t } from '../i18n.ts';
import { href, type Route } from '../state.ts';
import { show } from '../util.ts';
import { Timeline } from './charts.tsx';
import { PlaceMap } from './Map.tsx';

/** Actors/places: entity ids (linked) or objects with labels. */
function actorCell(v: unknown, labels: unknown[] = []) {
  const list = (Array.isArray(v) ? v : v ? [v] : []).map((a, i) => (typeof a === 'string' ? { id: a, label: show(labels[i]) || a } : a));
  return list.map((a, i) => {
    const o = (typeof a === 'object' && a ? a : { label: a }) as Json;
    const id = typeof o.id === 'string' ? o.id : '';
    const label = show(o.label_en ?? o.label ?? o.text ?? o.name ?? o.id);
    return (
      <span key={i} class="actor" dir="auto">
        {id ? <a href={href(['entity', id])}>{label}</a> : label}
        {i < list.length - 1 ? ', ' : ''}
      </span>
    );
  });
}

export function EventTable({ events }: { events: Json[] }) {
  if (!events.length) return <p class="muted">—</p>;
  return (
    <div class="scroll">
      <table class="events" data-testid="events-table">
        <thead>
          <tr>
            <th>{t('date')}</th>
            <th>{t('code')}</th>
            <th>{t('name')}</th>
            <th>{t('actors')}</th>
            <th>{t('place')}</th>
            <th>{t('article')}</th>
          </tr>
        </thead>
        <tbody>
          {events.slice(0, 500).map((e, i) => (
            <tr key={i}>
              <td>{show(e.date ?? e.resolved ?? e.published).slice(0, 10)}</td>
              <td>{show(e.code ?? e.cameo)}</td>
              <td>{show(e.cameo_name ?? e.name ?? e.label)}</td>
              <td>{e.source || e.target ? actorCell([e.source, e.target].filter(Boolean), [e.source_label, e.target_label].filter((_, k) => [e.source, e.target][k])) : actorCell(e.actors)}</td>
              <td>{actorCell(e.place ?? e.location, [e.place_label])}</td>
              <td>
                {e.articleId ?? e.article_id ? (
                  <a href={href(['article', show(e.articleId ?? e.article_id)])} class="ar" dir="rtl" lang="ar">
                    {show(e.title) || show(e.text) || '↗'}
                  </a>
                ) : (
                  <span dir="rtl" lang="ar">{show(e.text)}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const FILTERS = ['code', 'actor', 'place', 'from', 'to'] as const;

export function Events({ route }: { route: Route }) {
  const params: Record<string, string> = {};
  for (const f of FILTERS) {
    const v = route.params.get(f);
    if (v) params[f] = v;
  }
  const [draft, setDraft] = useState(params);
  const key = JSON.stringify(params);
  const res = useAsync(() => api.events({ ...params, limit: 200 }), [key]);
  const places = useAsync(() => api.places(), []);
  const items = (res.data?.items ?? []) as Json[];
  return (
    <div class="events-page">
      <form
        class="row filters-row"
        onSubmit={(e) => {
          e.preventDefault();
          location.hash = href(['events'], draft);
        }}
      >
        {FILTERS.map((f) => (
          <label key={f} class="filter">
            <span>{f === 'code' ? t('code') : f === 'actor' ? t('actors') : f === 'place' ? t('place') : t(f)}</span>
            <input name={f} type={f === 'from' || f === 'to' ? 'date' : 'text'} value={draft[f] ?? ''} onInput={(e) => setDraft({ ...draft, [f]: (e.target as HTMLInputElement).value })} />
          </label>
        ))}
        <button type="submit">{t('filter')}</button>
      </form>
      {res.error ? <p class="error">{res.error}</p> : null}
      <section>
        <h3>{t('timeline')}</h3>
        <Timeline events={items} />
      </section>
      <section>
        <h3>{t('map')}</h3>
        {places.error ? <p class="error">{places.error}</p> : <PlaceMap places={(places.data?.items ?? []) as Json[]} />}
      </section>
      <section>
        <h3>
          {t('events')} <span class="count">{res.data?.total ?? ''}</span>
        </h3>
        <EventTable events={items} />
      </section>
    </div>
  );
}
