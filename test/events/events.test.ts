import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedAvailable, sharedPath } from '../../src/core/paths.ts';
import { extractEvents, type EventSpan } from '../../src/events/extract.ts';
import { eventsStage } from '../../src/stages/events.ts';
import { docWith, country, eventProbe, ALIYEV_ENTITIES, ALIYEV_LAYERS, type EntitySpec } from './fixtures.ts';

const E: EntitySpec[] = [
  { text: 'عبد الله الثاني', type: 'PER', id: 'abdullah', label_en: 'Abdullah II' },
  { text: 'محمود عباس', type: 'PER', id: 'abbas', label_en: 'Mahmoud Abbas' },
  country('الأردن', 'JO', 'Jordan'),
  country('مصر', 'EG', 'Egypt'),
  country('تركيا', 'TR', 'Turkey'),
  { text: 'عمان', type: 'LOC', id: 'amman', label_en: 'Amman', kind: 'city' },
  { text: 'القاهرة', type: 'LOC', id: 'cairo', label_en: 'Cairo', kind: 'city' },
  { text: 'بغداد', type: 'LOC', id: 'baghdad', label_en: 'Baghdad', kind: 'city' },
  { text: 'الخليج', type: 'LOC', id: 'gulf', label_en: 'the Gulf', kind: 'region' },
];
const { events, codes, root } = eventProbe(E);

test('01 statement: the speaker is the subject after the verb, never a noun after أن', () => {
  const [e] = root('قال الملك عبد الله الثاني إن الوضع خطير.', '01');
  assert.equal(e!.code, '010');
  assert.equal(e!.source!.label, 'Abdullah II');
  assert.equal(root('وأضاف أن الطلاب يدرسون في الجامعات.', '01').length, 0, 'no speaker: no event');
});

test('02 appeal: دعا X Y إلى التعاون العسكري is 0212 with source and target', () => {
  const [e] = root('دعا محمود عباس دول الخليج إلى التعاون العسكري.', '02');
  assert.equal(e!.code, '0212');
  assert.equal(e!.source!.id, 'abbas');
  assert.equal(e!.target!.label, 'states of the Gulf');
  assert.equal(e!.quad_class, 1);
  assert.equal(typeof e!.goldstein, 'number');
  assert.deepEqual(root('دعا إلى التعاون العسكري.', '02'), [], 'no actor: no event');
  assert.equal(root('دعا محمود عباس إلى الحوار.', '02')[0]!.code, '026');
});

test('03 intent: أرسل دعوة with the speaker of قال X إنه as the source', () => {
  const [e] = root('قال محمود عباس إنه أرسل دعوة رسمية إلى الملك عبد الله الثاني.', '03');
  assert.equal(e!.code, '036');
  assert.equal(e!.source!.id, 'abbas');
  assert.equal(e!.target!.id, 'abdullah');
  assert.deepEqual(root('أرسل دعوة رسمية إلى المؤتمر.', '03'), []);
});

test('04 consult: visits, meetings, and nominal meetings with their place', () => {
  const [v] = root('زار محمود عباس القاهرة أمس.', '04');
  assert.equal(v!.code, '042');
  assert.equal(v!.source!.id, 'abbas');
  const [m] = root('التقى الملك عبد الله الثاني محمود عباس في عمان.', '04');
  assert.equal(m!.code, '040', 'no country known for the parties: no third location claimed');
  assert.equal(m!.target!.id, 'abbas');
  assert.equal(m!.place!.id, 'amman');
  const [n] = root('عقد اجتماع رؤساء دول الخليج ومصر في القاهرة.', '04');
  assert.deepEqual(n!.participants.map((p) => p.id), ['group:heads_of_state:gulf', 'EG']);
  assert.equal(n!.place!.id, 'cairo');
  assert.deepEqual(root('لم يزر محمود عباس القاهرة.', '04'), [], 'negated: no event');
});

