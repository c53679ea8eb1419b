/** Analyse a pasted text (POST /api/analyze; nothing stored). */
import { useState } from 'preact/hooks';
import { api, type DocJson } from '../api.ts';
import { t } from '../i18n.ts';
import { ArticleView } from './ArticleView.tsx';

export function Analyze() {
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [doc, setDoc] = useState<DocJson | null>(null);
  const [err, setErr] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setErr('');
    try {
      setDoc(await api.analyze(text, date ? { published: date } : undefined));
    } catch (x) {
      setErr((x as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <form class="analyze" onSubmit={run}>
        <p class="muted">{t('analyzeHint')}</p>
        <textarea dir="rtl" lang="ar" rows={8} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} name="text" />
        <div class="row">
          <label>
            {t('published')} <input type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
          </label>
          <button type="submit" disabled={busy || !text.trim()}>
            {t('run')}
          </button>
        </div>
      </form>
      {err ? <p class="error">{err}</p> : null}
      {doc ? <ArticleView doc={doc} /> : null}
    </div>
  );
}
