/**
 * A synthetic corpus for ingest tests: N TREC files of plausible Arabic news sentences,
 * built from a seeded generator (no shared data needed). Article k is unique unless
 * `dupEvery` makes every n-th article a copy of an earlier one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SUBJECTS = ['الرئيس المصري', 'وزير الخارجية الأردني', 'رئيس الوزراء العراقي', 'وزيرة الاقتصاد المغربية', 'أمين عام الجامعة العربية', 'وفد من البنك الدولي'];
const VERBS = ['زار', 'استقبل', 'التقى', 'دعا', 'انتقد', 'بحث مع'];
const PLACES = ['بغداد', 'القاهرة', 'عمّان', 'الرباط', 'الرياض', 'تونس', 'بيروت', 'الدوحة'];
const TOPICS = ['الاستثمار في الطاقة المتجددة', 'أزمة المياه', 'التعاون الأمني', 'أسعار النفط', 'التجارة البينية', 'إعادة الإعمار'];

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

export function article(k: number): { title: string; text: string } {
  const r = rng(k + 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const title = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(PLACES)} (${k})`;
  const sents: string[] = [];
  for (let i = 0; i < 6; i++) {
    sents.push(`${pick(VERBS)} ${pick(SUBJECTS)} في ${pick(PLACES)} يوم ${1 + Math.floor(r() * 28)} لبحث ${pick(TOPICS)}، وقال إن ${pick(TOPICS)} أولوية للحكومة في العام ${2015 + (k % 5)}.`);
  }
  return { title, text: sents.join(' ') + ` رقم التقرير ${k}.` };
}

export function writeCorpus(dir: string, n: number, opts: { dupEvery?: number } = {}): void {
  mkdirSync(dir, { recursive: true });
  for (let k = 0; k < n; k++) {
    const src = opts.dupEvery && k > 0 && k % opts.dupEvery === 0 ? k - 1 : k;
    const a = article(src);
    const day = String(1 + (k % 28)).padStart(2, '0');
    writeFileSync(join(dir, `doc-${String(k).padStart(4, '0')}.txt`),
      `<DOC>\n<DOCNO>T-${k}</DOCNO>\n<URL>https://example.org/${k}</URL>\n<SRC>${k % 2 ? 'BBC' : 'CNN'}</SRC>\n<TITLE>${a.title}</TITLE>\n<TIME>${day} Mar 2018 10:00:00 GMT</TIME>\n<TEXT>\n${a.text}\n</TEXT>\n</DOC>\n`);
  }
}