test('05 agreements: signed (active and passive) with all the signatories', () => {
  const [a] = root('وقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة.', '05');
  assert.equal(a!.code, '057');
  assert.deepEqual(a!.participants.map((p) => p.id), ['EG', 'JO']);
  const [b] = root('إن مذكرة التفاهم بين مصر والأردن وتركيا الموقعة العام الماضي مهمة.', '05');
  assert.deepEqual(b!.participants.map((p) => p.id), ['EG', 'JO', 'TR']);
  assert.deepEqual(root('الموقعة على الطاولة كانت مهمة.', '05'), [], 'no agreement, no states');
});

test('06 and 07: joint funds, exercises, aid', () => {
  const [f] = root('وقد تم إنشاء صندوق استثمار مشترك بين مصر والأردن.', '06');
  assert.equal(f!.code, '061');
  assert.deepEqual(f!.participants.map((p) => p.id), ['EG', 'JO']);
  const [x] = root('أجرت مصر والأردن مناورات عسكرية مشتركة في الخليج.', '06');
  assert.equal(x!.code, '062');
  assert.equal(x!.source!.id, 'EG');
  const [a] = root('قدمت تركيا مساعدات إنسانية إلى مصر.', '07');
  assert.equal(a!.code, '073');
  assert.equal(a!.target!.id, 'EG');
});

test('10-13: demand, disapprove, threaten need an actor', () => {
  assert.equal(root('طالب محمود عباس بالإفراج عن الأسرى.', '10')[0]!.source!.id, 'abbas');
  const [d] = root('ندد الملك عبد الله الثاني بالهجوم على بغداد.', '11');
  assert.equal(d!.code, '111');
  assert.equal(root('هددت تركيا مصر بفرض عقوبات.', '13')[0]!.target!.id, 'EG');
  assert.deepEqual(root('تم التنديد بالقرار.', '11'), []);
});

test('14 protest: protesters gathering; not chanting in a relative clause, not the police', () => {
  const [p] = root('تظاهر آلاف المتظاهرين أمام البرلمان في عمان احتجاجا على الغلاء.', '14');
  assert.equal(p!.code, '141');
  assert.equal(p!.source!.label, 'protesters', 'a crowd of protesters is protesters');
  assert.equal(p!.place!.id, 'amman');
  assert.equal(root('واعتصم المتظاهرون قرب محطة الكهرباء.', '14')[0]!.source!.label, 'protesters');
  assert.deepEqual(root('فرقت الشرطة المتظاهرين الذين تجمعوا في الساحة.', '14'), [], 'relative clause');
  assert.deepEqual(root('خرج الرئيس من القاعة.', '14'), [], 'خرج alone is no protest');
  assert.deepEqual(root('لم يتظاهر أحد أمس.', '14'), []);
});

test('17 coerce: police arrest', () => {
  const [a] = root('اعتقلت الشرطة عشرات المتظاهرين في القاهرة.', '17');
  assert.equal(a!.code, '173');
  assert.equal(a!.source!.label, 'police');
});

test('18/19 assault and fight: concrete reports only, attackers as sources and people as targets', () => {
  const [b] = root('قتل 20 شخصا وجرح 40 آخرون في انفجار سيارة مفخخة في بغداد أمس.', '18');
  assert.ok(b, 'a concrete bombing report');
  assert.ok(b!.confidence >= 0.8);
  const attack = root('هاجم مسلحون بالصواريخ دورية للشرطة في بغداد أمس وقتلوا ثلاثة جنود.', '18');
  assert.ok(attack.some((e) => e.source?.label === 'gunmen'));
  assert.deepEqual(root('اتهم محمود عباس حماس بالوقوف وراء الهجوم.', '18'), [], 'talk about an attack');
  assert.deepEqual(root('القتل جريمة يعاقب عليها القانون.', '18'), [], 'no actor, nothing concrete');
  const [f] = root('اشتبك مسلحون مع قوات الأمن في بغداد أمس بالأسلحة الرشاشة وقتل خمسة.', '19');
  assert.equal(f!.code, '190');
});

