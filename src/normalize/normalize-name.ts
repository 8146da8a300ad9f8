/** normalizeName: a raw company name -> its core, legal form, other names and keys, explained. */
import { canonicalToken, exactCanonicalToken } from "./abbreviations.js";
import { acronymWords, acronymsOf, looksLikeAcronym, statedAcronyms, writtenAsWord } from "./acronym.js";
import stopwords from "./data/stopwords.json";
import { romanizedEnglish } from "./romanized-words.js";
import { splitDesignations } from "./designations.js";
import { InvalidNameError } from "./errors.js";
import { foldText } from "./fold.js";
import { type LegalForm, formEndingAt, splitAttachedForms, stripLegalForms } from "./legal-forms.js";
import { CLOSE, COMMA, OPEN, isPunctuation, joinInitials, spaced, tokenize } from "./tokenize.js";
import { countryCode } from "./country-code.js";
import { countryHints } from "./country-hints.js";
import { readNumbers } from "./numbers.js";
import { replacePhrases } from "./phrases.js";

export type NormalizeWarning = "empty" | "only-legal-form" | "truncated" | "invalid-characters-replaced";

export interface NormalizeOptions {
  /** Country of the record (an ISO 3166 code or a name, see `countryCode`), to pick the right ELF code for forms used in several countries. */
  country?: string;
  /** Longer input is cut to this many characters first (default 1,000). */
  maxLength?: number;
  /** Keep legal forms in the core (for names that are nothing else, such as "SE Corporation"). */
  keepLegalForms?: boolean;
  /**
   * Also read a long word of the abbreviation tables written with one typo ("Univesidad" ->
   * university; see `canonicalToken`). Off by default: it costs about a tenth of the speed. The
   * matcher turns it on.
   */
  typos?: boolean;
}

export interface NormalizedName {
  /** The input, as given. */
  raw: string;
  /** Canonical tokens of the name without legal form, articles, designations and bracketed qualifiers. */
  core: string;
  tokens: string[];
  /**
   * Per token: the word as written when the tables put their canonical word in its place
   * ("universidad" for university, "mediin" read as medical), else ""; empty when every token is as
   * written. A matcher compares these too, so that a word the tables misread still matches its spelling.
   */
  spellings: string[];
  /** The outermost legal form found (the one at the end, else at the start, else before a comma). */
  legalForm: LegalForm | null;
  legalForms: LegalForm[];
  /** Cores of names given after d/b/a, t/a, a/k/a, trading as. */
  tradeNames: string[];
  /** Cores of names given after f/k/a, formerly, previously. */
  formerNames: string[];
  /** Cores of parties named after c/o or attn (not the entity itself). */
  careOf: string[];
  /** Bracketed text that is not a legal form, e.g. "portugal" in "Oracle (Portugal)". */
  qualifiers: string[];
  /** Countries named in the name or its qualifiers ("IBM Deutschland" -> ["DE"]). */
  countryHints: string[];
  /** The most usual acronym of the core ("" when the core has fewer than two words and is not one itself). */
  acronym: string;
  /** The words acronyms are read from: as written (not canonical), camel-case words split ("PricewaterhouseCoopers" -> pricewaterhouse, coopers). */
  wordParts: string[];
  /** Every usual acronym: those the name states for itself first, then content-word initials, all initials, connectors kept whole, camel-case initials. */
  acronyms: string[];
  /** How many of `acronyms`, at their head, the name states for itself ("SIB" of "SIB Swiss Institute of Bioinformatics", "(UNICARIBE)"). */
  statedAcronyms: number;
  /** The name is itself an acronym ("IBM", "I.B.M.", "PwC"). */
  isAcronym: boolean;
  /** In a name of several words, the words written as acronyms ("lps", "ens" in "LPS-ENS"). */
  acronymWords: string[];
  /** A one-word name written as an ordinary word ("Nosan"), not in capitals: unlikely an acronym. */
  writtenAsWord: boolean;
  /** The core without spaces (and without "and" or "&"), a compact key for exact lookups. */
  key: string;
  /** The core tokens sorted, a key that ignores word order. */
  sortedKey: string;
  warnings: NormalizeWarning[];
}

const ARTICLES = new Set(stopwords.articles);
const CAMEL_CASE = /[a-z\u00df-\u00ff][A-Z\u00c0-\u00de]/;

