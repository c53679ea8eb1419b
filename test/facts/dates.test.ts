import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, isoWeek, parsePublished, weekDays } from '../../src/facts/dates.ts';
import { hijriToGregorian } from '../../src/facts/calendar.ts';
import { tokenize } from '../../src/ar/tokenize.ts';
import { analyze } from '../../src/stages/index.ts';
import { DATE_CASES } from './date-cases.ts';

const run = (text: string, published: string | null | undefined) =>
  findDates(text, tokenize(text), published === null ? undefined : (published ?? '2024-08-09'));

test(`date cases (${DATE_CASES.length}): mentions, resolutions and granularity`, () => {
  for (const c of DATE_CASES) {
    const got = run(c.text, c.published).map((d) => [d.text, d.resolved, d.granularity]);
    assert.deepEqual(got, c.want, c.text);
  }
});

test('spans are offsets into the original text', () => {
  for (const c of DATE_CASES) {
    for (const d of run(c.text, c.published)) assert.equal(c.text.slice(d.start, d.end), d.text);
  }
});

test('relative flag, calendar and the Hijri date as written', () => {
  const [a] = run('الموافق 7 ذو القعدة 1445 هـ', undefined);
  assert.equal(a!.calendar, 'hijri');
  assert.equal(a!.hijri, '1445-11-07');
  assert.equal(a!.relative, false);
  const [b] = run('التدريب الذي عقد الشهر الماضي', undefined);
  assert.equal(b!.relative, true);
  const [c] = run('قال الوزير أمس', null);
  assert.equal(c!.unresolved, true);
  assert.equal(c!.resolved, null);
});

test('publication dates: ISO, timestamps and RFC 822; garbage is null', () => {
  assert.equal(parsePublished('2024-08-09')!.toISOString().slice(0, 10), '2024-08-09');
  assert.equal(parsePublished('2024-08-09T23:30:00Z')!.toISOString().slice(0, 10), '2024-08-09');
  assert.equal(parsePublished('Tue, 20 Feb 2018 01:44:01 GMT')!.toISOString().slice(0, 10), '2018-02-20');
  assert.equal(parsePublished('not a date'), null);
  assert.equal(parsePublished(undefined), null);
});

test('calendar helpers: ISO weeks across a year boundary, Hijri conversion', () => {
  assert.equal(isoWeek(new Date(Date.UTC(2021, 0, 1))), '2020-W53');
  assert.equal(isoWeek(new Date(Date.UTC(2024, 7, 9))), '2024-W32');
  assert.equal(hijriToGregorian(1445, 9, 1)!.toISOString().slice(0, 10), '2024-03-11');
  assert.equal(hijriToGregorian(1445, 13, 1), null);
});

test('a week carries its first and last day; other granularities do not', () => {
  // 2018-08-14 is a Tuesday of ISO week 33
  const ds = run('قال الوزير الأسبوع الماضي إنه سيزور القاهرة الأسبوع المقبل، وفي 3 أغسطس وقع الاتفاق.', '2018-08-14');
  assert.deepEqual(
    ds.map((d) => [d.text, d.resolved, d.firstDay, d.lastDay]),
    [
      ['الأسبوع الماضي', '2018-W32', '2018-08-06', '2018-08-12'],
      ['الأسبوع المقبل', '2018-W34', '2018-08-20', '2018-08-26'],
      ['3 أغسطس', '2018-08-03', undefined, undefined],
    ],
  );
  // weeks across a year boundary, and labels that are no week
  assert.deepEqual(weekDays('2020-W53'), ['2020-12-28', '2021-01-03']);
  assert.deepEqual(weekDays('2025-W01'), ['2024-12-30', '2025-01-05']);
  assert.deepEqual(weekDays(isoWeek(new Date(Date.UTC(2024, 7, 9)))), ['2024-08-05', '2024-08-11']);
  assert.equal(weekDays('2024-08'), null);
  // no publication date: nothing to bound
  assert.equal(run('الأسبوع الماضي', null)[0]?.firstDay, undefined);
});

test('impossible dates are not dates', () => {
  // `31 فبراير` is no day; the month and year still stand
  assert.deepEqual(run('في 31 فبراير 2024', undefined).map((d) => [d.text, d.granularity]), [['فبراير 2024', 'month']]);
  assert.deepEqual(run('الرقم 45/13/2020', undefined), []);
});

test('dates stage in the pipeline uses doc.meta.published', () => {
  const doc = analyze('وصل الوفد أمس إلى الرياض.', { published: '2020-01-01' });
  const dates = doc.layers.dates as { resolved: string }[];
  assert.deepEqual(dates.map((d) => d.resolved), ['2019-12-31']);
});

