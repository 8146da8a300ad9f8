/** Acronyms of a name, detection of names that are acronyms, and acronym-to-name matching. */
import stopwords from "./data/stopwords.json";
import { isLetterOrDigitUnit } from "./tokenize.js";

const CONNECTORS = new Set(stopwords.connectors);
const CAMEL_BOUNDARY = /(?<=[a-z])(?=[A-Z])/;
const VOWEL = /[aeiouy]/;
const ACRONYM_WORD = /^[a-z][a-z0-9]*$/;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const LOWER_REST = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** Whether a folded token starts with a-z or 0-9 (acronyms are read from such words only). */
function startsAscii(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * True for small connecting words (of, de, und ...) that acronyms usually skip.
 *
 * @example
 * isConnector("of")   //=> true
 * isConnector("acme") //=> false
 */
export function isConnector(token: string): boolean {
  return CONNECTORS.has(token);
}

/**
 * The acronyms a name is commonly shortened to, most usual first: initials of the content
 * words, initials of every word, and initials with connectors kept whole; plus the initials of
 * camel-case parts of the raw words. Only names of two or more words (or camel-case parts) have one.
 *
 * @example
 * acronymsOf(["bank", "of", "america"]) //=> ["ba", "boa", "bofa"]
 * acronymsOf(["pricewaterhousecoopers"], ["PricewaterhouseCoopers"]) //=> ["pc"]
 */
export function acronymsOf(tokens: readonly string[], rawWords: readonly string[] = []): string[] {
  const out: string[] = [];
  let latin = 0;
  let content = "";
  let all = "";
  let whole = "";
  for (const t of tokens) {
    if (!startsAscii(t)) continue;
    latin++;
    const initial = t[0] as string;
    all += initial;
    if (isConnector(t)) {
      whole += t === "and" ? "" : t;
    } else {
      content += initial;
      whole += initial;
    }
  }
  if (latin >= 2) {
    addAcronym(out, content);
    addAcronym(out, all);
    addAcronym(out, whole);
  }
  let camel = "";
  for (const word of rawWords) {
    const parts = word.split(CAMEL_BOUNDARY);
    if (parts.length > 1 && parts.every((p) => p.length >= 3)) for (const p of parts) camel += (p[0] as string).toLowerCase();
  }
  if (camel.length >= 2) addAcronym(out, camel);
  return out;
}

function addAcronym(out: string[], acronym: string): void {
  if (acronym.length >= 2 && !out.includes(acronym)) out.push(acronym);
}

/**
 * The first letters of a name's words other than connectors: every acronym of the name (see
 * `isAcronymOf`) holds them in this order and starts with the first.
 *
 * @example
 * contentInitials(["centre", "d", "etudes", "spatiales", "de", "la", "biosphere"]) //=> "cesb"
 */
export function contentInitials(words: readonly string[]): string {
  let initials = "";
  for (const w of words) if (startsAscii(w) && !isConnector(w)) initials += w[0] as string;
  return initials;
}

/** An acronym with one digit from 2 to 4 between letters ("A2M", "W3C", "IC2MP"). */
const COUNTED_INITIAL = /^([a-z]+)([2-4])([a-z]+)$/;

/**
 * The letters an acronym with a counted initial may stand for: the digit repeats the letter after
 * it ("A2M" of "Arboriculture et Maraîchage Méditerranéens") or the one before it ("W3C" of
 * "World Wide Web Consortium"). Empty for any other token.
 *
 * @example
 * countedInitialsReadings("a2m") //=> ["amm", "aam"]
 * countedInitialsReadings("ub1") //=> []
 */
export function countedInitialsReadings(token: string): string[] {
  const m = COUNTED_INITIAL.exec(token);
  if (!m) return [];
  const [, before, digit, after] = m as unknown as [string, string, string, string];
  const n = Number(digit);
  const counted = before + (after[0] as string).repeat(n - 1) + after;
  const counting = before + (before[before.length - 1] as string).repeat(n - 1) + after;
  return counted === counting ? [counted] : [counted, counting];
}

/**
 * Acronyms of a name without its last one or two words, which are often a place left out of the
 * acronym ("MNIT" of "Malaviya National Institute of Technology Jaipur"), or without its first
 * word, often a parent or a place ("DPE" of "NSW Department of Planning and Environment"):
 * content-word initials, three letters or more.
 *
 * @example
 * prefixAcronymsOf(["malaviya", "national", "institute", "of", "technology", "jaipur"]) //=> ["mnit", "mni", "nitj"]
 */
export function prefixAcronymsOf(words: readonly string[]): string[] {
  const out: string[] = [];
  const content = words.filter((w) => startsAscii(w) && !isConnector(w));
  const add = (kept: readonly string[]): void => {
    const acronym = kept.map((w) => w[0]).join("");
    if (acronym.length >= 3 && !out.includes(acronym)) out.push(acronym);
  };
  for (let drop = 1; drop <= 2; drop++) {
    const kept = words.slice(0, words.length - drop).filter((w) => startsAscii(w) && !isConnector(w));
    if (kept.length >= 2) add(kept);
  }
  add(content.slice(1));
  return out;
}

/**
 * Whether a raw name is itself an acronym: one short word written in capitals or dotted
 * initials ("IBM", "I.B.M.", "BofA", "PwC"), or a short word without vowels ("kpmg").
 *
 * @example
 * looksLikeAcronym("I.B.M.", ["ibm"]) //=> true
 * looksLikeAcronym("Siemens", ["siemens"]) //=> false
 */
export function looksLikeAcronym(raw: string, tokens: readonly string[]): boolean {
  if (tokens.length !== 1) return false;
  const token = tokens[0] as string;
  if (token.length < 2 || token.length > 8 || !/^[a-z0-9&]+$/.test(token)) return false;
  const letters = raw.replace(/[^\p{L}]/gu, "");
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  const allCaps = upper === letters.length;
  // in an all-capitals record capitals say nothing: only short words count as acronyms
  if (upper >= 2 && upper >= letters.length / 2 && (!allCaps || token.length <= 4)) return true;
  if (/^(?:[A-Za-z]\.\s?){2,}/.test(raw.trim())) return true;
  return token.length <= 5 && !VOWEL.test(token);
}

/**
 * Whether a one-word name is written as an ordinary word, capitalized or in lower case
 * ("Nosan", "siemens"): such a word is less likely an acronym than one in capitals.
 *
 * @example
 * writtenAsWord("Nosan Corporation", ["nosan"]) //=> true
 * writtenAsWord("NASTAD", ["nastad"])           //=> false
 */
export function writtenAsWord(raw: string, tokens: readonly string[]): boolean {
  if (tokens.length !== 1) return false;
  const token = tokens[0] as string;
  for (const word of raw.split(NOT_WORD)) {
    if (word.length === token.length && word.toLowerCase() === token) return LOWER_REST.test(word.slice(1)) && !UPPER.test(word.slice(1));
  }
  return false;
}

/** A name in capitals of this many words or fewer ... */
const SHORT_NAME_WORDS = 2;
/** ... with a word of this many letters or fewer written as an acronym may hold longer ones ("NOAA GLERL"). */
const SHORT_ACRONYM = 4;

/**
 * The words of a name of several words that are written as acronyms: two to six letters with at
 * least two capitals ("LPS" and "ENS" in "LPS-ENS", "GCoE" in "GCoE, Nagpur"). When the whole name
 * is in capitals, capitals say less: only words of up to SHORT_ACRONYM letters count ("SIEMENS
 * ENERGY" has none), and longer ones too in a name of SHORT_NAME_WORDS words that has one ("NOAA GLERL").
 *
 * @example
 * acronymWords("UMR CRAL", ["umr", "cral"])               //=> ["umr", "cral"]
 * acronymWords("IBM Deutschland", ["ibm", "deutschland"]) //=> ["ibm"]
 * acronymWords("NOAA GLERL", ["noaa", "glerl"])           //=> ["noaa", "glerl"]
 */
export function acronymWords(raw: string, tokens: readonly string[]): string[] {
  if (tokens.length < 2) return [];
  let out: string[] | undefined;
  // one pass over ASCII words: only words of two to six characters with two capitals are read further
  let start = -1;
  let capitals = 0;
  for (let i = 0; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) : 32;
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) {
        start = i;
        capitals = 0;
      }
      if (upper) capitals++;
      continue;
    }
    if (start >= 0 && capitals >= 2 && i - start >= 2 && i - start <= 6 && (c < 128 || !isLetterOrDigitUnit(c))) {
      const t = raw.slice(start, i).toLowerCase();
      if (ACRONYM_WORD.test(t) && !isConnector(t) && tokens.includes(t) && !out?.includes(t)) (out ??= []).push(t);
    }
    start = -1;
  }
  if (out === undefined || LOWER_REST.test(raw)) return out ?? [];
  const short = out.filter((t) => t.length <= SHORT_ACRONYM);
  return short.length > 0 && tokens.length <= SHORT_NAME_WORDS ? out : short;
}

