/**
 * Phrases that name one kind of institution in several languages ("university of applied
 * sciences", "Fachhochschule", "Hogeschool") -> the words they become (data/phrases.json).
 */
import table from "./data/phrases.json";
import { exactCanonicalToken } from "./abbreviations.js";
import { splitCompound } from "./compounds.js";

interface Phrase {
  words: string[];
  replacement: string[];
}

/** Phrases by their first canonical word, longest first. */
const BY_FIRST = new Map<string, Phrase[]>();
for (const [replacement, variants] of Object.entries(table.phrases)) {
  for (const variant of variants) {
    const words = variant.split(" ").map(exactCanonicalToken);
    const list = BY_FIRST.get(words[0] as string) ?? [];
    list.push({ words, replacement: replacement.split(" ").map(exactCanonicalToken) });
    list.sort((a, b) => b.words.length - a.words.length);
    BY_FIRST.set(words[0] as string, list);
  }
}

/** The phrases of one word ("hochschule"): compounds may end in them too ("Musikhochschule"). */
const ONE_WORD = new Set([...BY_FIRST].flatMap(([first, list]) => (list.some((p) => p.words.length === 1) ? [first] : [])));

function phraseAt(words: readonly string[], at: number): Phrase | undefined {
  const candidates = BY_FIRST.get(words[at] as string);
  if (!candidates) return undefined;
  return candidates.find((p) => p.words.every((w, k) => words[at + k] === w));
}

/** The words with each compound that starts no phrase read as its two words (see `splitCompound`), the phrases of one word ending compounds too. */
function splitCompounds(words: string[]): string[] {
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const parts = BY_FIRST.has(word) ? undefined : splitCompound(word, ONE_WORD);
    if (parts) {
      out ??= words.slice(0, i);
      out.push(...parts);
    } else if (out) {
      out.push(word);
    }
  }
  return out ?? words;
}

/**
 * The canonical words with each compound read as its words and each phrase of the table replaced;
 * the same array when neither is there.
 *
 * @example
 * replacePhrases(["fulda", "university", "of", "applied", "science"]) //=> ["fulda", "uas"]
 * replacePhrases(["hochschule", "fulda"])                              //=> ["uas", "fulda"]
 * replacePhrases(["institute", "for", "kernphysik"])                   //=> ["institute", "for", "kern", "physics"]
 */
export function replacePhrases(given: string[]): string[] {
  const words = splitCompounds(given);
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const phrase = phraseAt(words, i);
    if (phrase) {
      out ??= words.slice(0, i);
      out.push(...phrase.replacement);
      i += phrase.words.length - 1;
    } else if (out) {
      out.push(words[i] as string);
    }
  }
  return out ?? words;
}
