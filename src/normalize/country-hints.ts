/** Countries named inside a company name ("IBM Deutschland" -> DE), from data/countries.json. */
import countries from "./data/countries.json";
import { oneTypoApart } from "./abbreviations.js";
import { spaced } from "./tokenize.js";

const BY_PHRASE = new Map<string, string>();
/** A token that names a country or starts a multi-word country name. */
interface FirstWord {
  /** the country this token names alone */
  code?: string;
  /** lengths in words of the multi-word names it starts, longest first */
  lengths: number[];
}
const BY_FIRST_WORD = new Map<string, FirstWord>();
function firstWord(word: string): FirstWord {
  let entry = BY_FIRST_WORD.get(word);
  if (!entry) BY_FIRST_WORD.set(word, (entry = { lengths: [] }));
  return entry;
}
/** phrases that name no country (""), though a word of theirs does ("new south wales", "latin american") */
for (const [code, names] of [["", countries.notCountries], ...Object.entries(countries.names)] as [string, string[]][]) {
  for (const name of names) {
    BY_PHRASE.set(name, code);
    const words = name.split(" ");
    if (words.length > 1) firstWord(words[0] as string).lengths.push(words.length);
  }
}
// a qualifier is one token of several words ("united states")
for (const [name, code] of BY_PHRASE) if (code) firstWord(name).code = code;
for (const entry of BY_FIRST_WORD.values()) entry.lengths.sort((a, b) => b - a);

/**
 * ISO 3166 alpha-2 codes of the countries named by the given folded tokens, in order of appearance.
 *
 * @example
 * countryHints(["ibm", "deutschland"]) //=> ["DE"]
 * countryHints(["new", "south", "wales", "health"]) //=> ["AU"]
 */
export function countryHints(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const entry = BY_FIRST_WORD.get(token);
    if (!entry) continue;
    let code: string | undefined;
    for (const n of entry.lengths) {
      if (i + n > tokens.length) continue;
      code = BY_PHRASE.get(spaced(tokens, i, i + n));
      if (code !== undefined) {
        i += n - 1;
        break;
      }
    }
    code ??= entry.code;
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}

const PARTS = new Set(countries.parts);

/**
 * The country a folded word names itself (its name or adjective in a language of the table), or
 * `undefined`: also for a word that names only a part of its country ("wales", "dubai").
 *
 * @example
 * countryNamed("suomi")   //=> "FI"
 * countryNamed("wales")   //=> undefined (a part of GB)
 */
export function countryNamed(word: string): string | undefined {
  const code = BY_PHRASE.get(word);
  return code && !PARTS.has(word) ? code : undefined;
}

/** Country names of several words (not of a part of a country), for `countryNamedLoosely`. */
const PHRASES = [...BY_PHRASE].filter(([name, code]) => code !== "" && name.includes(" ") && !PARTS.has(name));
/** Shorter phrases are too easily one typo from another. */
const LOOSE_MIN_LENGTH = 8;

/**
 * The country a folded phrase names, also with one typo in a country name of several words
 * ("united staets", "united kingdon"); `undefined` when it names none, or two.
 *
 * @example
 * countryNamedLoosely("united sattes") //=> "US"
 * countryNamedLoosely("japam")         //=> undefined (one word: too often another word)
 */
export function countryNamedLoosely(phrase: string): string | undefined {
  const exact = countryNamed(phrase);
  if (exact !== undefined || !phrase.includes(" ") || phrase.length < LOOSE_MIN_LENGTH) return exact;
  let found: string | undefined;
  for (const [name, code] of PHRASES) {
    if (Math.abs(name.length - phrase.length) > 1 || !oneTypoApart(name, phrase)) continue;
    if (found !== undefined && found !== code) return undefined;
    found = code;
  }
  return found;
}
