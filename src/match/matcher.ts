/**
 * createMatcher: an incremental index of known entities that answers, for any query name or
 * record, which entities it may denote, best first, with a calibrated score and the evidence.
 */
import { z } from "zod";
import { countedInitialsReadings, countryHints, countryNamedLoosely, normalizeName, type NormalizeOptions, type NormalizedName, phraseReading, readInLatin, readingsInLatin } from "../normalize/index.js";
import { type ComparisonVector, vectorOf } from "./comparison-vector.js";
import { explainMatch } from "./explain.js";
import { type ComparableFields, type FieldEvidence, cityMayBeNamed, compareFields, comparableFields, spacedWords } from "./field-evidence.js";
import { NameIndex, type NameKind, type NameVariant, type QueryName, unindexedVariant } from "./name-index.js";
import { type NameEvidence, type NameScore, type TokenMemo, compareNames, scoreNames } from "./name-similarity.js";
import {
  type Entity, type EntityInput, type InputIssue, InvalidRecordError, type MatchOptions, type MatchRecord, type RecordInput,
  fieldText, parseEntity, matchOptionsSchema, recordInputSchema, validate,
} from "./schema.js";
import { KANA_MARK, SYLLABLE_BREAK, borrowedWords, plainReading, splitSyllables } from "./reading-words.js";
import { DEFAULT_WEIGHTS, type FieldWeights, type MatchWeights, fieldWeightsSchema, matchWeightsSchema, nameLlr, overWeights, sigmoid } from "./weights.js";
import { firstSorted } from "../util/top-scored.js";

/** One possible entity for a query. */
export interface Match {
  id: string;
  /** Probability that the query denotes this entity, given the other candidates too. */
  score: number;
  /** Probability from this pair alone (symmetric; see `pairScore`). */
  pairScore: number;
  /** Log-odds from the evidence, prior included. */
  logOdds: number;
  /** The log-odds candidates are ranked by: `logOdds` with the bonus for rare words (see `MatchWeights.rareWords`). */
  rankOdds: number;
  evidence: { name: NameEvidence; fields: FieldEvidence[] };
  explanation: string;
}

export interface MatcherOptions {
  weights?: Partial<MatchWeights>;
  /** Weights are ln(1 + weightScale / document frequency); fixed so unrelated additions change nothing. */
  weightScale?: number;
  /** Tokens held by more names than this only reinforce candidates found by rarer keys (default 5,000). */
  maxPostings?: number;
  /** Candidate names scored fully per query name (default 40). */
  maxCandidates?: number;
  /** Known tokens tried for each unknown query token (default 6). */
  fuzzyLimit?: number;
}

/** The outcome of one query of a batch: its matches, or why it was rejected. */
export type BatchResult =
  | { index: number; queryId: string | undefined; status: "matched" | "unmatched"; matches: Match[] }
  | { index: number; queryId: string | undefined; status: "rejected"; issues: InputIssue[] };

const optionsSchema = z.object({
  weights: matchWeightsSchema.partial().optional(),
  weightScale: z.number().positive().optional(),
  maxPostings: z.number().int().min(1).optional(),
  maxCandidates: z.number().int().min(1).optional(),
  fuzzyLimit: z.number().int().min(0).optional(),
}).strict();

/** How likely two records denote one entity, and why. */
export interface PairScore {
  score: number;
  name: NameEvidence;
  fields: FieldEvidence[];
  explanation: string;
}

interface StoredEntity {
  entity: Entity;
  variants: number[];
  fields: ComparableFields;
}

interface PreparedQuery {
  names: QueryName[];
  /** the names that are only a part of the query (its comma segments) */
  parts: Set<QueryName>;
  fields: ComparableFields;
}

interface Ranked {
  number: number;
  fields: FieldEvidence[];
  logOdds: number;
  /** log-odds with the rare-word bonus of the ranking: what candidates are compared by */
  rankOdds: number;
  score: number;
  query: QueryName;
  variant: number;
  /** the similarity of the best name */
  similarity: number;
}

const EMPTY_OPTIONS: MatchOptions = {};
const DEFAULT_MATCH_OPTIONS = matchOptionsSchema.parse({});
const MAX_SUBQUERIES = 8;
const MIN_SHARE = 0.5;
const NORMALIZED_CACHE_SIZE = 100_000;

/**
 * An index of entities and the queries against it (see `createMatcher`): candidates by tokens,
 * keys and acronyms, scored with the evidence of every field.
 *
 * @example
 * const m = createMatcher([{ id: "ibm", name: "International Business Machines Corporation" }]); m.match("IBM")[0]?.id //=> "ibm"
 */
export class Matcher {
  private readonly index: NameIndex;
  private readonly entities: (StoredEntity | undefined)[] = [];
  private readonly numberOf = new Map<string, number>();
  private readonly countryCounts = new Map<string, number>();
  /** "lei:…", "duns:…", "vat:…", "domain:…" -> entity numbers: candidates that need no name in common */
  private readonly byIdentifier = new Map<string, number[]>();
  private weights: MatchWeights;
  private readonly maxPostings: number;
  private readonly maxCandidates: number;
  private readonly fuzzyLimit: number;
  private currentOptions: MatcherOptions;

