/**
 * Folding text for search: the same function runs on what is indexed and on what the reader
 * types, so two spellings of one name meet at one key. It is deliberately lossy — a search key,
 * never shown.
 *
 * - Any script: lower case, accents and other combining marks dropped (Dar‘ā → dara).
 * - Arabic: tashkeel and tatweel dropped; the hamza seats (أ إ آ ٱ ؤ ئ) folded to their letters
 *   and a lone hamza dropped; ى → ي, ة → ه; the article ال dropped from the front of a word.
 * - Hebrew: niqqud and cantillation dropped; final letters (ך ם ן ף ץ) folded to their forms.
 * - Latin transliterations of Arabic and Hebrew names: q → k, the diphthongs ay/ai/ei/ey → i,
 *   y → i, ou/oo/w → u, ph → f, doubled letters single, ayn and hamza signs and a word-final h
 *   after a vowel dropped (Quneitra, Kuneitra → kunitra; Qunaytirah → kunitira, one letter from
 *   it, which the search's fuzzy match accepts; Beit Jinn, Bayt Jin → bit jin).
 */

const COMBINING = /\p{M}/gu;
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
// Hebrew points and cantillation, but not maqaf (U+05BE) or sof pasuq (U+05C3): those are
// punctuation and separate words.
const HEBREW_MARKS = /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/g;
const APOSTROPHES = /['’‘`ʼʻʿʾ\u05f3\u05f4"]/g;

const LETTERS: Record<string, string> = {
  // Arabic: hamza seats and letter variants
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ء: '',
  ى: 'ي',
  ة: 'ه',
  ی: 'ي',
  ک: 'ك',
  // Hebrew final forms
  ך: 'כ',
  ם: 'מ',
  ן: 'נ',
  ף: 'פ',
  ץ: 'צ',
  // Latin letters that do not decompose
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
};
const LETTER_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** Lower case, without marks, with letter variants folded: the base of every search key. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(ARABIC_MARKS, '')
    .replace(HEBREW_MARKS, '')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(LETTER_RE, (c) => LETTERS[c]!)
    .replace(APOSTROPHES, '');
}

/** Splits folded text into words: runs of letters and digits in any script. */
export function words(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const LATIN = /^[a-z0-9]+$/;
const ARABIC_WORD = /^[\u0600-\u06ff]+$/;

/** The search key of one word (from `words`): transliteration variants folded together. */
export function termKey(word: string): string {
  if (ARABIC_WORD.test(word)) return word.length > 3 ? word.replace(/^ال/, '') : word;
  if (!LATIN.test(word)) return word;
  return word
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/ou|oo|w/g, 'u')
    .replace(/ay|ai|ei|ey/g, 'i')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/([aeiou])h$/, '$1');
}

/** Every search key of a text, in order. */
export function searchKeys(text: string): string[] {
  return words(text).map(termKey);
}
