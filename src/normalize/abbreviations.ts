/** Abbreviations and spelling variants -> one canonical token (data/abbreviations.json). */
import abbreviations from "./data/abbreviations.json";

const CANONICAL = new Map<string, string>();
for (const [canonical, variants] of Object.entries(abbreviations.canonical)) {
  for (const variant of variants) CANONICAL.set(variant.replace(/'/g, ""), canonical);
}

/**
 * The canonical form of one folded token; tokens without a variant come back unchanged.
 *
 * @example
 * canonicalToken("intl") //=> "international"
 * canonicalToken("&")    //=> "and"
 */
export function canonicalToken(token: string): string {
  return CANONICAL.get(token) ?? token;
}

/** Every (variant, canonical) pair of the table, for tests and documentation. */
export function abbreviationPairs(): [string, string][] {
  return [...CANONICAL.entries()];
}
