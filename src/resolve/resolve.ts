/**
 * resolve: clusters records from several systems (ERP, CRM, receivables...) into entities, with
 * a golden record per entity and the evidence of every merge. Clustering is average linkage with
 * a complete-linkage veto, so A~B and B~C never merge A and C when A and C clearly differ
 * (clusters of more than 40 records are compared through 40 of them, spread evenly).
 */
import { createHash } from "node:crypto";
import { RECORD_PAIR_WEIGHTS, createMatcherPoolReport, overWeights, type EntityInput, type FieldWeights, type InputIssue, type PairScore } from "../match/index.js";
import { entityInputSchema, fieldText, validate } from "../match/schema.js";
import { type ResolveOptions, type SourceRecord, type SourceRecordInput, goldenFields, resolveOptionsSchema, sourceRecordSchema } from "./schema.js";
import { learnFieldWeights } from "./learn-weights.js";
import { PairTable } from "./pair-table.js";
import { type GoldenRecord, goldenRecord, recordKey } from "./survivorship.js";

/** Why two records (or a record and a master entity) were put together. */
export interface Link {
  a: string;
  b: string;
  score: number;
  evidence: string;
}

export interface ResolvedEntity {
  id: string;
  /** "source:id" of every record in the entity (master entities as "master:id"). */
  recordIds: string[];
  records: { source: string; id: string }[];
  golden: GoldenRecord;
  /** The weakest average linkage of the merges that made the entity (1 for a single record). */
  confidence: number;
  /** The merges that made the entity, each with the pair that triggered it and its evidence. */
  links: Link[];
  /** Whether the entity existed in the master list given. */
  fromMaster: boolean;
}

export interface RejectedRecord {
  /** Position in the records given, or in `master` for a master entity (`master: true`). */
  index: number;
  recordId?: string;
  source?: string;
  errors: InputIssue[];
  /** Set for a master entity rejected (source "master"). */
  master?: true;
}

export interface ResolveStats {
  records: number;
  bySource: Record<string, number>;
  rejected: number;
  entities: number;
  crossSourceEntities: number;
  pairsCompared: number;
  merges: number;
  millis: { validate: number; index: number; learn: number; compare: number; cluster: number; golden: number };
  /** Field weights estimated from the records (`learnWeights`): only those that were set. */
  learnedWeights: FieldWeights;
}

export interface ResolveResult {
  entities: ResolvedEntity[];
  rejected: RejectedRecord[];
  stats: ResolveStats;
}

const MASTER = "master";

function toEntity(key: string, r: SourceRecord | EntityInput): EntityInput {
  const { id: _id, source: _source, updatedAt: _updated, ...rest } = r as SourceRecord;
  return { ...rest, id: key } as EntityInput;
}

/** A pair's score and the one its names alone give may differ this much before the evidence is read as the queries read it. */
const EVIDENCE_TOLERANCE = 0.01;

/** Records of a cluster compared when it may merge: all, or this many spread evenly over a larger one. */
const LINK_SAMPLE = 40;

/**
 * The members that stand for a cluster in a linkage: all of a small cluster, an even spread of a
 * large one, so that thousands of records of one name do not cost millions of comparisons.
 */
function linkSample(members: readonly number[]): readonly number[] {
  if (members.length <= LINK_SAMPLE) return members;
  const out: number[] = [];
  for (let i = 0; i < LINK_SAMPLE; i++) out.push(members[Math.floor((i * members.length) / LINK_SAMPLE)] as number);
  return out;
}

function stableId(key: string): string {
  return `E${createHash("sha1").update(key).digest("hex").slice(0, 12)}`;
}

/**
 * Resolves records into entities. Every input record ends in exactly one entity or in `rejected`.
 * With `master`, records join the existing entities (whose ids stay) or form new ones whose ids
 * derive from their records, so ids are stable from run to run.
 *
 * @example
 * const { entities, rejected, stats } = await resolve([
 *   { source: "erp", id: "1001", name: "ACME Corp", country: "US" },
 *   { source: "crm", id: "A-7", name: "Acme Corporation", country: "US" },
 * ]);
 * entities[0].recordIds //=> ["crm:A-7", "erp:1001"]
 */
