/**
 * Tokenizer for folded company names: words, plus the punctuation marks that carry
 * structure (`,` ends a segment, `(` and `)` delimit qualifiers, `&` means "and").
 */

/** Punctuation tokens kept in the token stream. */
export const COMMA = ",";
export const OPEN = "(";
export const CLOSE = ")";
export const AMPERSAND = "&";

/** Elided articles and prepositions of French, Italian and Catalan ("l'", "d'", "dell'"): a word of their own. */
const ELISIONS = new Set(["l", "d", "dell", "dall", "nell", "sull", "all", "un"]);
const ASCII_WORD = 1;
const OTHER_WORD = 2;
const OTHER_LETTER = /^[\p{L}\p{N}]/u;
/** BMP code unit -> 1 letter or digit, 2 anything else, 0 not yet looked at */
const BMP_CLASS = new Uint8Array(0x10000);

/**
 * Whether the UTF-16 code unit is a letter or digit on its own (the answer for each unit is looked
 * up once, then remembered; a surrogate half is neither).
 *
 * @example
 * isLetterOrDigitUnit(0x682a) //=> true  ("株")
 * isLetterOrDigitUnit(0x3001) //=> false ("、")
 */
export function isLetterOrDigitUnit(code: number): boolean {
  let cls = BMP_CLASS[code] as number;
  if (cls === 0) BMP_CLASS[code] = cls = OTHER_LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return cls === 1;
}

/** Whether the non-ASCII character at `i` (`width` code units) is a letter or digit. */
function isOtherLetter(text: string, code: number, i: number, width: number): boolean {
  return width === 2 ? OTHER_LETTER.test(text.slice(i, i + 2)) : isLetterOrDigitUnit(code);
}

/**
 * `words[from..to)` joined by single spaces (concatenation: cheaper than `join` for a few short words).
 *
 * @example
 * spaced(["acme", "co", "ltd"], 1) //=> "co ltd"
 */
export function spaced(words: readonly string[], from = 0, to = words.length): string {
  let text = from < to ? (words[from] as string) : "";
  for (let i = from + 1; i < to; i++) text += " " + (words[i] as string);
  return text;
}

function isAsciiWordUnit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

function isSingleLetter(token: string): boolean {
  if (token.length !== 1) return false;
  const code = token.charCodeAt(0);
  return code >= 97 && code <= 122;
}

/**
 * Splits folded text (see `foldText`) into tokens. Dotted or spaced initials are joined
 * ("i.b.m." and "i b m" -> "ibm"), apostrophes inside a word vanish ("mcdonald's" ->
 * "mcdonalds") except after an elided article ("d'astrophysique" -> "d", "astrophysique"), "&" inside a word is kept ("at&t"), hyphens and slashes split words, and a
 * change of script starts a new token ("株式会社eci" -> "株式会社", "eci").
 *
 * @example
 * tokenize("i.b.m. deutschland gmbh, berlin") //=> ["ibm", "deutschland", "gmbh", ",", "berlin"]
 */
export function tokenize(folded: string): string[] {
  const raw: string[] = [];
  let word = ""; // pieces of the current word already cut (around apostrophes)
  let start = -1; // start of the current uncut piece
  let wordClass = 0;
  const length = folded.length;
  for (let i = 0; i < length; i++) {
    const code = folded.charCodeAt(i);
    let cls: number;
    let width = 1;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) cls = ASCII_WORD;
    else if (code < 0x80) cls = 0;
    else {
      width = code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
      cls = isOtherLetter(folded, code, i, width) ? OTHER_WORD : 0;
    }
    if (cls !== 0) {
      if (wordClass !== 0 && wordClass !== cls) {
        raw.push(word + folded.slice(start, i));
        word = "";
        start = -1;
      }
      if (start < 0) start = i;
      wordClass = cls;
      i += width - 1;
      // the rest of a run of a-z and 0-9 at once
      if (cls === ASCII_WORD) while (i + 1 < length && isAsciiWordUnit(folded.charCodeAt(i + 1))) i++;
      continue;
    }
    const next = i + 1 < length ? folded.charCodeAt(i + 1) : 0;
    const nextIsWord = (next >= 97 && next <= 122) || (next >= 48 && next <= 57);
    if (wordClass === ASCII_WORD && nextIsWord) {
      if (code === 39) {
        const piece = folded.slice(start, i);
        if (word === "" && ELISIONS.has(piece)) {
          // "l'universite" -> "l", "universite"
          raw.push(piece);
          start = i + 1;
          continue;
        }
        // apostrophe inside a word: "mcdonald's" -> "mcdonalds"
        word += piece;
        start = i + 1;
        continue;
      }
      if (code === 38) continue; // "at&t" stays one word
    }
    if (start >= 0) raw.push(word + folded.slice(start, i));
    word = "";
    start = -1;
    wordClass = 0;
    if (code === 38) raw.push(AMPERSAND);
    else if (code === 45 && i > 0 && folded.charCodeAt(i - 1) === 32 && next === 32) raw.push(COMMA); // " - " separates like a comma
    else if (code === 44 || code === 59 || code === 58 || code === 124) raw.push(COMMA);
    else if (code === 40 || code === 91 || code === 123) raw.push(OPEN);
    else if (code === 41 || code === 93 || code === 125) raw.push(CLOSE);
  }
  if (start >= 0) raw.push(word + folded.slice(start));
  return joinInitials(raw);
}

/**
 * Joins runs of two or more single-letter tokens.
 *
 * @example
 * joinInitials(["i", "b", "m", "corp"]) //=> ["ibm", "corp"]
 */
export function joinInitials(tokens: string[]): string[] {
  let singles = 0;
  for (const t of tokens) if (isSingleLetter(t)) singles++;
  if (singles < 2) return tokens;
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as string;
    if (isSingleLetter(token)) {
      let j = i + 1;
      while (j < tokens.length && isSingleLetter(tokens[j] as string)) j++;
      out.push(j - i >= 2 ? tokens.slice(i, j).join("") : token);
      i = j;
    } else {
      out.push(token);
      i++;
    }
  }
  return out;
}

/**
 * True for the punctuation tokens `,`, `(` and `)`.
 *
 * @example
 * isPunctuation(",") //=> true
 */
export function isPunctuation(token: string): boolean {
  return token === COMMA || token === OPEN || token === CLOSE;
}
