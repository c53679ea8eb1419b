import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, sigFromHex, signature, sigToHex, similarity } from '../../src/cluster/minhash.ts';

const A = 'أعلنت وزارة الخارجية الأذربيجانية اليوم أن الرئيس إلهام علييف سيزور أستانا الأسبوع المقبل لحضور قمة رؤساء دول آسيا الوسطى، حيث سيناقش القادة التعاون في مجالات الطاقة والنقل والأمن والاستثمار المشترك بين البلدين.';
const A2 = 'قالت وزارة الخارجية الأذربيجانية اليوم إن الرئيس إلهام علييف سيزور أستانا الأسبوع المقبل لحضور قمة رؤساء دول آسيا الوسطى، حيث سيناقش القادة التعاون في مجالات الطاقة والنقل والأمن والاستثمار المشترك بين البلدين. (وكالات)';
const B = 'فاز المنتخب المغربي على نظيره التونسي بهدفين مقابل هدف في المباراة النهائية للبطولة العربية التي أقيمت في الدوحة مساء أمس أمام جمهور غفير.';

test('near-duplicates (syndicated copies) are similar, unrelated articles are not', () => {
  const sa = signature(A);
  assert.ok(similarity(sa, signature(A2)) >= 0.5, `A~A2 ${similarity(sa, signature(A2))}`);
  assert.ok(similarity(sa, signature(B)) < 0.2);
  assert.equal(similarity(sa, signature(A)), 1);
  // diacritics and hamza spelling do not matter
  assert.equal(similarity(sa, signature(A.replace(/أ/g, 'ا'))), 1);
});

test('near-duplicates share an LSH band; signatures round-trip through hex', () => {
  const ka = new Set(bandKeys(signature(A)));
  assert.ok(bandKeys(signature(A2)).some((k) => ka.has(k)));
  assert.ok(!bandKeys(signature(B)).some((k) => ka.has(k)));
  const s = signature(A);
  assert.deepEqual(sigFromHex(sigToHex(s)), s);
  assert.deepEqual(bandKeys(signature('')), []);
});
