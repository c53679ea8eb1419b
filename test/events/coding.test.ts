import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEvents, MIN_PROTEST_CONFIDENCE } from '../../src/events/extract.ts';
import { buildPipeline } from '../../src/core/pipeline.ts';
import { withLayers } from '../../src/core/doc.ts';
import { BASE_STAGES } from '../../src/stages/index.ts';
import { docWith, eventProbe, type EntitySpec } from './fixtures.ts';

// Real KB ids for the places: the coder reads a city's country from the knowledge base when the
// entity layer does not carry it (Amman and Cairo below have no `country` on purpose).
const E: EntitySpec[] = [
  { text: 'عبد الله الثاني', type: 'PER', id: 'abdullah', label_en: 'Abdullah II', country: 'JO' },
  { text: 'محمود عباس', type: 'PER', id: 'abbas', label_en: 'Mahmoud Abbas', country: 'PS' },
  { text: 'بشر الخصاونة', type: 'PER', id: 'khasawneh', label_en: 'Bisher Al-Khasawneh', country: 'JO' },
  { text: 'محمود عصمت', type: 'PER', id: 'esmat', label_en: 'Mahmoud Esmat' },
  { text: 'صالح الخرابشة', type: 'PER', id: 'kharabsheh', label_en: 'Saleh Kharabsheh' },
  { text: 'عمان', type: 'LOC', id: 'm:city:amman', label_en: 'Amman', kind: 'city' },
  { text: 'القاهرة', type: 'LOC', id: 'm:city:cairo', label_en: 'Cairo', kind: 'city' },
  { text: 'جنيف', type: 'LOC', id: 'm:city:geneva', label_en: 'Geneva', kind: 'city', country: 'CH' },
  { text: 'الزرقاء', type: 'LOC', id: 'zarqa', label_en: 'Zarqa', kind: 'city', country: 'JO' },
];
const DEMONYMS = [
  { text: 'المصري', id: 'Q79', iso: 'EG' },
  { text: 'الأردني', id: 'Q810', iso: 'JO' },
];
const { events } = eventProbe(E, { demonyms: DEMONYMS });
const meeting = (text: string) => events(text).find((e) => e.code.startsWith('04'));
const protests = (text: string, opts = {}) => extractEvents(docWith(text, E, { demonyms: DEMONYMS }), opts).filter((e) => e.code.startsWith('14'));

test('meetings: in a party\'s own capital the host receives (043) or the guest visits (042), not a third location', () => {
  const host = meeting('التقى الملك عبد الله الثاني محمود عباس في عمان.');
  assert.equal(host!.code, '043', 'the King of Jordan meets Abbas in Amman: he hosts');
  assert.equal(host!.source!.id, 'abdullah');
  assert.equal(host!.target!.id, 'abbas');
  assert.equal(host!.place!.id, 'm:city:amman');
  const guest = meeting('التقى محمود عباس الملك عبد الله الثاني في عمان.');
  assert.equal(guest!.code, '042', 'Abbas meets the King in Amman: he visits');
  assert.equal(meeting('التقى محمود عباس الملك عبد الله الثاني في الزرقاء.')!.code, '042', 'any place in the host\'s country');
});

test('meetings: a third location only when the place is in neither party\'s country; unknown means 040', () => {
  assert.equal(meeting('التقى الملك عبد الله الثاني محمود عباس في القاهرة.')!.code, '044');
  assert.equal(meeting('اجتمع الملك عبد الله الثاني مع محمود عباس في جنيف.')!.code, '044');
  assert.equal(meeting('التقى الملك عبد الله الثاني محمود عباس.')!.code, '040', 'no place: no third location claimed');
  assert.equal(meeting('التقى الملك عبد الله الثاني بشر الخصاونة في القاهرة.')!.code, '044');
  assert.equal(meeting('التقى الملك عبد الله الثاني بشر الخصاونة في عمان.')!.code, '040', 'both Jordanian, in Amman: a domestic meeting');
  // After what the meeting is about, في names the topic, not the place.
  const topic = meeting('اجتمع الملك عبد الله الثاني مع محمود عباس لبحث الوضع في القاهرة.');
  assert.equal(topic!.code, '040');
  assert.equal(topic!.place, null);
  assert.equal(meeting('وصل محمود عباس لبحث الوضع مع الملك عبد الله الثاني.'), undefined, 'لبحث is a purpose, not a meeting that happened');
});