  constructor(options: MatcherOptions = {}) {
    const o = validate(optionsSchema, "matcher options", options);
    this.currentOptions = o as MatcherOptions;
    this.weights = { ...DEFAULT_WEIGHTS, ...(o.weights ?? {}) } as MatchWeights;
    this.index = new NameIndex(o.weightScale ?? 100_000, this.weights.acronymTypo);
    this.maxPostings = o.maxPostings ?? 5000;
    this.maxCandidates = o.maxCandidates ?? 40;
    this.fuzzyLimit = o.fuzzyLimit ?? 6;
  }

  /** The options this matcher answers with (validated, field weights set since included), to build an identical one elsewhere. */
  get options(): MatcherOptions {
    return this.currentOptions;
  }

  /**
   * Changes the weights of fields other than the name (country, city, postal code, domain, phone,
   * identifier, legal form) without rebuilding the index: for weights estimated from the data the
   * matcher holds (see `estimateDisagreementWeights`). Fields left out keep theirs.
   *
   * @example
   * matcher.setFieldWeights({ city: { same: 1.5, similar: 0.8, different: -6 } });
   */
  setFieldWeights(fields: FieldWeights): void {
    const f = validate(fieldWeightsSchema, "field weights", fields);
    this.weights = overWeights(this.weights, f);
    this.currentOptions = { ...this.currentOptions, weights: overWeights(this.currentOptions.weights ?? {}, f) };
  }

  /** Number of entities in the index. */
  get size(): number {
    return this.numberOf.size;
  }

  /** Whether an entity id is indexed. */
  has(id: string): boolean {
    return this.numberOf.has(id);
  }

  /** The validated entity stored under `id`. */
  get(id: string): Entity | undefined {
    const n = this.numberOf.get(id);
    return n === undefined ? undefined : this.entities[n]?.entity;
  }

  /**
   * Every indexed entity, in the order added: `createMatcher(m.entityList(), m.options)` answers as `m` does.
   *
   * @example
   * createMatcher([{ id: "a", name: "Acme" }]).entityList() //=> [{ id: "a", name: "Acme" }]
   */
  entityList(): Entity[] {
    const out: Entity[] = [];
    for (const stored of this.entities) if (stored) out.push(stored.entity);
    return out;
  }

  /**
   * Adds (or replaces) one entity. Throws `InvalidRecordError` naming the entity id and field.
   *
   * @example
   * matcher.add({ id: "c-1", name: "Siemens AG", country: "DE" });
   */
  add(input: EntityInput): void {
    const entity = parseEntity(input);
    if (this.numberOf.has(entity.id)) this.remove(entity.id);
    const number = this.entities.length;
    const main = normalizeNameOrForms(entity.name, entity.country);
    const fields = comparableFields(entity, main.legalForm, nameCountry(main), entity.name, false);
    const variants: number[] = [];
    const addName = (kind: NameKind, n: NormalizedName, readingOf?: number): void => {
      if (variants.some((v) => this.index.variants[v]?.core === n.core)) return;
      const v = this.index.add(number, kind, n, fields.country, readingOf);
      if (v >= 0) variants.push(v);
      // "A2M", "W3C": an acronym counting a repeated initial is also indexed with the letters it counts
      if (n.tokens.length === 1) for (const letters of countedInitialsReadings(n.key)) addName(kind, acronymReadAs(n, letters));
      // "Hochschule Fulda" is also indexed as "uas fulda", "Fulda University of Applied Sciences" as "fulda uas"
      const phrased = v >= 0 && readingOf === undefined ? phraseReading(n) : undefined;
      if (phrased) addName(kind, phrased, v);
    };
    addName("name", main);
    const formsKept = formsKeptAsWords(entity.name, main, entity.country);
    if (formsKept) addName("name", formsKept);
    for (const alias of entity.aliases ?? []) addName("alias", normalizeNameOrForms(alias, entity.country));
    // names in Chinese, Japanese, Korean, Brahmic, Arabic, Hebrew, Ethiopic or Thai script also read in Latin letters ("南通大学" -> "nantong university")
    for (const name of [entity.name, ...(entity.aliases ?? [])]) {
      for (const romanized of readingsInLatin(name)) addName("romanized", normalizeNameOrForms(romanized, entity.country));
    }
    for (const t of main.tradeNames) addName("trade", normalizeForMatching(t));
    for (const f of main.formerNames) addName("former", normalizeForMatching(f));
    if (variants.length === 0) {
      throw new InvalidRecordError("entity", entity.id, undefined, [{ path: ["name"], code: "empty_name", message: `"${entity.name}" has no name left once legal forms and punctuation are removed` }]);
    }
    this.entities.push({ entity, variants: variants.slice(), fields });
    this.numberOf.set(entity.id, number);
    for (const key of identifierKeys(fields)) {
      const list = this.byIdentifier.get(key);
      if (list) list.push(number);
      else this.byIdentifier.set(key, [number]);
    }
    if (fields.country) this.countryCounts.set(fields.country, (this.countryCounts.get(fields.country) ?? 0) + 1);
  }

