/**
 * The name index: every name variant of every entity (legal name, aliases, trade and former
 * names), an inverted index from tokens to variants, and acronym and compact-key indexes.
 * Candidate generation (blocking) reads only the postings of the query's keys, never all names.
 */
import { type LegalForm, type NormalizedName, contentInitials, isAcronymOf, prefixAcronymsOf, umlautBase } from "../normalize/index.js";
import { Vocabulary, type SimilarToken } from "./vocabulary.js";
import { letterMask, phoneticCode } from "./token-similarity.js";
import { cognateOf } from "./cognate-key.js";
import { keyDeletions } from "./key-deletions.js";
import { resized } from "../util/resized.js";
import { topScored } from "../util/top-scored.js";

export type NameKind = "name" | "alias" | "trade" | "former" | "romanized";

export interface NameVariant {
  entity: number;
  kind: NameKind;
  raw: string;
  core: string;
  key: string;
  tokens: number[];
  /** The texts of `tokens`. */
  texts: string[];
  /** Per token: the word as written when the tables replaced it, else "" (see `NormalizedName.spellings`); empty when none was. */
  spellings: readonly string[];
  acronyms: string[];
  /** How many of `acronyms`, at their head, the name states for itself. */
  statedAcronyms: number;
  /** Words for acronym tests, camel-case words split. */
  wordParts: string[];
  /** The letters of `wordParts` (see `letterMask`): an acronym with a letter outside them spells none of this name. */
  partsMask: number;
  isAcronym: boolean;
  /** Words written as acronyms in a name of several words ("lps", "ens" in "LPS-ENS"). */
  acronymWords: string[];
  /** A one-word name written as an ordinary word ("Nosan"): a weaker acronym. */
  writtenAsWord: boolean;
  legalForm: LegalForm | null;
  alive: boolean;
  /** Tokens that do not count in the frequencies: another reading's of the same name (see `NameIndex.add`). */
  uncounted: readonly number[];
}

/** A query name, ready for look-up: its tokens resolved against the vocabulary. */
export interface QueryName {
  raw: string;
  core: string;
  key: string;
  tokens: string[];
  /** Per token: the word as written when the tables replaced it, else "" (empty when none was). */
  spellings: readonly string[];
  acronyms: string[];
  statedAcronyms: number;
  wordParts: string[];
  isAcronym: boolean;
  acronymWords: string[];
  writtenAsWord: boolean;
  legalForm: LegalForm | null;
  /** Per query token: its weight (see `weightOfText`). */
  weights: number[];
  /** Per query token: its `letterMask`. */
  masks: number[];
  /** Per query token: its `phoneticCode`. */
  sounds: string[];
  /** Per query token: its `cognateKey` ("" for none). */
  cognates: string[];
  /** Per query token: the known token id (or undefined) and known tokens it may be a typo of. */
  resolved: { id: number | undefined; similar: SimilarToken[] }[];
  /** Read in Latin letters from another script: its words may be spelt otherwise than the name's. */
  reading: boolean;
}

export interface CandidateOptions {
  /** A token held by more names than this only adds weight to candidates found by rarer keys. */
  maxPostings: number;
  /** How many candidate names go on to full scoring. */
  maxCandidates: number;
  /** Candidates whose key weight is below this share of the best candidate's are dropped. */
  minShare: number;
  /** The query's country: when candidates must be cut to `maxCandidates`, names of entities there count for a little more. */
  country?: string | undefined;
}

const SHORT_NAME_MAX = 8;
const NO_WORDS: string[] = [];
const NO_IDS: readonly number[] = [];
/** Tokens held by this many names or fewer may be typos or spellings of other languages of more common words. */
const RARE_DF = 50;
/**
 * A word that other indexed names hold and shorter than this is not looked up as a typo of another:
 * it is most likely itself ("bank" is not "banko"); longer ones may be another language's spelling
 * ("traumatologia"). On the ROR queries this was 0.1 point better top-1 and ~11% faster on one core.
 */
