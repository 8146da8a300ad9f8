/**
 * The token vocabulary of a name index: token ids, document frequencies (how many live names
 * hold a token), inverse-document-frequency weights, and fuzzy look-up of known tokens by
 * character trigrams, by sound and by cognate key, for typos and other languages in queries.
 */
import { isConnector, umlautBase } from "../normalize/index.js";
import { distance } from "fastest-levenshtein";
import { allowedEdits, differentStartUnlike, letterMask, loanwordSound, phoneticCode, sharedStart, tokenSimilarity, type TokenMatchKind } from "./token-similarity.js";
import { resized } from "../util/resized.js";
import { cognateOf, cognateStem, isCountryKey } from "./cognate-key.js";

/** A known token similar to a query token. */
export interface SimilarToken {
  id: number;
  similarity: number;
  kind: TokenMatchKind;
}

const MAX_TRIGRAM_POSTINGS = 4000;
const NO_SIMILAR: SimilarToken[] = [];
/** Small connecting words ("of", "degli", "für") carry this share of the weight their frequency gives. */
const CONNECTOR_SHARE = 0.2;

function shareOf(token: string): number {
  return isConnector(token) ? CONNECTOR_SHARE : 1;
}
const FUZZY_MIN_LENGTH = 4;
const SIMILAR_CACHE_SIZE = 100_000;
const ASCII_WORD = /^[a-z0-9]+$/;
/** Tokens found by typo and sound (long enough, in ASCII letters and digits). */
const isFuzzyToken = (token: string): boolean => token.length >= FUZZY_MIN_LENGTH && ASCII_WORD.test(token);
/** Sounds shorter than this ("KR") are too common to tell a borrowed word by. */
const MIN_LOANWORD_SOUND = 3;

/**
 * The first two characters of a token as one number.
 *
 * @example
 * headOf("ab") //=> 6357090 (97 * 65536 + 98)
 */
export function headOf(token: string): number {
  return (token.length > 0 ? token.charCodeAt(0) * 65536 : 0) + (token.length > 1 ? token.charCodeAt(1) : 0);
}

/**
 * The first character of a `headOf` number.
 *
 * @example
 * firstOf(headOf("ab")) //=> 97 ("a")
 */
export function firstOf(head: number): number {
  return Math.floor(head / 65536);
}

