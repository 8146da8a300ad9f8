/**
 * Name comparison: weighted soft token matching (rare tokens weigh more), acronyms both ways,
 * compact keys, and containment for long strings that embed the name. Symmetric.
 */
import { distance } from "fastest-levenshtein";
import { contentInitials, isAcronymOf, isConnector, isInitialsOf } from "../normalize/index.js";
import type { NameIndex, NameKind, NameVariant, QueryName } from "./name-index.js";
import { contrasting } from "./contrast-words.js";
import { differentStartUnlike, isAdjacentSwap, letterMask, otherNumbers, tokenSimilarity, type TokenMatchKind } from "./token-similarity.js";
import { firstOf } from "./vocabulary.js";
import { cognateKeysStartAlike, cognateOf } from "./cognate-key.js";
import organizationKinds from "./data/organization-kinds.json";

/**
 * How two names were found alike: "key" the same letters but for spacing, "letters" alike letter by
 * letter (see `typoKeySimilarity`), "cut" one the other cut short by a field length (see `cutShortSimilarity`).
 */
export type NameMethod = "exact" | "key" | "letters" | "tokens" | "acronym" | "acronymTypo" | "containment" | "cut";

/** Similarity of two names with the same key (their words run together): "Coca Cola" / "CocaCola". */
const KEY_SIMILARITY = 0.97;
/** Keys shorter than this are compared letter by letter only when equal. */
const MIN_TYPO_KEY_LENGTH = 10;
/** Share of the longer key that its edit distance to the other may not exceed one minus this. */
const MIN_KEY_TYPO_SIMILARITY = 0.85;
/** What KEY_SIMILARITY becomes for names whose keys differ in one word replaced by another (see `oneWordReplaced`). */
const REPLACED_WORD_KEY_SIMILARITY = 0.82;
/** Edits two keys may differ by at most, however long: more are other words ("... Sezione di Trieste" / "... di Padova"). */
const MAX_KEY_EDITS = 3;

/**
 * How alike two long keys (names with their words run together) are letter by letter: one minus
 * their edit distance over the longer length, or 0 below MIN_KEY_TYPO_SIMILARITY, beyond
 * MAX_KEY_EDITS edits, for keys of different first letters, or lengths too far apart for it.
 *
 * @example
 * typoKeySimilarity("worldwteraatch", "worldwaterwatch") //=> 0.87 (2 edits in 15)
 * typoKeySimilarity("worldwteraatch", "worldwidewatch")  //=> 0 (4 edits in 14)
 */
export function typoKeySimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < MIN_TYPO_KEY_LENGTH || a[0] !== b[0] || Math.abs(a.length - b.length) > Math.min(MAX_KEY_EDITS, longer * (1 - MIN_KEY_TYPO_SIMILARITY))) return 0;
  const edits = distance(a, b);
  const similarity = 1 - edits / longer;
  return similarity >= MIN_KEY_TYPO_SIMILARITY && edits <= MAX_KEY_EDITS ? similarity : 0;
}

/** A name cut short by a field length reads this much of its longer name's likeness (an exact start: this). */
const CUT_SIMILARITY = 0.9;
/** Names shorter than this as written are taken as whole: systems cut names at 30, 35, 40 or more characters. */
const MIN_CUT_LENGTH = 25;
/** The longer name runs on by at least this many letters past the cut. */
const MIN_CUT_LETTERS = 3;

/**
 * How alike a name cut short by a field length is to a longer name it starts: "Graduate Institute
 * of Internat" / "Graduate Institute of International and Development Studies". The shorter key is
 * read letter by letter against the start of the longer (see `typoKeySimilarity`, one letter more or
 * less for a dropped or doubled one), times CUT_SIMILARITY. It must look cut: written long enough to
 * meet a field length, and ending inside a word of the longer name or on a word no name ends with
 * ("... Faculty of"); else 0 (a whole name that starts a longer one is read as contained in it).
 *
 * @example
 * cutShortSimilarity("Graduate Institute of Internat", "graduateinstituteofinternat", ["graduate", "institute", "of", "internat"], "graduateinstituteofinternationaldevelopmentstudies", [..., "international", ...]) //=> 0.9
 */
export function cutShortSimilarity(shortRaw: string, shortKey: string, shortTokens: readonly string[], longKey: string, longTokens: readonly string[]): number {
  if (shortRaw.length < MIN_CUT_LENGTH || longKey.length < shortKey.length + MIN_CUT_LETTERS || shortRaw.trim().length < MIN_CUT_LENGTH) return 0;
  const last = shortTokens[shortTokens.length - 1];
  if (last === undefined || !(isConnector(last) || longTokens.some((t) => t.length > last.length && t.startsWith(last)))) return 0;
  let best = 0;
  for (const length of [shortKey.length, shortKey.length + 1, shortKey.length - 1]) best = Math.max(best, typoKeySimilarity(shortKey, longKey.slice(0, length)));
  return CUT_SIMILARITY * best;
}

