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
const LETTERS = /^[a-z]+$/;
/** The canonical tokens: never read as a typo of another. */
const CANONICALS = new Set(CANONICAL.values());
/** Whether `short` is `long` with letters left out ("internatl" / "international"): a shortening, not a word. */
function shortens(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length && short.length < long.length;
}
/** Each long word of the tables (not a shortening of its canonical token), and each with one letter left out -> the words. */
const NEAR = new Map<string, string[]>();
const MAX_SHAPE_LENGTH = 31;
/** First letter, last letter and length of a word, as a number (a token of another shape is no typo of a word of the tables). */
const shapeOf = (word: string, length = word.length): number => ((word.charCodeAt(0) - 97) * 26 + word.charCodeAt(word.length - 1) - 97) * (MAX_SHAPE_LENGTH + 1) + Math.min(length, MAX_SHAPE_LENGTH);
/** 1 for the shapes of the words of the tables, give or take a letter. */
const SHAPES = new Uint8Array(26 * 26 * (MAX_SHAPE_LENGTH + 1));
for (const [variant, canonical] of [...CANONICAL, ...[...CANONICALS].map((c) => [c, c] as const)]) {
  if (variant.length < MIN_TYPO_LENGTH || !LETTERS.test(variant) || shortens(variant, canonical)) continue;
  for (const length of [variant.length - 1, variant.length, variant.length + 1]) SHAPES[shapeOf(variant, length)] = 1;
  for (const key of [variant, ...deletions(variant)]) {
    const words = NEAR.get(key);
    if (!words) NEAR.set(key, [variant]);
    else if (!words.includes(variant)) words.push(variant);
  }
}
function deletions(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}
/** Whether two words differ by one letter added, left out or changed, or two neighbours swapped. */
function oneTypoApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a !== b;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
/** `typoCanonical` answers, remembered (cleared when full). */
const TYPO_CACHE = new Map<string, string | undefined>();
const TYPO_CACHE_SIZE = 50_000;

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
  if (TYPO_CACHE.has(token)) return TYPO_CACHE.get(token);
  let found: string | undefined;
  let ambiguous = false;
  for (const key of [token, ...deletions(token)]) {
    for (const word of NEAR.get(key) ?? []) {
      if (word[0] !== token[0] || word.at(-1) !== token.at(-1) || !oneTypoApart(word, token)) continue;
      const canonical = CANONICAL.get(word) ?? word;
      if (found !== undefined && found !== canonical) ambiguous = true;
      found = canonical;
    }
  }
  const out = ambiguous ? undefined : found;
  if (TYPO_CACHE.size >= TYPO_CACHE_SIZE) TYPO_CACHE.clear();
  TYPO_CACHE.set(token, out);
  return out;
}

/**
 * The canonical form of one folded token, also for a long word of the tables with one typo;
 * tokens without a variant come back unchanged.
 *
 * @example
 * canonicalToken("intl")         //=> "international"
 * canonicalToken("&")            //=> "and"
 * canonicalToken("univresidad")  //=> "university"
 */
export function canonicalToken(token: string): string {
  const canonical = CANONICAL.get(token);
  if (canonical !== undefined) return canonical;
  if (token.length + 1 < MIN_TYPO_LENGTH || SHAPES[shapeOf(token)] !== 1 || CANONICALS.has(token) || !LETTERS.test(token)) return token;
  return typoCanonical(token) ?? token;
}

/** Every (variant, canonical) pair of the tables, for tests and documentation. */
export function abbreviationPairs(): [string, string][] {
  return [...CANONICAL.entries()];
}
