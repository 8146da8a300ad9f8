/**
 * Names in the scripts of India and its neighbours read in Latin letters, so that "सूर्या हॉस्पिटल्स"
 * can meet "Surya Hospitals": common words of organization names become their English
 * (विश्वविद्यालय -> university), the rest is transliterated letter by letter. Devanagari, Bengali,
 * Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam share one layout (ISCII), so one
 * table of offsets serves them all (data/brahmic.json); Sinhala maps its own offsets onto it.
 */
import table from "./data/brahmic.json";

interface Script {
  base: number;
  dropFinalA: boolean;
  /** For a script laid out otherwise (Sinhala): the ISCII offset of each of its own. */
  layout?: Map<number, number>;
}

const byOffset = <T>(entries: Record<string, T>): Map<number, T> => new Map(Object.entries(entries).map(([k, v]) => [Number(k), v]));
const SCRIPTS: Script[] = table.scripts.map((s) => ({
  base: s.base,
  dropFinalA: s.dropFinalA,
  ...("layout" in s ? { layout: byOffset(s.layout as Record<string, number>) } : {}),
}));
const FIRST = Math.min(...SCRIPTS.map((s) => s.base));
const LAST = Math.max(...SCRIPTS.map((s) => s.base)) + 0x7f;
const SIGNS = byOffset(table.signs);
const VOWELS = byOffset(table.vowels);
const CONSONANTS = byOffset(table.consonants);
const VOWEL_SIGNS = byOffset(table.vowelSigns);
const NUKTA_AFTER = byOffset(table.nukta.after);
const WORDS = new Map(Object.entries(table.words).map(([k, v]) => [k.normalize("NFC"), v]));
const BRAHMIC = /[\u0900-\u0dff]/;
/** Zero-width joiners choose a letter's shape, not its sound. */
const JOINERS = /[\u200c\u200d]/g;

function scriptOf(code: number): Script | undefined {
  if (code < FIRST || code > LAST) return undefined;
  return SCRIPTS.find((s) => code >= s.base && code <= s.base + 0x7f);
}

/** One word of a Brahmic script in Latin letters. */
function transliterate(word: string, script: Script): string {
  let out = "";
  let pendingA = false; // the consonant just written still carries its vowel a
  let lastConsonant = -1;
  for (const ch of word) {
    const own = (ch.codePointAt(0) as number) - script.base;
    const offset = script.layout ? script.layout.get(own) : own;
    // a sign of a script laid out otherwise that has no ISCII counterpart reads as nothing
    if (offset === undefined) continue;
    if (offset < 0 || offset > 0x7f) {
      if (pendingA) out += "a";
      pendingA = false;
      out += ch;
      continue;
    }
    const consonant = CONSONANTS.get(offset);
    if (consonant !== undefined) {
      if (pendingA) out += "a";
      out += consonant;
      pendingA = true;
      lastConsonant = offset;
      continue;
    }
    if (offset === table.nukta.offset) {
      const changed = NUKTA_AFTER.get(lastConsonant);
      const plain = CONSONANTS.get(lastConsonant);
      if (changed !== undefined && plain !== undefined && out.endsWith(plain)) out = out.slice(0, out.length - plain.length) + changed;
      continue;
    }
    const sign = VOWEL_SIGNS.get(offset);
    if (sign !== undefined || offset === table.virama) {
      out += sign ?? "";
      pendingA = false;
      continue;
    }
    if (pendingA) out += "a";
    pendingA = false;
    out += VOWELS.get(offset) ?? SIGNS.get(offset) ?? (offset >= 0x66 && offset <= 0x6f ? String(offset - 0x66) : "");
  }
  if (pendingA && !script.dropFinalA) out += "a";
  return out;
}

/**
 * The name with its words in Brahmic scripts read in Latin letters, or `undefined` when it has none.
 * Words of the table become English words; other characters are kept as they are.
 *
 * @example
 * romanizeBrahmic("राष्ट्रीय प्रौद्योगिकी संस्थान, हमीरपुर") //=> "national technology institute, hamirpur"
 * romanizeBrahmic("Acme Ltd")                           //=> undefined
 */
export function romanizeBrahmic(name: string): string | undefined {
  if (!BRAHMIC.test(name)) return undefined;
  const text = name.normalize("NFC").replace(JOINERS, "");
  let out = "";
  let word = "";
  let script: Script | undefined;
  const flush = (): void => {
    if (word.length > 0 && script) out += WORDS.get(word) ?? transliterate(word, script);
    word = "";
    script = undefined;
  };
  for (const ch of text) {
    const own = scriptOf(ch.codePointAt(0) as number);
    if (own && (script === undefined || own === script)) {
      script = own;
      word += ch;
    } else {
      flush();
      if (own) {
        script = own;
        word = ch;
      } else {
        out += ch;
      }
    }
  }
  flush();
  return out;
}
