/** Entity page: labels, aliases, mentions over time, co-occurrence network, events. */
import type { Json } from '../api.ts';
import { api } from '../api.ts';
import { useAsync } from '../hooks.ts';
import { t } from '../i18n.ts';
import { href } from '../state.ts';
import { show } from '../util.ts';
import { BarChart, series } from './charts.tsx';
import { CoGraph } from './Graph.tsx';
import { EventTable } from './Events.tsx';

export function EntityPage({ id }: { id: string }) {
  const res = useAsync(() => api.entity(id), [id]);
  if (res.loading) return <p class="muted">{t('loading')}</p>;
  if (res.error || !res.data) return <p class="error">{res.error}</p>;
  const e = res.data;
  const label = show(e.labelEn ?? e.label_en ?? e.label ?? e.name) || id;
  const labelAr = show(e.label_ar ?? (e.labelEn ? e.label : ''));
  const aliases = (Array.isArray(e.forms) ? e.forms : Array.isArray(e.aliases) ? e.aliases : []) as unknown[];
  const co = (e.cooccurring ?? e.cooccurrences ?? e.related ?? e.co ?? []) as Json[];
  const events = (e.events ?? []) as Json[];
  const articles = (e.articles ?? []) as Json[];
  return (
    <div class="entity">
      <h2 data-testid="entity-label">
        {label} {labelAr && labelAr !== label ? <span class="ar" dir="rtl" lang="ar">{labelAr}</span> : null}
      </h2>
      <div class="meta">
        {e.type ? <span class="pill">{show(e.type)}</span> : null}
        {e.kind ? <span class="pill">{show(e.kind)}</span> : null}
        <span class="pill">{show(e.id ?? id)}</span>
        {e.country ? <span class="pill">{show(e.country)}</span> : null}
        {e.mentions ? <span class="pill">{show(e.mentions)} ×</span> : null}
      </div>
      <section>
        <h3>{t('aliases')}</h3>
        <ul class="aliases" dir="rtl" lang="ar">
          {aliases.length ? aliases.map((a, i) => <li key={i}>{show(a)}{typeof a === 'object' && a && (a as Json).count ? <span class="count"> {show((a as Json).count)}</span> : null}</li>) : <li class="muted">—</li>}
        </ul>
      </section>
      <div class="two">
        <section>
          <h3>{t('mentionsOverTime')}</h3>
          <BarChart data={series(e.timeline ?? e.mentionsOverTime ?? e.mentions_over_time ?? e.mentions)} />
        </section>
        <section>
          <h3>{t('cooccurring')}</h3>
          {co.length ? <CoGraph center={{ id: show(e.id ?? id), label }} others={co} /> : <p class="muted">—</p>}
        </section>
      </div>
      <section>
        <h3>{t('eventsInvolving')}</h3>
        <EventTable events={events} />
      </section>
      {articles.length ? (
        <section>
          <h3>{t('articles')}</h3>
          <ul>
            {articles.slice(0, 50).map((a, i) => (
              <li key={i}>
                <a href={href(['article', show(a.id)])} dir="rtl" lang="ar">
                  {show(a.title) || show(a.id)}
                </a>{' '}
                <span class="muted">{show(a.published).slice(0, 10)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