  /** Removes an entity; returns whether it was there. Results afterwards are as if it was never added. */
  remove(id: string): boolean {
    const number = this.numberOf.get(id);
    if (number === undefined) return false;
    const stored = this.entities[number] as StoredEntity;
    for (const v of stored.variants) this.index.remove(v);
    for (const key of identifierKeys(stored.fields)) {
      const list = this.byIdentifier.get(key);
      const at = list?.indexOf(number) ?? -1;
      if (list && at >= 0) list.splice(at, 1);
    }
    if (stored.fields.country) this.countryCounts.set(stored.fields.country, (this.countryCounts.get(stored.fields.country) ?? 1) - 1);
    this.entities[number] = undefined;
    this.numberOf.delete(id);
    return true;
  }

  private isIndexedWord = (word: string): boolean => {
    const id = this.index.vocab.idOf(word);
    return id !== undefined && (this.index.vocab.df[id] ?? 0) > 0;
  };

  private soundAlike = (word: string): string | undefined => this.index.vocab.soundAlike(word);

  private countryShare = (country: string): number => (this.countryCounts.get(country) ?? 0) / Math.max(1, this.numberOf.size);

  private prepare(record: MatchRecord): PreparedQuery {
    const opts = record.country ? { country: record.country } : {};
    // a query that is an indexed record (resolve, dedupe) holds its own words: they say nothing of other names
    const self = record.id === undefined ? undefined : this.numberOf.get(record.id);
    const own = self === undefined ? undefined : new Set((this.entities[self] as StoredEntity).variants.flatMap((v) => this.index.variants[v]?.tokens ?? []));
    const main = normalizeNameOrForms(record.name, record.country);
    const texts: string[] = [];
    const push = (n: NormalizedName): void => {
      if (n.core.length > 0 && !texts.includes(n.core) && texts.length < MAX_SUBQUERIES) texts.push(n.core);
    };
    const names: QueryName[] = [];
    const parts = new Set<QueryName>();
    const addName = (n: NormalizedName, reading = false, part = false): void => {
      const before = texts.length;
      push(n);
      if (texts.length === before) return;
      const q = this.index.prepare(n, this.fuzzyLimit, own, reading);
      names.push(q);
      if (part) parts.add(q);
    };
    addName(main);
    // "NOAA ARL": the Air Resources Laboratory, not NOAA as a company of Jersey
    const formsKept = formsKeptAsWords(record.name, main, record.country);
    if (formsKept) addName(formsKept);
    const phrased = phraseReading(main);
    if (phrased) addName(phrased);
    // "IBM Corp USA", "Incyte United States": the name without the country named at its end, as a query of its own
    const trailing = trailingCountry(main.tokens);
    if (trailing) addName(normalizeForMatching(main.tokens.slice(0, -trailing.words).join(" "), opts));
    // "A2M", "W3C": an acronym counting a repeated initial, also read with the letters it counts
    if (main.tokens.length === 1) for (const letters of countedInitialsReadings(main.key)) addName(acronymReadAs(main, letters));
    for (const alias of record.aliases ?? []) addName(normalizeForMatching(alias, opts));
    for (const t of [...main.tradeNames, ...main.formerNames]) addName(normalizeForMatching(t, opts));
    // "上海交通大学" is read "shang·hai·jiao·tong university", split into words the index knows ("shanghai jiaotong");
    // "カルピス株式会社" is read "§karupisu co ltd": as it sounds, and with the word it borrows ("calpis")
    for (const name of [record.name, ...(record.aliases ?? [])]) {
      for (const reading of readingsInLatin(name, { syllableBreak: SYLLABLE_BREAK, kanaMark: KANA_MARK })) {
        addName(normalizeForMatching(reading.includes(SYLLABLE_BREAK) ? splitSyllables(reading, this.isIndexedWord) : plainReading(reading), opts), true);
        const borrowed = reading.includes(KANA_MARK) ? borrowedWords(reading, this.soundAlike) : undefined;
        if (borrowed !== undefined) addName(normalizeForMatching(borrowed, opts), true);
      }
    }
    // long strings such as "Dept. of X, Some University, City, Country": each segment, and pairs
    const segments = commaSegments(record.name);
    if (segments.length > 1) {
      for (let i = 0; i < segments.length && texts.length < MAX_SUBQUERIES; i++) {
        addName(normalizeForMatching(segments[i] as string, opts), false, true);
        if (i + 1 < segments.length) addName(normalizeForMatching(`${segments[i]} ${segments[i + 1]}`, opts), false, true);
      }
    }
    return { names, parts, fields: comparableFields(record, main.legalForm, nameCountry(main), record.name) };
  }

