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

/** Every (variant, canonical) pair of the tables, for tests and documentation. */
export function abbreviationPairs(): [string, string][] {
  return [...CANONICAL.entries()];
}
