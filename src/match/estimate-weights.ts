/**
 * Estimating evidence weights from the user's own data: from labelled pairs (counts), or from
 * unlabelled records by expectation-maximisation over the matcher's candidate pairs
 * (Fellegi-Sunter with conditional independence, as in Splink or fastLink).
 */
import { type ComparisonVector, FIELDS, NAME_BINS, OUTCOMES, vectorOf } from "./comparison-vector.js";
import type { FieldEvidence } from "./field-evidence.js";
import type { Match, Matcher } from "./matcher.js";
import type { RecordInput } from "./schema.js";
import type { FieldWeights, MatchWeights } from "./weights.js";

const NAME_POINTS = [1, 0.92, 0.8, 0.55] as const; // where each name bin's weight sits on the curve

export type { ComparisonVector };

/**
 * Reduces a match's evidence to a comparison vector.
 *
 * @example
 * comparisonVector(matcher.match("Acme GmbH")[0]) //=> { name: 0, fields: { country: "same" } }
 */
export function comparisonVector(match: Pick<Match, "evidence">): ComparisonVector {
  return vectorOf(match.evidence.name.similarity, match.evidence.fields as FieldEvidence[]);
}

type Counts = { name: number[]; fields: Map<string, number[]> };

function emptyCounts(smoothing: number): Counts {
  const fields = new Map<string, number[]>();
  for (const f of FIELDS) fields.set(f, OUTCOMES.map(() => smoothing));
  return { name: NAME_BINS.map(() => smoothing), fields };
}

function addTo(counts: Counts, v: ComparisonVector, weight: number): void {
  (counts.name[v.name] as number) += weight;
  for (const [f, o] of Object.entries(v.fields)) { const c = counts.fields.get(f) as number[]; c[OUTCOMES.indexOf(o)] = (c[OUTCOMES.indexOf(o)] ?? 0) + weight; }
}

function probabilities(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => c / total);
}

/** Turns m and u counts into weights: ln(m/u) per level, the name levels as a monotone curve. */
function weightsFrom(m: Counts, u: Counts, matchShare: number): Partial<MatchWeights> {
  const mName = probabilities(m.name);
  const uName = probabilities(u.name);
  const llr = NAME_BINS.map((_, i) => Math.log((mName[i] as number) / (uName[i] as number)));
  for (let i = llr.length - 2; i >= 0; i--) llr[i] = Math.max(llr[i] as number, (llr[i + 1] as number) + 0.1);
  const nameCurve: [number, number][] = [[0, (llr[3] as number) - 3]];
  for (let i = NAME_POINTS.length - 1; i >= 0; i--) nameCurve.push([NAME_POINTS[i] as number, llr[i] as number]);
  const out: Partial<MatchWeights> = { prior: Math.log(matchShare / (1 - matchShare)), nameCurve };
  for (const f of FIELDS) {
    const mf = probabilities(m.fields.get(f) as number[]);
    const uf = probabilities(u.fields.get(f) as number[]);
    const [same, similar, different] = OUTCOMES.map((_, i) => Math.log((mf[i] as number) / (uf[i] as number))) as [number, number, number];
    if (f === "country") out.country = { m: mf[0] as number, sameCap: same, different };
    else out[f] = { same, similar, different };
  }
  return out;
}

/**
 * Weights from labelled pairs: m and u frequencies counted directly (with add-one smoothing).
 *
 * @example
 * const w = estimateWeightsFromVectors([{ vector, isMatch: true }, ...]);
 * createMatcher(entities, { weights: w });
 */
export function estimateWeightsFromVectors(pairs: { vector: ComparisonVector; isMatch: boolean }[]): Partial<MatchWeights> {
  const m = emptyCounts(1);
  const u = emptyCounts(1);
  let matches = 0;
  for (const p of pairs) {
    addTo(p.isMatch ? m : u, p.vector, 1);
    if (p.isMatch) matches++;
  }
  return weightsFrom(m, u, Math.min(0.99, Math.max(0.01, matches / Math.max(1, pairs.length))));
}

/** m and u probabilities of every level, and the share of true pairs, as EM fits them. */
interface EmFit {
  share: number;
  m: Counts;
  u: Counts;
}

/**
 * Expectation-maximisation over comparison vectors (Fellegi-Sunter with conditional independence):
 * starts from "agreement on name is likely for matches, not for non-matches".
 */
