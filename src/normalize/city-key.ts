/**
 * A key that reads one city the ways records write it: in English or the local language where the
 * word tables know both ("Munich" / "München", "Vienna" / "Wien"), with or without umlauts
 * ("Muenchen" / "München" / "Munchen"), in any case and with any punctuation.
 */
import { exactCanonicalToken, isTableWord } from "./abbreviations.js";
import { foldText } from "./fold.js";
import { umlautBase } from "./umlauts.js";

const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * A city name folded (see `foldText`), its words between single spaces, punctuation gone.
 *
 * @example
 * cityWords("Frankfurt a.M.") //=> "frankfurt a m"
 */
export function cityWords(city: string): string {
  return foldText(city).replace(SEPARATORS, " ").trim();
}

/**
 * The comparison key of a city name: its folded words, each read through the word tables after its
 * written-out umlauts (see `umlautBase`), joined by single spaces.
 *
 * @example
 * cityKey("München")  //=> "munich"
 * cityKey("MUENCHEN") //=> "munich"
 * cityKey("Köln")     //=> "cologne"
 * cityKey("Frankfurt a.M.") //=> "frankfurt a m"
 */
export function cityKey(city: string): string {
  return cityWords(city).split(" ").map((w) => (isTableWord(w) ? exactCanonicalToken(w) : exactCanonicalToken(umlautBase(w)))).join(" ");
}
