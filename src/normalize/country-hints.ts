/** Countries named inside a company name ("IBM Deutschland" -> DE), from data/countries.json. */
import countries from "./data/countries.json";

const BY_PHRASE = new Map<string, string>();
/** first word of a multi-word country name -> its lengths in words, longest first */
const MULTI_WORD = new Map<string, number[]>();
for (const [code, names] of Object.entries(countries.names)) {
  for (const name of names) {
    BY_PHRASE.set(name, code);
    const words = name.split(" ");
    if (words.length > 1) {
      const lengths = MULTI_WORD.get(words[0] as string) ?? [];
      lengths.push(words.length);
      MULTI_WORD.set(words[0] as string, lengths.sort((a, b) => b - a));
    }
  }
}

/**
 * ISO 3166 alpha-2 codes of the countries named by the given folded tokens, in order of appearance.
 *
 * @example
 * countryHints(["ibm", "deutschland"]) //=> ["DE"]
 */
export function countryHints(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    let code: string | undefined;
    for (const n of MULTI_WORD.get(token) ?? []) {
      if (i + n > tokens.length) continue;
      code = BY_PHRASE.get(tokens.slice(i, i + n).join(" "));
      if (code) {
        i += n - 1;
        break;
      }
    }
    code ??= BY_PHRASE.get(token);
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}