/**
 * Whether exactly one word on each side is left unmatched and the two differ by more than one
 * edit: one word replaced by another ("CHU de Nancy" / "CHU de Nantes"), which no letter-by-letter
 * reading of two names written in Latin letters excuses (a slip of one letter may: "Peoples Fas";
 * and names read from another script may spell a word otherwise).
 */
function oneWordReplaced(qTokens: readonly string[], usedQ: ArrayLike<number>, eTokens: readonly string[], usedE: ArrayLike<number>): boolean {
  let q = -1;
  for (let i = 0; i < qTokens.length; i++) {
    if (usedQ[i] !== 0) continue;
    if (q >= 0) return false;
    q = i;
  }
  let e = -1;
  for (let j = 0; j < eTokens.length; j++) {
    if (usedE[j] !== 0) continue;
    if (e >= 0) return false;
    e = j;
  }
  if (q < 0 || e < 0) return false;
  const a = qTokens[q] as string;
  const b = eTokens[e] as string;
  return distance(a, b) > 1 && !(a.length === b.length && isAdjacentSwap(a, b));
}

/**
 * Whether a word left unmatched in one name and one left in the other name two things that no
 * misspelling turns into each other ("Sudeste" / "Sudoeste", "Austrian" / "Australian": see
 * `contrasting`), which no letter-by-letter reading of the two names may then excuse.
 */
function contrastLeft(qTokens: readonly string[], usedQ: ArrayLike<number>, eTokens: readonly string[], usedE: ArrayLike<number>): boolean {
  for (let i = 0; i < qTokens.length; i++) {
    if (usedQ[i] !== 0) continue;
    for (let j = 0; j < eTokens.length; j++) if (usedE[j] === 0 && contrasting(qTokens[i] as string, eTokens[j] as string)) return true;
  }
  return false;
}

export interface TokenPair {
  query: string;
  entity: string;
  similarity: number;
  /** How the two tokens compare; "acronym" when one word spells several ("np", "national park"). */
  kind: TokenMatchKind | "acronym";
}

/** How a query name compares with one name of an entity. */
export interface NameEvidence {
  query: string;
  matched: string;
  matchedKind: NameKind;
  similarity: number;
  method: NameMethod;
  pairs: TokenPair[];
  unmatchedQuery: string[];
  unmatchedEntity: string[];
  /** Sum of the weights of the matched tokens (information carried by the agreement). */
  matchedWeight: number;
  /** The lesser of the two sides' weights of words the other side lacks (information carried by the disagreement). */
  conflictWeight: number;
}

interface Side {
  tokens: string[];
  weights: number[];
}

/** Letters picked from inside words ("VUPC" of "VancoUver Prostate Centre") read this much weaker, unless written small ("PwC"). */
const SCATTERED_LETTERS_PENALTY = 0.14;
/** An acronym a name states for itself ("Liechtenstein Development Service (LED)") reads this much stronger than one it may be read as. */
const STATED_ACRONYM_BONUS = 0.02;
/** An acronym of a name without its first word reads as weakly as one without its last word. */
const LEAD_DROPPED_PENALTY = 0.14;
/** Shorter acronyms are spelled by word starts too easily ("UNH" of "UNiversity of Hull"): weak as well. */
const WORD_STARTS_MIN_LETTERS = 4;
/** Small letters among capitals ("PwC", "BofA"): they say they come from inside words. */
const MIXED_CASE = /\p{Lu}\p{Ll}+\p{Lu}/u;

