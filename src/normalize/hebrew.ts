/**
 * Names in the Hebrew script read in Latin letters, so that "מכון ויצמן למדע" can meet "Weizmann
 * Institute of Science": common words of organization names become their English (מכון ->
 * institute), also with the article or a preposition written onto them (למדע -> science), the rest
 * is transliterated letter by letter, an e put between two consonants where the vowel is not written
 * (data/hebrew.json).
 */
import table from "./data/hebrew.json";

const LETTERS = new Map(Object.entries(table.letters));
const INITIAL = new Map(Object.entries(table.initial));
const VOWEL_LETTERS = new Map(Object.entries(table.vowelLetters));
const GLOTTALS = new Set(table.glottals);
const GERESH = new Map(Object.entries(table.geresh));
const POINTS = new Map(Object.entries(table.points));
const PREFIXES = new Set(table.prefixes);
const WORDS = new Map(Object.entries(table.words));
/** Prefixes a word is read without, at most. */
const MAX_PREFIXES = 2;
/** The vowel put between two consonants. */
const UNWRITTEN_VOWEL = "e";
const HEBREW = /[\u05d0-\u05ea\u05f0-\u05f2]/;
/** A word: letters and points, with a geresh or gershayim inside (בע"מ) or after it (ג'). */
const HEBREW_WORD = /[\u0591-\u05c7\u05d0-\u05ea\u05f0-\u05f2]+(?:["'\u05f3\u05f4][\u0591-\u05c7\u05d0-\u05ea\u05f0-\u05f2]+)*['\u05f3]?/g;
const IS_GERESH = /['\u05f3]/;

/** One word letter by letter. */
function transliterate(word: string): string {
  const chars = [...word];
  let out = "";
  let afterConsonant = false; // the last sound written is a consonant with no vowel yet
  let start = true; // no letter written yet
  let pointed = false; // the last sign is a vowel point: a vav or yod after it only lengthens it (שָׁלוֹם: shalom)
  let vowelWritten = false; // the last letter is a vav or yod read as a vowel
  const writeConsonant = (sound: string): void => {
    if (afterConsonant) out += UNWRITTEN_VOWEL;
    out += sound;
    afterConsonant = true;
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const point = POINTS.get(ch);
    if (point !== undefined) {
      // the point on a vowel letter (וֹ) says the vowel the letter wrote already
      if (!vowelWritten) out += point;
      afterConsonant = false;
      pointed = true;
      continue;
    }
    const letter = LETTERS.get(ch);
    if (letter === undefined) continue; // dagesh, other marks, quotes
    const afterPoint = pointed;
    pointed = false;
    vowelWritten = false;
    const next = chars[i + 1];
    const geresh = next !== undefined && IS_GERESH.test(next) ? GERESH.get(ch) : undefined;
    if (geresh !== undefined) {
      writeConsonant(geresh);
    } else if (GLOTTALS.has(ch)) {
      // a vowel carrier: "a", or nothing before the vowel letter that starts a word (אורות: orot)
      if (!(start && next !== undefined && VOWEL_LETTERS.has(next))) out += "a";
      afterConsonant = false;
    } else if (VOWEL_LETTERS.has(ch) && !start) {
      // after a vowel point it only lengthens the vowel written; doubled it is the consonant
      if (!afterPoint && next === ch) {
        writeConsonant(letter);
        i++;
      } else if (!afterPoint) {
        out += VOWEL_LETTERS.get(ch) as string;
        afterConsonant = false;
        vowelWritten = true;
      }
    } else if (ch === table.finalHe && !start && afterConsonant && i === chars.length - 1) {
      out += "a";
      afterConsonant = false;
    } else {
      writeConsonant((start ? INITIAL.get(ch) : undefined) ?? letter);
    }
    start = false;
  }
  return out;
}

/** A word of the table, also with up to two prefixes written onto it (להנדסה: engineering). */
function tableWord(word: string): string | undefined {
  let rest = word;
  for (let dropped = 0; dropped <= MAX_PREFIXES; dropped++) {
    const english = WORDS.get(rest);
    if (english !== undefined) return english;
    if (!PREFIXES.has(rest[0] as string) || rest.length < 3) return undefined;
    rest = rest.slice(1);
  }
  return undefined;
}

/**
 * The name with its words in the Hebrew script read in Latin letters, or `undefined` when it has none.
 *
 * @example
 * romanizeHebrew("מכון ויצמן למדע") //=> "institute vitsemen science"
 * romanizeHebrew("בנק ישראל")       //=> "bank israel"
 * romanizeHebrew("Acme Ltd")        //=> undefined
 */
export function romanizeHebrew(name: string): string | undefined {
  if (!HEBREW.test(name)) return undefined;
  return name.normalize("NFC").replace(HEBREW_WORD, (word) => tableWord(word) ?? transliterate(word));
}
