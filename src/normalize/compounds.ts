/**
 * Compound words that end in a word the tables translate or spell out ("Kernphysik",
 * "Infektionsforschung", "tutkimusseura", "lantbruksuniversitet") read as two words: what comes
 * before, and that word.
 */
import { exactCanonicalToken, isTableWord } from "./abbreviations.js";

/** The word a compound ends in has this many letters or more ("physik", not "amt"). */
const MIN_HEAD = 5;
/** What comes before it has this many letters or more ("kern"), so that words merely ending alike stay whole. */
const MIN_REST = 4;
const LETTERS = /^[a-z]+$/;
/**
 * What ends in the combining "o" of learned compounds (micro-, neuro-, electro-) makes a word of its
 * own in every language: microbiology is not biology.
 */
const COMBINING = "o";

const NO_HEADS: ReadonlySet<string> = new Set();

/**
 * The canonical words a compound reads as, or `undefined` for a word that is a word of the tables
 * itself or does not end in a variant of one or in one of `heads` (a canonical word such as "mental"
 * is no ending: "developmental" stays whole). The longest such ending wins; a linking "s" before it is dropped when
 * what is left is a word of the tables ("wissenschafts" -> science).
 *
 * @example
 * splitCompound("kernphysik")          //=> ["kern", "physics"]
 * splitCompound("infektionsforschung") //=> ["infektions", "research"]
 * splitCompound("physik")              //=> undefined
 * splitCompound("microbiology")        //=> undefined
 * splitCompound("musikhochschule", new Set(["hochschule"])) //=> ["musik", "hochschule"]
 */
export function splitCompound(word: string, heads = NO_HEADS): [string, string] | undefined {
  if (word.length < MIN_HEAD + MIN_REST || isTableWord(word) || !LETTERS.test(word)) return undefined;
  for (let at = MIN_REST; at <= word.length - MIN_HEAD; at++) {
    const head = word.slice(at);
    if (!heads.has(head) && exactCanonicalToken(head) === head) continue;
    let rest = word.slice(0, at);
    if (rest.endsWith(COMBINING)) return undefined;
    if (rest.endsWith("s") && !isTableWord(rest) && isTableWord(rest.slice(0, -1))) rest = rest.slice(0, -1);
    return [exactCanonicalToken(rest), exactCanonicalToken(head)];
  }
  return undefined;
}
