/**
 * Keys that the cognates of a word in other European languages share ("biophysikalische" /
 * "biophysical", "observatorium" / "observatory", "organizzazione" / "organisation"): a word's
 * letters written the same way across languages, and its ending replaced by the ending's class
 * (data/cognate-endings.json).
 */
import { countryNamed } from "../normalize/index.js";
import table from "./data/cognate-endings.json";

/** Words shorter than this have no cognate key: their stems are too short to tell. */
const COGNATE_MIN_LENGTH = 6;
const SPELLINGS = table.spellings as [string, string][];
const ASCII_WORD = /^[a-z]+$/;
const DOUBLED = /([a-z])\1+/g;

/** Letters written the same way across languages, doubled letters once. */
function spelt(word: string): string {
  let out = word;
  for (const [from, to] of SPELLINGS) if (out.includes(from)) out = out.replaceAll(from, to);
  return out.replace(DOUBLED, "$1");
}

/** Endings, spelt as words are, by class. */
const ENDING_CLASS = new Map<string, string>(Object.entries(table.endings).flatMap(([cls, endings]) => endings.map((e) => [spelt(e), cls] as [string, string])));
const LONGEST_ENDING = Math.max(...[...ENDING_CLASS.keys()].map((e) => e.length));

/**
 * The cognate key of a folded word, or `undefined` for a word shorter than `COGNATE_MIN_LENGTH`, not
 * in ASCII letters, or left with fewer than four letters when spelt ("ssssssh"). The words that name
 * one country (its name and adjective in the languages of data/countries.json) share its key.
 *
 * @example
 * cognateKey("observatorium") === cognateKey("observatory")   //=> true ("observat|ori")
 * cognateKey("organizzazione") === cognateKey("organisation") //=> true
 * cognateKey("finnish")                                       //=> "FI|country", as "finland"
 */
export function cognateKey(word: string): string | undefined {
  if (word.length < COUNTRY_WORD_MIN_LENGTH) return undefined;
  let key = KEY_CACHE.get(word);
  if (key === undefined) {
    key = countryKey(word) ?? (word.length >= COGNATE_MIN_LENGTH && ASCII_WORD.test(word) ? keyOf(spelt(word)) : "");
    if (KEY_CACHE.size >= KEY_CACHE_SIZE) KEY_CACHE.clear();
    KEY_CACHE.set(word, key);
  }
  return key === "" ? undefined : key;
}
/** Words naming a country this long or longer ("swiss", not "usa") key as the country. */
const COUNTRY_WORD_MIN_LENGTH = 4;

const COUNTRY_CLASS = "|country";

/** "FI|country" for a word that names a country ("finland", "finnish", "suomi"), not a part of one ("wales"), else undefined. */
function countryKey(word: string): string | undefined {
  const code = countryNamed(word);
  return code === undefined ? undefined : `${code}${COUNTRY_CLASS}`;
}

/**
 * Whether a cognate key is that of a word naming a country.
 *
 * @example
 * isCountryKey(cognateOf("dutch")) //=> true
 */
export function isCountryKey(key: string): boolean {
  return key.endsWith(COUNTRY_CLASS);
}

/** Keys by word ("" for none), as words recur across comparisons. */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_SIZE = 200_000;

/**
 * `cognateKey`, with "" for none: the form token tables keep.
 *
 * @example
 * cognateOf("fund") //=> ""
 */
export function cognateOf(word: string): string {
  return cognateKey(word) ?? "";
}

/** The key of a spelt word: its ending replaced by the ending's class; "" when fewer than `minStem` letters are left. */
function keyOf(letters: string): string {
  if (letters.length < table.minStem) return "";
  for (let n = Math.min(LONGEST_ENDING, letters.length - table.minStem); n > 0; n--) {
    const cls = ENDING_CLASS.get(letters.slice(letters.length - n));
    if (cls !== undefined) return `${letters.slice(0, letters.length - n)}|${cls}`;
  }
  return `${letters}|`;
}

/**
 * The stem of a cognate key: what precedes its ending class.
 *
 * @example
 * cognateStem("observat|ori") //=> "observat"
 */
export function cognateStem(key: string): string {
  return key.slice(0, key.indexOf("|"));
}

/**
 * Whether two cognate keys share their stem, whatever the class of their endings ("etnolog|" of
 * "ethnology", "etnolog|ic" of "ethnologisches").
 *
 * @example
 * sameCognateStem("etnolog|", "etnolog|ic") //=> true
 */
export function sameCognateStem(a: string, b: string): boolean {
  const bar = a.indexOf("|");
  if (bar <= 0 || b.charCodeAt(bar) !== 124) return false;
  for (let i = 0; i < bar; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether two cognate keys ("" for none) start with one letter: words that start otherwise may still
 * be cognates then ("physical" and "fizical" both key "fis|ic").
 *
 * @example
 * cognateKeysStartAlike("fis|ic", "fisic|") //=> true
 */
export function cognateKeysStartAlike(a: string, b: string): boolean {
  return a !== "" && b !== "" && a.charCodeAt(0) === b.charCodeAt(0);
}