/** The tokens with each camel-case word replaced by its lower-cased parts. */
function splitCamelTokens(tokens: readonly string[], camelWords: readonly string[]): string[] {
  const parts = new Map<string, string[]>();
  for (const w of camelWords) parts.set(foldText(w), w.split(/(?<=[a-z\u00df-\u00ff])(?=[A-Z\u00c0-\u00de])/).map((p) => foldText(p)));
  return tokens.flatMap((t) => parts.get(t) ?? [t]);
}

/** Raw words written in camel case whose folded form is a core token ("PricewaterhouseCoopers"). */
function camelCaseWords(main: string, tokens: readonly string[]): string[] {
  return main.split(/[^\p{L}\p{N}]+/u).filter((w) => CAMEL_CASE.test(w) && tokens.includes(foldText(w)));
}
const DEFAULT_MAX_LENGTH = 1000;

/** Whether a folded word names a country ("uk", "deutschland"): such a bracketed word is no acronym. */
function isCountryWord(word: string): boolean {
  return countryHints([word]).length > 0;
}
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]/g;

/** The words sorted by code unit (insertion sort: names have few words) and joined by spaces; `joined` when they are in order. */
function sortedSpaced(words: readonly string[], joined: string): string {
  let inOrder = true;
  for (let i = 1; i < words.length && inOrder; i++) inOrder = (words[i - 1] as string) <= (words[i] as string);
  if (inOrder) return joined;
  const sorted = words.slice();
  for (let i = 1; i < sorted.length; i++) {
    const word = sorted[i] as string;
    let j = i - 1;
    for (; j >= 0 && (sorted[j] as string) > word; j--) sorted[j + 1] = sorted[j] as string;
    sorted[j + 1] = word;
  }
  return spaced(sorted);
}

/** The tokens without spaces, "and" or "&": "AT&T" and "AT and T" share "att". */
function compactKey(tokens: readonly string[]): string {
  let key = "";
  for (const t of tokens) if (t !== "and") key += t;
  return key.includes("&") ? key.replace(AMPERSANDS, "") : key;
}
const AMPERSANDS = /&/g;

/**
 * The words of a name as written (folded, not canonical), without legal forms and bracketed text.
 * `folded` are the tokens of the whole name, which serve as they are when it has no brackets.
 */
