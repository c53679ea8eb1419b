/** Entity list: filter by name and type, most mentioned first; each row opens the entity page. */
import { useState } from 'preact/hooks';
import { api, type Json } from '../api.ts';
import { useAsync } from '../hooks.ts';
import { t } from '../i18n.ts';
import { href, type Route } from '../state.ts';
import { show } from '../util.ts';

const TYPES = ['', 'PER', 'LOC', 'ORG', 'MISC'];

export function Entities({ route }: { route: Route }) {
  const q = route.params.get('q') ?? '';
  const type = route.params.get('type') ?? '';
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const [draft, setDraft] = useState({ q, type });
  const res = useAsync(() => api.entities({ q, type, limit: 50, offset }), [q, type, offset]);
  const items = (res.data?.items ?? []) as Json[];
  return (
    <div class="entities-page">
      <form
        class="row filters-row"
        onSubmit={(e) => {
          e.preventDefault();
          location.hash = href(['entities'], draft);
        }}
      >
        <label class="filter">
          <span>{t('name')}</span>
          <input name="q" dir="auto" value={draft.q} onInput={(e) => setDraft({ ...draft, q: (e.target as HTMLInputElement).value })} />
        </label>
        <label class="filter">
          <span>{t('type')}</span>
          <select name="type" value={draft.type} onChange={(e) => setDraft({ ...draft, type: (e.target as HTMLSelectElement).value })}>
            {TYPES.map((x) => (
              <option key={x} value={x}>
                {x || '—'}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('filter')}</button>
      </form>
      {res.error ? <p class="error">{res.error}</p> : null}
      <table data-testid="entities-table">
        <thead>
          <tr>
            <th>{t('name')}</th>
            <th>{t('labels')}</th>
            <th>{t('type')}</th>
            <th>{t('mentions')}</th>
            <th>{t('articles')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={show(e.id)}>
              <td>
                <a href={href(['entity', show(e.id)])} dir="auto">
                  {show(e.labelEn) || show(e.label)}
                </a>
              </td>
              <td class="ar" dir="rtl" lang="ar">
                {show(e.label)}
              </td>
              <td>
                {show(e.type)} {e.kind ? <span class="muted">{show(e.kind)}</span> : null}
              </td>
              <td>{show(e.mentions)}</td>
              <td>{show(e.articles)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pager">
        {offset > 0 ? <a href={href(['entities'], { q, type, offset: Math.max(0, offset - 50) })}>‹</a> : null}
        {items.length === 50 ? <a href={href(['entities'], { q, type, offset: offset + 50 })}>›</a> : null}
      </nav>
    </div>
  );
}