test('every event has offsets inside the text and a trigger that is the text it covers', () => {
  const text = 'دعا محمود عباس دول الخليج إلى التعاون العسكري. وتظاهر آلاف المتظاهرين في عمان احتجاجا.';
  for (const e of extractEvents(docWith(text, E))) {
    assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    assert.ok(e.evidence.start <= e.trigger.start && e.trigger.end <= e.evidence.end);
    assert.ok(e.confidence > 0 && e.confidence <= 1);
    assert.ok(e.source || e.target || e.participants.length, 'an actor');
  }
});

test('bad input: empty text, no layers, odd characters', () => {
  assert.deepEqual(events(''), []);
  assert.ok(Array.isArray(events('؟؟؟ ... «» 123 \u200f')));
});

test('the stage declares its contract', () => {
  assert.deepEqual([...eventsStage.requires], ['tokens', 'words', 'sentences', 'entities']);
  assert.deepEqual([...eventsStage.assigns], ['events']);
});

test('canonical article: the expected events, with the right actors and nothing with a wrong actor', { skip: !sharedAvailable('examples', 'aliyev-central-asia.ar.txt') && 'shared data absent' }, () => {
  const text = readFileSync(sharedPath('examples', 'aliyev-central-asia.ar.txt'), 'utf8');
  const evs = extractEvents(docWith(text, ALIYEV_ENTITIES, ALIYEV_LAYERS));
  const find = (ok: (c: string) => boolean) => evs.find((e) => ok(e.code));
  const appeal = find((c) => c === '0212')!;
  assert.equal(appeal.source!.label, 'Ilham Aliyev');
  assert.equal(appeal.target!.label, 'states of Central Asia');
  const meet = find((c) => ['040', '043', '044', '046'].includes(c))!;
  assert.deepEqual(meet.participants.map((p) => p.id).sort(), ['AZ', 'group:heads_of_state:central-asia']);
  assert.equal(meet.place!.label, 'Astana');
  const sign = find((c) => c === '057')!;
  assert.deepEqual(sign.participants.map((p) => p.id), ['AZ', 'KZ', 'UZ']);
  assert.equal(sign.date!.value, '2024-05');
  const drill = find((c) => c === '062')!;
  assert.deepEqual(drill.participants.map((p) => p.id).sort(), ['AZ', 'KZ']);
  assert.equal(drill.place!.id, 'KZ');
  assert.equal(drill.date!.value, '2024-07');
  const fund = find((c) => c === '061')!;
  assert.deepEqual(fund.participants.map((p) => p.id).sort(), ['AZ', 'KG', 'KZ', 'UZ']);
  const invite = find((c) => ['036', '039', '043'].includes(c) || c.startsWith('02') && c !== '0212')!;
  assert.equal(invite.source!.label, 'Ilham Aliyev');
  assert.equal(invite.target!.label, 'heads of state of Central Asia');
  // Every actor is one of the article's real actors; statements are all Aliyev's.
  const ok = new Set(['Q7446', 'AZ', 'KZ', 'UZ', 'KG', 'group:states:central-asia', 'group:heads_of_state:central-asia']);
  for (const e of evs) {
    for (const a of [e.source, e.target, ...e.participants]) if (a) assert.ok(ok.has(a.id), `${e.code} has actor ${a.label}`);
    if (e.code.startsWith('01')) assert.equal(e.source!.id, 'Q7446');
  }
  assert.ok(evs.length <= 14, 'fewer events, not more');
});

