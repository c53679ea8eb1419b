import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docWith, eventProbe, type EntitySpec } from './fixtures.ts';
import { extractEvents } from '../../src/events/extract.ts';

// Protest (14x) recall and precision rules of the 2026-11-28 H1 round. Sentences written for these tests: each rule has a
// sentence it codes and a close one it leaves alone.
const E: EntitySpec[] = [
  { text: 'حركة الشباب', type: 'ORG', id: 'org:youth', label_en: 'Youth Movement' },
  { text: 'أحمد سالم', type: 'PER', id: 'per:ahmad', label_en: 'Ahmad Salem' },
  { text: 'روسيا', type: 'LOC', id: 'russia', label_en: 'Russia', kind: 'country', country: 'RU' },
];
const demonyms = [
  { text: 'العراقيين', id: 'Q796', iso: 'IQ' },
  { text: 'الفلسطينيون', id: 'm:country:ps', iso: 'PS' },
  { text: 'الفلسطينيين', id: 'm:country:ps', iso: 'PS' },
];
const { events } = eventProbe(E, { demonyms });
const protests = (text: string) => events(text).filter((e) => e.code.startsWith('14'));
const one = (text: string) => {
  const ps = protests(text);
  assert.equal(ps.length, 1, `one protest in: ${text} (got ${ps.map((e) => e.code).join(', ') || 'none'})`);
  return ps[0]!;
};

test('a crowd of a nationality or a group after من is one actor, also before قد', () => {
  const e = one('وكان الآلاف من العراقيين قد خرجوا في مسيرات في العاصمة أمس احتجاجا على النتائج.');
  assert.equal(e.source?.label, 'crowd (Iraq)');
  assert.equal(one('وتظاهر المئات من أصحاب المحلات أمام البرلمان أمس احتجاجا على الضرائب.').source?.label, 'traders');
  assert.equal(one('وكان المئات من التجار قد تظاهروا أمام البرلمان أمس احتجاجا على الضرائب.').source?.label, 'crowd');
  assert.deepEqual(protests('وكان الآلاف من العراقيين قد خرجوا من البلاد بحثا عن العمل.'), [], 'going out with no protest purpose');
});

test('more than / about a number before the subject (أكثر من ألف، نحو ألفي)', () => {
  assert.equal(one('وتجمع أكثر من ألف متظاهر أمام البرلمان أمس.').source?.label, 'protesters');
  assert.equal(one('وتظاهر نحو الفي شخص أمس في العاصمة تضامنا مع السجناء.').code, '141');
  assert.deepEqual(protests('وتجمع أكثر من ألف شخص في الملعب لمشاهدة المباراة.'), [], 'a crowd with no protest purpose');
  const v = events('وقتل أكثر من 20 شخصا في هجوم بسيارة مفخخة أمس.').filter((x) => /^(18|19)/.test(x.code));
  assert.equal(v[0]?.target?.label, 'civilians', 'the same reading for the people hit');
});

test('groups as protesters: activists, teachers, doctors, traders, residents', () => {
  assert.equal(one('واعتصم المعلمون أمام وزارة التربية أمس للمطالبة بزيادة الأجور.').source?.label, 'teachers');
  assert.equal(one('وتظاهر عشرات النشطاء أمام السفارة أمس.').source?.label, 'activists');
  assert.equal(one('وأضرب الأطباء في المستشفيات الحكومية أمس احتجاجا على الاعتداءات.').code, '143');
  assert.equal(one('وخرج الأهالي إلى الشوارع مطالبين بالإفراج عن المعتقلين.').source?.label, 'residents');
  // A group noun right before a name describes the person (الناشطين أحمد سالم): the person is the actor.
  const arrest = events('واعتقلت الشرطة الناشطين أحمد سالم أمس.').find((x) => x.code.startsWith('17'));
  assert.equal(arrest?.target?.label, 'Ahmad Salem');
});

test('احتج: argued (بأن) is no protest; objecting without a site or a number is 111', () => {
  assert.deepEqual(events('واحتج المحامون بأن موكلهم يواجه موقفا صعبا.').filter((x) => /^(14|11)/.test(x.code)), [], 'argued: no protest, no objection');
  assert.equal(one('فاحتج الأهالي على القرار بالمظاهرات أمس.').code, '141', 'they protested with demonstrations');
  assert.ok(events('واحتجت روسيا بشدة على التصريحات.').some((x) => x.code === '114'), 'بشدة (strongly) is no argument');
  assert.equal(one('واحتج المحامون أمام المحكمة أمس على الحكم.').code, '141');
  assert.deepEqual(protests('واحتج الأطباء على قرار الوزارة.'), []);
  assert.ok(events('واحتج الأطباء على قرار الوزارة.').some((x) => x.code === '111'), 'an objection');
  assert.equal(one('واحتج مئات الأطباء على قرار الوزارة.').code, '141', 'hundreds of them: a protest');
  assert.equal(one('واحتج المتظاهرون على القرار.').code, '141', 'protesters protest');
});

test('تجمع/تظاهر right after a noun are verbal nouns (حظر تجمع)', () => {
  assert.deepEqual(protests('ويصوت المجلس على إمكانية حظر تجمع النشطاء ضد الإجهاض خارج العيادة.'), []);
  assert.equal(protests('وتجمع النشطاء ضد الإجهاض خارج العيادة أمس.').length, 1);
  assert.equal(protests('وفي المدينة تجمع المئات أمس احتجاجا على القرار.').length, 1, 'after a preposition\'s object the verb starts the clause');
});

