import { test } from 'node:test';
import assert from 'node:assert/strict';
import { country, eventProbe, type EntitySpec } from './fixtures.ts';

// Sentences written for the codes added for unseen articles: summoning an envoy, denials, requests, agreeing to act.
const E: EntitySpec[] = [
  country('تركيا', 'TR', 'Turkey'),
  country('مصر', 'EG', 'Egypt'),
  country('الأردن', 'JO', 'Jordan'),
  country('روسيا', 'RU', 'Russia'),
  { text: 'مجلس الأمن', type: 'ORG', id: 'unsc', label_en: 'UN Security Council' },
  { text: 'الرياض', type: 'LOC', id: 'riyadh', label_en: 'Riyadh', kind: 'city' },
];
const { events, codes } = eventProbe(E);

test('114: summoning another state\'s ambassador is an official complaint; recalling one\'s own stays 161', () => {
  const [e] = events('استدعت تركيا سفير مصر يوم الأحد.');
  assert.equal(e!.code, '114');
  assert.equal(e!.source!.label, 'Turkey');
  assert.equal(e!.target!.label, 'Egypt');
  assert.deepEqual(codes('استدعت تركيا سفيرها في الرياض للتشاور.'), ['161']);
  assert.deepEqual(codes('استدعت الذاكرة سفير الحب.'), [], 'no actor: no event');
});

test('016: a denial by a named subject; the noun نفي after a preposition is none', () => {
  const [e] = events('وتنفي روسيا أي ضلوع لها في الحادث.');
  assert.equal(e!.code, '016');
  assert.equal(e!.source!.label, 'Russia');
  assert.deepEqual(codes('وسبق أن شددت روسيا على نفي استخدام أسلحتها.'), []);
  assert.deepEqual(codes('ولم تنف روسيا التقارير.'), [], 'negated');
});

test('020: طلبت X من Y is a request; the subject\'s partner joined by و is no target', () => {
  const [e] = events('وقد طلبت مصر والأردن من روسيا الدخول في محادثات.');
  assert.equal(e!.code, '020');
  assert.equal(e!.source!.label, 'Egypt');
  assert.notEqual(e!.target?.label, 'Jordan');
  assert.deepEqual(codes('ارتفع طلب اللجوء في تركيا.'), [], 'the noun طلب');
  assert.deepEqual(codes('وطلبت انعقاد مجلس الأمن لمناقشة موقف روسيا.'), [], 'what is asked for is no subject');
});

test('030: agreeing to act together; a ceasefire agreement keeps 0871', () => {
  const [e] = events('اتفقت روسيا وتركيا على زيادة الإنتاج المشترك من النفط.');
  assert.equal(e!.code, '030');
  assert.deepEqual(e!.participants.map((p) => p.label).sort(), ['Russia', 'Turkey']);
  assert.deepEqual(codes('اتفقت مصر والأردن على وقف إطلاق النار.'), ['0871']);
  assert.deepEqual(codes('ولم تتفق الأطراف على شيء.'), []);
});

test('163: tariffs imposed on another party are sanctions; a tax at home is none', () => {
  const [e] = events('فرضت روسيا رسوما جمركية على واردات الصلب من تركيا.');
  assert.equal(e!.code, '163');
  assert.equal(e!.source!.label, 'Russia');
  assert.equal(e!.target!.label, 'Turkey');
  assert.deepEqual(codes('وفرضت روسيا رسوما جديدة على السجائر.'), []);
});

test('071: directing that a grant be given (وجه ... بتقديم ... منحة) is giving it, also after the title خادم الحرمين الشريفين', () => {
  const E2: EntitySpec[] = [
    { text: 'سلمان بن عبدالعزيز آل سعود', type: 'PER', id: 'salman', label_en: 'Salman bin Abdulaziz', country: 'SA' },
    country('اليمن', 'YE', 'Yemen'),
  ];
  const ev = eventProbe(E2).events;
  const [e] = ev('وقد وجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود بتقديم مبلغ مئة مليون دولار منحة لليمن.');
  assert.equal(e!.code, '071');
  assert.equal(e!.source!.id, 'salman');
  assert.deepEqual(ev('وقد وجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود رسالة إلى اليمن.').filter((x) => x.code.startsWith('07')), [], 'a letter is no grant');
  assert.deepEqual(ev('وقد وجه الملك سلمان بن عبدالعزيز آل سعود انتقادات لتقديم منحة لليمن.').filter((x) => x.code.startsWith('07')), [], 'لتقديم: a purpose, no grant');
});

test('163: sanctions named before التي فرضتها tell who imposed them; فرضتها without sanctions before it is none', () => {
  const E3: EntitySpec[] = [
    country('الولايات المتحدة', 'US', 'United States'),
    country('إيران', 'IR', 'Iran'),
  ];
  const ev = (t: string) => eventProbe(E3).root(t, '16');
  const [e] = ev('وقالت إن العقوبات التي فرضتها الولايات المتحدة على إيران غير قانونية.');
  assert.equal(e!.code, '163');
  assert.equal(e!.source!.label, 'United States');
  assert.equal(e!.target!.label, 'Iran');
  assert.deepEqual(ev('وهي القيود التي فرضتها الولايات المتحدة على إيران منذ سنوات.'), [], 'restrictions are not sanctions');
  assert.deepEqual(ev('وتحدث عن الظروف التي فرضتها الولايات المتحدة.'), [], 'no sanctions before التي');
});