function acronymSimilarity(acronym: string, other: readonly string[], otherAcronyms: readonly string[], stated: number, mixedCase: boolean): number {
  const strength = 0.8 + 0.02 * Math.min(acronym.length, 4);
  const at = otherAcronyms.indexOf(acronym);
  // an acronym the name states for itself, then the usual acronym (content-word initials), before the other readings;
  // pieces that start their words ("CESBIO": Centre d'Etudes Spatiales de la BIOsphere) before letters from anywhere inside
  if (at >= 0) return at < stated ? strength + STATED_ACRONYM_BONUS : at === stated ? strength : strength - 0.02;
  // the whole name, else without one or two trailing words, often a place ("MNIT" of "Malaviya
  // National Institute of Technology Jaipur"); the first plausible reading, else the best weak one
  let weak = 0;
  for (let drop = 0; drop <= 2; drop++) {
    if (drop > 0 && (acronym.length < 3 || other.length - drop < 2)) break;
    const words = drop === 0 ? other : other.slice(0, other.length - drop);
    if (!isAcronymOf(acronym, words)) continue;
    const similarity = strength - (drop === 0 ? 0.06 : 0.1 + 0.04 * drop);
    const plausible = mixedCase || isInitialsOf(acronym, words) || (acronym.length >= WORD_STARTS_MIN_LETTERS && isAcronymOf(acronym, words, "starts"));
    if (plausible) return Math.max(similarity, weak);
    weak = Math.max(weak, similarity - SCATTERED_LETTERS_PENALTY);
  }
  // without the first word, often a parent or a place ("DPE" of "NSW Department of Planning and
  // Environment"): the initials of every other word only
  const first = other.findIndex((w) => !isConnector(w));
  if (acronym.length >= 3 && first >= 0 && isInitialsOf(acronym, other.slice(first + 1))) return Math.max(weak, strength - LEAD_DROPPED_PENALTY);
  return weak;
}

const NO_READING = { similarity: 0, key: "", typo: false };
const PLAIN_WORD_PENALTY = 0.15;
/**
 * Two letters are the initials of very many names: a name of two letters ("UL", "I.P. Co., Ltd.")
 * read as the initials of a two-word name ("Universität Luzern") was the right organization once in
 * 132 answers on the shared ROR data, and readings of two-letter aliases took answers from the names
 * in setting (b); weaker, they still answer when nothing else does ("GE" / "General Electric").
 */
const TWO_LETTER_PENALTY = 0.15;

/** One side of a comparison, as an acronym reading needs it. */
interface AcronymSide {
  raw: string;
  key: string;
  tokens: readonly string[];
  acronymWords: readonly string[];
  writtenAsWord: boolean;
}

/** Acronyms this long at least, and initials as long, are read one letter off (see `MatchWeights.acronymTypo`). */
const ACRONYM_TYPO_MIN_LETTERS = 3;

/**
 * How well one side as a whole reads as an acronym of the other side's name: one word ("IBM"),
 * or every word written as an acronym ("LBI-CR"); with `typo` above 0, an acronym one letter off
 * the initials of the other name's words reads at that similarity (`typo` in the result).
 */
function acronymReading(side: AcronymSide, other: { wordParts: string[]; acronyms: string[]; statedAcronyms: number }, typo: number): { similarity: number; key: string; typo: boolean } {
  const n = side.tokens.length;
  if (other.wordParts.length < 2 || (n !== 1 && side.acronymWords.length !== n)) return NO_READING;
  let similarity = acronymSimilarity(side.key, other.wordParts, other.acronyms, other.statedAcronyms, n === 1 && MIXED_CASE.test(side.raw));
  let offByOne = false;
  if (typo > similarity && side.key.length >= ACRONYM_TYPO_MIN_LETTERS) {
    const initials = contentInitials(other.wordParts);
    offByOne = initials.length >= ACRONYM_TYPO_MIN_LETTERS && distance(initials, side.key) === 1;
    if (offByOne) similarity = typo;
  }
  // "Nosan" is a word before it is the initials of "Nutrition and Obesities: Systemic Approaches - Nutriomics"
  if (similarity > 0 && side.writtenAsWord && side.key.length >= 4) similarity -= PLAIN_WORD_PENALTY;
  if (similarity > 0 && side.key.length === 2) similarity -= TWO_LETTER_PENALTY;
  return { similarity, key: side.key, typo: offByOne };
}

/** A word written as an acronym on one side that spells words of the other side ("np", "national park"). */
interface SpelledRun {
  word: number;
  /** the other side's words it spells */
  run: number[];
  /** those of them not matched otherwise */
  open: number[];
  similarity: number;
  gain: number;
}

/** Acronym words of one name read as runs of the other's words, at most. */
const MAX_SPELLED_RUNS = 3;

/**
 * Finds, among one side's unmatched acronym words, the one that is the initials of a run of the
 * other side's words ("Everglades NP" / "Everglades National Park"; "JEC Jabalpur" / "Jabalpur
 * Engineering College", where "jabalpur" is matched already), with the weight it explains: its
 * own and that of the run's words not matched otherwise.
 */
