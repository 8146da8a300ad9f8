/** Similarity of two folded tokens: exact, typo (edit distance, Jaro-Winkler), abbreviation, sound. */
import { distance } from "fastest-levenshtein";
import jaroWinkler from "natural/lib/natural/distance/jaro-winkler_distance.js";
import doubleMetaphone from "natural/lib/natural/phonetics/double_metaphone.js";
import adjectiveEndings from "./data/adjective-endings.json";
import { cognateOf, isCountryKey, sameCognateStem } from "./cognate-key.js";
import { contrasting } from "./contrast-words.js";
import { sameUmlautBase } from "../normalize/index.js";
import { isDigit } from "../util/is-digit.js";

export type TokenMatchKind = "exact" | "typo" | "abbreviation" | "stem" | "cognate" | "country" | "phonetic" | "umlaut" | "none";

/**
 * Whether two strings of equal length differ by one swap of adjacent characters.
 *
 * @example
 * isAdjacentSwap("lyno", "lyon") //=> true
 */
export function isAdjacentSwap(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * How many characters two strings share at their start.
 *
 * @example
 * sharedStart("doha", "dohs") //=> 3
 */
export function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * Edits allowed between two tokens of which the longer has `length` characters.
 *
 * @example
 * allowedEdits(3) //=> 0
 * allowedEdits(8) //=> 2
 */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

const ASCII_WORD = /^[a-z]+$/;

function isAsciiWord(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * The primary Double Metaphone code of an ASCII word, or "" for other tokens.
 *
 * @example
 * phoneticCode("schmidt") //=> "XMT"
 */
export function phoneticCode(token: string): string {
  if (token.length < 3) return "";
  let code = PHONETIC_CACHE.get(token);
  if (code === undefined) {
    code = ASCII_WORD.test(token) ? (doubleMetaphone.process(token)[0] ?? "") : "";
    if (PHONETIC_CACHE.size >= PHONETIC_CACHE_SIZE) PHONETIC_CACHE.clear();
    PHONETIC_CACHE.set(token, code);
  }
  return code;
}
const PHONETIC_CACHE = new Map<string, string>();
const PHONETIC_CACHE_SIZE = 200_000;

/** Sounds that Japanese writing does not tell apart in a word it borrows, as one (Double Metaphone letters; "0" is "th", "X" "sh"). */
const LOANWORD_SOUNDS = new Map([["L", "R"], ["M", "N"], ["X", "S"], ["0", "S"], ["J", "K"], ["F", "P"]]);

/**
 * A Double Metaphone code with the sounds that kana do not tell apart made one, and a sound said
 * twice in a row once: "calpis" (KLP) and "karupisu" (KRP, カルピス) sound alike as "KRP".
 *
 * @example
 * loanwordSound(phoneticCode("glaxo"))    //=> "KRKS"
 * loanwordSound(phoneticCode("gurakuso")) //=> "KRKS"
 */
export function loanwordSound(code: string): string {
  let out = "";
  for (const ch of code) {
    const sound = LOANWORD_SOUNDS.get(ch) ?? ch;
    if (!out.endsWith(sound)) out += sound;
  }
  return out;
}

/**
 * The set of a token's characters as 32 bits: a-z one bit each, any other character hashed onto
 * the remaining six. A character of one token missing from the other needs an edit of its own.
 *
 * @example
 * letterMask("abc") //=> 7
 */
export function letterMask(token: string): number {
  let mask = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return mask;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/**
 * Whether `tokenSimilarity` surely finds two tokens that start with different characters unlike by
 * their spelling, from their lengths and letter masks alone (cheap enough to run before every
 * comparison, without reading the tokens): only a typo can link such words, and a typo within the
 * edits allowed cannot leave more letters unmatched. Cognates ("klinische" / "clinical") are told by
 * their keys (see `cognateKey`), which start alike.
 *
 * @example
 * differentStartUnlike(8, 10, letterMask("hospital"), letterMask("university")) //=> true
 */
export function differentStartUnlike(lengthA: number, lengthB: number, maskA: number, maskB: number): boolean {
  const long = Math.max(lengthA, lengthB);
  const edits = allowedEdits(long);
  if (edits === 0 || long - Math.min(lengthA, lengthB) > edits) return true;
  return bitCount(maskA & ~maskB) > edits || bitCount(maskB & ~maskA) > edits;
}

/** Jaro-Winkler cannot reach this when the letters the words share are too few (see `jaroWinklerMayReach`). */
const JW_TYPO = 0.93;
/** One word with its umlauts written out ("mueller" / "muller"): all but the same. */
const UMLAUT_SIMILARITY = 0.95;
/** Written-out umlauts a word may hold: its length differs from the other's by at most this. */
const MAX_UMLAUTS = 3;

/**
 * Whether Jaro-Winkler may reach `JW_TYPO`: at most `m` characters match, m no more than either
 * word's length less its letters missing from the other, so Jaro is at most (m/|a| + m/|b| + 1) / 3,
 * and the Winkler prefix bonus adds at most 0.4 of what remains.
 */
function jaroWinklerMayReach(lengthA: number, lengthB: number, missingA: number, missingB: number): boolean {
  const m = Math.min(lengthA - missingA, lengthB - missingB);
  if (m <= 0) return false;
  const jaro = (m / lengthA + m / lengthB + 1) / 3;
  return jaro + 0.4 * (1 - jaro) >= JW_TYPO - 1e-9;
}

/**
 * How alike two tokens are, in [0, 1], and why. Symmetric in its arguments. The letter masks
 * (see `letterMask`), sound codes (see `phoneticCode`) and cognate keys (see `cognateOf`) may be
 * given when already known.
 *
 * @example
 * tokenSimilarity("internatonal", "international")  //=> { similarity: 0.92..., kind: "typo" }
 * tokenSimilarity("bus", "business")                //=> { similarity: 0.7, kind: "abbreviation" }
 * tokenSimilarity("geologisches", "geological")     //=> { similarity: 0.85, kind: "cognate" }
 * tokenSimilarity("dutch", "netherlands")           //=> { similarity: 0.85, kind: "country" }
 * tokenSimilarity("mueller", "muller")              //=> { similarity: 0.95, kind: "umlaut" }
 */
export function tokenSimilarity(a: string, b: string, maskA = letterMask(a), maskB = letterMask(b), soundA?: string, soundB?: string, cognateA?: string, cognateB?: string): { similarity: number; kind: TokenMatchKind } {
  const spelt = spellingSimilarity(a, b, maskA, maskB, soundA, soundB);
  if (spelt.kind === "exact") return spelt;
  // "northwest" / "northeast", "austrian" / "australian": two things, however alike their spelling
  if (spelt.similarity > 0 && contrasting(a, b, cognateA, cognateB)) return UNLIKE;
  if (spelt.similarity >= COGNATE_SIMILARITY) return spelt;
  // cognates in other languages: "biophysikalische" / "biophysical", "observatorium" / "observatory"
  // (their keys spell them alike, so they may start otherwise: "klinische" / "clinical", "fotonica" / "photonics")
  // and the words that name one country ("finnish" / "finland", "dutch" / "netherlands")
  const key = cognateA ?? cognateOf(a);
  if (key !== "") {
    const other = cognateB ?? cognateOf(b);
    if (key === other) return { similarity: COGNATE_SIMILARITY, kind: isCountryKey(key) ? "country" : "cognate" };
    // the same stem with an ending of another class: "ethnologisches" (adjective) / "ethnology" (noun)
    if (spelt.similarity < COGNATE_STEM_SIMILARITY && sameCognateStem(key, other)) return { similarity: COGNATE_STEM_SIMILARITY, kind: "cognate" };
  }
  return spelt;
}

/**
 * Whether two tokens that both hold digits hold different ones ("ea2223" / "ea2293"; "2223" /
 * "2293"). Numbers in names tell units, branches and sites apart ("Unit 731", "EA 2223"), so no
 * typo links two of them; a digit before a word ("1kyungpook", a footnote mark) is no such number.
 *
 * @example
 * otherNumbers("2223", "2293")     //=> true
 * otherNumbers("1kyungpook", "kyungpook") //=> false
 */
export function otherNumbers(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let digits = 0;
  for (;;) {
    while (i < a.length && !isDigit(a.charCodeAt(i))) i++;
    while (j < b.length && !isDigit(b.charCodeAt(j))) j++;
    // one has no digit left: the other has more (unless it had none at all)
    if (i === a.length || j === b.length) return digits > 0 && (i < a.length || j < b.length);
    if (a.charCodeAt(i++) !== b.charCodeAt(j++)) return true;
    digits++;
  }
}


/**
 * Whether a token with this letter mask (see `letterMask`) may hold a digit: it has a character
 * other than a-z, or its mask is unknown (0).
 */
function mayHoldDigits(mask: number): boolean {
  return mask === 0 || mask >>> 26 !== 0;
}

/** Two tokens that nothing links. */
const UNLIKE: { similarity: number; kind: TokenMatchKind } = { similarity: 0, kind: "none" };

/** `tokenSimilarity` by spelling alone: typos, abbreviations, stems and sound. */
function spellingSimilarity(a: string, b: string, maskA: number, maskB: number, soundA: string | undefined, soundB: string | undefined): { similarity: number; kind: TokenMatchKind } {
  if (a === b) return { similarity: 1, kind: "exact" };
  // (letters a-z set the mask's low 26 bits: a word whose mask has no other bit holds no digit; a zero mask says nothing)
  if (mayHoldDigits(maskA) && mayHoldDigits(maskB) && otherNumbers(a, b)) return { similarity: 0, kind: "none" };
  if (a.length !== b.length && Math.abs(a.length - b.length) <= MAX_UMLAUTS && sameUmlautBase(a, b)) return { similarity: UMLAUT_SIMILARITY, kind: "umlaut" };
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length >= 3 && long.startsWith(short) && isAsciiWord(short)) {
    // a word short of a letter or two reads better as a typo ("medicin" / "medicine")
    const cut = long.length - short.length;
    const abbreviation = 0.55 + 0.3 * (short.length / long.length);
    const typo = cut <= allowedEdits(long.length) ? 1 - cut / long.length : 0;
    if (Math.max(typo, abbreviation) < ADJECTIVE_SIMILARITY && long.length >= ADJECTIVE_MIN_LENGTH && isAdjectiveOf(long, short)) return { similarity: ADJECTIVE_SIMILARITY, kind: "stem" };
    return typo > abbreviation ? { similarity: typo, kind: "typo" } : { similarity: abbreviation, kind: "abbreviation" };
  }
  const length = long.length;
  const edits = allowedEdits(length);
  // letters of one word missing from the other: each needs an edit, and none can match
  const missingA = bitCount(maskA & ~maskB);
  const missingB = bitCount(maskB & ~maskA);
  let best = 0;
  if (edits > 0 && length - short.length <= edits && Math.max(missingA, missingB) <= edits) {
    // an adjacent swap ("rexroht" / "rexroth") counts as one edit
    const d = length === short.length && isAdjacentSwap(a, b) ? 1 : distance(a, b);
    if (d <= edits) best = 1 - d / length;
  }
  // Jaro-Winkler and sound only for words of similar length that start alike (cheap pre-checks)
  if (short.length >= 4 && length - short.length <= 3 && a.charCodeAt(0) === b.charCodeAt(0)) {
    if (jaroWinklerMayReach(a.length, b.length, missingA, missingB)) {
      const jw = jaroWinkler(a, b);
      if (jw >= JW_TYPO && jw - 0.1 > best) best = jw - 0.1;
    }
    if (best > 0) return { similarity: best, kind: "typo" };
    // same stem across languages or inflections: "traumatologia" / "traumatology", "physique" / "physics"
    if (short.length >= 6) {
      const p = sharedStart(a, b);
      if (p >= 6 && p >= 0.75 * short.length) return { similarity: 0.7 + 0.15 * (p / length), kind: "stem" };
    }
    const pa = soundA ?? phoneticCode(a);
    if (pa.length >= 2 && pa === (soundB ?? phoneticCode(b))) return { similarity: 0.75, kind: "phonetic" };
  }
  if (best > 0) return { similarity: best, kind: "typo" };
  if (length >= ADJECTIVE_MIN_LENGTH && (isAdjectiveOf(a, b) || isAdjectiveOf(b, a))) return { similarity: ADJECTIVE_SIMILARITY, kind: "stem" };
  return { similarity: 0, kind: "none" };
}

/** Similarity of cognates in two languages (see `cognateKey`) ... */
const COGNATE_SIMILARITY = 0.85;
/** ... and of words of one stem in two languages, with endings of different classes. */
const COGNATE_STEM_SIMILARITY = 0.75;
const ADJECTIVE_ENDINGS = new Set(adjectiveEndings.endings);
/** What precedes an adjective ending keeps at least this many letters ... */
const ADJECTIVE_STEM_MIN = 4;
/** ... so the adjective has at least this many. */
const ADJECTIVE_MIN_LENGTH = ADJECTIVE_STEM_MIN + 3;
/** Similarity of a word to an adjective formed from it ("sofia" / "sofiiski"). */
const ADJECTIVE_SIMILARITY = 0.78;

/** Where the "sk" or "ck" of an adjective ending (three to five letters) may start in a token, or -1. */
function adjectiveEndingAt(token: string): number {
  const n = token.length;
  for (let i = n - ADJECTIVE_ENDING_MIN; i >= n - ADJECTIVE_ENDING_MAX; i--) {
    const c = token.charCodeAt(i);
    if ((c === 115 || c === 99) && token.charCodeAt(i + 1) === 107) return i;
  }
  return -1;
}
const ADJECTIVE_ENDING_MIN = Math.min(...adjectiveEndings.endings.map((e) => e.length));
const ADJECTIVE_ENDING_MAX = Math.max(...adjectiveEndings.endings.map((e) => e.length));

/**
 * Whether `adjective` has a Slavic adjective ending (data/adjective-endings.json) and is formed from
 * `word`: what precedes the ending, without its "sk" ("warszawski": "warszaw") or with it
 * ("gdanski": "gdansk"), is `word`, `word` short of a letter or two ("warszawa"), or `word` within typo
 * distance ("sofii" / "sofia", "moskov" / "moscow").
 */
function isAdjectiveOf(adjective: string, word: string): boolean {
  // an adjective starts as its word does, which also keeps it among the words that the
  // different-start pre-check (`differentStartUnlike`) lets through
  if (word.length < ADJECTIVE_STEM_MIN || adjective.charCodeAt(0) !== word.charCodeAt(0)) return false;
  const at = adjectiveEndingAt(adjective);
  if (at < ADJECTIVE_STEM_MIN || !ADJECTIVE_ENDINGS.has(adjective.slice(at))) return false;
  for (const stem of [adjective.slice(0, at), adjective.slice(0, at + 2)]) {
    if (word.startsWith(stem) && word.length - stem.length <= 2) return true;
    const edits = allowedEdits(Math.max(stem.length, word.length));
    if (Math.abs(stem.length - word.length) <= edits && distance(stem, word) <= edits) return true;
  }
  return false;
}