test('04: talks as a noun between parties with titles meet; a planned, proposed, negated or future meeting does not', () => {
  const E4: EntitySpec[] = [
    { text: 'تيريزا ماي', type: 'PER', id: 'may', label_en: 'Theresa May' },
    { text: 'محمد بن سلمان', type: 'PER', id: 'mbs', label_en: 'Mohammed bin Salman' },
  ];
  const meet = (t: string) => eventProbe(E4, { demonyms: [{ text: 'السعودي', id: 'Q851', iso: 'SA' }] }).root(t, '04');
  const [e] = meet('وقال ناطق إن المباحثات بين رئيس الوزراء تيريزا ماي وولي العهد السعودي، الأمير محمد بن سلمان، تناولت التجارة.');
  assert.deepEqual(e!.participants.map((p) => p.id), ['may', 'mbs']);
  assert.deepEqual(meet('وتحدث عن المباحثات المرتقبة بين رئيس الوزراء تيريزا ماي والأمير محمد بن سلمان.'), [], 'expected, not held');
  assert.deepEqual(meet('وليس هناك موعد لعقد اجتماع بين رئيسة الوزراء تيريزا ماي والأمير محمد بن سلمان.'), [], 'for holding: a plan');
  assert.deepEqual(meet('وقال إنه لن يستضيف اللقاء بين تيريزا ماي ومحمد بن سلمان.'), [], 'negated');
  assert.deepEqual(meet('وسيتبعها اجتماع بين تيريزا ماي ومحمد بن سلمان.'), [], 'future');
  assert.equal(meet('وبعد اجتماع بين تيريزا ماي ومحمد بن سلمان استمر ثلاث ساعات، صدر بيان.').length, 1, 'a meeting that happened');
});

test('1312 and speakers: a title, a comma, then the name speaks; announcing the intent to boycott or threatening sanctions is 1312', () => {
  const E5: EntitySpec[] = [
    { text: 'رجب طيب أردوغان', type: 'PER', id: 'erdogan', label_en: 'Recep Tayyip Erdoğan', country: 'TR' },
    country('تركيا', 'TR', 'Turkey'),
  ];
  const ev = eventProbe(E5, { demonyms: [{ text: 'التركي', id: 'Q43', iso: 'TR' }] }).events;
  const said = ev('قال الرئيس التركي، رجب طيب أردوغان، إن بلاده لن تتراجع.');
  assert.equal(said[0]!.code, '010');
  assert.equal(said[0]!.source!.id, 'erdogan', 'the name after the comma');
  const [b] = ev('أعلن الرئيس التركي، رجب طيب أردوغان، الثلاثاء، عزم بلاده "مقاطعة" المنتجات الأمريكية.');
  assert.equal(b!.code, '1312');
  assert.equal(ev('أعلن الرئيس التركي، رجب طيب أردوغان، الثلاثاء، عزم بلاده زيادة الصادرات.')[0]!.code, '010', 'an intent to do something else');
  assert.equal(ev('وهددت تركيا بمقاطعة المنتجات الأمريكية.')[0]!.code, '1312');
  assert.equal(ev('وهددت تركيا بفرض عقوبات على المنتجات الأمريكية.')[0]!.code, '1312');
  assert.equal(ev('وهددت تركيا بالرد على الخطوات الأمريكية.')[0]!.code, '130', 'another threat');
});

test('a title alone (ورحبت رئيسة الوزراء) is the person named earlier with that title; not a title in a construct or with a nationality', () => {
  const E6: EntitySpec[] = [
    { text: 'تيريزا ماي', type: 'PER', id: 'may', label_en: 'Theresa May' },
    country('فرنسا', 'FR', 'France'),
  ];
  const DEM = [{ text: 'الفرنسي', id: 'Q142', iso: 'FR' }];
  const ev = eventProbe(E6, { demonyms: DEM }).events;
  const welcome = ev('وقال ناطق إن رئيس الوزراء تيريزا ماي التقت الوفد. ورحبت رئيسة الوزراء بالإصلاحات.').find((e) => e.code === '051');
  assert.equal(welcome!.source!.id, 'may');
  assert.equal(ev('ورحبت رئيسة الوزراء بالإصلاحات.').find((e) => e.code === '051'), undefined, 'nobody named before');
  const other = ev('وقال ناطق إن رئيس الوزراء تيريزا ماي التقت الوفد. ورحب رئيس الوزراء الفرنسي بالإصلاحات.').find((e) => e.code === '051');
  assert.notEqual(other?.source?.id, 'may', "another country's prime minister");
  const construct = ev('وقال ناطق إن رئيس الوزراء تيريزا ماي التقت الوفد. وقال رئيس وزراء الحكومة المحلية إن الوضع صعب.');
  assert.ok(!construct.some((e) => e.code === '010' && e.source?.id === 'may' && e.trigger.text === 'قال' && e.trigger.start > 40), 'رئيس وزراء الحكومة المحلية is someone else');
});
