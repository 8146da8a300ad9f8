/**
 * Abbreviations, spelling variants and translations -> one canonical token: the hand-made table
 * (data/abbreviations.json), then the translations learned from organization names and their
 * labels in other languages (data/word-equivalents.json, made by scripts/generate-word-equivalents.ts).
 */
import abbreviations from "./data/abbreviations.json";
import learned from "./data/word-equivalents.json";

const CANONICAL = new Map<string, string>();
for (const table of [abbreviations.canonical, learned.canonical] as Record<string, string[]>[]) {
  for (const [canonical, variants] of Object.entries(table)) {
    for (const variant of variants) {
      const key = variant.replace(/'/g, "");
      if (!CANONICAL.has(key)) CANONICAL.set(key, canonical);
    }
  }
}

/** Words of the tables this long or longer are recognized with one typo too. */
const MIN_TYPO_LENGTH = 7;
const NO_WORDS: readonly string[] = [];
const LETTERS = /^[a-z]+$/;
/** The canonical tokens: never read as a typo of another. */
const CANONICALS = new Set(CANONICAL.values());
/** Whether `short` is `long` with letters left out ("internatl" / "international"): a shortening, not a word. */
function shortens(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length && short.length < long.length;
}
const MAX_LENGTH = 63;
/**
 * Three letters a-z at `at` and a length, as a number (-1 for other characters): one typo in a word of
 * seven letters or more leaves its first three or its last three letters as they were, so a typo of a
 * word is found among the words of its length, give or take one, that start or end alike.
 */
function endsCode(word: string, at: number, length: number): number {
  let code = 0;
  for (let i = at; i < at + 3; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c < 0 || c > 25) return -1;
    code = code * 26 + c;
  }
  return code * (MAX_LENGTH + 1) + Math.min(length, MAX_LENGTH);
}
/** The long words of the tables (not shortenings of their canonical token) by their first and by their last three letters and length. */
const BY_START = new Map<number, string[]>();
const BY_END = new Map<number, string[]>();
function file(index: Map<number, string[]>, code: number, word: string): void {
  const words = index.get(code);
  if (!words) index.set(code, [word]);
  else if (!words.includes(word)) words.push(word);
}
for (const [variant, canonical] of [...CANONICAL, ...[...CANONICALS].map((c) => [c, c] as const)]) {
  if (variant.length < MIN_TYPO_LENGTH || !LETTERS.test(variant) || shortens(variant, canonical)) continue;
  file(BY_START, endsCode(variant, 0, variant.length), variant);
  file(BY_END, endsCode(variant, variant.length - 3, variant.length), variant);
}
/**
 * Whether two words differ by one letter added, left out or changed, or two neighbours swapped.
 *
 * @example
 * oneTypoApart("united staets", "united states") //=> true
 */
export function oneTypoApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  // what is left between the common start and the common end
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  let ja = a.length - 1;
  let jb = b.length - 1;
  while (ja >= i && jb >= i && a.charCodeAt(ja) === b.charCodeAt(jb)) {
    ja--;
    jb--;
  }
  const restA = ja - i + 1;
  const restB = jb - i + 1;
  if (a.length !== b.length) return restA + restB === 1;
  return restA === 1 || (restA === 2 && a[i] === b[i + 1] && a[i + 1] === b[i]);
}

/**
 * The canonical token of a long word of the tables written with one typo between its first and last
 * letters (a letter added, left out or changed, or two swapped), when exactly one canonical token is
 * that close; `undefined` otherwise. A different first or last letter is more often another word
 * ("central" / "centras", "command" / "commande") or another form of it ("institutes").
 *
 * @example
 * typoCanonical("geslelschaft") //=> "society" (gesellschaft)
 * typoCanonical("univesidad")   //=> "university" (universidad)
 */
function typoCanonical(token: string): string | undefined {
  let found: string | undefined;
  let ambiguous = false;
  const scan = (words: readonly string[] | undefined): void => {
    for (const word of words ?? NO_WORDS) {
      if (word[0] !== token[0] || word.at(-1) !== token.at(-1) || !oneTypoApart(word, token)) continue;
      const canonical = CANONICAL.get(word) ?? word;
      if (found !== undefined && found !== canonical) ambiguous = true;
      found = canonical;
    }
  };
  for (let length = token.length - 1; length <= token.length + 1; length++) {
    const start = endsCode(token, 0, length);
    const end = endsCode(token, token.length - 3, length);
    if (start >= 0) scan(BY_START.get(start));
    if (end >= 0) scan(BY_END.get(end));
  }
  return found === undefined || ambiguous || CANONICALS.has(token) || !LETTERS.test(token) ? undefined : found;
}

/**
 * The canonical form of one folded token from the tables only, typos not considered (normalizing
 * without the `typos` option, or a token that `canonicalToken` has seen already).
 *
 * @example
 * exactCanonicalToken("intl")        //=> "international"
 * exactCanonicalToken("univresidad") //=> "univresidad"
 */
export function exactCanonicalToken(token: string): string {
  return CANONICAL.get(token) ?? token;
}

/**
 * Whether a folded token is a word of the tables: a variant or a canonical token.
 *
 * @example
 * isTableWord("forschung") //=> true (research)
 * isTableWord("acme")      //=> false
 */
export function isTableWord(token: string): boolean {
  return CANONICAL.has(token) || CANONICALS.has(token);
}

/**
 * The canonical form of one folded token, also for a long word of the tables with one typo;
 * tokens without a variant come back unchanged.
 *
 * @example
 * canonicalToken("intl")         //=> "international"
 * canonicalToken("&")            //=> "and"
 * canonicalToken("univresidad")  //=> "university"
 * canonicalToken("sykehuset")    //=> "hospital" (sykehus)
 */
export function canonicalToken(token: string): string {
  const canonical = CANONICAL.get(token);
  if (canonical !== undefined) return canonical;
  const definite = withoutDefiniteEnding(token);
  if (definite !== undefined) return definite;
  if (token.length + 1 < MIN_TYPO_LENGTH) return token;
  return typoCanonical(token) ?? token;
}

const DEFINITE_ENDINGS = abbreviations.definiteEndings;
/** Letters a word keeps without its definite ending. */
const MIN_DEFINITE_STEM = 5;

/** The canonical token of a word of the tables with a Scandinavian definite ending ("sykehuset"), else undefined. */
function withoutDefiniteEnding(token: string): string | undefined {
  for (const ending of DEFINITE_ENDINGS) {
    if (!token.endsWith(ending) || token.length - ending.length < MIN_DEFINITE_STEM) continue;
    const stem = token.slice(0, -ending.length);
    const canonical = CANONICAL.get(stem) ?? (CANONICALS.has(stem) ? stem : undefined);
    if (canonical !== undefined) return canonical;
  }
  return undefined;
}

/**
 * Every (variant, canonical) pair of the tables, for tests and documentation.
 *
 * @example
 * abbreviationPairs().find(([v]) => v === "univ") //=> ["univ", "university"]
 */
export function abbreviationPairs(): [string, string][] {
  return [...CANONICAL.entries()];
}
