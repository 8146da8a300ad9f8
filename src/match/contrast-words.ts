/**
 * Words that are never each other's typo, though spelt a letter or two apart: the members of one set
 * (data/contrast-words.json: "northwest" / "northeast", "sudeste" / "sudoeste") and the words that
 * name two countries ("austrian" / "australian", "slovenia" / "slovakia").
 */
import table from "./data/contrast-words.json";
import { cognateOf, isCountryKey } from "./cognate-key.js";

/** "set|member" by word. */
const MEMBER = new Map<string, string>(
  Object.entries(table.sets).flatMap(([set, members]) => Object.entries(members).flatMap(([member, words]) => words.map((w) => [w, `${set}|${member}`] as [string, string]))),
);
const LONGEST = Math.max(...[...MEMBER.keys()].map((w) => w.length));
/** First letters of the words of the sets: other tokens need no lookup. */
const FIRST = new Set([...MEMBER.keys()].map((w) => w.charCodeAt(0)));

/**
 * The member of a set of data/contrast-words.json that a folded token names ("set|member"): the
 * member of the token itself, else of the longest word of `minPrefix` letters or more it starts with.
 *
 * @example
 * contrastMember("northwestern") //=> "compass point|northwest"
 * contrastMember("estate")       //=> undefined ("est" names east only as a word of its own)
 */
export function contrastMember(token: string): string | undefined {
  if (!FIRST.has(token.charCodeAt(0))) return undefined;
  let member = MEMBER_CACHE.get(token);
  if (member === undefined) {
    member = MEMBER.get(token) ?? "";
    for (let n = Math.min(token.length - 1, LONGEST); member === "" && n >= table.minPrefix; n--) member = MEMBER.get(token.slice(0, n)) ?? "";
    if (MEMBER_CACHE.size >= MEMBER_CACHE_SIZE) MEMBER_CACHE.clear();
    MEMBER_CACHE.set(token, member);
  }
  return member === "" ? undefined : member;
}
/** Members by token ("" for none), as tokens recur across comparisons. */
const MEMBER_CACHE = new Map<string, string>();
const MEMBER_CACHE_SIZE = 200_000;

/**
 * Whether two folded tokens name different members of one set, or different countries: then no
 * typo, abbreviation or likeness of sound links them. Their cognate keys (see `cognateOf`) may be
 * given when already known.
 *
 * @example
 * contrasting("northwest", "northeast")   //=> true
 * contrasting("austrian", "australian")   //=> true
 * contrasting("northwest", "northwestern") //=> false
 */
export function contrasting(a: string, b: string, cognateA = cognateOf(a), cognateB = cognateOf(b)): boolean {
  if (cognateA !== cognateB && isCountryKey(cognateA) && isCountryKey(cognateB)) return true;
  const member = contrastMember(a);
  if (member === undefined) return false;
  const other = contrastMember(b);
  return other !== undefined && other !== member;
}