test('a protest noun as the subject of a verb of happening, with its protesters', () => {
  assert.equal(one('وفي الخرطوم، خرجت أمس مظاهرة غاضبة ضد القرار، وندد المتظاهرون بالحكومة.').source?.label, 'protesters');
  assert.equal(one('واندلعت احتجاجات الطلاب أمس في العاصمة للمطالبة بخفض الرسوم.').source?.label, 'students');
  assert.equal(one('تجددت مظاهرات العراقيين مساء الجمعة في عدد من المدن.').source?.label, 'people (Iraq)');
  assert.equal(one('وتسبب إضراب العمال في إلغاء 300 رحلة أمس.').code, '143');
  assert.equal(one('وشارك المئات، في تظاهرة نظمتها حركة الشباب أمام البرلمان.').source?.label, 'Youth Movement');
  assert.deepEqual(protests('وشهدت العاصمة مظاهرات غاضبة أمس.'), [], 'a place saw protests: no actor');
  assert.deepEqual(protests('وجرت التظاهرة بهدوء أمس، ورفع المتظاهرون الأعلام.'), [], 'a definite noun: a protest told before');
  assert.deepEqual(protests('ولم تندلع مظاهرات في العاصمة رغم دعوات المتظاهرين.'), [], 'negated');
  assert.deepEqual(protests('وستنطلق مظاهرات الطلاب غدا.'), [], 'future');
});

test('a people named by its nationality protests; it is no actor of other verbs', () => {
  assert.equal(one('وتظاهر الفلسطينيون أمام مقر الأمم المتحدة أمس احتجاجا على الاستيطان.').source?.label, 'people (Palestine)');
  assert.ok(!events('ودعا الرئيس الفلسطينيين إلى الهدوء.').some((x) => x.source?.label.startsWith('people') || x.target?.label.startsWith('people')));
  assert.ok(!events('وطالب الفلسطينيون بالإفراج عن السجناء.').some((x) => x.source?.label.startsWith('people')), 'a demand: not coded from a nationality');
});

test('background: سبق (had already) looks back; تاريخي (historic) does not', () => {
  assert.deepEqual(protests('وسبق أن تظاهر المئات أمام البرلمان احتجاجا على القانون.'), []);
  assert.equal(protests('وتظاهر المئات أمام البرلمان احتجاجا على القانون.').length, 1);
  assert.equal(protests('وتظاهر المئات أمس في الساحة التاريخية احتجاجا على القانون.').length, 1);
});

test('organising or joining protests, starting a strike; a state organising a rally is none', () => {
  assert.equal(one('ونظم الطلاب اعتصامات أمام الجامعة أمس احتجاجا على الرسوم.').source?.label, 'students');
  assert.equal(one('وشارك آلاف المتظاهرين في مظاهرات في العاصمة أمس.').code, '141');
  assert.equal(one('وبدأ المعلمون إضرابا مفتوحا أمس للمطالبة بزيادة الرواتب.').code, '143');
  assert.deepEqual(protests('ونظمت روسيا مظاهرات في العاصمة أمس.'), [], 'a state organising: no protest, no complaint');
  assert.ok(!events('ونظمت روسيا مظاهرات في العاصمة أمس.').some((x) => x.code === '114'));
  assert.deepEqual(protests('وشارك آلاف الطلاب في مسيرة سلمية لصالح الفقراء.'), [], 'a march is not always a protest');
});

test('a protest noun before its verb after إن/كان; elsewhere a verb after an indefinite noun describes it', () => {
  assert.equal(one('وقالت المصادر إن مظاهرة عنيفة اندلعت في منطقة الميناء، وأحرق المتظاهرون سيارة.').source?.label, 'protesters');
  assert.equal(one('وكانت احتجاجات قد بدأت في البلاد الشهر الماضي عندما فتحت الشرطة النار على المتظاهرين.').code, '141');
  assert.deepEqual(protests('وشهدت مدن أخرى مظاهرات مماثلة أدت إلى اشتباكات بين المتظاهرين والشرطة.'), []);
});

test('a year before the article\'s after خلال/في (عام) is the protest\'s own time: history; منذ is not', () => {
  const at = (text: string) => {
    const d = docWith(text, E, { demonyms });
    return extractEvents({ ...d, meta: { ...d.meta, published: '2018-06-13' } }).filter((e) => e.code.startsWith('14'));
  };
  assert.deepEqual(at('وشارك آلاف المتظاهرين في مظاهرات في العاصمة خلال عام 2011.'), []);
  assert.equal(at('وشارك آلاف المتظاهرين في مظاهرات في العاصمة أمس.').length, 1);
  assert.equal(at('وتظاهر الآلاف أمس في العاصمة في أكبر تظاهرة منذ عام 2012 احتجاجا على القانون.').length, 1, 'since 2012');
});

test('the target after ضد is not the object of an act named there (ضد قصف اليمن)', () => {
  const P: EntitySpec[] = [{ text: 'اليمن', type: 'LOC', id: 'yemen', label_en: 'Yemen', kind: 'country', country: 'YE' }, { text: 'ترامب', type: 'PER', id: 'trump', label_en: 'Donald Trump' }];
  const probe = eventProbe(P);
  const p1 = probe.events('وتظاهر عشرات النشطاء ضد قصف اليمن أمس أمام السفارة.').find((e) => e.code.startsWith('14'));
  assert.equal(p1?.target, null, 'Yemen is bombed, not protested against');
  const p2 = probe.events('وتظاهر عشرات النشطاء ضد الرئيس ترامب أمس أمام السفارة.').find((e) => e.code.startsWith('14'));
  assert.equal(p2?.target?.label, 'Donald Trump', 'a title before the target stays');
});