/** "(CNRS)" at the end of a name: a word in capitals in brackets. */
const BRACKETED_CAPITALS = /\(\s*([A-Z][A-Z0-9]{1,11})\s*\)/g;
/** "LIRA - Laboratoire ...", "TANGRAM: Recalage ...": a word in capitals set off at the head of a name. */
const HEAD_CAPITALS = /^\s*([A-Z][A-Z0-9]{1,11})\s*(?::|\s[-\u2013\u2014]\s)/;
/** A word in capitals standing among the words of a name states an acronym when it has this many letters ... */
const STATED_WORD_MIN = 3;
/** ... and the rest of the name this many words. */
const STATED_REST_MIN = 2;

/** Whether the first two characters after leading spaces are capitals A-Z (a cheap test before `HEAD_CAPITALS`). */
function startsWithCapitals(raw: string): boolean {
  let i = 0;
  while (raw.charCodeAt(i) === 32) i++;
  const a = raw.charCodeAt(i);
  const b = raw.charCodeAt(i + 1);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90;
}

/**
 * The acronyms a name states for itself: a word in capitals in brackets ("Universidad del Caribe
 * (UNICARIBE)", unless it names a country: `isCountry`) or set off at its head ("LIRA - Laboratoire
 * d'instrumentation ...", "TANGRAM: Recalage visuel ...", whether or not it spells the rest), or
 * standing among two or more other words that it spells ("SIB Swiss Institute of Bioinformatics",
 * not "MRC Harwell Institute", where it is more often a parent's).
 *
 * @example
 * statedAcronyms("SIB Swiss Institute of Bioinformatics", ["sib", "swiss", "institute", "of", "bioinformatics"], [], ["sib"], () => false) //=> ["sib"]
 * statedAcronyms("Universidad del Caribe (UNICARIBE)", ["university", "del", "caribe"], ["unicaribe"], [], () => false) //=> ["unicaribe"]
 */