test('meetings: a minister with a portfolio meets his counterpart (نظيره) of the stated nationality', () => {
  const m = meeting('التقى وزير الكهرباء المصري محمود عصمت نظيره الأردني صالح الخرابشة في عمان أمس.');
  assert.ok(m, 'the meeting is coded');
  assert.equal(m!.source!.id, 'esmat');
  assert.equal(m!.target!.id, 'kharabsheh');
  assert.equal(m!.code, '042', 'the Egyptian minister visits his Jordanian counterpart in Amman');
  assert.equal(meeting('التقى وزير الكهرباء المصري محمود عصمت نظيره الأردني صالح الخرابشة في القاهرة.')!.code, '043');
  // No name after the counterpart: the counterpart is an actor with its country.
  const n = meeting('التقى وزير الكهرباء المصري نظيره الأردني في القاهرة.');
  assert.equal(n!.source!.label, 'Minister of Egypt');
  assert.equal(n!.target!.label, 'counterpart (Jordan)');
  assert.equal(n!.code, '043');
  assert.equal(meeting('اجتمع وزير الخارجية الأردني مع نظيره المصري في جنيف.')!.code, '044');
  assert.equal(meeting('التقى وزير الخارجية المصري نظيره الأردني.')!.code, '040');
});

test('protests: a crowd of protesters, about a number, and the cues that make a report concrete', () => {
  const [a] = protests('وتجمع نحو 500 متظاهر أمام المحكمة أمس احتجاجا على الحكم.');
  assert.equal(a!.code, '141');
  assert.equal(a!.source!.label, 'protesters');
  const [b] = protests('وتجمع مئات المتظاهرين.');
  assert.ok(b, 'a bare report is still a protest');
  assert.ok(a!.confidence > b!.confidence, 'place, time and purpose make it more certain');
  assert.ok(b!.confidence >= MIN_PROTEST_CONFIDENCE);
  const [c] = protests('وخرج سكان الحي إلى الشوارع مطالبين بالماء.');
  assert.equal(c!.source!.label, 'civilians', 'residents who go out demanding something protest');
  const bomb = events('وقتل 19 شخصا أمس عندما فجر انتحاري نفسه وسط حشد من المتظاهرين.').find((e) => e.code === '1831');
  assert.equal(bomb!.target!.label, 'protesters', 'protesters can be the people a bombing hits');
});

test('protests: objecting, pretending, interrupting and one person going out are no demonstrations', () => {
  const objected = events('واحتج محمود عباس على القرار.');
  assert.deepEqual(objected.filter((e) => e.code.startsWith('14')), []);
  assert.equal(objected.find((e) => e.code.startsWith('11'))!.code, '111', 'one named person objecting criticises');
  assert.deepEqual(protests('وتظاهر محمود عباس بعدم المعرفة.'), [], 'تظاهر بـ: pretended');
  assert.deepEqual(protests('وقاطع الطلاب محمود عباس أثناء كلمته.'), [], 'قاطع a person: interrupted');
  assert.deepEqual(protests('وخرج محمود عباس إلى الصحفيين مطالبا بالهدوء.'), [], 'one person going out');
  assert.deepEqual(protests('وهدد المتظاهرون بقطع الطريق.'), [], 'بقطع is a noun: a threat, not a blockade');
  assert.equal(protests('وقطع المتظاهرون الطريق أمام المحكمة أمس احتجاجا على الحكم.')[0]!.code, '144');
});