const KNOWN_FUZZY_MIN_LENGTH = 8;
const KEY_WEIGHT = 12;
/** A name whose short key is one typo from the query's ("gusuk" / "gutsuk"; see `keyDeletions`). */
const TYPO_KEY_WEIGHT = 6;
/** A name whose content-word initials are one letter off a one-word query ("INPA" / "Instituto de Investigación en Producción Animal"; see `MatchWeights.acronymTypo`). */
const TYPO_INITIALS_WEIGHT = 3;
/** A deletion key shared by more names than this finds none of them (three letters of a four-letter acronym). */
const DELETION_POSTINGS_MAX = 100;
const ACRONYM_WEIGHT = 6;
const ACRONYM_ENDS_WEIGHT = 2;
const ACRONYM_WORD_WEIGHT = 8;
const PREFIX_ACRONYM_WEIGHT = 4;
/**
 * Weight added, when candidates are cut to the best, to a name of an entity in the query's country:
 * "MSD" is the name of a company in dozens of countries, and the one in the query's must not be cut.
 */
const SAME_COUNTRY_WEIGHT = 1;
const SPELLED_WEIGHT = 4;
/** Acronyms up to this length are looked up by the initials they may spell. */
const SPELLED_MAX = 10;
/** Names with two initials are too many to test unless their list is this short. */
const TWO_INITIALS_MAX = 300;
const ACRONYM_KEY = /^[a-z0-9]+$/;
/**
 * An array of exactly its length: one grown by push keeps room for 17 elements (152 bytes), and an
 * index holds several per name. Empty arrays are all one.
 */
function exact<T>(list: T[]): T[] {
  return list.length === 0 ? (NO_WORDS as unknown as T[]) : list.slice();
}

function asIs<T>(list: T[]): T[] {
  return list;
}

/** A name of entity number `entity` (-1: none), with its token ids and their texts; `keep`: to keep in an index, its arrays copied to exactly their length. */
function variantOf(entity: number, kind: NameKind, name: NormalizedName, tokens: number[], texts: string[], spellings: readonly string[], keep = false): NameVariant {
  const k = keep ? exact : asIs;
  return {
    entity, kind, raw: name.raw, core: name.core, key: name.key, tokens: k(tokens), texts: k(texts), spellings, acronyms: name.isAcronym ? NO_WORDS : k(name.acronyms), statedAcronyms: name.isAcronym ? 0 : name.statedAcronyms, wordParts: k(name.wordParts),
    partsMask: lettersOf(name.wordParts), isAcronym: name.isAcronym, acronymWords: name.acronymWords.length > 0 ? k(name.acronymWords) : NO_WORDS, writtenAsWord: name.writtenAsWord, legalForm: name.legalForm, alive: true, uncounted: NO_IDS,
  };
}

/**
 * A name as an indexed name would stand, without being indexed (its tokens have no ids), for
 * comparing two names directly.
 *
 * @example
 * unindexedVariant(normalizeName("Acme GmbH"), "name").texts //=> ["acme"]
 */
export function unindexedVariant(name: NormalizedName, kind: NameKind): NameVariant {
  return variantOf(-1, kind, name, [], name.tokens, name.spellings);
}

/** One of 32 bits for a token id (a multiplicative hash), for `tokenBits`. */
function tokenBit(token: number): number {
  return 1 << (Math.imul(token, 0x9e3779b1) >>> 27);
}

/** The `letterMask` of all the words together. */
function lettersOf(words: readonly string[]): number {
  let mask = 0;
  for (const w of words) mask |= letterMask(w);
  return mask;
}

/** How many `spelledBy` results are remembered at most (then forgotten all at once). */
const SPELLED_CACHE_SIZE = 100_000;

function acronymEnds(acronym: string): string {
  return `${acronym[0]}…${acronym[acronym.length - 1]}`;
}