  /** The best `limit` candidates with their log-odds and softmax score (against every candidate), best first (numbers only, no evidence). */
  private rank(prepared: PreparedQuery, limit: number): Ranked[] {
    // rank every candidate name on numbers only; keep the best name (and its query) per entity
    const best = new Map<number, { score: NameScore; query: QueryName; variant: number }>();
    const options = { maxPostings: this.maxPostings, maxCandidates: this.maxCandidates, minShare: MIN_SHARE, country: prepared.fields.country };
    const memoOf = tokenMemos();
    for (const q of prepared.names) {
      const memo = memoOf(q);
      for (const v of this.index.candidates(q, options)) {
        const variant = this.index.variants[v];
        if (!variant?.alive) continue;
        const score = scoreNames(this.index, q, variant, memo);
        const previous = best.get(variant.entity);
        if (!previous || isBetterName(score, variant, previous, this.index)) best.set(variant.entity, { score, query: q, variant: v });
      }
    }
    // entities sharing an identifier or web domain are candidates even with no word in common
    const main = prepared.names[0];
    if (main) {
      for (const key of identifierKeys(prepared.fields)) {
        for (const number of this.byIdentifier.get(key) ?? []) {
          if (best.has(number)) continue;
          const v = (this.entities[number] as StoredEntity).variants[0] as number;
          best.set(number, { score: scoreNames(this.index, main, this.index.variants[v] as NameVariant, memoOf(main)), query: main, variant: v });
        }
      }
    }
    const scored: Ranked[] = [];
    const cityFindable = cityMayBeNamed(prepared.fields);
    for (const [number, b] of best) {
      const ranked = this.scoreCandidate(prepared, number, b, cityFindable, memoOf);
      if (ranked) scored.push(ranked);
    }
    // a candidate's score is its share of the evidence against the other candidates and "none of them"
    const { temperature, none } = this.weights.ranking;
    const shift = temperature * Math.max(none, scored.reduce((m, s) => Math.max(m, s.rankOdds), -Infinity));
    let total = Math.exp(temperature * none - shift);
    for (const s of scored) total += s.score = Math.exp(temperature * s.rankOdds - shift);
    for (const s of scored) s.score /= total;
    return firstSorted(scored, limit, (a, b) => b.rankOdds - a.rankOdds || (this.idOf(a.number) < this.idOf(b.number) ? -1 : 1));
  }

  /** The log-odds of entity `number` for a query, from its best name `b` and the other fields (see `rank`). */
  private scoreCandidate(prepared: PreparedQuery, number: number, b: { score: NameScore; query: QueryName; variant: number }, cityFindable: boolean, memoOf: (q: QueryName) => TokenMemo): Ranked | undefined {
    const stored = this.entities[number];
    if (!stored) return undefined;
    const w = this.weights;
    const main = prepared.names[0];
    // an indexed entity keeps no name words: they are read only when the query's city may be named in its name
    const e = stored.fields;
    const fields = compareFields(prepared.fields, cityFindable && !e.city ? { ...e, nameWords: spacedWords(stored.entity.name) } : e, w, this.countryShare);
    // a part of the query ("X, Sezione di Trieste" -> "X") found inside a name ("X Sezione di
    // Padova") still counts the words in which the whole query and that name differ
    const conflictWeight = w.conflict.slope > 0 && main && b.query !== main
      ? Math.max(b.score.conflictWeight, scoreNames(this.index, main, this.index.variants[b.variant] as NameVariant, memoOf(main)).conflictWeight)
      : b.score.conflictWeight;
    let logOdds = w.prior + nameLlr(w, b.score.similarity) + this.information(b.score.matchedWeight) - this.conflict(conflictWeight);
    for (const f of fields) logOdds += f.weight;
    // rare words found in a part of a long query ("Dept. of X, Some University, City") tell less
    const rankOdds = prepared.parts.has(b.query) ? logOdds : logOdds + this.rareWords(b.score.matchedWeight);
    return { number, fields, logOdds, rankOdds, query: b.query, variant: b.variant, score: 0, similarity: b.score.similarity };
  }

  private idOf(number: number): string {
    return (this.entities[number] as StoredEntity).entity.id;
  }

  private scoreQuery(prepared: PreparedQuery, limit: number, minScore: number): Match[] {
    const out: Match[] = [];
    for (const s of this.rank(prepared, limit)) {
      if (s.score < minScore || out.length >= limit) break;
      const name = compareNames(this.index, s.query, this.index.variants[s.variant] as NameVariant);
      out.push({ id: this.idOf(s.number), score: s.score, pairScore: sigmoid(s.logOdds), logOdds: s.logOdds, rankOdds: s.rankOdds, evidence: { name, fields: s.fields }, explanation: explainMatch(name, s.fields) });
    }
    return out;
  }

  private information(matchedWeight: number): number {
    const i = this.weights.information;
    return Math.max(-i.cap, Math.min(i.cap, (matchedWeight - i.pivot) * i.slope));
  }