function spelledRun(words: readonly string[], tokens: readonly string[], weights: ArrayLike<number>, used: Float32Array, otherTokens: readonly string[], otherWeights: ArrayLike<number>, otherUsed: Float32Array, otherParts: readonly string[]): SpelledRun | undefined {
  const n = otherTokens.length;
  if (words.length === 0 || n < 2) return undefined;
  // the words as written, where they stand one for one with the tokens: "INFN" spells "Istituto
  // Nazionale di Fisica Nucleare", not "institute national di physics nuclear"
  const surface = otherParts === otherTokens ? undefined : alignedParts(otherParts, n);
  let best: SpelledRun | undefined;
  for (const word of words) {
    const i = tokens.indexOf(word);
    if (i < 0 || used[i]) continue;
    const similarity = 0.74 + 0.02 * Math.min(word.length, 4);
    // runs start with the word's first letter and hold at most two connectors a letter
    for (let start = 0; start < n; start++) {
      const written = surface !== undefined && (surface[start] as string)[0] === word[0];
      if ((otherTokens[start] as string)[0] !== word[0] && !written) continue;
      for (let end = start + 2; end <= Math.min(n, start + 3 * word.length); end++) {
        if (!isInitialsOf(word, otherTokens.slice(start, end)) && !(written && isInitialsOf(word, (surface as readonly string[]).slice(start, end)))) continue;
        const run: number[] = [];
        for (let j = start; j < end; j++) run.push(j);
        const open = run.filter((j) => !otherUsed[j]);
        let gain = similarity * (weights[i] as number);
        for (const j of open) gain += similarity * (otherWeights[j] as number);
        if (!best || gain > best.gain) best = { word: i, run, open, similarity, gain };
      }
    }
  }
  return best;
}

/**
 * The words as written, one for each of `n` tokens: all of them, or (an index keeps a repeated
 * token once) all but the repeats of an earlier word; undefined when they do not line up.
 */
function alignedParts(parts: readonly string[], n: number): readonly string[] | undefined {
  if (parts.length === n) return parts;
  if (parts.length < n) return undefined;
  const out: string[] = [];
  for (const w of parts) if (!out.includes(w)) out.push(w);
  return out.length === n ? out : undefined;
}

/** The numbers of a name comparison, without the evidence (for ranking many candidates). */
export interface NameScore {
  similarity: number;
  method: NameMethod;
  matchedWeight: number;
  conflictWeight: number;
}

/**
 * Compares a prepared query name with an indexed name variant. With `detail` false only the
 * numbers are computed (no evidence arrays), which is what ranking needs.
 *
 * @example
 * compareNames(index, index.prepare(normalizeName("Intl Business Machines"), 5), variant).similarity //=> 0.9...
 */
export function compareNames(index: NameIndex, query: QueryName, variant: NameVariant, entityTokenTexts?: string[]): NameEvidence {
  return compare(index, query, variant, entityTokenTexts, true) as NameEvidence;
}

/**
 * The similarity numbers only; see `compareNames`.
 *
 * @example
 * scoreNames(index, query, variant).similarity //=> 0.93
 */
export function scoreNames(index: NameIndex, query: QueryName, variant: NameVariant, memo?: TokenMemo): NameScore {
  return compare(index, query, variant, undefined, false, memo);
}

/**
 * Token similarities already computed for one query name (the same entity words recur across
 * candidates): key entity token id × query length + query token position, value kind × 2 + similarity.
 */
export type TokenMemo = Map<number, number>;

const KINDS: TokenMatchKind[] = ["none", "exact", "typo", "abbreviation", "stem", "cognate", "country", "phonetic", "umlaut"];
const KIND_NUMBER = new Map(KINDS.map((k, i) => [k, i]));
const PHONETIC = KINDS.indexOf("phonetic");

/** Whether a token of a name is written as an acronym: the whole name ("IBM") or one of its acronym words ("NP"). */
function spelledLetterByLetter(name: { isAcronym: boolean; acronymWords: readonly string[] }, token: string): boolean {
  return name.isAcronym || name.acronymWords.includes(token);
}
/** Similarity matrix and kinds, reused from call to call (every cell read is written first). */
let scratchSims = new Float64Array(256);
let scratchKinds = new Uint8Array(256);
/** The similarity each token was matched with (0 while unmatched), reused likewise: only the first qn / en places count. */
let scratchUsedQ = new Float32Array(32);
let scratchUsedE = new Float32Array(32);
/** The entity name's token weights, reused likewise. */
let scratchEWeights = new Float64Array(32);

