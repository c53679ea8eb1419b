/**
 * Arabic character knowledge, as data, in one place.
 *
 * Everything else (normaliser, tokenizer, clitics, numbers, gazetteers) reads these
 * tables instead of writing its own character lists.
 */

/** Harakat, tanwin, shadda, sukun, superscript alef, Quranic annotation marks. Dropped for matching. */
export const DIACRITICS: readonly [number, number][] = [
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e8],
  [0x06ea, 0x06ed],
];

export const TATWEEL = 0x0640;

/** Invisible format characters: bidi marks and embeddings, zero-width (non-)joiner/space, BOM, soft hyphen. */
export const IGNORABLES: readonly number[] = [
  0x00ad, 0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066,
  0x2067, 0x2068, 0x2069, 0xfeff,
];

/** Letter unification for matching (one letter in, one letter out, so offsets are kept). */
export const LETTER_MAP: Readonly<Record<string, string>> = {
  'أ': 'ا', // alef with hamza above
  'إ': 'ا', // alef with hamza below
  'آ': 'ا', // alef with madda
  'ٱ': 'ا', // alef wasla
  'ٲ': 'ا',
  'ٳ': 'ا',
  'ؤ': 'و', // waw with hamza
  'ئ': 'ي', // yaa with hamza
  'ى': 'ي', // alef maqsura
  'ة': 'ه', // taa marbuta
  'ک': 'ك', // Persian kaf
  'ی': 'ي', // Persian yeh
  'ے': 'ي', // Urdu yeh barree
  'ە': 'ه', // Kurdish ae
  'ہ': 'ه',
  'ھ': 'ه',
  'ڤ': 'ف', // veh (used for V in names)
  'پ': 'ب', // peh
  'چ': 'ج', // tcheh
  'گ': 'ك', // gaf
};

/** Arabic punctuation to its ASCII counterpart (for matching). */
export const PUNCT_MAP: Readonly<Record<string, string>> = {
  '،': ',',
  '؛': ';',
  '؟': '?',
  '٪': '%',
  '٫': '.', // Arabic decimal separator
  '٬': ',', // Arabic thousands separator
  '۔': '.',
};

/** Eastern Arabic (U+0660) and Persian (U+06F0) digit blocks. */
export const DIGIT_ZEROS: readonly number[] = [0x30, 0x660, 0x6f0];

/** Arabic presentation forms; decomposed with NFKC then re-normalised (with an offset map). */
export const PRESENTATION_FORMS: readonly [number, number][] = [
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe],
];

/** Arabic letters proper (not marks, digits or punctuation). */
export const ARABIC_LETTER_RANGES: readonly [number, number][] = [
  [0x0620, 0x063f],
  [0x0641, 0x064a],
  [0x066e, 0x066f],
  [0x0671, 0x06d3],
  [0x06d5, 0x06d5],
  [0x06ee, 0x06ef],
  [0x06fa, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
];

/** Quotation marks, opening or closing or either. */
export const QUOTES: Readonly<Record<string, 'open' | 'close' | 'either'>> = {
  '“': 'open',
  '”': 'close',
  '«': 'open',
  '»': 'close',
  '„': 'open',
  '‹': 'open',
  '›': 'close',
  '‘': 'open',
  '’': 'close',
  '"': 'either',
  "'": 'either',
  '＂': 'either',
};

/** Sentence-final punctuation. `؛` (Arabic semicolon) is a clause break, not a sentence end. */
export const SENTENCE_END = new Set(['.', '!', '?', '؟', '۔', '…']);

/** Dashes used between names (`باكو – تبليسي – قارص`). */
export const DASHES = new Set(['-', '–', '—', '‒', '―', '−']);

/** Separators that may sit inside a digit string: `1,000`, `3.5`, `3٫5`, `4ر16`. */
export const NUMBER_INNER_SEPARATORS = new Set([',', '.', '٫', '٬', 'ر', '،']);

/** Decimal marks among those separators (others are thousands separators). */
export const DECIMAL_MARKS = new Set(['.', '٫', 'ر']);

export function inRanges(code: number, ranges: readonly (readonly [number, number])[]): boolean {
  for (const [a, b] of ranges) if (code >= a && code <= b) return true;
  return false;
}

/** Value 0..9 of a digit in any supported script, or -1. */
export function digitValue(code: number): number {
  for (const z of DIGIT_ZEROS) if (code >= z && code <= z + 9) return code - z;
  return -1;
}

export function isDiacritic(code: number): boolean {
  return inRanges(code, DIACRITICS);
}

export function isIgnorable(code: number): boolean {
  return IGNORABLES.includes(code);
}

export function isArabicLetter(code: number): boolean {
  return inRanges(code, ARABIC_LETTER_RANGES) || inRanges(code, PRESENTATION_FORMS);
}
