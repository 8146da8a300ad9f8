/** Similarity of two folded tokens: exact, typo (edit distance, Jaro-Winkler), abbreviation, sound. */
import { distance } from "fastest-levenshtein";
import jaroWinkler from "natural/lib/natural/distance/jaro-winkler_distance.js";
import doubleMetaphone from "natural/lib/natural/phonetics/double_metaphone.js";

export type TokenMatchKind = "exact" | "typo" | "abbreviation" | "stem" | "phonetic" | "none";

/** Whether two strings of equal length differ by one swap of adjacent characters. */
function isAdjacentSwap(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Edits allowed between two tokens of which the longer has `length` characters. */
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

/**
 * How alike two tokens are, in [0, 1], and why. Symmetric in its arguments.
 *
 * @example
 * tokenSimilarity("internatonal", "international") //=> { similarity: 0.92..., kind: "typo" }
 * tokenSimilarity("bus", "business")               //=> { similarity: 0.7, kind: "abbreviation" }
 */
export function tokenSimilarity(a: string, b: string): { similarity: number; kind: TokenMatchKind } {
  if (a === b) return { similarity: 1, kind: "exact" };
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short) && isAsciiWord(short)) {
    return { similarity: 0.55 + 0.3 * (short.length / long.length), kind: "abbreviation" };
  }
  const length = long.length;
  const edits = allowedEdits(length);
  let best = 0;
  if (edits > 0 && length - short.length <= edits) {
    // an adjacent swap ("rexroht" / "rexroth") counts as one edit
    const d = length === short.length && isAdjacentSwap(a, b) ? 1 : distance(a, b);
    if (d <= edits) best = 1 - d / length;
  }
  // Jaro-Winkler and sound only for words of similar length that start alike (cheap pre-checks)
  if (short.length >= 4 && length - short.length <= 3 && a.charCodeAt(0) === b.charCodeAt(0)) {
    const jw = jaroWinkler(a, b);
    if (jw >= 0.93 && jw - 0.1 > best) best = jw - 0.1;
    if (best > 0) return { similarity: best, kind: "typo" };
    // same stem across languages or inflections: "traumatologia" / "traumatology", "physique" / "physics"
    if (short.length >= 6) {
      let p = 0;
      while (p < short.length && a.charCodeAt(p) === b.charCodeAt(p)) p++;
      if (p >= 6 && p >= 0.75 * short.length) return { similarity: 0.7 + 0.15 * (p / length), kind: "stem" };
    }
    const pa = phoneticCode(a);
    if (pa.length >= 2 && pa === phoneticCode(b)) return { similarity: 0.75, kind: "phonetic" };
  }
  if (best > 0) return { similarity: best, kind: "typo" };
  return { similarity: 0, kind: "none" };
}
