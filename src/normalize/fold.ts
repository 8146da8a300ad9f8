/**
 * Unicode folding: any company name -> lower-case text in which Latin, Greek and Cyrillic
 * letters are plain ASCII, other scripts are kept, and punctuation is normalised.
 */
import transliteration from "./data/transliteration.json";

const CHAR_MAP = new Map<string, string>();
for (const table of [transliteration.latin, transliteration.cyrillic, transliteration.greek]) {
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
const LATIN_GREEK_CYRILLIC = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/**
 * Folds a raw string: NFKC (full-width forms), lower case, Latin diacritics removed,
 * ß/æ/ø/ł/đ/þ and Cyrillic/Greek transliterated, control characters turned into spaces.
 * Letters of other scripts (CJK, Arabic, Hebrew ...) are kept as they are.
 *
 * @example
 * foldText('ООО "Газпром нефть"') //=> 'ooo "gazprom neft"'
 * foldText("Société Générale")     //=> "societe generale"
 */
export function foldText(raw: string): string {
  if (!NON_ASCII.test(raw)) return foldAscii(raw);
  const decomposed = raw.normalize("NFKC").toLowerCase().normalize("NFD").replace(COMBINING_DIACRITIC, "").normalize("NFC");
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

function foldAscii(raw: string): string {
  const lower = raw.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return lower.replace(/[\x00-\x1f\x7f]/g, " ");
  }
  return lower;
}