function fitEm(vectors: readonly ComparisonVector[], iterations: number): EmFit {
  let share = 0.3;
  let m = emptyCounts(0.5);
  let u = emptyCounts(0.5);
  for (const v of vectors) addTo(v.name <= 1 ? m : u, v, 1);
  for (let it = 0; it < iterations; it++) {
    const mp = { name: probabilities(m.name), fields: new Map([...m.fields].map(([k, c]) => [k, probabilities(c)])) };
    const up = { name: probabilities(u.name), fields: new Map([...u.fields].map(([k, c]) => [k, probabilities(c)])) };
    const nextM = emptyCounts(0.5);
    const nextU = emptyCounts(0.5);
    let total = 0;
    for (const v of vectors) {
      let lm = Math.log(share) + Math.log(mp.name[v.name] as number);
      let lu = Math.log(1 - share) + Math.log(up.name[v.name] as number);
      for (const [f, o] of Object.entries(v.fields)) {
        const i = OUTCOMES.indexOf(o);
        lm += Math.log((mp.fields.get(f) as number[])[i] as number);
        lu += Math.log((up.fields.get(f) as number[])[i] as number);
      }
      const p = 1 / (1 + Math.exp(lu - lm));
      addTo(nextM, v, p);
      addTo(nextU, v, 1 - p);
      total += p;
    }
    share = Math.min(0.99, Math.max(0.01, total / vectors.length));
    m = nextM;
    u = nextU;
  }
  return { share, m, u };
}

/**
 * Weights estimated without labels: each record is matched (top `candidates`), the compared pairs
 * are reduced to comparison vectors, and EM fits the share of true pairs and the m and u
 * probabilities of every level. Returns weights to pass to `createMatcher(..., { weights })`.
 *
 * @example
 * const weights = estimateWeights(matcher, customerRecords, { iterations: 50 });
 */
export function estimateWeights(matcher: Matcher, records: Iterable<string | RecordInput>, options: { candidates?: number; iterations?: number } = {}): Partial<MatchWeights> {
  const vectors: ComparisonVector[] = [];
  for (const result of matcher.matchMany(records, { limit: options.candidates ?? 5 })) {
    if (result.status !== "rejected") for (const m of result.matches) vectors.push(comparisonVector(m));
  }
  if (vectors.length < 10) throw new Error(`firmograph/match: estimateWeights needs at least 10 compared pairs, got ${vectors.length}`);
  const { m, u, share } = fitEm(vectors, options.iterations ?? 50);
  return weightsFrom(m, u, share);
}

/** Compared pairs that must have a field on both sides before its disagreement weight is estimated. */
const MIN_OBSERVED = 100;
/** The strongest weight a disagreement is given: below, one field would outweigh any name. */
const MIN_DISAGREEMENT = -12;

/**
 * How much a field's disagreement counts against a match, in the user's data: EM over compared
 * pairs fits how often each field differs between records of one entity (m) and of two (u), for
 * every field both sides of at least 100 pairs hold. Where ln(m/u) counts more against than
 * `base` does (down to -12), it replaces `different`; the fields returned are those it replaced.
 * How often one customer's systems name two cities, say, is what varies most from one data set
 * to the next. The estimate only ever strengthens a weight: EM takes siblings of one name
 * (branches, subsidiaries in other countries) for one entity's records, so it errs mild, and a
 * milder weight would merge them. The other weights stay as `base` has them.
 *
 * @example
 * const w = estimateDisagreementWeights(vectors, RECORD_PAIR_WEIGHTS); //=> { city: { same: 1.5, similar: 0.8, different: -8.1 } }
 * matcher.setFieldWeights(w);
 */
export function estimateDisagreementWeights(vectors: readonly ComparisonVector[], base: MatchWeights, options: { iterations?: number } = {}): FieldWeights {
  const out: FieldWeights = {};
  if (vectors.length < MIN_OBSERVED) return out;
  const { m, u } = fitEm(vectors, options.iterations ?? 50);
  for (const f of FIELDS) {
    const observed = vectors.reduce((n, v) => n + (v.fields[f] !== undefined ? 1 : 0), 0);
    if (observed < MIN_OBSERVED) continue;
    const mf = probabilities(m.fields.get(f) as number[]);
    const uf = probabilities(u.fields.get(f) as number[]);
    const different = Math.max(MIN_DISAGREEMENT, Math.log((mf[2] as number) / (uf[2] as number)));
    if (!(different < base[f].different)) continue;
    Object.assign(out, { [f]: { ...base[f], different } });
  }
  return out;
}