test('protests: a celebration, a look back and history are not reports of a new protest', () => {
  const party = 'وخرج المئات من أنصار الحزب في مظاهرات فرح بعد إعلان النتائج.';
  assert.deepEqual(protests(party), [], 'a celebration');
  assert.equal(protests(party, { minProtestConfidence: 0.3 }).length, 1, 'kept with a lower threshold: the confidence did it');
  const now = protests('وتظاهر آلاف المتظاهرين في عمان.')[0]!;
  const back = protests('وكان آلاف المتظاهرين قد تظاهروا في عمان.')[0];
  assert.ok(!back || back.confidence < now.confidence, 'a pluperfect looks back');
  const base = buildPipeline(BASE_STAGES);
  const dated = (text: string, published: string) => withLayers(base(text, { published }), { entities: [] }, 'test');
  const text = 'وفي عام 2011 خرج المتظاهرون إلى الشوارع مطالبين بالديمقراطية.';
  assert.deepEqual(extractEvents(dated(text, '2018-05-01')).filter((e) => e.code.startsWith('14')), [], 'seven years before the article: history');
  assert.equal(extractEvents(dated(text, '2011-02-15')).filter((e) => e.code.startsWith('14')).length, 1, 'the same year: news');
});

const violent = (text: string) => events(text).filter((e) => /^(18|19|20)/.test(e.code));

test('accidents: killing or wounding caused by an accident in the same clause is no attack, nor any event', () => {
  // Each accident is checked against the same sentence with an attack as the cause, which stays an attack.
  const pairs: [string, string][] = [
    ['أصيب 10 أشخاص في انفجار ألعاب نارية خلال احتفال في عمان أمس.', 'أصيب 10 أشخاص في انفجار عبوة ناسفة خلال احتفال في عمان أمس.'],
    ['قتل 5 أشخاص وأصيب 12 آخرون في حادث سير على طريق الزرقاء أمس.', 'قتل 5 أشخاص وأصيب 12 آخرون في هجوم مسلح على طريق الزرقاء أمس.'],
    ['قتل 10 أشخاص في حريق في القاهرة أمس.', 'قتل 10 أشخاص في حريق متعمد أضرمه مسلحون في القاهرة أمس.'],
    ['قتل 4 أشخاص أمس، جراء انهيار مبنى في القاهرة.', 'قتل 4 أشخاص أمس، جراء قصف مبنى في القاهرة.'],
    ['قتل 30 شخصا في تدافع خلال مهرجان في القاهرة أمس.', 'قتل 30 شخصا في تفجير انتحاري خلال مهرجان في القاهرة أمس.'],
    ['قتل 3 عمال صعقا بالكهرباء في الزرقاء أمس.', 'قتل 3 عمال برصاص مسلحين في الزرقاء أمس.'],
    ['قتل 7 أشخاص غرقا قرب عمان أمس.', 'قتل 7 أشخاص بقذيفة قرب عمان أمس.'],
    ['قتل 15 شخصا في تحطم طائرة قرب القاهرة أمس.', 'قتل 15 شخصا عندما أسقط مسلحون طائرة قرب القاهرة أمس.'],
  ];
  for (const [accident, attack] of pairs) {
    assert.deepEqual(violent(accident), [], `an accident: ${accident}`);
    assert.ok(violent(attack).length > 0, `an attack: ${attack}`);
  }
});

test('accidents: a car bomb and a shooting "incident" (حادث) stay attacks; the cause is read in its own clause', () => {
  assert.ok(violent('قتل 20 شخصا في انفجار سيارة مفخخة في القاهرة أمس.').length > 0, 'a car bomb');
  assert.ok(violent('قتل 3 أشخاص في حادث إطلاق نار في القاهرة أمس.').length > 0, 'حادث إطلاق نار is a shooting');
  // The road accident is told in another clause: the bombing before it stays.
  const two = violent('قتل 3 أشخاص في هجوم بعبوة ناسفة أمس، فيما أصيب 4 آخرون في حادث سير في الزرقاء.');
  assert.equal(two.length, 1);
  assert.equal(two[0]!.trigger.text, 'قتل');
  // A collapse caused by shelling is shelling.
  assert.ok(violent('قتل 5 أشخاص بانهيار مبنى إثر قصف على القاهرة أمس.').length > 0);
});
