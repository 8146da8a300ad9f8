/**
 * Legal-form recognition over name tokens, driven by data/legal-forms.json (generated from
 * ISO 20275 by scripts/generate-legal-forms.ts).
 */
import kinds from "./data/legal-form-kinds.json";
import table from "./data/legal-forms.json";
import { spaced } from "./tokenize.js";

/** A legal form found in a name. `code` (ISO 20275 ELF) and `country` are set when unambiguous. */
export interface LegalForm {
  /** The form as usually written, e.g. "GmbH". */
  text: string;
  /** The normalized tokens of the form, e.g. "gmbh and co kg". */
  key: string;
  code?: string;
  country?: string;
  /** Every country that uses this spelling. */
  countries: string[];
  /** Every ISO 20275 ELF code this spelling stands for (in any country). */
  codes: string[];
  position: "end" | "start" | "middle";
}

interface FormEntry {
  text: string;
  forms: [string, string?][];
  countries: string[];
  codes: string[];
}

const FORMS = new Map<string, FormEntry>();
for (const [key, text, forms] of table.forms as [string, string, [string, string?][]][]) {
  const countries = forms.map((f) => f[0]);
  const codes = [...new Set(forms.map((f) => f[1]).filter((c): c is string => c !== undefined))];
  const entry = { text, forms, countries, codes };
  FORMS.set(key, entry);
  // "GmbH & Co. KG" is also written "GmbH und Co. KG" / "GmbH and Co. KG"
  if (key.includes("&")) for (const and of ["and", "und"]) if (!FORMS.has(key.replace(/&/g, and))) FORMS.set(key.replace(/&/g, and), entry);
}
const PREFIX_KEYS = new Set(table.prefixKeys);

/**
 * Whether a legal form is written before the name in its country ("株式会社トヨタ", "OOO Gazprom").
 *
 * @example
 * isPrefixForm("株式会社") //=> true
 * isPrefixForm("gmbh")     //=> false
 */
export function isPrefixForm(key: string): boolean {
  return PREFIX_KEYS.has(key);
}
/** form key -> number of its group of spellings of one kind of form */
const KIND_OF = new Map<string, number>();
kinds.kinds.forEach((group, i) => {
  for (const key of group) KIND_OF.set(key, i);
});

/**
 * Whether two legal forms are the same kind: the same spelling, a shared ELF code, or spellings
 * of one kind that the ELF list files under different codes (Corp / Incorporated, OAO / Open Joint Stock Company).
 *
 * @example
 * sameKindOfForm(normalizeName("IBM Corp.").legalForm!, normalizeName("IBM Incorporated").legalForm!) //=> true
 */
export function sameKindOfForm(a: LegalForm, b: LegalForm): boolean {
  if (a.key === b.key) return true;
  for (const code of a.codes) if (b.codes.includes(code)) return true;
  const kind = KIND_OF.get(a.key);
  return kind !== undefined && kind === KIND_OF.get(b.key);
}

/** token -> lengths (in tokens) of the forms that end with it, longest first */
const LENGTHS_BY_LAST = new Map<string, number[]>();
/** token -> lengths of the prefix forms that start with it, longest first */
const LENGTHS_BY_FIRST = new Map<string, number[]>();
function addLength(index: Map<string, number[]>, token: string, length: number): void {
  const lengths = index.get(token) ?? [];
  if (!lengths.includes(length)) lengths.push(length);
  lengths.sort((a, b) => b - a);
  index.set(token, lengths);
}
/** the last two words of every form of two words or more: a name that does not end so can end only in a one-word form */
const LAST_TWO = new Set<string>();
for (const key of FORMS.keys()) {
  const tokens = key.split(" ");
  addLength(LENGTHS_BY_LAST, tokens[tokens.length - 1] as string, tokens.length);
  if (tokens.length >= 2) LAST_TWO.add(spaced(tokens, tokens.length - 2));
  if (PREFIX_KEYS.has(key)) addLength(LENGTHS_BY_FIRST, tokens[0] as string, tokens.length);
}

function describe(key: string, position: LegalForm["position"], country: string | undefined): LegalForm {
  const entry = FORMS.get(key) as FormEntry;
  const chosen = (country ? entry.forms.find((f) => f[0] === country) : undefined) ?? (entry.forms.length === 1 ? entry.forms[0] : undefined);
  const form: LegalForm = { text: entry.text, key, countries: entry.countries.slice(), codes: entry.codes.slice(), position };
  if (chosen) {
    form.country = chosen[0];
    if (chosen[1]) form.code = chosen[1];
  }
  return form;
}