export function statedAcronyms(raw: string, tokens: readonly string[], qualifiers: readonly string[], capitalWords: readonly string[], isCountry: (word: string) => boolean): string[] {
  let out: string[] | undefined;
  if (qualifiers.length > 0 && raw.includes("(")) {
    for (const m of raw.matchAll(BRACKETED_CAPITALS)) {
      const word = (m[1] as string).toLowerCase();
      if (qualifiers.includes(word) && !isCountry(word) && !out?.includes(word)) (out ??= []).push(word);
    }
  }
  if (tokens.length > STATED_REST_MIN) {
    const head = startsWithCapitals(raw) ? HEAD_CAPITALS.exec(raw)?.[1]?.toLowerCase() : undefined;
    if (head !== undefined && tokens[0] === head && !out?.includes(head)) (out ??= []).push(head);
    for (const word of capitalWords) {
      if (word.length < STATED_WORD_MIN || tokens.length - capitalWords.length < STATED_REST_MIN || out?.includes(word)) continue;
      // its own acronym when it spells the other words; else more often a parent's ("MRC Harwell Institute")
      const rest = tokens.filter((t) => t !== word);
      if (isAcronymOf(word, rest, "starts")) (out ??= []).push(word);
    }
  }
  return out ?? [];
}

/**
 * Whether `acronym` can be read as initials of `tokens`: split into one piece per word (connectors
 * may contribute nothing), each piece starting with its word's first letter and the rest of
 * the piece appearing in order inside that word ("pwc" of ["pricewaterhouse", "coopers"]); with
 * `letters: "starts"`, each piece must start its word ("bio" of "biosphere").
 *
 * @example
 * isAcronymOf("ibm", ["international", "business", "machines"]) //=> true
 * isAcronymOf("pwc", ["pricewaterhouse", "coopers"])            //=> true
 * isAcronymOf("pwc", ["pricewaterhouse", "coopers"], "starts")  //=> false
 * isAcronymOf("ibm", ["general", "electric"])                   //=> false
 */
