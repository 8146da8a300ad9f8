/**
 * Chinese, Japanese and Korean words of names written in Latin letters, read as their English
 * (data/romanized-words.json, made by scripts/generate-romanized-words.ts from the East Asian word
 * tables): "Xibei Shifan Daxue" reads as "northwest normal university", "Kobe Yakka Daigaku" as
 * "kobe pharmaceutical university".
 */
import table from "./data/romanized-words.json";

const ENGLISH = new Map<string, string>(Object.entries(table.words));

/**
 * The English words of a folded word that spells a Chinese, Japanese or Korean word of names
 * (syllables run together, tones left out), or undefined.
 *
 * @example
 * romanizedEnglish("xibei")   //=> "northwest"
 * romanizedEnglish("caijing") //=> "finance economics"
 * romanizedEnglish("berlin")  //=> undefined
 */
export function romanizedEnglish(word: string): string | undefined {
  return ENGLISH.get(word);
}
