/**
 * Unicode folding: any company name -> lower-case text in which Latin, Greek, Cyrillic, Georgian
 * and Armenian letters are plain ASCII, other scripts are kept, and punctuation is normalised.
 */
import transliteration from "./data/transliteration.json";

const CHAR_MAP = new Map<string, string>();
for (const table of [transliteration.latin, transliteration.cyrillic, transliteration.greek, transliteration.georgian, transliteration.armenian]) {
  for (const [from, to] of Object.entries(table)) CHAR_MAP.set(from, to);
}

/** Punctuation look-alikes folded to their ASCII meaning. */
const PUNCTUATION = new Map<string, string>([
  ["\u2019", "'"], ["\u2018", "'"], ["\u02bc", "'"], ["`", "'"], ["\u00b4", "'"],
  ["\u201c", '"'], ["\u201d", '"'], ["\u201e", '"'], ["\u00ab", '"'], ["\u00bb", '"'],
  ["\u2010", "-"], ["\u2011", "-"], ["\u2012", "-"], ["\u2013", "-"], ["\u2014", "-"], ["\u2212", "-"],
  ["\uff06", "&"], ["\u3001", ","], ["\uff0c", ","], ["\u00b7", "."], ["\u30fb", " "],
]);

const COMBINING_DIACRITIC = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LATIN_GREEK_CYRILLIC = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Georgian}\p{Script=Armenian}]/u;
/** Characters that compose with the character before them (combining marks, Hangul jamo). */
const COMPOSES_WITH_NEIGHBOUR = /[\p{M}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/u;

/** Pairs of letters read as one sound ("ու" u, "ου" ou), in any case. */
const DIGRAPHS = new Map(Object.entries(transliteration.digraphs));
const DIGRAPH = new RegExp([...DIGRAPHS.keys()].join("|"), "giu");
/** The second letters of the digraphs, lower and upper case: a cheap test before `DIGRAPH`. */
const DIGRAPH_SECOND = new RegExp(`[${[...DIGRAPHS.keys()].map((d) => d.slice(1) + d.slice(1).toUpperCase()).join("")}]`, "u");

/**
 * Folds a raw string: NFKC (full-width forms), lower case, Latin diacritics removed,
 * ß/æ/ø/ł/đ/þ and Cyrillic/Greek/Georgian/Armenian transliterated, control characters turned into spaces.
 * Letters of other scripts (CJK, Arabic, Hebrew ...) are kept as they are.
 *
 * @example
 * foldText('ООО "Газпром нефть"') //=> 'ooo "gazprom neft"'
 * foldText("Société Générale")     //=> "societe generale"
 */
export function foldText(raw: string): string {
  if (!NON_ASCII.test(raw)) return foldAscii(raw);
  const text = DIGRAPH_SECOND.test(raw) ? raw.replace(DIGRAPH, (pair) => DIGRAPHS.get(pair.toLowerCase()) as string) : raw;
  return foldByCharacter(text) ?? foldWhole(text);
}

/**
 * The folding of the whole string at once: the reference that `foldByCharacter` agrees with.
 *
 * @example
 * foldWhole("Müller Straße") //=> "muller strasse"
 */
export function foldWhole(raw: string): string {
  return mapFolded(raw.normalize("NFKC").toLowerCase().normalize("NFD").replace(COMBINING_DIACRITIC, "").normalize("NFC"));
}

/** Maps each character of normalized, lower-cased text to ASCII, itself (other scripts) or a space. */
function mapFolded(decomposed: string): string {
  let out = "";
  for (const ch of decomposed) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      out += code < 0x20 || code === 0x7f ? " " : ch;
      continue;
    }
    const mapped = CHAR_MAP.get(ch) ?? PUNCTUATION.get(ch);
    if (mapped !== undefined) {
      out += mapped;
    } else if (LETTER_OR_DIGIT.test(ch) && !LATIN_GREEK_CYRILLIC.test(ch)) {
      out += ch;
    } else {
      out += " ";
    }
  }
  return out;
}

/** code point -> its folding alone, or null when it may compose with its neighbours */
const FOLDED_ALONE = new Map<number, string | null>();
const FOLDED_ALONE_MAX = 65_536;

function foldedAlone(codePoint: number): string | null {
  let folded = FOLDED_ALONE.get(codePoint);
  if (folded === undefined) {
    const ch = String.fromCodePoint(codePoint);
    // Σ lower-cases by context (σ or ς), and both fold to "s"; anything that composes needs the whole string
    folded = COMPOSES_WITH_NEIGHBOUR.test(ch) || COMPOSES_WITH_NEIGHBOUR.test(ch.normalize("NFKC")) ? null : foldWhole(ch);
    if (FOLDED_ALONE.size < FOLDED_ALONE_MAX) FOLDED_ALONE.set(codePoint, folded);
  }
  return folded;
}

/**
 * The same folding one character at a time (each non-ASCII character's folding is looked up once
 * and remembered), or null when the text holds a character that composes with its neighbour.
 */
function foldByCharacter(raw: string): string | null {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    let code = raw.charCodeAt(i);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code < 0x20 || code === 0x7f ? " " : raw[i];
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < raw.length) {
      code = raw.codePointAt(i) as number;
      if (code > 0xffff) i++;
    }
    const folded = foldedAlone(code);
    if (folded === null) return null;
    out += folded;
  }
  return out;
}

function foldAscii(raw: string): string {
  const lower = raw.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return lower.replace(/[\x00-\x1f\x7f]/g, " ");
  }
  return lower;
}
