/**
 * Field weights learned from the records being resolved: how often a field differs between
 * records of one entity is what varies most from one data set to the next (one company's ERP
 * and CRM naming two cities, or never), so `resolve` estimates each field's disagreement weight
 * from a sample of the records before comparing them all.
 */
import { fnv1a } from "../util/fnv.js";
import { type EntityInput, type FieldWeights, type MatchWeights, type MatcherPool, estimateDisagreementWeights, type ComparisonVector } from "../match/index.js";

/**
 * Records whose candidates the weights are estimated from: a tenth of them (an even sample by key
 * hash), at least 1,000 and at most 5,000, so that learning costs at most a tenth more comparing
 * beyond the smallest inputs. Fewer records give milder weights (EM's counts start from a half).
 */
const LEARN_SHARE = 10;
const LEARN_MIN = 1_000;
const LEARN_MAX = 5_000;

/**
 * Estimates the disagreement weights of the fields by `estimateDisagreementWeights` (EM) over the
 * pairs of a sample of the records (see `LEARN_SHARE`) with their `candidates` best candidates, a
 * record's pair with itself left out, and sets them in every thread of the pool. Fields named in `keep` keep their weights.
 * Returns the weights set (empty when the sample compares too few pairs to tell).
 *
 * @example
 * const learned = await learnFieldWeights(pool, keys, (k) => entities.get(k), RECORD_PAIR_WEIGHTS, new Set(), 10);
 * learned.city?.different //=> -9.4 where one entity's records never name two cities
 */
export async function learnFieldWeights(pool: MatcherPool, keys: readonly string[], queryOf: (key: string) => EntityInput, weights: MatchWeights, keep: ReadonlySet<string>, candidates: number): Promise<FieldWeights> {
  const every = Math.ceil(keys.length / Math.min(LEARN_MAX, Math.max(LEARN_MIN, Math.ceil(keys.length / LEARN_SHARE))));
  // a key's place in the sample depends on the key alone, never on the input order
  const sample = every <= 1 ? keys : keys.filter((k) => fnv1a(k) % every === 0);
  const vectors: ComparisonVector[] = [];
  const found = await pool.comparisonVectorsMany(sample.map(queryOf), candidates + 1);
  found.forEach((list, i) => {
    for (const c of list) if (c.id !== sample[i]) vectors.push(c.vector);
  });
  const learned = estimateDisagreementWeights(vectors, weights);
  for (const field of keep) delete learned[field as keyof FieldWeights];
  if (Object.keys(learned).length > 0) pool.setFieldWeights(learned);
  return learned;
}