/**
 * Length of the longest form that ends at `end` (exclusive) and starts at or after `start`, or 0.
 *
 * @example
 * formEndingAt(["acme", "co", "ltd"], 3) //=> 2
 */
export function formEndingAt(words: readonly string[], end: number, start = 0): number {
  const lengths = LENGTHS_BY_LAST.get(words[end - 1] as string);
  if (!lengths) return 0;
  const longer = end - start >= 2 && LAST_TWO.has(spaced(words, end - 2, end));
  for (const n of lengths) {
    if (n > end - start || (n > 1 && !longer)) continue;
    if (n === 1 || FORMS.has(spaced(words, end - n, end))) return n;
  }
  return 0;
}

function formStartingAt(words: readonly string[], start: number, end: number): number {
  const lengths = LENGTHS_BY_FIRST.get(words[start] as string);
  if (!lengths) return 0;
  for (const n of lengths) {
    if (n > end - start) continue;
    const key = spaced(words, start, start + n);
    if (PREFIX_KEYS.has(key) && FORMS.has(key)) return n;
  }
  return 0;
}

/**
 * Removes the legal forms at the end of `words` (repeatedly: "Foo Holding AG Ltd"), at the start
 * (only forms written first, such as OOO, PT, 株式会社), and before a comma (`commaAfter[i]`).
 * Mutates nothing; returns the remaining words and the forms found: end and start forms from the
 * outside in, then those before commas.
 *
 * @example
 * stripLegalForms(["siemens", "ag"], [false, false]).words //=> ["siemens"]
 */
export function stripLegalForms(
  words: readonly string[],
  commaAfter: readonly boolean[],
  country?: string,
): { words: string[]; forms: LegalForm[] } {
  const forms: LegalForm[] = [];
  let start = 0;
  let end = words.length;
  while (start < end) {
    const n = formEndingAt(words, end, start);
    if (n > 0) {
      forms.push(describe(spaced(words, end - n, end), "end", country));
      end -= n;
      while (end > start && words[end - 1] === "and") end--;
      continue;
    }
    const m = formStartingAt(words, start, end);
    if (m > 0) {
      forms.push(describe(spaced(words, start, start + m), "start", country));
      start += m;
      continue;
    }
    break;
  }
  const kept: string[] = [];
  for (let i = start; i < end; i++) {
    kept.push(words[i] as string);
    if (commaAfter[i] && i < end - 1) {
      const n = formEndingAt(kept, kept.length);
      if (n > 0 && n < kept.length) {
        forms.push(describe(spaced(kept, kept.length - n, kept.length), "middle", country));
        kept.length -= n;
      }
    }
  }
  return { words: kept, forms };
}

// one-letter forms ("合" of 合同会社) stand alone only: as the end of a word they are a letter of it (組合, union)
const ATTACHED_FORMS = [...FORMS.keys()].filter((k) => k.length > 1 && !k.includes(" ") && /^[^\x00-\x7f]+$/.test(k)).sort((a, b) => b.length - a.length);

/**
 * Splits legal forms written without a space off tokens of scripts that use no spaces
 * ("ソニー株式会社" -> "ソニー", "株式会社"). Latin tokens are left alone.
 *
 * @example
 * splitAttachedForms(["阿克米有限公司"]) //=> ["阿克米", "有限公司"]
 */
export function splitAttachedForms(tokens: readonly string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    let parts: string[] | null = null;
    if (token.charCodeAt(0) >= 0x80) {
      for (const form of ATTACHED_FORMS) {
        if (token.length <= form.length) continue;
        if (token.endsWith(form)) parts = [token.slice(0, token.length - form.length), form];
        else if (token.startsWith(form)) parts = [form, token.slice(form.length)];
        if (parts) break;
      }
    }
    if (parts && !out) out = tokens.slice(0, i);
    if (out) out.push(...(parts ?? [token]));
  }
  return out ?? (tokens as string[]);
}

/**
 * Number of distinct normalized spellings and of countries in the table.
 *
 * @example
 * legalFormTableSize() //=> { spellings: 2506, countries: 122 }
 */
export function legalFormTableSize(): { spellings: number; countries: number } {
  const countries = new Set<string>();
  for (const entry of FORMS.values()) for (const f of entry.forms) countries.add(f[0]);
  return { spellings: FORMS.size, countries: countries.size };
}