  /** The log-odds the ranking adds for agreement on rare words (see `MatchWeights.rareWords`). */
  private rareWords(matchedWeight: number): number {
    const r = this.weights.rareWords;
    return Math.max(0, Math.min(r.cap, (matchedWeight - this.weights.information.pivot) * r.slope));
  }

  /** The log-odds taken off for words each name has and the other lacks. */
  private conflict(conflictWeight: number): number {
    const c = this.weights.conflict;
    return Math.min(c.cap, Math.max(0, (conflictWeight - c.pivot) * c.slope));
  }

  /**
   * The entities a query may denote, best first.
   *
   * @example
   * matcher.match("Intl Bus. Machines", { limit: 3 })
   * //=> [{ id: "ibm", score: 0.97, explanation: "similar to the name (0.89; abbreviated)", ... }]
   */
  match(query: string | RecordInput, options: MatchOptions = EMPTY_OPTIONS): Match[] {
    const o = options === EMPTY_OPTIONS ? DEFAULT_MATCH_OPTIONS : validate(matchOptionsSchema, "match options", options);
    const record = typeof query === "string" && query.trim().length > 0 ? { name: query } : validate(recordInputSchema, "query", typeof query === "string" ? { name: query } : query);
    return this.scoreQuery(this.prepare(record), o.limit, o.minScore);
  }

  /**
   * The best candidates of a query with their numbers only (softmax score, pair probability), no
   * evidence: for pipelines that score millions of records, such as resolve. Same ranking as `match`.
   * `rankOdds` are the log-odds the candidates are ranked by (the pair's, with the bonus for rare words).
   *
   * @example
   * matcher.candidateScores({ name: "Intl Bus. Machines" }, 3) //=> [{ id: "ibm", score: 0.97, pairScore: 0.99, rankOdds: 6.1 }]
   */
  candidateScores(query: string | RecordInput, limit = 5): { id: string; score: number; pairScore: number; rankOdds: number }[] {
    const record = validate(recordInputSchema, "query", typeof query === "string" ? { name: query } : query);
    return this.rank(this.prepare(record), limit).map((s) => ({ id: this.idOf(s.number), score: s.score, pairScore: sigmoid(s.logOdds), rankOdds: s.rankOdds }));
  }

  /**
   * The comparison vectors (name level, each field's outcome) of a query's best candidates, as
   * `comparisonVector` reads them from matches, without building the evidence: for estimating
   * weights from many records (see `estimateDisagreementWeights`). Same ranking as `match`.
   *
   * @example
   * matcher.comparisonVectors({ name: "Acme GmbH", city: "Köln" }, 2) //=> [{ id: "c-1", vector: { name: 0, fields: { city: "different" } } }, ...]
   */
  comparisonVectors(query: string | RecordInput, limit = 5): { id: string; vector: ComparisonVector }[] {
    const record = validate(recordInputSchema, "query", typeof query === "string" ? { name: query } : query);
    return this.rank(this.prepare(record), limit).map((s) => ({ id: this.idOf(s.number), vector: vectorOf(s.similarity, s.fields) }));
  }