function compare(index: NameIndex, query: QueryName, variant: NameVariant, entityTokenTexts: string[] | undefined, detail: boolean, memo?: TokenMemo): NameScore | NameEvidence {
  const vocab = index.vocab;
  const qTokens = query.tokens;
  const qn = qTokens.length;
  const eTokens = entityTokenTexts ?? variant.texts;
  const en = eTokens.length;
  const qWeights = query.weights;
  if (scratchEWeights.length < en) scratchEWeights = new Float64Array(2 * en);
  const eWeights = scratchEWeights;
  let eTotal = 0;
  for (let j = 0; j < en; j++) {
    const w = entityTokenTexts ? weightOfText(index, entityTokenTexts[j] as string) : vocab.weight(variant.tokens[j] as number);
    eWeights[j] = w;
    eTotal += w;
  }
  const qTotal = sum(qWeights);
  const all = qTotal + eTotal;

  if (query.core === variant.core) {
    const score = { similarity: 1, method: "exact" as NameMethod, matchedWeight: all / 2, conflictWeight: 0 };
    if (!detail) return score;
    return { query: query.raw, matched: variant.raw, matchedKind: variant.kind, ...score, pairs: qTokens.map((t) => ({ query: t, entity: t, similarity: 1, kind: "exact" as const })), unmatchedQuery: [], unmatchedEntity: [] };
  }

  // similarity matrix, then greedy one-to-one assignment, best pair first; ties broken on the
  // token texts so that comparing b with a gives the same assignment as a with b
  if (scratchSims.length < qn * en) {
    scratchSims = new Float64Array(qn * en * 2);
    scratchKinds = new Uint8Array(qn * en * 2);
  }
  const sims = scratchSims;
  const kinds = scratchKinds;
  const eMasks = entityTokenTexts ? entityTokenTexts.map(letterMask) : undefined;
  const eSpellings = variant.spellings;
  for (let i = 0; i < qn; i++) {
    const qt = qTokens[i] as string;
    const qSpelling = query.spellings[i] ?? "";
    const qid = query.resolved[i]?.id;
    const qMask = query.masks[i] as number;
    const qFirst = qt.charCodeAt(0);
    for (let j = 0; j < en; j++) {
      const et = eTokens[j] as string;
      // known tokens are equal when their ids are; the others are compared as text; entity
      // tokens are read only when the lengths, first letters and letter masks leave a chance
      const eid = entityTokenTexts ? -1 : (variant.tokens[j] as number);
      if ((qid !== undefined && qid === eid) || ((qid === undefined || eid < 0) && qt === et)) {
        sims[i * en + j] = 1;
        kinds[i * en + j] = 1;
        continue;
      }
      const spelt = qSpelling !== "" || (eSpellings[j] ?? "") !== "";
      const eFirst = eid >= 0 ? firstOf(vocab.heads[eid] as number) : et.charCodeAt(0);
      const eMask = (eMasks ? eMasks[j] : vocab.masks[eid]) as number;
      if (qFirst !== eFirst && differentStartUnlike(qt.length, eid >= 0 ? (vocab.lengths[eid] as number) : et.length, qMask, eMask) && !cognateKeysStartAlike(query.cognates[i] as string, eid >= 0 ? (vocab.cognates[eid] as string) : cognateOf(et))) {
        sims[i * en + j] = 0;
        kinds[i * en + j] = 0;
        if (spelt) compareSpellings(query, variant, i, j, en, eTokens);
        continue;
      }
      const memoKey = memo && !entityTokenTexts ? (variant.tokens[j] as number) * qn + i : -1;
      let coded = memoKey >= 0 ? memo?.get(memoKey) : undefined;
      if (coded === undefined) {
        const sim = tokenSimilarity(qt, et, qMask, eMask, query.sounds[i], eid >= 0 ? vocab.sounds[eid] : undefined, query.cognates[i], eid >= 0 ? vocab.cognates[eid] : undefined);
        coded = (KIND_NUMBER.get(sim.kind) as number) * 2 + sim.similarity;
        if (memoKey >= 0) memo?.set(memoKey, coded);
      }
      const kind = Math.floor(coded / 2);
      // an acronym is spelled letter by letter: what it sounds like says nothing ("ATMU" / "autism")
      const unsounded = kind === PHONETIC && (spelledLetterByLetter(query, qt) || spelledLetterByLetter(variant, et));
      sims[i * en + j] = unsounded ? 0 : coded - kind * 2;
      kinds[i * en + j] = unsounded ? 0 : kind;
      if (spelt && (sims[i * en + j] as number) < SPELLING_MIN) compareSpellings(query, variant, i, j, en, eTokens);
    }
  }
  if (scratchUsedQ.length < qn) scratchUsedQ = new Float32Array(2 * qn);
  if (scratchUsedE.length < en) scratchUsedE = new Float32Array(2 * en);
  const usedQ = scratchUsedQ.fill(0, 0, qn);
  const usedE = scratchUsedE.fill(0, 0, en);
  const chosen: TokenPair[] = [];
  let coveredQ = 0;
  let coveredE = 0;
  for (let round = Math.min(qn, en); round > 0; round--) {
    let bi = -1;
    let bj = -1;
    let bs = 0;
    for (let i = 0; i < qn; i++) {
      if (usedQ[i]) continue;
      for (let j = 0; j < en; j++) {
        if (usedE[j]) continue;
        const v = sims[i * en + j] as number;
        if (v > bs || (v === bs && v > 0 && bi >= 0 && (cmp(qTokens[i], qTokens[bi]) || cmp(eTokens[j], eTokens[bj])) < 0)) {
          bs = v;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    usedQ[bi] = bs;
    usedE[bj] = bs;
    coveredQ += bs * (qWeights[bi] as number);
    coveredE += bs * (eWeights[bj] as number);
    if (detail) chosen.push({ query: qTokens[bi] as string, entity: eTokens[bj] as string, similarity: bs, kind: KINDS[kinds[bi * en + bj] as number] as TokenMatchKind });
  }
  // an acronym word on one side for the words left over on the other ("NP" / "national park"), and
  // another for the words left then ("KSAU-HS" / "King Saud bin Abdulaziz University for Health Sciences")
  for (let runs = 0; runs < MAX_SPELLED_RUNS; runs++) {
    const spelledByQuery = spelledRun(query.acronymWords, qTokens, qWeights, usedQ, eTokens, eWeights, usedE, variant.wordParts);
    const spelledByEntity = spelledRun(variant.acronymWords, eTokens, eWeights, usedE, qTokens, qWeights, usedQ, query.wordParts);
    const byQuery = spelledByQuery && (!spelledByEntity || spelledByQuery.gain > spelledByEntity.gain || (spelledByQuery.gain === spelledByEntity.gain && cmp(qTokens[spelledByQuery.word], eTokens[spelledByEntity.word]) <= 0));
    const spelled = byQuery ? spelledByQuery : spelledByEntity;
    if (!spelled || (runs > 0 && spelled.open.length === 0)) break;
    const [words, wordWeights, wordUsed, others, otherWeights, otherUsed] = byQuery ? [qTokens, qWeights, usedQ, eTokens, eWeights, usedE] : [eTokens, eWeights, usedE, qTokens, qWeights, usedQ];
    wordUsed[spelled.word] = spelled.similarity;
    let explained = 0;
    for (const j of spelled.open) {
      otherUsed[j] = spelled.similarity;
      explained += spelled.similarity * (otherWeights[j] as number);
    }
    const own = spelled.similarity * (wordWeights[spelled.word] as number);
    coveredQ += byQuery ? own : explained;
    coveredE += byQuery ? explained : own;
    if (detail) {
      const word = words[spelled.word] as string;
      const run = spelled.run.map((j) => others[j] as string).join(" ");
      chosen.push({ query: byQuery ? word : run, entity: byQuery ? run : word, similarity: spelled.similarity, kind: "acronym" });
    }
  }
  const tokenScore = all > 0 ? (coveredQ + coveredE) / all : 0;
  // one name inside a longer one ("Acme Widgets" in "Dept. of Sales, Acme Widgets, Leeds"): every word
  // of the shorter name found as such in the longer, the last one possibly cut short by a field
  // length ("Intl Council for Rese"); a single word inside a longer name ("Siemens" in "Siemens
  // Energy") is no evidence of the same entity
  const rq = coveredQ / (qTotal || 1);
  const re = coveredE / (eTotal || 1);
  const innerIsQuery = rq > re || (rq === re && qn < en);
  const containment = qn !== en ? (innerIsQuery ? containedIn(qTokens, usedQ, tokenScore, eTokens, usedE) : containedIn(eTokens, usedE, tokenScore, qTokens, usedQ)) : 0;
  let similarity = Math.max(tokenScore, containment);
  let method: NameMethod = containment > tokenScore ? "containment" : "tokens";
  if (query.key === variant.key && similarity < KEY_SIMILARITY) {
    similarity = KEY_SIMILARITY;
    method = "key";
  } else if (similarity < KEY_SIMILARITY * MIN_KEY_TYPO_SIMILARITY && !otherNumbers(query.key, variant.key)) {
    // words split or joined in the wrong place as well as misspelt ("World Wter aatch" / "world wate rwatch");
    // weaker when it is one word for another ("CHU de Nancy" / "CHU de Nantes")
    const replaced = !query.reading && variant.kind !== "romanized" && oneWordReplaced(qTokens, usedQ, eTokens, usedE);
    const keySimilarity = (replaced ? REPLACED_WORD_KEY_SIMILARITY : KEY_SIMILARITY) * typoKeySimilarity(query.key, variant.key);
    if (keySimilarity > similarity && !contrastLeft(qTokens, usedQ, eTokens, usedE)) {
      similarity = keySimilarity;
      method = "letters";
    }
  }
  if (similarity < CUT_SIMILARITY) {
    const cut = query.key.length < variant.key.length ? cutShortSimilarity(query.raw, query.key, qTokens, variant.key, eTokens) : cutShortSimilarity(variant.raw, variant.key, eTokens, query.key, qTokens);
    if (cut > similarity) {
      similarity = cut;
      method = "cut";
    }
  }
  const fromQuery = acronymReading({ raw: query.raw, key: query.key, tokens: qTokens, acronymWords: query.acronymWords, writtenAsWord: query.writtenAsWord }, variant, index.acronymTypo);
  const fromVariant = acronymReading({ raw: variant.raw, key: variant.key, tokens: eTokens, acronymWords: variant.acronymWords, writtenAsWord: variant.writtenAsWord }, query, index.acronymTypo);
  const reading = fromVariant.similarity > fromQuery.similarity || (fromVariant.similarity === fromQuery.similarity && fromVariant.key < fromQuery.key) ? fromVariant : fromQuery;
  if (reading.similarity > similarity) {
    similarity = reading.similarity;
    method = reading.typo ? "acronymTypo" : "acronym";
  }
  // an acronym carries as much information as it is rare among the indexed names
  const matchedWeight = method === "acronym" || method === "acronymTypo" ? index.acronymWeight(reading.key) : method === "key" || method === "letters" ? (similarity * all) / 2 : (coveredQ + coveredE) / 2;
  // words on both sides that the other lacks ("... Sezione di Trieste" / "... Sezione di Padova"); a
  // name inside a longer one, or read as an acronym or by its key, has none
  let conflictWeight = 0;
  if (method === "tokens") {
    let q = 0;
    for (let i = 0; i < qn; i++) if (!usedQ[i] && isOwnWord(vocab, query.resolved[i]?.id)) q += qWeights[i] as number;
    let e = 0;
    for (let j = 0; j < en && q > 0; j++) if (!usedE[j] && isOwnWord(vocab, entityTokenTexts ? vocab.idOf(entityTokenTexts[j] as string) : variant.tokens[j])) e += eWeights[j] as number;
    conflictWeight = Math.min(q, e);
  }
  if ((method === "tokens" || method === "containment") && conflictWeight < KIND_CONFLICT_WEIGHT) {
    const q = kindWordsOf(qTokens, usedQ);
    const e = kindWordsOf(eTokens, usedE);
    // each keeps a kind the other lacks ("institute" / "center"; a name contained in another keeps no
    // word of its own), or one name of a kind is found in the other along with another kind ("Kobe
    // University" / "Kobe University Hospital"), or a name of no kind is found in one of a kind that
    // keeps words of its own besides ("United States Geological Survey" in "... Volcano Science
    // Center": a unit of it; not "Public Policy for Wales" in "Wales Centre for Public Policy")
    const unitOf = method === "containment" && ((q & KEPT_KIND && e === 0 && !innerIsQuery && keepsOwnWords(qTokens, usedQ)) || (e & KEPT_KIND && q === 0 && innerIsQuery && keepsOwnWords(eTokens, usedE)));
    if ((method === "tokens" && q & KEPT_KIND && e & KEPT_KIND) || (q & KEPT_KIND && e & MATCHED_KIND) || (e & KEPT_KIND && q & MATCHED_KIND) || unitOf) conflictWeight = KIND_CONFLICT_WEIGHT;
  }
  if (!detail) return { similarity, method, matchedWeight, conflictWeight };
  return {
    query: query.raw, matched: variant.raw, matchedKind: variant.kind, similarity, method, matchedWeight, conflictWeight,
    pairs: method === "acronym" || method === "acronymTypo" ? [] : chosen,
    unmatchedQuery: qTokens.filter((_, i) => !usedQ[i]),
    unmatchedEntity: eTokens.filter((_, j) => !usedE[j]),
  };
}

/** Tokens less alike than this are compared as written too, when the tables replaced either. */
const SPELLING_MIN = 0.7;
/** Words as written whose lengths differ more are not compared (see `compareSpellings`). */
const MAX_SPELLING_LENGTH_DIFFERENCE = 2;

/** Whether two words start with the same letter, or one's first letter is the other's second. */
function startsAlike(a: string, b: string): boolean {
  const a0 = a.charCodeAt(0);
  const b0 = b.charCodeAt(0);
  return a0 === b0 || a0 === b.charCodeAt(1) || b0 === a.charCodeAt(1);
}

/**
 * Two tokens compared as written, when the tables replaced one or both ("medin" / "mediin", which
 * the tables misread as medical; "verein", read as association, / "verrein"): the matrix cell of
 * query token `i` and entity token `j` keeps the better of the two readings.
 */
function compareSpellings(query: QueryName, variant: NameVariant, i: number, j: number, en: number, eTokens: readonly string[]): void {
  const a = (query.spellings[i] ?? "") || (query.tokens[i] as string);
  const b = (variant.spellings[j] ?? "") || (eTokens[j] as string);
  // a typo leaves about the length as it was, and the first letter, or moves it by one ("ocmpany")
  if (Math.abs(a.length - b.length) > MAX_SPELLING_LENGTH_DIFFERENCE || !startsAlike(a, b)) return;
  const sim = tokenSimilarity(a, b);
  if (sim.similarity <= (scratchSims[i * en + j] as number)) return;
  // an acronym is spelled letter by letter: what it sounds like says nothing
  if (sim.kind === "phonetic" && (spelledLetterByLetter(query, a) || spelledLetterByLetter(variant, b))) return;
  scratchSims[i * en + j] = sim.similarity;
  scratchKinds[i * en + j] = KIND_NUMBER.get(sim.kind) as number;
}

/** A containment is worth this share of the token score, plus the fixed part (the whole inner name found). */
const CONTAINMENT_TOKEN_SCORE = 0.55;
const CONTAINMENT_COVERAGE = 0.4;
/** A token matched at least this well is matched exactly. */
const EXACT = 0.999;

/**
 * The containment similarity of an inner name whose words are all matched exactly in the outer
 * one, or 0. The last word may instead be the start of an outer word (abbreviated, or left
 * unmatched and the start of an unmatched outer word) when at least two other words are matched:
 * a name truncated by a field length.
 */
function containedIn(inner: readonly string[], used: Float32Array, tokenScore: number, outer: readonly string[], outerUsed: Float32Array): number {
  const n = inner.length;
  if (n < 2) return 0;
  for (let i = 0; i < n - 1; i++) if ((used[i] as number) < EXACT) return 0;
  if ((used[n - 1] as number) < EXACT) {
    const last = inner[n - 1] as string;
    const cut = (used[n - 1] as number) > 0 || outer.some((t, j) => !outerUsed[j] && t.length > last.length && t.startsWith(last));
    if (n < 3 || !cut) return 0;
  }
  return CONTAINMENT_TOKEN_SCORE * tokenScore + CONTAINMENT_COVERAGE;
}

/**
 * Weight of a token by its text: the vocabulary weight, or the unseen weight for unknown tokens.
 *
 * @example
 * weightOfText(index, "siemens") > weightOfText(index, "university") //=> true
 */
export function weightOfText(index: NameIndex, token: string): number {
  const id = index.vocab.idOf(token);
  return id !== undefined && (index.vocab.df[id] ?? 0) > 0 ? index.vocab.weight(id) : index.vocab.unseenWeightOf(token);
}

/** Indexed names a word must be in to be a word of its own rather than a slip of the pen. */
const WORD_MIN_NAMES = 2;

/** Words naming a kind of organization (data/organization-kinds.json). */
const KIND_WORDS = new Set(organizationKinds.words);
/**
 * Two names of different kinds of organization (see `kindWordsOf`) differ in at least this much
 * weight of their own words, however common the kind words are.
 */
const KIND_CONFLICT_WEIGHT = 8;
const KEPT_KIND = 1;
const MATCHED_KIND = 2;

/** Whether a name keeps a kind word unmatched (KEPT_KIND) and holds one the other name matches (MATCHED_KIND), as bits. */
function kindWordsOf(tokens: readonly string[], used: ArrayLike<number>): number {
  let bits = 0;
  for (let i = 0; i < tokens.length; i++) if (KIND_WORDS.has(tokens[i] as string)) bits |= used[i] ? MATCHED_KIND : KEPT_KIND;
  return bits;
}

/** Whether a name keeps a word unmatched that is neither a kind word nor a connecting word. */
function keepsOwnWords(tokens: readonly string[], used: ArrayLike<number>): boolean {
  for (let i = 0; i < tokens.length; i++) if (!used[i] && !KIND_WORDS.has(tokens[i] as string) && !isConnector(tokens[i] as string)) return true;
  return false;
}

/** Whether a word is held by other indexed names too: a word that tells names apart ("Trieste"), not a typo ("Medicune"). */
function isOwnWord(vocab: NameIndex["vocab"], id: number | undefined): boolean {
  return id !== undefined && (vocab.df[id] ?? 0) >= WORD_MIN_NAMES;
}

function sum(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

function cmp(a: string | undefined, b: string | undefined): number {
  return a === b ? 0 : (a ?? "") < (b ?? "") ? -1 : 1;
}