function surfaceWords(main: string, folded: readonly string[], forms: readonly LegalForm[]): string[] {
  const formWords: string[] = [];
  for (const f of forms) formWords.push(...f.key.split(" "));
  const tokens = BRACKET.test(main) ? tokenize(foldText(main.replace(BRACKETED, " "))) : folded;
  return tokens.filter((t) => !isPunctuation(t) && t !== "&" && !formWords.includes(t));
}
const BRACKET = /[([]/;

interface CoreParts {
  /** the tokens of the folded text, before anything is taken out */
  folded: string[];
  words: string[];
  forms: LegalForm[];
  qualifiers: string[];
  hadWords: boolean;
  /** countries named in the words (legal forms included) and qualifiers */
  hints: string[];
  /** whether some word was replaced by its canonical form */
  canonicalized: boolean;
  /** per word of `words`: the word as written when the tables put their canonical word in its place, else "" */
  spellings: string[];
}

/**
 * Separates bracketed groups: a group that completes a legal form with the words before it
 * ("(Pty) Ltd", "UG (haftungsbeschränkt)") stays in place, other groups become qualifiers.
 */
function liftQualifiers(tokens: string[]): { tokens: string[]; qualifiers: string[] } {
  if (!tokens.includes(OPEN) && !tokens.includes(CLOSE)) return { tokens, qualifiers: [] };
  const out: string[] = [];
  const qualifiers: string[] = [];
  let group: string[] | null = null;
  const close = (): void => {
    const words = (group ?? []).filter((t) => t !== COMMA);
    group = null;
    if (words.length === 0) return;
    const before = out.filter((t) => t !== COMMA);
    const all = [...before, ...words];
    if (before.length === 0 || formEndingAt(all, all.length) >= words.length) out.push(...words);
    else qualifiers.push(words.map(exactCanonicalToken).join(" "));
  };
  for (const t of tokens) {
    if (t === OPEN) {
      if (group) close();
      group = [];
    } else if (t === CLOSE) {
      if (group) close();
    } else if (group) {
      group.push(t);
    } else {
      out.push(t);
    }
  }
  if (group) close();
  if (!out.some((t) => t !== COMMA) && qualifiers.length > 0) {
    return { tokens: (qualifiers.shift() as string).split(" "), qualifiers };
  }
  return { tokens: out, qualifiers };
}

/** Drops articles and dangling "and" at the edges. */
function trimEdges(words: string[]): string[] {
  let a = 0;
  let b = words.length;
  while (a < b - 1 && ARTICLES.has(words[a] as string)) a++;
  while (a < b && words[a] === "and") a++;
  while (b > a && words[b - 1] === "and") b--;
  return a > 0 || b < words.length ? words.slice(a, b) : words;
}

/** The `spellings` of a name whose words are all as written. */
const NO_SPELLINGS: string[] = [];

function coreOf(text: string, country: string | undefined, keepLegalForms = false, typos = false): CoreParts {
  const folded = tokenize(foldText(text));
  const lifted = liftQualifiers(splitAttachedForms(folded));
  const words: string[] = [];
  const commaAfter: boolean[] = [];
  for (const t of lifted.tokens) {
    if (t === COMMA) {
      if (words.length > 0) commaAfter[words.length - 1] = true;
    } else {
      // "xibei shifan daxue": the words of Chinese, Japanese or Korean written in Latin letters, in English
      const english = romanizedEnglish(t);
      for (const w of english === undefined ? [t] : english.split(" ")) {
        words.push(w);
        commaAfter.push(false);
      }
    }
  }
  const hadWords = words.length > 0;
  const hints = countryHints(lifted.qualifiers.length > 0 ? [...words, ...lifted.qualifiers] : words);
  const hint = country ?? hints[0];
  // Legal forms are looked up as written, then again once abbreviations are canonical
  // ("Foo Compagnie" -> "foo company" -> "foo"), each time with articles dropped first,
  // until nothing changes: that makes the result idempotent.
  const forms: LegalForm[] = [];
  let canonicalized = false;
  const spellingOf = new Map<string, string>();
  let current = words;
  let commas: readonly boolean[] = commaAfter;
  for (let round = 0; round < 8; round++) {
    let start = 0;
    let end = current.length;
    while (start < end - 1 && (ARTICLES.has(current[start] as string) || current[start] === "and")) start++;
    while (end > start + 1 && current[end - 1] === "and") end--;
    const trimmed = start > 0 || end < current.length;
    const words = trimmed ? current.slice(start, end) : current;
    const stripped = keepLegalForms ? { words, forms: [] } : stripLegalForms(words, trimmed ? commas.slice(start, end) : commas, hint);
    forms.push(...stripped.forms);
    // stripping leaves no form at either end, so another round is needed only when something
    // else changed: a form taken from the middle, edges trimmed, initials joined, a word made canonical
    const trimmedWords = trimEdges(stripped.words);
    const next = joinInitials(trimmedWords);
    let changed = stripped.forms.some((f) => f.position === "middle") || trimmedWords !== stripped.words || next.length !== trimmedWords.length;
    for (let i = 0; i < next.length; i++) {
      // typos once: what a round made canonical stays so
      const c = typos && round === 0 ? canonicalToken(next[i] as string) : exactCanonicalToken(next[i] as string);
      if (c !== next[i]) {
        if (round === 0 && !spellingOf.has(c)) spellingOf.set(c, next[i] as string);
        next[i] = c;
        changed = true;
        canonicalized = true;
      }
    }
    current = next;
    commas = [];
    if (!changed) break;
  }
  // numbers as digits ("lyon ii" -> "lyon 2"; two numbers are never one's typo, so no spelling is
  // kept), acronyms read from the words as written as well ("first consulting group": 1cg, fcg)
  const numbered = readNumbers(trimEdges(current));
  if (numbered.read) canonicalized = true;
  const core = numbered.words as string[];
  return { folded, words: core, forms, qualifiers: lifted.qualifiers, hadWords, hints, canonicalized, spellings: spellingOf.size === 0 ? NO_SPELLINGS : core.map((w) => spellingOf.get(w) ?? "") };
}

function coresOf(parts: string[], country: string | undefined, typos: boolean): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const core = spaced(coreOf(p, country, false, typos).words);
    if (core.length > 0 && !out.includes(core)) out.push(core);
  }
  return out;
}