function trigramsOf(token: string): string[] {
  const padded = ` ${token} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/**
 * The tokens of the indexed names: ids, document frequencies and weights, letter masks and sound
 * and cognate keys, and look-up of known tokens a typo away or sounding alike (see `similar`).
 *
 * @example
 * const v = new Vocabulary(1000); const id = v.intern("acme"); v.idOf("acme") === id //=> true
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly tokens: string[] = [];
  readonly df: number[] = [];
  /** Per token id: its `letterMask`. */
  readonly masks: number[] = [];
  /** Per token id: its length and first two characters (comparisons filter on these without reading the token). */
  readonly lengths: number[] = [];
  readonly heads: number[] = [];
  /** Per token id: its `phoneticCode`. */
  readonly sounds: string[] = [];
  /** Per token id: its `cognateKey` ("" for none). */
  readonly cognates: string[] = [];
  /** Per token id: the share of its frequency weight it carries (less for connecting words). */
  private readonly shares: number[] = [];
  /** Trigram counts by token id during `similar` (zero between calls). */
  private gramCounts = new Uint16Array(1024);
  private readonly byTrigram = new Map<string, number[]>();
  private readonly bySound = new Map<string, number[]>();
  /** Token ids by the stem of their cognate key. */
  private readonly byCognate = new Map<string, number[]>();
  /** Token ids of words with umlauts written out ("mueller"), by their `umlautBase` ("muller"). */
  private readonly byUmlautBase = new Map<string, number[]>();
  /** `umlautBase` of the tokens that have umlauts written out, by token id. */
  private readonly umlautBases = new Map<number, string>();
  /** Token ids by `loanwordSound`, made at the first `soundAlike` and kept up to date from then on. */
  private byLoanwordSound: Map<string, number[]> | undefined;
  /** Results of `similar` since the last change of the vocabulary or its frequencies, by limit and token. */
  private readonly similarCache = new Map<string, SimilarToken[]>();
  /** Token weights by id, each valid while its entry in `weightVersions` is `version` (`changed` moves it on). */
  private weights = new Float64Array(0);
  private weightVersions = new Uint32Array(0);
  private version = 1;
  /** Weights are ln(1 + scale / df): a fixed scale keeps weights independent of unrelated entities. */
  constructor(private readonly scale: number) {}

  get size(): number {
    return this.tokens.length;
  }

  idOf(token: string): number | undefined {
    return this.ids.get(token);
  }

  /** The id of `token`, registering it (and its trigrams and sound) on first sight. */
  intern(token: string): number {
    let id = this.ids.get(token);
    if (id !== undefined) return id;
    id = this.tokens.length;
    this.ids.set(token, id);
    this.tokens.push(token);
    this.df.push(0);
    this.masks.push(letterMask(token));
    this.lengths.push(token.length);
    this.heads.push(headOf(token));
    this.shares.push(shareOf(token));
    const sound = phoneticCode(token);
    this.sounds.push(sound);
    this.cognates.push(cognateOf(token));
    if (isFuzzyToken(token)) {
      for (const g of trigramsOf(token)) {
        const list = this.byTrigram.get(g);
        if (list) list.push(id);
        else this.byTrigram.set(g, [id]);
      }
      if (sound.length >= 2) {
        const list = this.bySound.get(sound);
        if (list) list.push(id);
        else this.bySound.set(sound, [id]);
      }
      const cognate = this.cognates[id] as string;
      if (cognate !== "") {
        const stem = cognateStem(cognate);
        const list = this.byCognate.get(stem);
        if (list) list.push(id);
        else this.byCognate.set(stem, [id]);
      }
      if (this.byLoanwordSound) this.indexLoanwordSound(this.byLoanwordSound, id);
    }
    const base = umlautBase(token);
    if (base !== token) {
      this.umlautBases.set(id, base);
      const list = this.byUmlautBase.get(base);
      if (list) list.push(id);
      else this.byUmlautBase.set(base, [id]);
    }
    return id;
  }

  private indexLoanwordSound(index: Map<string, number[]>, id: number): void {
    const key = loanwordSound(this.sounds[id] as string);
    if (key.length < MIN_LOANWORD_SOUND) return;
    const list = index.get(key);
    if (list) list.push(id);
    else index.set(key, [id]);
  }

  /**
   * The known token that a word read from kana most likely borrows ("karupisu", カルピス -> "calpis"):
   * of the live tokens that sound alike (see `loanwordSound`), the one fewest edits away; `undefined`
   * when none does or the word is known itself.
   *
   * @example
   * vocabulary.soundAlike("birudo") //=> "build", once a name holds "build"
   */
  soundAlike(word: string): string | undefined {
    const known = this.ids.get(word);
    if (!ASCII_WORD.test(word) || (known !== undefined && (this.df[known] ?? 0) > 0)) return undefined;
    const key = loanwordSound(phoneticCode(word));
    if (key.length < MIN_LOANWORD_SOUND) return undefined;
    if (!this.byLoanwordSound) {
      this.byLoanwordSound = new Map();
      for (let id = 0; id < this.tokens.length; id++) if (isFuzzyToken(this.tokens[id] as string)) this.indexLoanwordSound(this.byLoanwordSound, id);
    }
    let best: string | undefined;
    let bestEdits = Infinity;
    for (const id of this.byLoanwordSound.get(key) ?? []) {
      if ((this.df[id] ?? 0) === 0) continue;
      const token = this.tokens[id] as string;
      const edits = distance(word, token);
      if (edits < bestEdits) {
        best = token;
        bestEdits = edits;
      }
    }
    return best;
  }

  /** Weight of a token id: rare tokens weigh more, connecting words little. */
  weight(id: number): number {
    if (this.weightVersions[id] === this.version) return this.weights[id] as number;
    if (this.weights.length <= id) this.growWeights();
    const weight = this.weightOfCount(this.spellingsCount(id)) * (this.shares[id] ?? 1);
    this.weights[id] = weight;
    this.weightVersions[id] = this.version;
    return weight;
  }

  /**
   * How many live names hold token `id` in any of its spellings with umlauts written out or not
   * ("mueller", "muller"): one word, one frequency, so that no spelling weighs more for being rarer.
   */
  private spellingsCount(id: number): number {
    const df = this.df[id] ?? 0;
    const token = this.tokens[id] as string;
    const base = this.umlautBases.get(id) ?? token;
    const written = this.byUmlautBase.get(base);
    if (written === undefined) return df;
    const plain = this.ids.get(base);
    let count = plain === undefined ? 0 : (this.df[plain] ?? 0);
    for (const w of written) count += this.df[w] ?? 0;
    return count;
  }

  private growWeights(): void {
    const size = Math.max(1024, this.tokens.length * 2);
    this.weights = resized(this.weights, size);
    this.weightVersions = resized(this.weightVersions, size);
  }

  /** Weight of a key that `count` live names hold (the same scale as token weights). */
  weightOfCount(count: number): number {
    return Math.log(1 + this.scale / Math.max(1, count));
  }

  /** Weight of a token that no live name holds. */
  unseenWeightOf(token: string): number {
    return Math.log(1 + this.scale) * shareOf(token);
  }

  /** Forgets remembered weights and `similar` results: to be called when a token or a frequency changes. */
  changed(): void {
    this.version++;
    if (this.similarCache.size > 0) this.similarCache.clear();
  }

  /**
   * The other known words that name the country `token` names ("finland", "suomi" for "finnish"),
   * however many names hold them; none for a word that names no country.
   */
  sameCountry(token: string): SimilarToken[] {
    const cognate = cognateOf(token);
    if (!isCountryKey(cognate)) return [];
    const out: SimilarToken[] = [];
    for (const id of this.byCognate.get(cognateStem(cognate)) ?? []) {
      if (this.cognates[id] !== cognate || this.tokens[id] === token || (this.df[id] ?? 0) === 0) continue;
      const s = tokenSimilarity(token, this.tokens[id] as string, letterMask(token), this.masks[id] as number, phoneticCode(token), this.sounds[id] as string, cognate, cognate);
      out.push({ id, similarity: s.similarity, kind: s.kind });
    }
    return out;
  }

  /**
   * The live tokens that are `token` with its umlauts written out, or not, or otherwise
   * ("mueller" for "muller" and the other way round; see `umlautBase`).
   *
   * @example
   * vocabulary.umlautSpellings("muller") //=> [{ id: 7, similarity: 0.95, kind: "umlaut" }], once a name holds "mueller"
   */
  umlautSpellings(token: string): SimilarToken[] {
    const base = umlautBase(token);
    const plain = base === token ? undefined : this.ids.get(base);
    const written = this.byUmlautBase.get(base);
    if (plain === undefined && written === undefined) return NO_SIMILAR;
    const out: SimilarToken[] = [];
    for (const id of plain === undefined ? (written ?? []) : [plain, ...(written ?? [])]) {
      if ((this.df[id] ?? 0) === 0 || this.tokens[id] === token) continue;
      const s = tokenSimilarity(token, this.tokens[id] as string);
      out.push({ id, similarity: s.similarity, kind: s.kind });
    }
    return out;
  }

  /**
   * Known tokens within typo distance of `token` (or sounding alike), best first, at most `limit`.
   * Only tokens that some live name holds are returned. Results are remembered until `changed`.
   */
  similar(token: string, limit: number): SimilarToken[] {
    if (limit <= 0 || !isFuzzyToken(token)) return [];
    const key = `${limit}:${token}`;
    let found = this.similarCache.get(key);
    if (!found) {
      found = this.search(token, limit);
      if (this.similarCache.size >= SIMILAR_CACHE_SIZE) this.similarCache.clear();
      this.similarCache.set(key, found);
    }
    return found;
  }

  private search(token: string, limit: number): SimilarToken[] {
    const grams = trigramsOf(token);
    const needed = Math.max(1, grams.length - 3 * allowedEdits(token.length + 1));
    if (this.gramCounts.length < this.tokens.length) this.gramCounts = new Uint16Array(this.tokens.length * 2);
    const counts = this.gramCounts;
    const lists: number[][] = [];
    for (const g of grams) {
      const list = this.byTrigram.get(g);
      if (list && list.length <= MAX_TRIGRAM_POSTINGS) lists.push(list);
    }
    const threshold = Math.min(needed, lists.length);
    // prefix filter: a token sharing `threshold` of the lists is in one of the shortest
    // `lists.length - threshold + 1`; the longer lists only add to tokens found already
    lists.sort((a, b) => a.length - b.length);
    const opening = lists.length - threshold + 1;
    const found: number[] = [];
    for (let k = 0; k < lists.length; k++) {
      const list = lists[k] as number[];
      if (k < opening) {
        for (const id of list) {
          if (counts[id] === 0) found.push(id);
          counts[id] = (counts[id] as number) + 1;
        }
      } else {
        for (const id of list) if ((counts[id] as number) > 0) counts[id] = (counts[id] as number) + 1;
      }
    }
    const out: SimilarToken[] = [];
    const seen = new Set<number>();
    const head = headOf(token);
    const mask = letterMask(token);
    const sound = phoneticCode(token);
    const cognate = cognateOf(token);
    for (const id of found) {
      const count = counts[id] as number;
      counts[id] = 0;
      if (count < threshold || (this.df[id] ?? 0) === 0) continue;
      // beyond three characters of length difference only an abbreviation (a prefix) can match
      const length = this.lengths[id] as number;
      const otherHead = this.heads[id] as number;
      const far = Math.abs(length - token.length) > 3;
      if (far && otherHead !== head) continue;
      if (firstOf(otherHead) !== firstOf(head) && differentStartUnlike(token.length, length, mask, this.masks[id] as number)) continue;
      const other = this.tokens[id] as string;
      if (far && !(length > token.length ? other.startsWith(token) : token.startsWith(other))) continue;
      const s = tokenSimilarity(token, other, mask, this.masks[id] as number, sound, this.sounds[id] as string, cognate, this.cognates[id] as string);
      if (s.similarity >= 0.7 && s.kind !== "exact") {
        out.push({ id, similarity: s.similarity, kind: s.kind });
        seen.add(id);
      }
    }
    for (const list of [sound.length >= 2 ? this.bySound.get(sound) : undefined, cognate !== "" ? this.byCognate.get(cognateStem(cognate)) : undefined]) {
      for (const id of list ?? []) {
        if (seen.has(id) || (this.df[id] ?? 0) === 0 || out.length > limit * 4) continue;
        seen.add(id);
        const s = tokenSimilarity(token, this.tokens[id] as string, mask, this.masks[id] as number, sound, this.sounds[id] as string, cognate, this.cognates[id] as string);
        if (s.similarity >= 0.7 && s.kind !== "exact") out.push({ id, similarity: s.similarity, kind: s.kind });
      }
    }
    if (out.length <= limit) return out.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
    // of tokens as alike ("doha", "does", "dues" for "dohs"), those that start as the token does first
    const starts = new Map(out.map((s) => [s.id, sharedStart(token, this.tokens[s.id] as string)]));
    out.sort((a, b) => b.similarity - a.similarity || (starts.get(b.id) as number) - (starts.get(a.id) as number) || a.id - b.id);
    return out.slice(0, limit);
  }
}