export function isAcronymOf(acronym: string, tokens: readonly string[], letters: "inner" | "starts" = "inner"): boolean {
  let words = 0;
  for (const t of tokens) if (startsAscii(t)) words++;
  if (acronym.length < 2 || words === 0 || acronym.length > 3 * words + 8) return false;
  return spells(acronym, tokens, letters, true);
}

/**
 * Whether `acronym` is exactly the initials of `words`, one letter a word, connectors optional
 * (stricter than `isAcronymOf`, for an acronym standing for some words of a longer name).
 *
 * @example
 * isInitialsOf("np", ["national", "park"])                   //=> true
 * isInitialsOf("unm", ["university", "of", "maryland"])      //=> false
 */
export function isInitialsOf(acronym: string, words: readonly string[]): boolean {
  return spells(acronym, words, "initials", false);
}

/** Reachable-prefix flags of `spells`, reused from call to call. */
let reachableNow = new Uint8Array(64);
let reachableNext = new Uint8Array(64);

/**
 * Whether the words spell the acronym, one piece a word (connectors optional; with `skipOthers`,
 * words not starting with a-z or 0-9 are left out): each piece its word's first letter only ("initials"), the start of its
 * word ("starts": "bio" of "biosphere"), or the first letter and later letters in order ("inner":
 * "pw" of "pricewaterhouse").
 */
function spells(acronym: string, words: readonly string[], letters: "initials" | "starts" | "inner", skipOthers: boolean): boolean {
  const n = acronym.length;
  if (reachableNow.length <= n) {
    reachableNow = new Uint8Array(2 * n + 2);
    reachableNext = new Uint8Array(2 * n + 2);
  }
  // reachable[j] = the first j letters of the acronym are explained by the words seen so far
  let reachable = reachableNow;
  let next = reachableNext;
  reachable.fill(0, 0, n + 1);
  reachable[0] = 1;
  for (const word of words) {
    if (skipOthers && !startsAscii(word)) continue;
    next.fill(0, 0, n + 1);
    const optional = isConnector(word);
    let any = false;
    for (let j = 0; j <= n; j++) {
      if (!reachable[j]) continue;
      if (optional) {
        next[j] = 1;
        any = true;
      }
      if (j < n && acronym[j] === word[0]) {
        next[j + 1] = 1;
        any = true;
        // extend the piece with later letters of the same word, in order
        let k = j + 1;
        let pos = 1;
        while (letters !== "initials" && k < n && pos < word.length) {
          const found = letters === "inner" ? word.indexOf(acronym[k] as string, pos) : word[pos] === acronym[k] ? pos : -1;
          if (found < 0) break;
          k++;
          pos = found + 1;
          next[k] = 1;
        }
      }
    }
    if (!any) return false;
    const done = reachable;
    reachable = next;
    next = done;
  }
  return reachable[n] === 1;
}