/** The distinct first-and-last-letter keys of a name's acronyms (a name is listed once under each). */
function endsOf(acronyms: readonly string[]): Set<string> {
  return new Set(acronyms.map(acronymEnds));
}

/** `first` followed by the tokens of `more` it does not hold (`first` itself when there are none). */
function withoutRepeats(first: SimilarToken[], more: SimilarToken[]): SimilarToken[] {
  if (more.length === 0) return first;
  const added = more.filter((m) => !first.some((f) => f.id === m.id));
  return added.length === 0 ? first : [...first, ...added];
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function removeFrom(list: number[] | undefined, value: number): void {
  if (!list) return;
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
}

/**
 * The names of the indexed entities (each a variant: legal name, alias, reading): postings by
 * token, keys, acronyms and initials, from which `candidates` finds the names a query may denote.
 *
 * @example
 * const index = new NameIndex(1000); index.variants.length //=> 0 (names come with `add`; `candidates` finds them)
 */
export class NameIndex {
  readonly vocab: Vocabulary;
  readonly variants: NameVariant[] = [];
  private readonly postings: number[][] = [];
  private readonly byAcronym = new Map<string, number[]>();
  /** acronyms a name writes among its words ("SIB Swiss Institute of Bioinformatics"): found by one-word queries only, as
   * designations such as "UMR" written in hundreds of names would crowd out better candidates of longer queries */
  private readonly byWrittenAcronym = new Map<string, number[]>();
  /** acronyms of names without their last one or two words (often a place) or their first (a parent or place) */
  private readonly byPrefixAcronym = new Map<string, number[]>();
  private readonly byShortName = new Map<string, number[]>();
  private readonly byKey = new Map<string, number[]>();
  /** Variants with a short key, by each key one letter shorter (see `keyDeletions`). */
  private readonly byKeyDeletion = new Map<string, number[]>();
  /** Variants whose key has umlauts written out ("muellerbau"), by the key read without them (see `umlautBase`). */
  private readonly byUmlautKey = new Map<string, number[]>();
  /** first and last letter of each acronym -> variants, for acronyms with letters from inside words ("pwc") */
  private readonly byAcronymEnds = new Map<string, number[]>();
  /** content-word initials -> variants, for acronyms with letters from inside words ("cesbio", "esigelec") */
  private readonly byInitials = new Map<string, number[]>();
  /** `byInitials` by each of its keys one letter shorter (see `keyDeletions`), when acronyms are read one letter off */
  private readonly byInitialsDeletion = new Map<string, number[]>();
  /** every prefix (two letters or more) of the keys of `byInitials` -> how many variants have it */
  private readonly initialsPrefixes = new Map<string, number>();
  /** `spelledBy` results, remembered until a name is added or removed */
  private readonly spelledCache = new Map<string, number[]>();
  /** The spellings of `NameVariant.spellings`, each held once. */
  private readonly spellingPool = new Map<string, string>();
  private scores = new Float64Array(1024);
  /** Per variant: one bit for each of its tokens (see `tokenBit`), to rule out most variants without a token cheaply. */
  private tokenBits = new Uint32Array(1024);
  /** The token ids of every variant one after another: variant v holds tokenIds[tokenStart[v] .. tokenStart[v + 1]). */
  private tokenIds = new Int32Array(4096);
  private tokenStart = new Int32Array(1025);
  /** 1 for variants found by an exact key or acronym in the current query (cleared after it). */
  private keyFlags = new Uint8Array(1024);
  /** Per variant: the number of its entity's country in `countryNumbers` (0: none given). */
  private countries = new Uint16Array(1024);
  private readonly countryNumbers = new Map<string, number>();
  private liveCount = 0;

  /** Name similarity of an acronym one letter off a name's initials (`MatchWeights.acronymTypo`; 0: none). */
  readonly acronymTypo: number;

  constructor(weightScale: number, acronymTypo = 0) {
    this.vocab = new Vocabulary(weightScale);
    this.acronymTypo = acronymTypo;
  }

  get size(): number {
    return this.liveCount;
  }

  /**
   * Adds one name of entity number `entity` (in `country`, if known); returns the variant number, or
   * -1 for an empty name. `readingOf`: the variant this name is another reading of ("uas fulda" of
   * "hochschule fulda"); the words they share count once in the frequencies.
   */
  add(entity: number, kind: NameKind, name: NormalizedName, country?: string, readingOf?: number): number {
    if (name.core.length === 0) return -1;
    this.changed();
    const id = this.variants.length;
    const tokens: number[] = [];
    const texts: string[] = [];
    const read = readingOf === undefined ? undefined : this.variants[readingOf];
    const uncounted: number[] = [];
    const spellings: string[] = [];
    let spelt = false;
    for (let k = 0; k < name.tokens.length; k++) {
      const t = name.tokens[k] as string;
      const tokenId = this.vocab.intern(t);
      if (tokens.includes(tokenId)) continue;
      tokens.push(tokenId);
      texts.push(this.vocab.tokens[tokenId] as string);
      const spelling = name.spellings[k] ?? "";
      spellings.push(spelling === "" ? "" : this.pooled(spelling));
      if (spelling !== "") spelt = true;
      if (read?.tokens.includes(tokenId)) uncounted.push(tokenId);
      else this.vocab.df[tokenId] = (this.vocab.df[tokenId] ?? 0) + 1;
      const list = this.postings[tokenId];
      if (list) list.push(id);
      else this.postings[tokenId] = [id];
    }
    const variant = variantOf(entity, kind, name, tokens, texts, spelt ? spellings : NO_WORDS, true);
    if (uncounted.length > 0) variant.uncounted = uncounted;
    this.variants.push(variant);
    for (const a of variant.acronyms) pushTo(texts.includes(a) ? this.byWrittenAcronym : this.byAcronym, a, id);
    if (!variant.isAcronym) for (const a of prefixAcronymsOf(variant.wordParts)) pushTo(this.byPrefixAcronym, a, id);
    for (const e of endsOf(variant.acronyms)) pushTo(this.byAcronymEnds, e, id);
    const initials = variant.isAcronym ? "" : contentInitials(variant.wordParts);
    if (initials.length >= 2) {
      pushTo(this.byInitials, initials, id);
      if (this.acronymTypo > 0) for (const d of keyDeletions(initials)) pushTo(this.byInitialsDeletion, d, id);
      for (let n = 2; n <= initials.length; n++) this.initialsPrefixes.set(initials.slice(0, n), (this.initialsPrefixes.get(initials.slice(0, n)) ?? 0) + 1);
    }
    if (name.tokens.length === 1 && name.key.length >= 2 && name.key.length <= SHORT_NAME_MAX) pushTo(this.byShortName, name.key, id);
    pushTo(this.byKey, name.key, id);
    for (const d of keyDeletions(name.key)) pushTo(this.byKeyDeletion, d, id);
    const plainKey = umlautBase(name.key);
    if (plainKey !== name.key) pushTo(this.byUmlautKey, plainKey, id);
    this.liveCount++;
    if (this.scores.length < this.variants.length) {
      this.scores = resized(this.scores, this.scores.length * 2);
      this.keyFlags = resized(this.keyFlags, this.scores.length);
      this.tokenBits = resized(this.tokenBits, this.scores.length);
      this.countries = resized(this.countries, this.scores.length);
    }
    this.countries[id] = country === undefined ? 0 : this.countryNumber(country);
    this.storeTokens(id, tokens);
    return id;
  }

  /** One string for each spelling the indexed names hold ("universidad" in thousands of names). */
  private pooled(spelling: string): string {
    const known = this.spellingPool.get(spelling);
    if (known !== undefined) return known;
    this.spellingPool.set(spelling, spelling);
    return spelling;
  }

  /** The number standing for a country in `countries`, given at its first use. */
  private countryNumber(country: string): number {
    let n = this.countryNumbers.get(country);
    if (n === undefined) this.countryNumbers.set(country, (n = this.countryNumbers.size + 1));
    return n;
  }

  /** Appends the token ids of variant `id` (the next one) to `tokenIds` and sets its `tokenBits`. */
  private storeTokens(id: number, tokens: readonly number[]): void {
    let bits = 0;
    for (const t of tokens) bits |= tokenBit(t);
    this.tokenBits[id] = bits;
    if (this.tokenStart.length < id + 2) this.tokenStart = resized(this.tokenStart, 2 * (id + 2));
    const from = this.tokenStart[id] as number;
    if (this.tokenIds.length < from + tokens.length) this.tokenIds = resized(this.tokenIds, 2 * (from + tokens.length));
    for (let k = 0; k < tokens.length; k++) this.tokenIds[from + k] = tokens[k] as number;
    this.tokenStart[id + 1] = from + tokens.length;
  }

  /** Whether variant `id` holds token id `token` (read from the packed `tokenIds`). */
  private holds(id: number, token: number): boolean {
    const end = this.tokenStart[id + 1] as number;
    for (let k = this.tokenStart[id] as number; k < end; k++) if (this.tokenIds[k] === token) return true;
    return false;
  }

  /** Forgets remembered look-ups once the names change. */
  private changed(): void {
    this.vocab.changed();
    if (this.spelledCache.size > 0) this.spelledCache.clear();
  }

  /** Removes a variant from every index; frequencies go back to what they were before `add`. */
  remove(id: number): void {
    const v = this.variants[id];
    if (!v || !v.alive) return;
    this.changed();
    v.alive = false;
    for (const t of v.tokens) {
      if (!v.uncounted.includes(t)) this.vocab.df[t] = (this.vocab.df[t] ?? 1) - 1;
      removeFrom(this.postings[t], id);
    }
    for (const a of v.acronyms) removeFrom((v.texts.includes(a) ? this.byWrittenAcronym : this.byAcronym).get(a), id);
    if (!v.isAcronym) for (const a of prefixAcronymsOf(v.wordParts)) removeFrom(this.byPrefixAcronym.get(a), id);
    for (const e of endsOf(v.acronyms)) removeFrom(this.byAcronymEnds.get(e), id);
    const initials = v.isAcronym ? "" : contentInitials(v.wordParts);
    if (initials.length >= 2) {
      removeFrom(this.byInitials.get(initials), id);
      if (this.acronymTypo > 0) for (const d of keyDeletions(initials)) removeFrom(this.byInitialsDeletion.get(d), id);
      for (let n = 2; n <= initials.length; n++) {
        const left = (this.initialsPrefixes.get(initials.slice(0, n)) ?? 1) - 1;
        if (left > 0) this.initialsPrefixes.set(initials.slice(0, n), left);
        else this.initialsPrefixes.delete(initials.slice(0, n));
      }
    }
    removeFrom(this.byShortName.get(v.key), id);
    removeFrom(this.byKey.get(v.key), id);
    for (const d of keyDeletions(v.key)) removeFrom(this.byKeyDeletion.get(d), id);
    const plainKey = umlautBase(v.key);
    if (plainKey !== v.key) removeFrom(this.byUmlautKey.get(plainKey), id);
    this.liveCount--;
  }

  /**
   * Resolves a normalized query name against the vocabulary (exact ids, typo alternatives). `own`:
   * the token ids of the query's own indexed names, when the query is an indexed record (not "other names");
   * `reading`: the name is read in Latin letters from another script.
   */
  prepare(name: NormalizedName, fuzzyLimit: number, own?: ReadonlySet<number>, reading = false): QueryName {
    const resolved = name.tokens.map((t) => {
      const id = this.vocab.idOf(t);
      const df = id !== undefined ? (this.vocab.df[id] ?? 0) : 0;
      // unknown and rare tokens may be typos or other spellings ("biotechnologie"): look for the known
      // ones too; but a short word that other names hold is taken as written
      const others = id !== undefined && own?.has(id) ? df - 1 : df;
      const fuzzy = df <= RARE_DF && (others === 0 || t.length >= KNOWN_FUZZY_MIN_LENGTH);
      // a known word naming a country is no typo, but other names name the country otherwise
      const similar = fuzzy ? this.vocab.similar(t, fuzzyLimit) : this.vocab.sameCountry(t);
      // "mueller" / "muller": written-out umlauts are found however often the word is written
      const umlauts = this.vocab.umlautSpellings(t);
      return { id: df > 0 ? id : undefined, similar: withoutRepeats(similar, umlauts) };
    });
    const weights = resolved.map((r, i) => (r.id !== undefined ? this.vocab.weight(r.id) : this.vocab.unseenWeightOf(name.tokens[i] as string)));
    return {
      weights, masks: name.tokens.map(letterMask), sounds: name.tokens.map(phoneticCode), cognates: name.tokens.map(cognateOf),
      raw: name.raw, core: name.core, key: name.key, tokens: name.tokens, spellings: name.spellings, acronyms: name.acronyms, statedAcronyms: name.statedAcronyms, wordParts: name.wordParts,
      isAcronym: name.isAcronym, acronymWords: name.acronymWords, writtenAsWord: name.writtenAsWord, legalForm: name.legalForm, resolved, reading,
    };
  }

  /**
   * Candidate variants for a query: accumulates key weights over the postings of the query's
   * tokens (rarest first; over-frequent tokens only reinforce), typo alternatives, acronym and
   * compact-key look-ups; returns the best `maxCandidates` variant numbers.
   */
  candidates(query: QueryName, options: CandidateOptions): number[] {
    const scores = this.scores;
    const isKey = this.keyFlags;
    const touched: number[] = [];
    /** the best score of a variant not found by a key: the floor is a share of it */
    let best = 0;
    const bump = (id: number, w: number, seed: boolean): void => {
      if (scores[id] === 0) {
        if (!seed) return;
        touched.push(id);
      }
      const s = (scores[id] as number) + w;
      scores[id] = s;
      if (s > best && isKey[id] === 0) best = s;
    };
    const lists: { list: number[]; weight: number; token: number }[] = [];
    for (const r of query.resolved) {
      if (r.id !== undefined) {
        const list = this.postings[r.id];
        if (list && list.length > 0) lists.push({ list, weight: this.vocab.weight(r.id), token: r.id });
      }
      for (const s of r.similar) {
        const list = this.postings[s.id];
        if (list && list.length > 0) lists.push({ list, weight: this.vocab.weight(s.id) * s.similarity, token: s.id });
      }
    }
    const keyed: { list: number[]; weight: number }[] = [];
    const byKey = this.byKey.get(query.key);
    if (byKey) keyed.push({ list: byKey, weight: KEY_WEIGHT });
    // the same key with umlauts written out or not ("muller" / "mueller")
    const plainKey = umlautBase(query.key);
    const otherSpelling = plainKey === query.key ? this.byUmlautKey.get(plainKey) : this.byKey.get(plainKey);
    if (otherSpelling) keyed.push({ list: otherSpelling, weight: KEY_WEIGHT });
    // names one typo off the query's key, by `exact` keys and their `deleted` letters: a letter more, a letter less, or one other or swapped
    const deletions = keyDeletions(query.key);
    const oneTypoOff = (exact: Map<string, number[]>, deleted: Map<string, number[]>, weight: number): void => {
      for (const list of [deleted.get(query.key), ...deletions.flatMap((d) => [exact.get(d), deleted.get(d)])]) {
        if (list && list.length <= DELETION_POSTINGS_MAX) keyed.push({ list, weight });
      }
    };
    // a short name ("Gus UK" / "Guts UK"); an acronym only where acronyms are read one letter off ("CAAA" / "CAA"):
    // else "NGR" is "iNGR" as often as not
    if (!query.isAcronym || this.acronymTypo > 0) oneTypoOff(this.byKey, this.byKeyDeletion, TYPO_KEY_WEIGHT);
    // a name's initials, where acronyms are read one letter off
    if (this.acronymTypo > 0 && query.tokens.length === 1 && ACRONYM_KEY.test(query.key)) oneTypoOff(this.byInitials, this.byInitialsDeletion, TYPO_INITIALS_WEIGHT);
    if (query.tokens.length === 1) {
      const acr = this.byAcronym.get(query.key);
      if (acr) keyed.push({ list: acr, weight: ACRONYM_WEIGHT });
      const written = this.byWrittenAcronym.get(query.key);
      if (written) keyed.push({ list: written, weight: ACRONYM_WEIGHT });
      const prefix = this.byPrefixAcronym.get(query.key);
      if (prefix) keyed.push({ list: prefix, weight: PREFIX_ACRONYM_WEIGHT });
      const ends = query.key.length >= 3 && query.key.length <= SHORT_NAME_MAX ? this.byAcronymEnds.get(acronymEnds(query.key)) : undefined;
      if (ends && ends.length <= options.maxPostings) keyed.push({ list: ends, weight: ACRONYM_ENDS_WEIGHT });
    } else {
      // words written as acronyms ("LPS-ENS", "UMR CRAL"); all of them together ("LBI-CR")
      const words = query.acronymWords;
      if (words.length === query.tokens.length) {
        const acr = this.byAcronym.get(query.key);
        if (acr) keyed.push({ list: acr, weight: ACRONYM_WEIGHT });
      }
      for (const w of words) {
        const acr = this.byAcronym.get(w);
        if (acr) keyed.push({ list: acr, weight: ACRONYM_WORD_WEIGHT });
        // "RUH Foundation": the acronym of a name's first words
        const prefix = this.byPrefixAcronym.get(w);
        if (prefix) keyed.push({ list: prefix, weight: PREFIX_ACRONYM_WEIGHT });
      }
      for (const a of query.acronyms) {
        const short = this.byShortName.get(a);
        if (short) keyed.push({ list: short, weight: ACRONYM_WEIGHT });
      }
    }
    // (a word many names hold, such as "hospital", is no acronym to spell)
    const common = query.tokens.length === 1 && (this.vocab.df[query.resolved[0]?.id ?? -1] ?? 0) > RARE_DF;
    if (!common && (query.tokens.length === 1 || query.acronymWords.length === query.tokens.length) && query.key.length >= 3 && query.key.length <= SPELLED_MAX && ACRONYM_KEY.test(query.key)) {
      const spelled = this.spelledByRemembered(query.key);
      if (spelled.length > 0) keyed.push({ list: spelled, weight: SPELLED_WEIGHT });
    }
    for (const { list, weight } of keyed) {
      const capped = list.length > options.maxPostings ? list.slice(0, options.maxPostings) : list;
      for (const id of capped) {
        isKey[id] = 1;
        bump(id, weight, true);
      }
    }
    lists.sort((a, b) => a.list.length - b.list.length);
    // what a variant first met in list i can still gain (MaxScore): once that is below the floor
    // of the best score so far, later lists only reinforce the variants already touched
    const remaining = new Float64Array(lists.length + 1);
    for (let i = lists.length - 1; i >= 0; i--) remaining[i] = (remaining[i + 1] as number) + (lists[i] as { weight: number }).weight;
    for (let i = 0; i < lists.length; i++) {
      const { list, weight, token } = lists[i] as { list: number[]; weight: number; token: number };
      // a token in more than half `maxPostings` names finds new candidates only while there are fewer
      // than `maxCandidates`: at a million names its postings cost more than the rest of the query
      const seeds = list.length <= options.maxPostings && (list.length * 2 <= options.maxPostings || touched.length < options.maxCandidates);
      let seed = seeds || (i === 0 && touched.length === 0);
      if (seed && touched.length > 0 && (remaining[i] as number) < best * options.minShare) seed = false;
      if (!seed && touched.length > options.maxCandidates) {
        // drop the variants that cannot reach the floor even with every remaining token
        const floor = best * options.minShare;
        let kept = 0;
        for (const id of touched) {
          if (isKey[id] === 1 || (scores[id] as number) + (remaining[i] as number) >= floor) touched[kept++] = id;
          else scores[id] = 0;
        }
        touched.length = kept;
      }
      if (!seed && touched.length * 16 < list.length) {
        // an over-frequent token only reinforces: test the few candidates instead of walking its postings
        const bit = tokenBit(token);
        const bits = this.tokenBits;
        for (const id of touched) if (((bits[id] as number) & bit) !== 0 && this.holds(id, token)) bump(id, weight, false);
        continue;
      }
      for (const id of list) bump(id, weight, seed);
    }
    // keep the best candidates: those found by an exact key or acronym, and those with a fair
    // share of the best token weight
    const floor = best * options.minShare;
    let out = touched.filter((id) => isKey[id] === 1 || (scores[id] as number) >= floor);
    if (out.length > options.maxCandidates) {
      const here = options.country === undefined ? 0 : (this.countryNumbers.get(options.country) ?? 0);
      if (here > 0) for (const id of out) if (this.countries[id] === here) scores[id] = (scores[id] as number) + SAME_COUNTRY_WEIGHT;
      out = topScored(out, scores, options.maxCandidates);
    }
    for (const id of touched) {
      scores[id] = 0;
      isKey[id] = 0;
    }
    return out;
  }

  /** `spelledBy`, remembered until the names change. */
  private spelledByRemembered(acronym: string): number[] {
    let found = this.spelledCache.get(acronym);
    if (!found) {
      found = this.spelledBy(acronym);
      if (this.spelledCache.size >= SPELLED_CACHE_SIZE) this.spelledCache.clear();
      this.spelledCache.set(acronym, found);
    }
    return found;
  }

  /**
   * The variants an acronym spells with letters from inside words ("cesbio"): those whose initials
   * (see `contentInitials`) are its first letter and a subsequence of the others, tested with
   * `isAcronymOf`. The subsequences are walked only along prefixes some variant has.
   */
  private spelledBy(acronym: string): number[] {
    const out: number[] = [];
    // a word gives an acronym three letters at most, most often one
    const fewest = Math.max(2, Math.ceil(acronym.length / 3));
    const letters = letterMask(acronym);
    const seen = new Set<string>();
    const stack: [string, number][] = [[acronym[0] as string, 1]];
    while (stack.length > 0) {
      const [initials, next] = stack.pop() as [string, number];
      const list = initials.length >= fewest ? this.byInitials.get(initials) : undefined;
      if (list && (initials.length > 2 || list.length <= TWO_INITIALS_MAX)) {
        for (const id of list) {
          const variant = this.variants[id] as NameVariant;
          if ((letters & ~variant.partsMask) === 0 && isAcronymOf(acronym, variant.wordParts)) out.push(id);
        }
      }
      for (let j = next; j < acronym.length; j++) {
        const longer = initials + (acronym[j] as string);
        if (!seen.has(longer) && this.initialsPrefixes.has(longer)) {
          seen.add(longer);
          stack.push([longer, j + 1]);
        }
      }
    }
    return out;
  }

  /** Weight of an acronym: rare by how many names have it as an acronym or are written as it. */
  acronymWeight(acronym: string): number {
    return this.vocab.weightOfCount((this.byAcronym.get(acronym)?.length ?? 0) + (this.byWrittenAcronym.get(acronym)?.length ?? 0) + (this.byShortName.get(acronym)?.length ?? 0));
  }
}
