/** A second reading of names in Cyrillic: international words with their English endings. */
import cyrillicEndings from "./data/cyrillic-endings.json";
import { foldText } from "./fold.js";

const ENDINGS = new Map(Object.entries(cyrillicEndings.endings));
const LENGTHS = [...new Set([...ENDINGS.keys()].map((e) => e.length))].sort((a, b) => b - a);
/** What precedes an ending keeps at least this many letters. */
const STEM_MIN = 3;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN_WORD = /[a-z]+/g;

/** A transliterated word with its longest known ending replaced (data/cyrillic-endings.json). */
function withEnglishEnding(word: string): string {
  for (const length of LENGTHS) {
    if (word.length - length < STEM_MIN) continue;
    const english = ENDINGS.get(word.slice(-length));
    if (english !== undefined) return word.slice(0, -length) + english;
  }
  return word;
}

/**
 * A name written in Cyrillic, transliterated, with the endings of international words made
 * English ("Институт микробиологии" -> "institut mikrobiology"), or `undefined` when the name has no
 * Cyrillic or no such word.
 *
 * @example
 * readCyrillic("Институт микробиологии и вирусологии") //=> "institut mikrobiology i virusology"
 * readCyrillic("Acme GmbH")                              //=> undefined
 */
export function readCyrillic(name: string): string | undefined {
  if (!CYRILLIC.test(name)) return undefined;
  const folded = foldText(name);
  const read = folded.replace(LATIN_WORD, withEnglishEnding);
  return read === folded ? undefined : read;
}