/**
 * Normalizes a raw company name into a structured, explained form. Never throws on a string
 * (empty or odd input gives an empty core and a warning); throws `InvalidNameError` for a non-string.
 *
 * @example
 * const n = normalizeName("I.B.M. Deutschland GmbH (formerly IBM Germany) d/b/a IBM Client Center");
 * n.core        //=> "ibm deutschland"
 * n.legalForm   //=> { text: "GmbH", key: "gmbh", code: "2HBR", country: "DE", ... }
 * n.formerNames //=> ["ibm germany"]
 * n.tradeNames  //=> ["ibm client center"]
 */
export function normalizeName(raw: unknown, options: NormalizeOptions = {}): NormalizedName {
  if (typeof raw !== "string") throw new InvalidNameError(raw);
  const warnings: NormalizeWarning[] = [];
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  let text = raw;
  if (text.length > maxLength) {
    text = text.slice(0, maxLength);
    warnings.push("truncated");
  }
  if (!text.isWellFormed()) {
    text = text.toWellFormed();
    warnings.push("invalid-characters-replaced");
  }
  const country = options.country === undefined ? undefined : (countryCode(options.country) ?? options.country.toUpperCase());
  const parts = splitDesignations(text);
  const typos = options.typos === true;
  const main = coreOf(parts.main, country, options.keepLegalForms === true, typos);
  const tokens = main.words;
  const core = spaced(tokens);
  if (core.length === 0) warnings.push(main.forms.length > 0 && main.hadWords ? "only-legal-form" : "empty");
  const rawWords = CAMEL_CASE.test(parts.main) ? camelCaseWords(parts.main, tokens) : [];
  const isAcronym = looksLikeAcronym(parts.main, tokens);
  const acronyms = isAcronym ? [core] : acronymsOf(tokens, rawWords);
  // acronyms are formed from the words as written, before canonical forms replace them
  // ("Stiftung für Kunst, Kultur und Geschichte" -> skkg, "Vlaamse Interuniversitaire Raad" -> vlir)
  const surface = tokens.length >= 2 && main.canonicalized ? surfaceWords(parts.main, main.folded, main.forms) : undefined;
  if (!isAcronym && surface) for (const a of acronymsOf(surface)) if (!acronyms.includes(a)) acronyms.push(a);
  const capitalWords = acronymWords(parts.main, tokens);
  // acronyms the name states for itself ("SIB Swiss Institute of Bioinformatics"), before those of its words
  const stated = isAcronym ? [] : statedAcronyms(parts.main, surface ?? tokens, main.qualifiers, capitalWords, isCountryWord);
  if (stated.length > 0) acronyms.splice(0, acronyms.length, ...stated, ...acronyms.filter((a) => !stated.includes(a)));
  return {
    raw,
    core,
    tokens,
    spellings: main.spellings,
    legalForm: main.forms[0] ?? null,
    legalForms: main.forms,
    tradeNames: coresOf(parts.trade, country, typos),
    formerNames: coresOf(parts.former, country, typos),
    careOf: coresOf(parts.attention.length > 0 ? [...parts.careOf, ...parts.attention] : parts.careOf, country, typos),
    qualifiers: main.qualifiers,
    countryHints: main.hints,
    wordParts: rawWords.length > 0 ? splitCamelTokens(tokens, rawWords) : (surface ?? tokens),
    acronym: acronyms[0] ?? "",
    acronyms,
    statedAcronyms: stated.length,
    isAcronym,
    acronymWords: capitalWords,
    writtenAsWord: !isAcronym && writtenAsWord(parts.main, tokens),
    key: compactKey(tokens),
    sortedKey: sortedSpaced(tokens, core),
    warnings,
  };
}

/**
 * The name with the phrases of the phrase table replaced (see `replacePhrases`), as another reading
 * of it; undefined when it has none. It has no acronyms: those are read from the name as written.
 *
 * @example
 * phraseReading(normalizeName("Hochschule Fulda"))?.core                      //=> "uas fulda"
 * phraseReading(normalizeName("Fulda University of Applied Sciences"))?.core  //=> "fulda uas"
 * phraseReading(normalizeName("Acme Ltd"))                                    //=> undefined
 */
export function phraseReading(name: NormalizedName): NormalizedName | undefined {
  const tokens = replacePhrases(name.tokens);
  if (tokens === name.tokens) return undefined;
  const core = spaced(tokens);
  return { ...name, core, tokens, spellings: NO_SPELLINGS, key: compactKey(tokens), sortedKey: sortedSpaced(tokens, core), acronym: "", acronyms: [], statedAcronyms: 0, wordParts: [], acronymWords: [] };
}