export async function resolve(
  records: Iterable<SourceRecordInput | unknown> | AsyncIterable<SourceRecordInput | unknown>,
  options: ResolveOptions & { master?: Iterable<EntityInput> } = {},
): Promise<ResolveResult> {
  const { master, ...rest } = options;
  const o = validate(resolveOptionsSchema, "resolve options", rest);
  const t0 = performance.now();
  const rejected: RejectedRecord[] = [];
  const valid: { index: number; record: SourceRecord }[] = [];
  let index = 0;
  for await (const row of records as AsyncIterable<unknown>) {
    const parsed = sourceRecordSchema.safeParse(row);
    if (parsed.success && master !== undefined && parsed.data.source === MASTER) {
      // "master:<id>" names a master entity: a record of that source would be taken for one
      rejected.push({ index, recordId: parsed.data.id, source: MASTER, errors: [{ path: ["source"], code: "reserved_source", message: `source "${MASTER}" names the master list; give these records another source` }] });
    } else if (parsed.success) valid.push({ index, record: parsed.data });
    else {
      const r: RejectedRecord = { index, errors: parsed.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code })) };
      const id = fieldText(row, "id");
      const source = fieldText(row, "source");
      if (id !== undefined) r.recordId = id;
      if (source !== undefined) r.source = source;
      rejected.push(r);
    }
    index++;
  }
  const total = index;
  // canonical order by key, so that shuffled input gives the same result; an id used twice in
  // one source is ambiguous, and every record carrying it is rejected
  const copies = new Map<string, number>();
  for (const { record } of valid) copies.set(recordKey(record), (copies.get(recordKey(record)) ?? 0) + 1);
  const byKey = new Map<string, SourceRecord>();
  const kept: SourceRecord[] = [];
  for (const { index: i, record } of valid) {
    const count = copies.get(recordKey(record)) as number;
    if (count > 1) {
      rejected.push({ index: i, recordId: record.id, source: record.source, errors: [{ path: ["id"], code: "duplicate_id", message: `id "${record.id}" appears ${count} times in source "${record.source}"` }] });
    } else {
      byKey.set(recordKey(record), record);
      kept.push(record);
    }
  }
  kept.sort((x, y) => (recordKey(x) < recordKey(y) ? -1 : 1));
  const tValidated = performance.now();

  // master entities: a bad one, or every copy of an id used twice, is rejected like a record
  const masterKeys: string[] = [];
  const masterEntities = new Map<string, EntityInput>();
  const masterList = [...(master ?? [])];
  const masterPosition = new Map<string, number>();
  const masterCopies = new Map<string, number>();
  const masterValid = masterList.map((m, i) => {
    const parsed = entityInputSchema.safeParse(m);
    if (parsed.success) masterCopies.set(parsed.data.id, (masterCopies.get(parsed.data.id) ?? 0) + 1);
    else rejected.push({ index: i, ...(fieldText(m, "id") !== undefined ? { recordId: fieldText(m, "id") as string } : {}), source: MASTER, master: true, errors: parsed.error.issues.map((e) => ({ path: e.path, message: e.message, code: e.code })) });
    return parsed.success ? parsed.data.id : undefined;
  });
  masterList.forEach((m, i) => {
    const id = masterValid[i];
    if (id === undefined) return;
    const count = masterCopies.get(id) as number;
    if (count > 1) {
      rejected.push({ index: i, recordId: id, source: MASTER, master: true, errors: [{ path: ["id"], code: "duplicate_id", message: `master id "${id}" appears ${count} times` }] });
      return;
    }
    const key = `${MASTER}:${id}`;
    masterKeys.push(key);
    masterEntities.set(key, m);
    masterPosition.set(key, i);
  });
  // each record keeps its best `candidates`: twice as many names are scored in full to find them
  // with threads, every thread builds the same index at once and compares its share of the records
  // RECORD_PAIR_WEIGHTS with the user's over them
  const weights = overWeights(RECORD_PAIR_WEIGHTS, o.weights);
  const { pool, rejected: unindexable } = await createMatcherPoolReport([
    ...[...masterEntities].map(([key, m]) => toEntity(key, m)),
    ...kept.map((r) => toEntity(recordKey(r), r)),
  ], { maxCandidates: 2 * (o.candidates + 1), threads: o.threads, weights });
  const matcher = pool.matcher;
  const pairScore = new PairTable(4 * kept.length);
  const keys: string[] = [];
  const numbered: string[] = [];
  const rankOf = new Map<string, number>();
  // a pair is one number: the ranks of its two keys in key order, lower first (so pairs sort as their keys do)
  const keyOfRanks = (x: number, y: number): number => (x < y ? x * numbered.length + y : y * numbered.length + x);
  const pairKey = (a: string, b: string): number => keyOfRanks(rankOf.get(a) as number, rankOf.get(b) as number);
  let tIndexed = 0;
  let tLearned = 0;
  let learnedWeights: FieldWeights = {};
  try {
    // input positions of the records the index refused (a map: thousands of them must not scan the input each)
    const positionOf = unindexable.length > 0 ? new Map(valid.map((v) => [v.record, v.index])) : undefined;
    for (const u of unindexable) {
      const key = u.id ?? "";
      const record = byKey.get(key);
      if (record) {
        byKey.delete(key);
        rejected.push({ index: positionOf?.get(record) as number, recordId: record.id, source: record.source, errors: u.issues });
      } else {
        // a master entity the index refused (a name with nothing left to compare, say)
        rejected.push({ index: masterPosition.get(key) as number, recordId: String(masterEntities.get(key)?.id), source: MASTER, master: true, errors: u.issues });
        masterEntities.delete(key);
        masterKeys.splice(masterKeys.indexOf(key), 1);
      }
    }
    tIndexed = performance.now();
    for (const key of byKey.keys()) keys.push(key);
    if (o.learnWeights) {
      // weights the user set stay as set
      const keep = new Set(Object.keys(overWeights({}, o.weights)));
      learnedWeights = await learnFieldWeights(pool, keys, (k) => toEntity(k, byKey.get(k) as SourceRecord), weights, keep, o.candidates);
    }
    tLearned = performance.now();

    // candidate pairs: each record against the index, keeping the pairwise probability
    for (const key of masterKeys) numbered.push(key);
    for (const key of keys) numbered.push(key);
    numbered.sort();
    numbered.forEach((k, i) => rankOf.set(k, i));
    // numbers only here: the evidence is written for the pairs that end up merging
    // made as the pool takes them: a million query copies need not exist at once
    const queries = (function* () {
      for (const key of keys) yield toEntity(key, byKey.get(key) as SourceRecord) as Parameters<typeof matcher.candidateScores>[0];
    })();
    let done = 0;
    for await (const candidates of pool.candidateScoresStream(queries, o.candidates + 1)) {
      const key = keys[done] as string;
      for (const m of candidates) {
        if (m.id === key) continue;
        const pk = pairKey(key, m.id);
        if ((pairScore.get(pk) ?? -1) < m.pairScore) pairScore.set(pk, m.pairScore);
      }
      if (++done % 1000 === 0) o.onProgress?.({ stage: "compare", done, total: keys.length });
    }
    o.onProgress?.({ stage: "compare", done: keys.length, total: keys.length });
  } finally {
    await pool.close();
  }
  const tCompared = performance.now();

  // average-linkage clustering with a veto, strongest pairs first; records by rank (their place in key order)
  const n = numbered.length;
  // every record in `numbered` is indexed under its key (validated once, when indexed)
  const pairOf = (x: number, y: number): PairScore => matcher.pairScoreOfIds(numbered[x] as string, numbered[y] as string) as PairScore;
  const queryPairOf = (x: number, y: number): PairScore => matcher.queryPairScoreOfIds(numbered[x] as string, numbered[y] as string) as PairScore;
  /**
   * The explanation of a pair that scored `score`: the two names compared alone, or, where that
   * scores otherwise (a reading in Latin letters or an alias decided), as the queries read them.
   */
  const evidenceOf = (x: number, y: number, score: number): string => {
    const alone = pairOf(x, y);
    if (Math.abs(alone.score - score) <= EVIDENCE_TOLERANCE) return alone.explanation;
    return queryPairOf(x, y).explanation;
  };
  // records with aliases: their pairs are read as queries read them (the names alone leave the aliases out)
  const withAliases = new Uint8Array(n);
  numbered.forEach((k, r) => {
    if ((byKey.get(k)?.aliases?.length ?? masterEntities.get(k)?.aliases?.length ?? 0) > 0) withAliases[r] = 1;
  });
  const scoreOf = (x: number, y: number): number => {
    const pk = keyOfRanks(x, y);
    let s = pairScore.get(pk);
    if (s === undefined) {
      s = (withAliases[x] || withAliases[y] ? queryPairOf(x, y) : pairOf(x, y)).score;
      pairScore.set(pk, s);
    }
    return s;
  };
  /**
   * Whether two clusters surely stay apart, scoring as few new pairs as it takes to tell: the pairs
   * scored already are read first, then the others one by one, until a pair falls under the veto
   * or the average cannot reach the threshold even if every pair left scored 1. Most failing merges
   * are told so without scoring their every pair (a passing one is checked in full by the caller).
   */
  const surelyApart = (sa: readonly number[], sb: readonly number[]): boolean => {
    // the margin keeps a sum in another order from deciding a tie otherwise than the caller's
    const needed = o.threshold * sa.length * sb.length - 1e-9;
    let sum = 0;
    const unscored: number[] = [];
    for (const x of sa) for (const y of sb) {
      const s = pairScore.get(keyOfRanks(x, y));
      if (s === undefined) unscored.push(x, y);
      else if (s < o.veto) return true;
      else sum += s;
    }
    let left = unscored.length / 2;
    for (let i = 0; i < unscored.length && sum + left >= needed; i += 2) {
      const s = scoreOf(unscored[i] as number, unscored[i + 1] as number);
      if (s < o.veto) return true;
      sum += s;
      left--;
    }
    return sum + left < needed;
  };
  /** members of each cluster, under its head */
  const cluster = new Map<number, number[]>();
  const clusterOf = new Int32Array(n);
  const confidence = new Map<number, number>();
  const mergeLinks = new Map<number, Link[]>();
  for (let r = 0; r < n; r++) {
    cluster.set(r, [r]);
    clusterOf[r] = r;
  }
  /** clusters holding a master entity: two of them never merge */
  const withMaster = new Set(masterKeys.map((k) => rankOf.get(k) as number));
  const edges = pairScore.strongest(o.threshold);
  let merges = 0;
  for (let e = 0; e < edges.keys.length; e++) {
    const pk = edges.keys[e] as number;
    const score = edges.scores[e] as number;
    const a = Math.floor(pk / n);
    const b = pk % n;
    const ca = clusterOf[a] as number;
    const cb = clusterOf[b] as number;
    if (ca === cb) continue;
    const ma = cluster.get(ca) as number[];
    const mb = cluster.get(cb) as number[];
    if (withMaster.has(ca) && withMaster.has(cb)) continue;
    const sa = linkSample(ma);
    const sb = linkSample(mb);
    if (surelyApart(sa, sb)) continue;
    let sum = 0;
    let min = 1;
    for (const x of sa) for (const y of sb) {
      const s = scoreOf(x, y);
      sum += s;
      if (s < min) min = s;
    }
    const average = sum / (sa.length * sb.length);
    if (average < o.threshold || min < o.veto) continue;
    // the smaller cluster joins the larger (ties: by head), so no record moves more than log n times
    const [keep, drop] = ma.length > mb.length || (ma.length === mb.length && ca < cb) ? [ca, cb] : [cb, ca];
    const kept = cluster.get(keep) as number[];
    for (const k of cluster.get(drop) as number[]) {
      kept.push(k);
      clusterOf[k] = keep;
    }
    cluster.delete(drop);
    if (withMaster.delete(drop)) withMaster.add(keep);
    confidence.set(keep, Math.min(confidence.get(keep) ?? 1, confidence.get(drop) ?? 1, average));
    const links = mergeLinks.get(keep) ?? [];
    for (const l of mergeLinks.get(drop) ?? []) links.push(l);
    links.push({ a: numbered[a] as string, b: numbered[b] as string, score, evidence: `${evidenceOf(a, b, score)} (cluster average ${average.toFixed(3)})` });
    mergeLinks.set(keep, links);
    mergeLinks.delete(drop);
    merges++;
  }
  const tClustered = performance.now();

  const entities: ResolvedEntity[] = [];
  // counted in a Map: a source named "__proto__" or "constructor" is a source like any other
  const sourceCounts = new Map<string, number>();
  for (const r of byKey.values()) sourceCounts.set(r.source, (sourceCounts.get(r.source) ?? 0) + 1);
  const bySource: Record<string, number> = Object.fromEntries(sourceCounts);
  let crossSource = 0;
  for (const [head, members] of cluster) {
    const sorted = members.sort((x, y) => x - y).map((r) => numbered[r] as string);
    const masterKey = sorted.find((k) => k.startsWith(`${MASTER}:`) && masterEntities.has(k));
    const recs = sorted.map((k) => byKey.get(k)).filter((r): r is SourceRecord => r !== undefined);
    if (recs.length === 0 && !masterKey) continue;
    const sources = new Set(recs.map((r) => r.source));
    if (sources.size > 1) crossSource++;
    const masterEntity = masterKey ? (masterEntities.get(masterKey) as EntityInput) : undefined;
    const golden = recs.length > 0 ? goldenRecord(recs, o.survivorship, goldenFields) : { name: masterEntity?.name ?? "", sourceOf: {} };
    entities.push({
      id: masterEntity ? String(masterEntity.id) : stableId(sorted[0] as string),
      recordIds: sorted.filter((k) => byKey.has(k)),
      records: recs.map((r) => ({ source: r.source, id: r.id })),
      golden,
      confidence: confidence.get(head) ?? 1,
      links: (mergeLinks.get(head) ?? []).sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1)),
      fromMaster: masterEntity !== undefined,
    });
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  rejected.sort((a, b) => Number(a.master === true) - Number(b.master === true) || a.index - b.index);
  const tGolden = performance.now();
  return {
    entities,
    rejected,
    stats: {
      records: total, bySource, rejected: rejected.length, entities: entities.length, crossSourceEntities: crossSource,
      pairsCompared: pairScore.size, merges,
      millis: { validate: tValidated - t0, index: tIndexed - tValidated, learn: tLearned - tIndexed, compare: tCompared - tLearned, cluster: tClustered - tCompared, golden: tGolden - tClustered },
      learnedWeights,
    },
  };
}
