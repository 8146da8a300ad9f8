/**
 * Names in the Thai script read in Latin letters, so that "มหาวิทยาลัยเชียงใหม่" can meet "Chiang Mai
 * University": Thai writes no spaces between words, so common words of organization names are
 * found in the text, longest first, and become their English (มหาวิทยาลัย -> university); the
 * rest is read syllable by syllable in a simplified Royal Thai General System (data/thai.json).
 */
import table from "./data/thai.json";

const CONSONANTS = new Map(Object.entries(table.consonants) as [string, [string, string]][]);
const LEAD = new Map(Object.entries(table.lead));
const VOWELS = new Map(Object.entries(table.vowels));
const COMBINED = new Map(Object.entries(table.combined));
const SILENT = new Set(table.silent);
const SILENT_HO = new Map(Object.entries(table.silentHo).map(([ho, after]) => [ho, new Set(after)]));
const VOWEL_LETTERS = new Map(Object.entries(table.vowelLetters));
const WORDS = new Map(Object.entries(table.words));
const LONGEST_WORD = Math.max(...[...WORDS.keys()].map((w) => w.length));
const THAI = /[\u0e01-\u0e5b]/;
const THAI_RUN = /[\u0e01-\u0e5b]+/g;

const isConsonant = (ch: string | undefined): boolean => ch !== undefined && CONSONANTS.has(ch);
/** Whether a sign that belongs to the consonant before it (a vowel or a tone mark) is at `i`. */
const attached = (chars: string[], i: number): boolean => {
  const ch = chars[i];
  return ch !== undefined && (VOWELS.has(ch) || SILENT.has(ch) || ch === table.killer);
};
/** Whether the consonant at `i` has no vowel of its own (and is not silenced). */
const bare = (chars: string[], i: number): boolean => isConsonant(chars[i]) && !attached(chars, i + 1);

/**
 * Whether the bare consonant at `i` closes the syllable before it, which has no written vowel: it
 * does unless the one after it, bare too, ends the word or comes before a vowel ("นคร": na-khon).
 */
const closes = (chars: string[], i: number): boolean => bare(chars, i) && !(bare(chars, i + 1) && (i + 2 >= chars.length || !isConsonant(chars[i + 2])));

/** One stretch of Thai text that holds no word of the table, syllable by syllable. */
function transliterate(chars: string[]): string {
  let out = "";
  let i = 0;
  while (i < chars.length) {
    const lead = LEAD.get(chars[i] as string) !== undefined ? (chars[i++] as string) : "";
    const first = chars[i];
    // the thanthakhat silences the consonant under it, and a bare one before it ("ศาสตร์": sat)
    if (isConsonant(first) && isConsonant(chars[i + 1]) && chars[i + 2] === table.killer) {
      i += 3;
      continue;
    }
    if (!isConsonant(first)) {
      out += LEAD.get(lead) ?? "";
      if (first !== undefined) out += VOWELS.get(first) ?? "";
      i++;
      continue;
    }
    i++;
    if (chars[i] === table.killer) {
      i++;
      continue;
    }
    let initial = (CONSONANTS.get(first as string) as [string, string])[0];
    if (SILENT_HO.get(first as string)?.has(chars[i] as string)) initial = (CONSONANTS.get(chars[i++] as string) as [string, string])[0];
    // the vowel: the lead and the signs after the consonant, spelled together or one by one
    let signs = "";
    while (attached(chars, i) && chars[i] !== table.killer) {
      if (!SILENT.has(chars[i] as string)) signs += chars[i];
      i++;
    }
    let vowel = COMBINED.get(lead + signs);
    // a vowel spelled with a letter too ("เีย": ia), or the doubled ro ("ธรรม": tham)
    const alone = lead === "" && signs === "";
    const spelled = COMBINED.get(alone ? (chars[i] ?? "") + (chars[i + 1] ?? "") : lead + signs + (chars[i] ?? ""));
    if (spelled !== undefined) {
      vowel = spelled;
      i += alone ? 2 : 1;
    }
    if (vowel === undefined && lead === "" && signs === "") {
      // the vowel letters: "ขอน" khon, "สวน" suan; else a, or o before a consonant that closes the syllable
      const letter = VOWEL_LETTERS.get(chars[i] as string);
      if (letter !== undefined && isConsonant(chars[i + 1]) && !attached(chars, i + 1) && !attached(chars, i + 2)) {
        vowel = letter;
        i++;
      } else {
        vowel = closes(chars, i) ? "o" : "a";
        if (vowel === "a") {
          out += initial + vowel;
          continue;
        }
      }
    }
    if (vowel === undefined) vowel = (LEAD.get(lead) ?? "") + [...signs].map((s) => VOWELS.get(s) ?? "").join("");
    out += initial + vowel;
    // a consonant closes the syllable unless it starts the next one: one with a vowel, or a last consonant of its own
    const next = chars[i];
    if (next === undefined || !isConsonant(next) || attached(chars, i + 1)) {
      if (next !== undefined && chars[i + 1] === table.killer) i += 2;
      continue;
    }
    if (bare(chars, i + 1) && i + 2 >= chars.length) continue;
    out += (CONSONANTS.get(next) as [string, string])[1];
    i++;
    if (chars[i] === table.killer) i++;
  }
  return out;
}

/** Whether a word of the table may start at `i`: not inside a syllable (after a lead vowel) and not in the middle of a consonant's signs. */
const startsSyllable = (chars: string[], i: number): boolean => !attached(chars, i) && !LEAD.has(chars[i - 1] as string);

/** A run of Thai text: the words of the table, longest first, and the stretches between them read letter by letter. */
function readRun(run: string): string {
  const chars = [...run];
  const words: string[] = [];
  let rest: string[] = [];
  const flush = (): void => {
    if (rest.length > 0) words.push(transliterate(rest));
    rest = [];
  };
  for (let i = 0; i < chars.length; ) {
    let found = 0;
    if (startsSyllable(chars, i)) {
      for (let n = Math.min(LONGEST_WORD, chars.length - i); n >= 2; n--) {
        if (WORDS.has(chars.slice(i, i + n).join("")) && !attached(chars, i + n)) {
          found = n;
          break;
        }
      }
    }
    if (found === 0) {
      rest.push(chars[i++] as string);
      continue;
    }
    flush();
    const english = WORDS.get(chars.slice(i, i + found).join("")) as string;
    if (english !== "") words.push(english);
    i += found;
  }
  flush();
  return words.join(" ");
}

/**
 * The name with its words in the Thai script read in Latin letters, or `undefined` when it has none.
 *
 * @example
 * romanizeThai("มหาวิทยาลัยมหิดล")   //=> "university mahidon"
 * romanizeThai("โรงพยาบาลกรุงเทพ")   //=> "hospital bangkok"
 * romanizeThai("Acme Ltd")          //=> undefined
 */
export function romanizeThai(name: string): string | undefined {
  if (!THAI.test(name)) return undefined;
  return name.normalize("NFC").replace(THAI_RUN, readRun);
}
