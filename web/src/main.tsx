/** The Marsad dashboard: hash routes #/search, #/article/:id, #/entity/:id, #/events, #/analyze. */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import './style.css';
import { api } from './api.ts';
import { useAsync } from './hooks.ts';
import { t } from './i18n.ts';
import { href, setLang, signalLang, useCell, useRoute } from './state.ts';
import { Analyze } from './views/Analyze.tsx';
import { ArticleView } from './views/ArticleView.tsx';
import { EntityPage } from './views/Entity.tsx';
import { Entities } from './views/Entities.tsx';
import { Events } from './views/Events.tsx';
import { Search } from './views/Search.tsx';

function ArticlePage({ id }: { id: string }) {
  const res = useAsync(() => api.article(id), [id]);
  if (res.loading) return <p class="muted">{t('loading')}</p>;
  if (res.error || !res.data) return <p class="error">{res.error}</p>;
  return <ArticleView doc={res.data} />;
}

function App() {
  const lang = useCell(signalLang);
  const route = useRoute();
  const health = useAsync(() => api.health(), []);
  useEffect(() => setLang(lang), []);
  const [page = 'search', arg = ''] = route.path;
  const nav = (p: string, label: string) => (
    <a href={href([p])} class={page === p ? 'active' : ''}>
      {label}
    </a>
  );
  let body;
  if (page === 'article' && arg) body = <ArticlePage id={arg} />;
  else if (page === 'entity' && arg) body = <EntityPage id={arg} />;
  else if (page === 'events') body = <Events route={route} />;
  else if (page === 'entities') body = <Entities route={route} />;
  else if (page === 'analyze') body = <Analyze />;
  else body = <Search route={route} />;
  return (
    <div class="app" key={lang}>
      <header class="top">
        <a class="brand" href={href(['search'])}>
          <span lang="ar">مرصد</span> Marsad
        </a>
        <nav>
          {nav('search', t('search'))}
          {nav('entities', t('entities'))}
          {nav('events', t('events'))}
          {nav('analyze', t('analyze'))}
          <a href="./docs" target="_blank" rel="noopener">
            {t('api')}
          </a>
        </nav>
        <button class="lang" type="button" data-testid="lang-toggle" onClick={() => setLang(lang === 'en' ? 'ar' : 'en')}>
          {t('lang')}
        </button>
      </header>
      {health.data && !health.data.store && page !== 'analyze' ? <p class="notice">{t('noStore')}</p> : null}
      <main>{body}</main>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
