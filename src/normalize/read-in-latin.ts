/** Names in scripts that folding keeps as they are, read in Latin letters for matching. */
import { romanizeArabic } from "./arabic.js";
import { romanizeBrahmic } from "./brahmic.js";
import { romanizeEastAsian } from "./romanize.js";

/**
 * The name with its Chinese, Japanese, Korean, Brahmic (Devanagari, Bengali, Tamil ...) and Arabic
 * script parts read in Latin letters, or `undefined` when it has none.
 *
 * @example
 * readInLatin("沈阳工业大学")              //=> "shenyang technology university"
 * readInLatin("रवीन्द्र भारती विश्वविद्यालय") //=> "ravindr bharati university"
 * readInLatin("Acme GmbH")                //=> undefined
 */
export function readInLatin(name: string): string | undefined {
  const eastAsian = romanizeEastAsian(name);
  const brahmic = romanizeBrahmic(eastAsian ?? name) ?? eastAsian;
  return romanizeArabic(brahmic ?? name) ?? brahmic;
}
