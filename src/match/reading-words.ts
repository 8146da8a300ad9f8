/**
 * Readings of Chinese, Japanese and Korean names (see `readingsInLatin`) rewritten into words an
 * index knows. Chinese and Japanese write no space between words, so a word of Han characters read
 * aloud is one run of syllables ("shanghaijiaotong"), split here into known words ("shanghai
 * jiaotong"); and a word read from kana is most often borrowed ("karupisu", カルピス), replaced
 * here by the known word it sounds like ("calpis").
 */

import { distance } from "fastest-levenshtein";

/** Between the syllables of a reading (see `ReadingOptions.syllableBreak`). */
export const SYLLABLE_BREAK = "\u00b7";
/** Before a word read from kana (see `ReadingOptions.kanaMark`). */
export const KANA_MARK = "\u00a7";

/**
 * The reading as text to normalize: marks and breaks taken out.
 *
 * @example
 * plainReading("shang·hai §karupisu") //=> "shanghai karupisu" (with SYLLABLE_BREAK and KANA_MARK)
 */
export function plainReading(reading: string): string {
  return reading.replaceAll(SYLLABLE_BREAK, "").replaceAll(KANA_MARK, "");
}

/**
 * Each word read from kana replaced by the known word it sounds like (`soundAlike`), where there is
 * one; the other words as they are. `undefined` when no word is replaced.
 *
 * @example
 * borrowedWords("§karupisu co ltd", (w) => (w === "karupisu" ? "calpis" : undefined)) //=> "calpis co ltd"
 */
export function borrowedWords(reading: string, soundAlike: (word: string) => string | undefined): string | undefined {
  let replaced = false;
  const words = reading.replaceAll(SYLLABLE_BREAK, "").split(" ").map((word) => {
    if (!word.startsWith(KANA_MARK)) return word;
    const kana = word.slice(KANA_MARK.length);
    const alike = soundAlike(kana) ?? borrowedCompound(kana, soundAlike);
    if (alike !== undefined) replaced = true;
    return alike ?? kana;
  });
  return replaced ? words.filter((w) => w !== "").join(" ") : undefined;
}

/** A word read from kana is looked up as a compound when this long or longer ... */
const MIN_COMPOUND = 8;
/** ... of pieces this long or longer ... */
const MIN_PIECE = 4;
/** ... and no longer than this (no borrowed word is longer; it keeps the look-ups linear in the word). */
const MAX_PIECE = 24;

/**
 * A word read from kana as the several known words it borrows, written as one ("dejitarusutorimu",
 * デジタルストリーム: "digital stream"): the fewest pieces, each of MIN_PIECE letters or more and
 * sounding like a known word (`soundAlike`), that make up the whole word; `undefined` when none do.
 * Dynamic programming over where each piece ends (no recursion); pieces of at most MAX_PIECE
 * letters, so a word of any length costs time in proportion to it.
 *
 * @example
 * borrowedCompound("dejitarusutorimu", (w) => ({ dejitaru: "digital", sutorimu: "stream" })[w]) //=> "digital stream"
 */
export function borrowedCompound(word: string, soundAlike: (word: string) => string | undefined): string | undefined {
  const n = word.length;
  if (n < MIN_COMPOUND) return undefined;
  const pieces = new Int32Array(n + 1).fill(n + 1); // fewest pieces making up word[0, j) ...
  const edits = new Int32Array(n + 1); // ... the fewest edits between them and their words
  const from = new Int32Array(n + 1);
  const alike: (string | undefined)[] = new Array(n + 1);
  pieces[0] = 0;
  for (let j = MIN_PIECE; j <= n; j++) {
    for (let i = Math.max(0, j - MAX_PIECE); i <= j - MIN_PIECE; i++) {
      const count = (pieces[i] as number) + 1;
      if (count > (pieces[j] as number)) continue;
      const piece = word.slice(i, j);
      const known = soundAlike(piece);
      if (known === undefined) continue;
      const e = (edits[i] as number) + distance(piece, known);
      if (count === pieces[j] && e >= (edits[j] as number)) continue;
      pieces[j] = count;
      edits[j] = e;
      from[j] = i;
      alike[j] = known;
    }
  }
  if ((pieces[n] as number) > n || pieces[n] === 1) return undefined;
  const words: string[] = [];
  for (let j = n; j > 0; j = from[j] as number) words.push(alike[j] as string);
  return words.reverse().join(" ");
}

/**
 * `reading` with each run of syllables split into known words (two syllables or more, as `isWord`
 * says) covering as many syllables as possible, with as few words as possible; syllables no known
 * word covers stay joined to their neighbours. Returns the reading without breaks when no run holds
 * a known word.
 *
 * @example
 * splitSyllables("shang·hai·jiao·tong university", (w) => w === "shanghai" || w === "jiaotong")
 * //=> "shanghai jiaotong university"
 * splitSyllables("ten·do·boku·ko", (w) => w === "tendo") //=> "tendo bokuko"
 */
export function splitSyllables(reading: string, isWord: (word: string) => boolean): string {
  return reading
    .replaceAll(KANA_MARK, "")
    .split(" ")
    .map((word) => (word.includes(SYLLABLE_BREAK) ? splitRun(word.split(SYLLABLE_BREAK), isWord) : word))
    .join(" ");
}

/** A known word is this many syllables at most (a run of any length is split in time in proportion to it). */
const MAX_WORD_SYLLABLES = 12;

/** The syllables as words: dynamic programming over where each word ends (no recursion). */
function splitRun(syllables: string[], isWord: (word: string) => boolean): string {
  const n = syllables.length;
  const covered = new Int32Array(n + 1).fill(-1); // syllables covered by known words up to i
  const words = new Int32Array(n + 1); // known words used up to i
  const from = new Int32Array(n + 1); // where the last piece up to i starts
  const known = new Uint8Array(n + 1); // whether that piece is a known word
  covered[0] = 0;
  const relax = (i: number, j: number, isKnown: boolean): void => {
    const c = (covered[i] as number) + (isKnown ? j - i : 0);
    const w = (words[i] as number) + (isKnown ? 1 : 0);
    if (c > (covered[j] as number) || (c === covered[j] && w < (words[j] as number))) {
      covered[j] = c;
      words[j] = w;
      from[j] = i;
      known[j] = isKnown ? 1 : 0;
    }
  };
  for (let i = 0; i < n; i++) {
    relax(i, i + 1, false);
    let text = syllables[i] as string;
    for (let j = i + 2; j <= Math.min(n, i + MAX_WORD_SYLLABLES); j++) {
      text += syllables[j - 1] as string;
      if (isWord(text)) relax(i, j, true);
    }
  }
  if (covered[n] === 0) return syllables.join("");
  const pieces: string[] = [];
  let unknown = "";
  const ends: number[] = [];
  for (let j = n; j > 0; j = from[j] as number) ends.push(j);
  for (let k = ends.length - 1; k >= 0; k--) {
    const j = ends[k] as number;
    const text = syllables.slice(from[j] as number, j).join("");
    if (known[j] === 1) {
      if (unknown !== "") pieces.push(unknown);
      unknown = "";
      pieces.push(text);
    } else unknown += text;
  }
  if (unknown !== "") pieces.push(unknown);
  return pieces.join(" ");
}
