import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/stages/index.ts';

type E = { text: string; id?: string };
const ents = (text: string) => ((analyze(text, { published: '2024-08-07' }).layers.entities ?? []) as E[]).map((e) => [e.text, e.id]);

test('dev5 KB entries: the whole name is found and linked', () => {
  const got = ents('نشرت صحيفة وول ستريت جورنال تقريرا عن أرباح الأندية في الدوري الإنجليزي الممتاز هذا الموسم.');
  assert.ok(got.some(([t, id]) => t === 'وول ستريت جورنال' && id === 'm:organization:the-wall-street-journal'), JSON.stringify(got));
  assert.ok(got.some(([t, id]) => t === 'الدوري الإنجليزي الممتاز' && id === 'm:organization:premier-league'), JSON.stringify(got));
  const g2 = ents('وصوت الكنيست على القانون بعد نقاش طويل، وقال غرينبلات إن الخطة جاهزة.');
  assert.ok(g2.some(([t, id]) => t === 'الكنيست' && id === 'm:organization:knesset'), JSON.stringify(g2));
  assert.ok(g2.some(([, id]) => id === 'm:person:jason-greenblatt'), JSON.stringify(g2));
});

test('dev5 KB entries: CNBC is not read as NBC; a bare السلام الآن is not Peace Now', () => {
  const got = ents('وقال الوزير في مقابلة مع شبكة سي إن بي سي إن الأسعار سترتفع.');
  assert.ok(!got.some(([, id]) => id === 'm:organization:nbc'), JSON.stringify(got));
  const g2 = ents('نريد السلام الآن وليس غدا، قال أحد السكان.');
  assert.ok(!g2.some(([, id]) => id === 'm:organization:peace-now'), JSON.stringify(g2));
});
