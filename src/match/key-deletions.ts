/**
 * One-letter deletions of a short compact key, for finding names one typo away by look-up (the
 * "symmetric deletion" of SymSpell): two keys are one insertion, deletion, substitution or swap of
 * neighbours apart only if one is a deletion of the other or both share a deletion. Short names
 * ("Gus UK" / "Guts UK", "CAAA" / "CAA") have words too short for the token typo look-up.
 */

/** Keys this long or shorter are indexed by their deletions (longer names have words long enough for the token look-up). */
export const DELETION_KEY_MAX = 8;
/** Keys shorter than this are not (three letters leave two: a key of thousands of names). */
export const DELETION_KEY_MIN = 4;

/**
 * The distinct keys left by deleting one letter of `key`, when its length is within
 * [DELETION_KEY_MIN, DELETION_KEY_MAX]; none otherwise.
 *
 * @example
 * keyDeletions("gutsuk") //=> ["utsuk", "gtsuk", "gusuk", "gutuk", "gutsk", "gutsu"]
 * keyDeletions("caaa")   //=> ["aaa", "caa"]
 */
export function keyDeletions(key: string): string[] {
  if (key.length < DELETION_KEY_MIN || key.length > DELETION_KEY_MAX) return [];
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) {
    // deleting either of two equal neighbours leaves the same key
    if (i > 0 && key[i] === key[i - 1]) continue;
    out.push(key.slice(0, i) + key.slice(i + 1));
  }
  return out;
}
