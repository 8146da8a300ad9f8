/** Numbers in names written as Roman numerals or words, read as digits (data/numbers.json). */
import table from "./data/numbers.json";

const ROMAN = new Map(Object.entries(table.roman));
const WORDS = new Map(Object.entries(table.words));
const SIGNS = new Set(table.numberSigns);
const DIGITS = /^\d+$/;

/**
 * The words of a name with its numbers read as digits, and whether any was (the same array when
 * none was). A name of one word is left as it is; Roman numerals count after the first word
 * only, "i" only as the last word; a word for "number" before a number is dropped.
 *
 * @example
 * readNumbers(["universite", "lyon", "ii"]).words     //=> ["universite", "lyon", "2"]
 * readNumbers(["roma", "tre"]).words                  //=> ["roma", "3"]
 * readNumbers(["no", "2", "peoples", "hospital"]).words //=> ["2", "peoples", "hospital"]
 * readNumbers(["vi", "technologies"]).words           //=> ["vi", "technologies"]
 * readNumbers(["first"]).words                        //=> ["first"]
 */
export function readNumbers(words: readonly string[]): { words: readonly string[]; read: boolean } {
  // a name of one word is that word ("FIRST", "Drei")
  if (words.length < 2) return { words, read: false };
  let out: string[] | undefined;
  const last = words.length - 1;
  for (let i = 0; i <= last; i++) {
    const w = words[i] as string;
    const digits = WORDS.get(w) ?? (i > 0 && (w !== "i" || i === last) ? ROMAN.get(w) : undefined);
    if (digits === undefined) continue;
    out ??= words.slice();
    out[i] = digits;
  }
  const read = out ?? words;
  // signs before a number, last first ("no. no. 2")
  let kept: string[] | undefined;
  for (let i = read.length - 2; i >= 0; i--) {
    const after = (kept ?? read)[i + 1] as string;
    if (SIGNS.has(read[i] as string) && DIGITS.test(after)) {
      kept ??= read.slice();
      kept.splice(i, 1);
    }
  }
  return { words: kept ?? read, read: kept !== undefined || out !== undefined };
}