test('anaphoric periods count from the date mentioned before them; without one they are no date', () => {
  const got = (text: string, published = '2018-07-13') => run(text, published).map((d) => [d.text, d.resolved, d.granularity]);
  // the year after the one named in the sentence before (not the year after publication)
  assert.deepEqual(got('فاز الحزب في انتخابات 2008. وفي العام التالي قضت المحكمة بمنعه.'), [['2008', '2008', 'year'], ['العام التالي', '2009', 'year']]);
  assert.deepEqual(got('افتتح المصنع عام 2015، وفي العام نفسه أغلق المصنع الآخر.'), [['عام 2015', '2015', 'year'], ['العام نفسه', '2015', 'year']]);
  // a day of the month named before, written with a numeral or an ordinal
  assert.deepEqual(got('هبط الاحتياطي في الفترة من 20 مايو/أيار الماضي، وحتى 31 من نفس الشهر.'), [['20 مايو/أيار الماضي', '2018-05-20', 'day'], ['31 من نفس الشهر', '2018-05-31', 'day']]);
  assert.deepEqual(got('وقعت الاتفاقية في 3 مارس/آذار 2016، ثم عدلت في الخامس عشر من الشهر نفسه.'), [['3 مارس/آذار 2016', '2016-03-03', 'day'], ['الخامس عشر من الشهر نفسه', '2016-03-15', 'day']]);
  // the day after a weekday (resolved against publication); a year-only antecedent gives no day
  assert.deepEqual(got('وصل الوزير يوم الاثنين إلى القاهرة، وفي اليوم التالي التقى الرئيس.'), [['يوم الاثنين', '2018-07-09', 'day'], ['اليوم التالي', '2018-07-10', 'day']]);
  assert.deepEqual(got('زار الوزير القاهرة عام 2010، وفي اليوم التالي غادر.'), [['عام 2010', '2010', 'year']]);
  // a month name with `التالي`: the first such month after the date before (same year or the next)
  assert.deepEqual(got('وفي أوائل يناير/كانون الثاني 2017 اختفى تماما. وفي أغسطس/آب التالي صدر شريط مصور.'), [['يناير/كانون الثاني 2017', '2017-01', 'month'], ['أغسطس/آب التالي', '2017-08', 'month']]);
  assert.deepEqual(got('وقع الاتفاق في أكتوبر/تشرين الأول 2016، ثم ألغي في مارس/آذار التالي.'), [['أكتوبر/تشرين الأول 2016', '2016-10', 'month'], ['مارس/آذار التالي', '2017-03', 'month']]);
  // nothing before: no date (not the year after publication); an unresolved antecedent neither
  assert.deepEqual(got('ستجرى الانتخابات في العام التالي.'), []);
  assert.deepEqual(run('وصل الوزير يوم الاثنين، وفي اليوم التالي غادر.', null).map((d) => [d.text, d.resolved]), [['يوم الاثنين', null]]);
  // not dates: `العام` as "general", a period placed by what follows, a day that does not exist
  assert.deepEqual(got('وقال الأمين العام نفسه إن الاجتماع مهم.'), []);
  assert.deepEqual(got('وقع الهجوم في نفس اليوم من العام الماضي.'), [['العام الماضي', '2017', 'year']]);
  assert.deepEqual(got('بدأ الإضراب في 10 فبراير/شباط 2018 وانتهى في 30 من الشهر نفسه.'), [['10 فبراير/شباط 2018', '2018-02-10', 'day']]);
});

test('`بعد` + a period counts from the date told before it (or is no date); `قبل` still counts back from publication', () => {
  const got = (text: string, published = '2018-07-13') => run(text, published).map((d) => [d.text, d.resolved]);
  assert.deepEqual(got('وصل الوفد إلى القاهرة يوم الاثنين، وبعد يومين غادر إلى عمان.'), [['يوم الاثنين', '2018-07-09'], ['وبعد يومين', '2018-07-11']]);
  assert.deepEqual(got('هربت إلى بيت خالتها، ولكن بعد ثلاثة أعوام عادت إلى بيت والديها.'), []);
  assert.deepEqual(got('غادر الوزير قبل يومين إلى القاهرة.'), [['قبل يومين', '2018-07-11']]);
  // counted from another event, even with a word between; and the idiom "day after day"
  assert.deepEqual(got('وجاءت العقوبات بعد يومين فقط من إعلان الانسحاب.'), []);
  assert.deepEqual(got('توفي بعد عام واحد من وفاة أخيه.'), []);
  assert.deepEqual(got('تتزايد الضغوط على الرئيس يوما بعد يوم.'), []);
  // `قبل يوم الاقتراع`: the day of something, not "a day ago"
  assert.deepEqual(got('تحتاج البلاد إلى إطار قانوني قبل يوم الاقتراع.'), []);
  assert.deepEqual(got('وصل الوفد قبل يوم واحد.'), [['قبل يوم', '2018-07-12']]);
});

test('a day of the publication month with `القادم` is this month when the day is still ahead', () => {
  assert.deepEqual(run('ستعقد القمة في 12 يونيو القادم.', '2018-06-06').map((d) => d.resolved), ['2018-06-12']);
  assert.deepEqual(run('ستعقد القمة في 5 يونيو القادم.', '2018-06-06').map((d) => d.resolved), ['2019-06-05']);
  assert.deepEqual(run('عقدت القمة في 2 يونيو الماضي.', '2018-06-06').map((d) => d.resolved), ['2018-06-02']);
});