  /**
   * Matches many queries; a bad query is reported with its issues and the rest goes on.
   * Every query gets exactly one result, in input order.
   *
   * @example
   * matcher.matchMany(["IBM", { name: "" }]) //=> [{ status: "matched", ... }, { status: "rejected", issues: [...] }]
   */
  matchMany(queries: Iterable<string | RecordInput>, options: MatchOptions = {}): BatchResult[] {
    const o = validate(matchOptionsSchema, "match options", options);
    const out: BatchResult[] = [];
    let index = 0;
    for (const query of queries) {
      const input = typeof query === "string" ? { name: query } : query;
      const parsed = recordInputSchema.safeParse(input);
      const queryId = parsed.success ? parsed.data.id : fieldText(input, "id");
      if (!parsed.success) {
        out.push({ index, queryId, status: "rejected", issues: parsed.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code })) });
      } else {
        const matches = this.scoreQuery(this.prepare(parsed.data), o.limit, o.minScore);
        out.push({ index, queryId, status: matches.length > 0 ? "matched" : "unmatched", matches });
      }
      index++;
    }
    return out;
  }

  /** Names normalized for pairScore, remembered (pipelines score the same record in many pairs). */
  private readonly normalizedNames = new Map<string, NormalizedName>();

  private normalized(name: string, country: string | undefined): NormalizedName {
    const key = `${country ?? ""}\u0000${name}`;
    let n = this.normalizedNames.get(key);
    if (!n) {
      n = normalizeNameOrForms(name, country);
      if (this.normalizedNames.size >= NORMALIZED_CACHE_SIZE) this.normalizedNames.clear();
      this.normalizedNames.set(key, n);
    }
    return n;
  }

  /** Name evidence of two normalized names, `b` standing as a name of the given kind. */
  private compareNormalized(a: NormalizedName, b: NormalizedName, kind: NameKind): NameEvidence {
    const qa = this.index.prepare(a, 0);
    return compareNames(this.index, qa, unindexedVariant(b, kind), b.tokens);
  }

  /**
   * The probability that two records denote the same entity, from the pair alone, with the
   * token weights of this index. Symmetric: pairScore(a, b) === pairScore(b, a).
   *
   * @example
   * matcher.pairScore({ name: "Siemens AG", country: "DE" }, { name: "Siemens Aktiengesellschaft", country: "DE" }) //=> 0.99
   */
  pairScore(a: string | RecordInput, b: string | RecordInput): PairScore {
    const ra = validate(recordInputSchema, "record", typeof a === "string" ? { name: a } : a);
    const rb = validate(recordInputSchema, "record", typeof b === "string" ? { name: b } : b);
    return this.scorePair(ra, rb);
  }

  /**
   * `pairScore` of two indexed entities, by id: they were validated when added, so this is the
   * cheaper call for pipelines that score pairs of the records they indexed (undefined for an id
   * not indexed).
   *
   * @example
   * matcher.pairScoreOfIds("erp:1001", "crm:A-7")?.score //=> 0.97
   */
  pairScoreOfIds(a: string, b: string): PairScore | undefined {
    const na = this.numberOf.get(a);
    const nb = this.numberOf.get(b);
    if (na === undefined || nb === undefined) return undefined;
    return this.scorePair((this.entities[na] as StoredEntity).entity, (this.entities[nb] as StoredEntity).entity);
  }

  /**
   * The probability that two indexed entities are one, by id, read as queries read them: each in
   * turn is the query (its name, aliases, readings of other scripts and parts) against every name
   * of the other, the closer reading counting. This is the `pairScore` that `candidateScores` gives
   * the pair (or better, for a name it did not reach), with the evidence behind it; `pairScoreOfIds`
   * compares the two records' names alone, faster, and may differ where a reading or alias decides.
   * Symmetric; undefined for an id not indexed.
   *
   * @example
   * matcher.queryPairScoreOfIds("erp:1001", "crm:A-7")?.explanation //=> "similar to the name read in Latin letters (0.82); same city"
   */
  queryPairScoreOfIds(a: string, b: string): PairScore | undefined {
    const na = this.numberOf.get(a);
    const nb = this.numberOf.get(b);
    if (na === undefined || nb === undefined) return undefined;
    const ab = this.scoreAsQuery(na, nb);
    const ba = this.scoreAsQuery(nb, na);
    const best = ab && (!ba || ab.logOdds > ba.logOdds || (ab.logOdds === ba.logOdds && a <= b)) ? ab : ba;
    // (an entity without an indexed name: compared by its record alone)
    if (!best) return this.scorePair((this.entities[na] as StoredEntity).entity, (this.entities[nb] as StoredEntity).entity);
    const name = compareNames(this.index, best.query, this.index.variants[best.variant] as NameVariant);
    return { score: sigmoid(best.logOdds), name, fields: best.fields, explanation: explainMatch(name, best.fields) };
  }

  /** Entity `number` as a query against entity `other` only: its every query name against every name of the other. */
  private scoreAsQuery(number: number, other: number): Ranked | undefined {
    const stored = this.entities[other];
    if (!stored) return undefined;
    const prepared = this.prepare((this.entities[number] as StoredEntity).entity);
    const memoOf = tokenMemos();
    let best: { score: NameScore; query: QueryName; variant: number } | undefined;
    for (const q of prepared.names) {
      for (const v of stored.variants) {
        const variant = this.index.variants[v];
        if (!variant?.alive) continue;
        const score = scoreNames(this.index, q, variant, memoOf(q));
        if (!best || isBetterName(score, variant, best, this.index)) best = { score, query: q, variant: v };
      }
    }
    return best && this.scoreCandidate(prepared, other, best, cityMayBeNamed(prepared.fields), memoOf);
  }

  private scorePair(ra: MatchRecord, rb: MatchRecord): PairScore {
    const na = this.normalized(ra.name, ra.country);
    const nb = this.normalized(rb.name, rb.country);
    // the names as written, or read in Latin letters where one is in another script: the closer pair
    let name = this.compareNormalized(na, nb, "name");
    const romanA = readInLatin(ra.name);
    const romanB = readInLatin(rb.name);
    if (romanA !== undefined || romanB !== undefined) {
      const la = romanA === undefined ? na : this.normalized(romanA, ra.country);
      const lb = romanB === undefined ? nb : this.normalized(romanB, rb.country);
      for (const [x, y, kind] of [[la, nb, "name"], [na, lb, "romanized"], [la, lb, "romanized"]] as const) {
        if (x === na && y === nb) continue;
        const other = this.compareNormalized(x, y, kind);
        if (other.similarity > name.similarity) name = other;
      }
    }
    // either name with its legal forms kept as words, where they may be acronyms ("NOAA ARL")
    const keptA = formsKeptAsWords(ra.name, na, ra.country) ?? na;
    const keptB = formsKeptAsWords(rb.name, nb, rb.country) ?? nb;
    for (const [x, y] of [[keptA, nb], [na, keptB], [keptA, keptB]] as const) {
      if (x === na && y === nb) continue;
      const other = this.compareNormalized(x, y, "name");
      if (other.similarity > name.similarity) name = other;
    }
    // either name without the country named at its end, where the other name states that country too
    // ("Incyte United States" / "Incyte (United States)"; not "Instiutt Japan" / "Institute Ltd")
    for (const [x, y, flip] of [[na, nb, false], [nb, na, true]] as const) {
      const trailing = trailingCountry(x.tokens);
      if (!trailing || nameCountry(y) !== trailing.country) continue;
      const without = this.normalized(x.tokens.slice(0, -trailing.words).join(" "), undefined);
      const other = flip ? this.compareNormalized(y, without, "name") : this.compareNormalized(without, y, "name");
      if (other.similarity > name.similarity) name = other;
    }
    const fields = compareFields(comparableFields(ra, na.legalForm, nameCountry(na), ra.name), comparableFields(rb, nb.legalForm, nameCountry(nb), rb.name), this.weights, this.countryShare);
    const w = this.weights;
    let logOdds = w.prior + nameLlr(w, name.similarity) + this.information(name.matchedWeight) - this.conflict(name.conflictWeight);
    for (const f of fields) logOdds += f.weight;
    return { score: sigmoid(logOdds), name, fields, explanation: explainMatch(name, fields) };
  }
}

