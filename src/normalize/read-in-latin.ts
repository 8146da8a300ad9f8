/** Names in scripts that folding keeps as they are, read in Latin letters for matching. */
import { romanizeArabic } from "./arabic.js";
import { romanizeBrahmic } from "./brahmic.js";
import { readCyrillic } from "./cyrillic.js";
import { romanizeEthiopic } from "./ethiopic.js";
import { romanizeHebrew } from "./hebrew.js";
import { eastAsianReadings, type ReadingOptions } from "./romanize.js";
import { romanizeThai } from "./thai.js";

/** Each reads the words of its scripts and leaves the rest of a name as it is (`undefined`: nothing to read). */
const ROMANIZERS: ((name: string) => string | undefined)[] = [romanizeBrahmic, romanizeArabic, romanizeHebrew, romanizeEthiopic, romanizeThai];

/**
 * Every likely reading in Latin letters of a name with Chinese, Japanese, Korean, Brahmic
 * (Devanagari, Bengali, Tamil ...), Arabic-script, Hebrew, Ethiopic or Thai parts (two for a name of Han characters alone:
 * Mandarin and Sino-Japanese, see `eastAsianReadings`), or in Cyrillic with international words
 * (folding transliterates Cyrillic already; this reading gives them English endings, see
 * `readCyrillic`), or [] when it has none. `options` mark syllables and words read from kana (see
 * `ReadingOptions`).
 *
 * @example
 * readingsInLatin("立命館大学")              //=> ["limingguan university", "ritsumeikan university"]
 * readingsInLatin("रवीन्द्र भारती विश्वविद्यालय") //=> ["ravindr bharati university"]
 * readingsInLatin("上海交通大学", { syllableBreak: "·" }) //=> ["shang·hai·jiao·tong university", "jo·kai·ko·tsu university"]
 * readingsInLatin("Acme GmbH")                //=> []
 */
export function readingsInLatin(name: string, options: Omit<ReadingOptions, "learnedWords"> = {}): string[] {
  const eastAsian = eastAsianReadings(name, options);
  const out: string[] = [];
  for (const text of eastAsian.length > 0 ? eastAsian : [name]) {
    const read = ROMANIZERS.reduce((done, romanize) => romanize(done) ?? done, text);
    if (read !== name && !out.includes(read)) out.push(read);
  }
  const cyrillic = readCyrillic(name);
  if (cyrillic !== undefined) out.push(cyrillic);
  return out;
}

/**
 * The first of `readingsInLatin`, or `undefined` when the name has nothing to read.
 *
 * @example
 * readInLatin("沈阳工业大学") //=> "shenyang technology university"
 * readInLatin("Acme GmbH")   //=> undefined
 */
export function readInLatin(name: string): string | undefined {
  return readingsInLatin(name)[0];
}