test('integration: analyze() on the canonical article gives the expected events from the real entity stages', { skip: !sharedAvailable('examples', 'aliyev-central-asia.ar.txt') && 'shared data absent' }, async () => {
  const { analyze } = await import('../../src/stages/index.ts');
  const text = readFileSync(sharedPath('examples', 'aliyev-central-asia.ar.txt'), 'utf8');
  const d = analyze(text, { published: '2024-08-09' });
  const evs = d.layers.events as EventSpan[];
  const labels = (e: EventSpan | undefined) => (e ? [e.source, e.target, ...e.participants].filter(Boolean).map((a) => a!.label) : []);
  const by = (c: (x: string) => boolean) => evs.find((e) => c(e.code));
  assert.equal(by((c) => c === '0212')?.source?.label, 'Ilham Aliyev');
  assert.ok(labels(by((c) => ['040', '043', '044', '046'].includes(c))).includes('Azerbaijan'));
  assert.deepEqual(by((c) => c === '057')?.participants.map((p) => p.label), ['Azerbaijan', 'Kazakhstan', 'Uzbekistan']);
  assert.ok(by((c) => c === '062'));
  assert.equal(by((c) => c === '061')?.participants.length, 4);
  assert.equal(by((c) => c === '036')?.source?.label, 'Ilham Aliyev');
  for (const e of evs) for (const l of labels(e)) assert.ok(/Aliyev|Azerbaijan|Kazakhstan|Uzbekistan|Kyrgyzstan|Central Asia/.test(l), `unexpected actor ${l} in ${e.code}`);
});

test('actors: an office with a nationality and no name is the actor; a name after the title wins', () => {
  const d = docWith('واتهم الرئيس الفرنسي روسيا بالتواطؤ.', [country('روسيا', 'RU', 'Russia')], {
    demonyms: [{ text: 'الفرنسي', id: 'FR' }],
  });
  const [e] = extractEvents(d);
  assert.equal(e!.code, '112');
  assert.equal(e!.source!.label, 'President of FR');
  assert.equal(e!.target!.id, 'RU');
  const [f] = root('التقى الملك عبد الله الثاني محمود عباس.', '04');
  assert.equal(f!.source!.id, 'abdullah');
});

test('actors: a pronoun subject after إنها is the speaker, the noun after the verb is the object', () => {
  const [e] = root('وقالت الشرطة إنها اعتقلت عشرات المتظاهرين في القاهرة.', '17');
  assert.equal(e!.source!.label, 'police');
  assert.equal(e!.target!.label, 'protesters');
});

test('planned or attempted acts are not events; قد after the subject keeps the subject', () => {
  assert.deepEqual(root('ومن المقرر أن يلتقي محمود عباس الملك عبد الله الثاني.', '04'), []);
  const [e] = root('وكانت مصر قد اتهمت تركيا بالتدخل.', '11');
  assert.equal(e!.source!.id, 'EG');
  assert.equal(e!.target!.id, 'TR');
});

test('voice: who speaks decides the voice of اعتقلت; denials and passive-only verbs', () => {
  const d = docWith('قالت نوليفار إنها اعتقلت بسبب المشاركة في مظاهرة.', [{ text: 'نوليفار', type: 'PER', id: 'n', label_en: 'Nulifar' }]);
  assert.deepEqual(extractEvents(d).filter((e) => e.code.startsWith('17')), [], 'she was arrested: no doer');
  assert.deepEqual(root('نفت مصر أنها احتجزت محمود عباس.', '17'), [], 'denied');
  const [w] = root('قتل 4 من عناصر الشرطة وأصيب 9 آخرون في هجوم بعبوة ناسفة في بغداد أمس.', '18');
  assert.ok(w);
  assert.ok(!w!.source || w!.source.label !== 'police', 'the police were hit, they did not attack');
});

test('agreement: a plural verb before a noun has that noun as its object, not its subject', () => {
  const [e] = root('ونفى المسلحون الاتهامات واتهموا تركيا بالقصف.', '11');
  assert.ok(!e || e.source?.id !== 'TR', 'Turkey is accused, it does not accuse');
  const [f] = root('اتهمت تركيا مصر بالتدخل.', '11');
  assert.equal(f!.source!.id, 'TR');
});