/** Token comparisons remembered per query name, for one query (see `TokenMemo`). */
function tokenMemos(): (q: QueryName) => TokenMemo {
  const memos = new Map<QueryName, TokenMemo>();
  return (q) => {
    let m = memos.get(q);
    if (!m) memos.set(q, (m = new Map()));
    return m;
  };
}

/** Whether a name scores better than the best so far: more alike, or as alike and the entity's own name rather than an alias or reading. */
function isBetterName(score: NameScore, variant: NameVariant, previous: { score: NameScore; variant: number }, index: NameIndex): boolean {
  return score.similarity > previous.score.similarity || (score.similarity === previous.score.similarity && variant.kind === "name" && index.variants[previous.variant]?.kind !== "name");
}

/**
 * The parts of a long string between commas and semicolons outside brackets ("Helmholtz-Institut
 * (HI-TRON, Mainz), Germany" has two), trimmed, empty ones left out.
 */
function commaSegments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (i === text.length || (depth === 0 && (c === "," || c === ";"))) {
      const part = text.slice(start, i).trim();
      if (part.length > 0) out.push(part);
      start = i + 1;
    }
  }
  return out;
}

/** The longest country name written as a name's last words (up to three), as one word or a phrase. */
const MAX_COUNTRY_WORDS = 3;

/**
 * The country a name's last tokens name ("usa"; "united states", also with a typo; a word naming a
 * part of one, "wales", counts alone) and how many tokens name it, leaving at least one word before
 * them; undefined when they name none.
 *
 * @example
 * trailingCountry(["incyte", "united", "states"]) //=> { words: 2, country: "US" }
 * trailingCountry(["ibm", "corp", "usa"])         //=> { words: 1, country: "US" }
 */
export function trailingCountry(tokens: readonly string[]): { words: number; country: string } | undefined {
  for (let k = Math.min(MAX_COUNTRY_WORDS, tokens.length - 1); k >= 2; k--) {
    const country = countryNamedLoosely(tokens.slice(-k).join(" "));
    if (country !== undefined) return { words: k, country };
  }
  const country = tokens.length >= 2 ? countryHints(tokens.slice(-1))[0] : undefined;
  return country !== undefined ? { words: 1, country } : undefined;
}

/** Exact-lookup keys of the identifiers and web domain of a record. */
function identifierKeys(fields: ComparableFields): string[] {
  const keys = [...fields.identifiers].map(([type, value]) => `${type}:${value}`);
  if (fields.domain) keys.push(`domain:${fields.domain}`);
  return keys;
}

/**
 * The country a name says it is in, for records that give none: the one its last bracketed
 * qualifier names ("Oracle (Portugal)"), else the only one it names ("IBM Deutschland"); none when
 * it names several ("Hungarian-American Enterprise Fund").
 */
function nameCountry(n: NormalizedName): string | undefined {
  if (n.countryHints.length <= 1) return n.countryHints[0];
  return countryHints(n.qualifiers).at(-1);
}

/** A name as the matcher reads it: long words of the abbreviation tables also with one typo (see `NormalizeOptions.typos`). */
function normalizeForMatching(raw: string, options: NormalizeOptions = {}): NormalizedName {
  return normalizeName(raw, { ...options, typos: true });
}

