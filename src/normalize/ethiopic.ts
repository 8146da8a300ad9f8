/**
 * Names in the Ethiopic script (Amharic, Tigrinya) read in Latin letters, so that "አዲግራት ዩኒቨርሲቲ"
 * can meet "Adigrat University": common words of organization names become their English
 * (ዩኒቨርሲቲ -> university), the rest is read syllable by syllable (data/ethiopic.json).
 */
import table from "./data/ethiopic.json";

const START = table.start;
const END = START + 8 * table.consonants.length;
const OPEN_ROWS = new Set(table.openRows);
const SEPARATORS = new Map(Object.entries(table.separators));
const WORDS = new Map(Object.entries(table.words));
/** The syllables, the word separators and the numerals of the Ethiopic block. */
const ETHIOPIC_RUN = /[\u1200-\u137f]+/g;
const ETHIOPIC = /[\u1200-\u137f]/;
/** A possessive prefix leaves a word of this many syllables at least. */
const MIN_AFTER_OF = 2;

/** One syllable in Latin letters: its row's consonant and its place's vowel ("" for a numeral or a mark). */
function syllable(code: number): string {
  if (code < START || code >= END) return "";
  const consonant = table.consonants[(code - START) >> 3] as string;
  const order = code & 7;
  if (order === 0 && OPEN_ROWS.has(consonant)) return `${consonant}a`;
  const vowel = table.vowels[order] as string;
  return consonant === "" && vowel === "" ? table.glottalSixth : consonant + vowel;
}

/** A word from the table, or one with the conjunction "and" written at its end ("ምግብና": "food and"). */
function tableWord(word: string): string | undefined {
  const english = WORDS.get(word);
  if (english !== undefined || !word.endsWith(table.and)) return english;
  const stem = WORDS.get(word.slice(0, -table.and.length));
  return stem === undefined ? undefined : `${stem} and`;
}

/** One word: the table's English (without a possessive prefix: "የኢትዮጵያ" is "ethiopia"), else its syllables. */
function readWord(word: string): string {
  const english = tableWord(word);
  if (english !== undefined) return english;
  const rest = word.startsWith(table.of) && word.length > table.of.length + MIN_AFTER_OF - 1 ? word.slice(table.of.length) : word;
  const restEnglish = tableWord(rest);
  if (restEnglish !== undefined) return restEnglish;
  let out = "";
  for (const ch of rest) out += syllable(ch.codePointAt(0) as number);
  return out;
}

/**
 * The name with its words in the Ethiopic script read in Latin letters, or `undefined` when it has none.
 *
 * @example
 * romanizeEthiopic("አዲግራት ዩኒቨርሲቲ")   //=> "adigrat university"
 * romanizeEthiopic("የኢትዮጵያ ምግብና መድኃኒት ባለስልጣን") //=> "ethiopia food and drug authority"
 * romanizeEthiopic("Acme Ltd")          //=> undefined
 */
export function romanizeEthiopic(name: string): string | undefined {
  if (!ETHIOPIC.test(name)) return undefined;
  return name.normalize("NFC").replace(ETHIOPIC_RUN, (run) => {
    let out = "";
    let word = "";
    for (const ch of run) {
      const separator = SEPARATORS.get(ch);
      if (separator === undefined) {
        word += ch;
        continue;
      }
      if (word) out += readWord(word);
      out += separator;
      word = "";
    }
    return word ? out + readWord(word) : out;
  });
}
