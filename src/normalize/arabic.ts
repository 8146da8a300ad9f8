/**
 * Names in the Arabic script (Arabic, Persian, Urdu, Pashto) read in Latin letters, so that
 * "جامعة القصيم" can meet "Qassim University": common words of organization names become their
 * English (جامعة -> university), the article ال a word "al" of its own, the rest is transliterated
 * (data/arabic.json), an a put between two consonants where the short vowel is not written.
 */
import table from "./data/arabic.json";

const CONSONANTS = new Map(Object.entries(table.consonants));
const VOWELS = new Map(Object.entries(table.vowels));
const SEMIVOWELS = new Map(Object.entries(table.semivowels) as [string, [string, string]][]);
const MARKS = new Map(Object.entries(table.marks));
const WORDS = new Map(Object.entries(table.words));
const CONJUNCTIONS = new Map(Object.entries(table.conjunctions));
const ASPIRATES = new Map(Object.entries(table.aspirates));
const INITIAL_VOWELS = new Map(Object.entries(table.initialVowels));
/** The Arabic block and its supplement. */
const ARABIC = "[\\u0600-\\u06ff\\u0750-\\u077f]";
const ARABIC_LETTER = new RegExp(ARABIC);
const ARABIC_RUN = new RegExp(`${ARABIC}+`, "g");
const DIGIT_ZERO = [0x0660, 0x06f0];

/** One word without its article, letter by letter. */
function transliterate(word: string): string {
  let out = "";
  let afterConsonant = false; // the last sound written is a consonant with no vowel yet
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const aspirate = ASPIRATES.get(ch);
    if (aspirate !== undefined) {
      out += aspirate;
      continue;
    }
    const initial = i === 0 ? INITIAL_VOWELS.get(ch) : undefined;
    if (initial !== undefined) {
      out += initial;
      continue;
    }
    const mark = MARKS.get(ch);
    if (mark !== undefined) {
      out += mark;
      if (mark !== "") afterConsonant = false;
      continue;
    }
    const vowel = VOWELS.get(ch);
    const semi = SEMIVOWELS.get(ch);
    const asVowel = vowel ?? (semi && i > 0 && afterConsonant ? semi[1] : undefined);
    if (asVowel !== undefined) {
      out += asVowel;
      afterConsonant = false;
      continue;
    }
    const consonant = CONSONANTS.get(ch) ?? semi?.[0];
    if (consonant !== undefined) {
      if (consonant === "") continue;
      if (afterConsonant) out += "a";
      out += consonant;
      afterConsonant = true;
      continue;
    }
    const code = ch.codePointAt(0) as number;
    const zero = DIGIT_ZERO.find((z) => code >= z && code <= z + 9);
    out += zero === undefined ? "" : String(code - zero);
    afterConsonant = false;
  }
  return out;
}

/** A word of the Arabic script: the table's English, else "and" and the rest for a conjunction before the article, else "al" and the rest for the article, else its letters. */
function readWord(word: string): string {
  const english = WORDS.get(word);
  if (english !== undefined) return english;
  for (const prefix of table.dropPrefixes) if (word.startsWith(prefix) && word.length > prefix.length + 1) return readWord(word.slice(prefix.length));
  // "and" written onto a word with its article: والتعليم is "and al talim"
  const conjunction = CONJUNCTIONS.get(word[0] as string);
  if (conjunction !== undefined && word.startsWith(table.article, 1) && word.length > table.article.length + 2) return `${conjunction} ${readWord(word.slice(1))}`;
  if (word.startsWith(table.article) && word.length > table.article.length + 1) {
    const rest = word.slice(table.article.length);
    return `al ${WORDS.get(rest) ?? transliterate(rest)}`;
  }
  return transliterate(word);
}

/**
 * The name with its words in the Arabic script read in Latin letters, or `undefined` when it has none.
 *
 * @example
 * romanizeArabic("جامعة القصيم") //=> "university al qasim"
 * romanizeArabic("Acme Ltd")     //=> undefined
 */
export function romanizeArabic(name: string): string | undefined {
  if (!ARABIC_LETTER.test(name)) return undefined;
  return name.normalize("NFC").replace(ARABIC_RUN, readWord);
}