/** A one-word acronym read as other letters ("A2M" as "amm"), as written. */
function acronymReadAs(name: NormalizedName, letters: string): NormalizedName {
  return { ...name, core: letters, tokens: [letters], spellings: [], wordParts: [letters], acronym: letters, acronyms: [letters], statedAcronyms: 0, isAcronym: true, writtenAsWord: false, key: letters, sortedKey: letters };
}

/** Letters a legal form written as an acronym may have ("ARL", "SR", "OPC", "IAP")... */
const FORM_ACRONYM_LETTERS = /^[a-z]{2,4}$/;
const WORD_BREAKS = /[^\p{L}\p{N}]+/u;

/**
 * The name read with its legal forms kept as words, when a form may as well be an acronym: written
 * in bare capitals ("NOAA ARL", where A.R.L is a form of Jersey; "NWS OPC"), after a name in capitals
 * itself, and not a form of the record's country. Else undefined: "Siemens AG", "A.R.L." and "BMW AG"
 * in Germany read as ever.
 */
function formsKeptAsWords(raw: string, name: NormalizedName, country: string | undefined): NormalizedName | undefined {
  if (name.core.length === 0 || !(name.isAcronym || name.acronymWords.length === name.tokens.length)) return undefined;
  const words = raw.split(WORD_BREAKS);
  const acronymLike = name.legalForms.some((f) => FORM_ACRONYM_LETTERS.test(f.key) && words.includes(f.key.toUpperCase()) && (country === undefined || !f.countries.includes(country)));
  return acronymLike ? normalizeForMatching(raw, { ...(country ? { country } : {}), keepLegalForms: true }) : undefined;
}

/** normalizeName, falling back to a core that keeps legal forms when they are all the name has ("SE Corporation"). */
function normalizeNameOrForms(raw: string, country: string | undefined): NormalizedName {
  const options = country ? { country } : {};
  const n = normalizeForMatching(raw, options);
  return n.core.length > 0 || n.legalForms.length === 0 ? n : normalizeForMatching(raw, { ...options, keepLegalForms: true });
}

/**
 * Builds a matcher over known entities (any iterable). Throws `InvalidRecordError` for the
 * first bad entity, or the second of two with one id, naming its id (or index) and field; use
 * `createMatcherReport` to collect them all. (`Matcher.add` of a known id replaces the entity.)
 *
 * @example
 * const matcher = createMatcher([{ id: "ibm", name: "International Business Machines Corporation", country: "US" }]);
 * matcher.match("IBM")[0].id //=> "ibm"
 */
export function createMatcher(entities: Iterable<EntityInput> = [], options: MatcherOptions = {}): Matcher {
  const matcher = new Matcher(options);
  let index = 0;
  for (const e of entities) {
    // every entity before this one is in the matcher: an id it holds already is given twice
    const id = fieldText(e, "id");
    if (id !== undefined && matcher.has(id)) throw new InvalidRecordError("entity", id, index, [duplicateIdIssue(id)]);
    try {
      matcher.add(e);
    } catch (error) {
      if (error instanceof InvalidRecordError) throw new InvalidRecordError("entity", error.recordId, index, error.issues);
      throw error;
    }
    index++;
  }
  return matcher;
}

/**
 * Like `createMatcher`, but keeps going past bad entities and returns them with their issues, in
 * input order; every entity of an id given twice is rejected ("duplicate_id"), as neither can be told right.
 *
 * @example
 * const { matcher, rejected } = createMatcherReport(rows); // rejected: [{ index: 7, id: "c-8", issues: [...] }]
 */
export function createMatcherReport(entities: Iterable<EntityInput>, options: MatcherOptions = {}): { matcher: Matcher; rejected: { index: number; id: string | undefined; issues: InputIssue[] }[] } {
  const matcher = new Matcher(options);
  const rejected: { index: number; id: string | undefined; issues: InputIssue[] }[] = [];
  // where each id was first given; an id given twice is ambiguous, and every copy of it is rejected
  const firstAt = new Map<string, number>();
  const duplicated = new Set<string>();
  let index = 0;
  for (const e of entities) {
    const id = fieldText(e, "id");
    const first = id !== undefined ? firstAt.get(id) : undefined;
    if (id !== undefined && first !== undefined) {
      if (!duplicated.has(id)) {
        duplicated.add(id);
        if (matcher.remove(id)) rejected.push({ index: first, id, issues: [duplicateIdIssue(id)] });
      }
      rejected.push({ index, id, issues: [duplicateIdIssue(id)] });
    } else {
      try {
        matcher.add(e);
      } catch (error) {
        if (!(error instanceof InvalidRecordError)) throw error;
        rejected.push({ index, id: error.recordId, issues: error.issues });
      }
      if (id !== undefined) firstAt.set(id, index);
    }
    index++;
  }
  rejected.sort((a, b) => a.index - b.index);
  return { matcher, rejected };
}

/** The issue of an entity whose id another entity of the list has too (every copy is rejected, so each says so). */
function duplicateIdIssue(id: string): InputIssue {
  return { path: ["id"], code: "duplicate_id", message: `id "${id}" is the id of more than one entity` };
}
