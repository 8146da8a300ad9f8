/**
 * Evidence weights in the Fellegi-Sunter spirit: each field outcome adds a log-likelihood ratio
 * ln(P(outcome | same entity) / P(outcome | different entities)) to the prior log-odds.
 */
import { z } from "zod";

const outcomeWeights = z.object({ same: z.number(), similar: z.number(), different: z.number() });

export const matchWeightsSchema = z.object({
  /** Log-odds that a candidate is the entity before any evidence. */
  prior: z.number(),
  /** Name similarity -> log-likelihood ratio, as [similarity, llr] points of a piecewise-linear curve. */
  nameCurve: z.array(z.tuple([z.number().min(0).max(1), z.number()])).min(2),
  /** Extra weight for agreement on rare words: (matched weight - pivot) * slope, capped at ±cap. */
  information: z.object({ pivot: z.number(), slope: z.number(), cap: z.number() }),
  /** Weight against words each name has and the other lacks: (conflict weight - pivot) * slope, capped at cap. */
  conflict: z.object({ pivot: z.number(), slope: z.number().min(0), cap: z.number().min(0) }),
  /** Same country: ln(m / frequency of that country among entities), capped at sameCap. */
  country: z.object({ m: z.number().min(0).max(1), sameCap: z.number(), different: z.number() }),
  city: outcomeWeights,
  postalCode: outcomeWeights,
  domain: outcomeWeights,
  phone: outcomeWeights,
  identifier: outcomeWeights,
  legalForm: outcomeWeights,
  /**
   * How candidates' log-odds become their scores: each candidate's share of exp(temperature ×
   * log-odds) against the other candidates and "none of them", which stands at log-odds `none`.
   */
  ranking: z.object({ temperature: z.number().positive(), none: z.number() }),
  /**
   * Extra log-odds, when choosing among candidates only, for agreement on rare words: (matched
   * weight - information pivot) * slope, between 0 and cap. The pair's own probability leaves it
   * out: two subsidiaries of one name in two countries share all their rare words, yet differ.
   */
  rareWords: z.object({ slope: z.number().min(0), cap: z.number().min(0) }),
  /**
   * Name similarity of an acronym one letter off the initials of the other name's words ("NPS" /
   * "Naval Postgraduate Chool", "LRX" / "La Roche College"): a typo in either name; 0 reads none.
   */
  acronymTypo: z.number().min(0).max(1),
});
export type MatchWeights = z.infer<typeof matchWeightsSchema>;

/** The weights of the fields other than the name, which a matcher can change without rebuilding (see `Matcher.setFieldWeights`). */
export const fieldWeightsSchema = matchWeightsSchema.pick({ country: true, city: true, postalCode: true, domain: true, phone: true, identifier: true, legalForm: true }).partial().strict();
export type FieldWeights = z.infer<typeof fieldWeightsSchema>;

/**
 * Defaults, set on the shared ROR benchmark and the labelled name pairs (see benchmarks/): a
 * shared LEI/DUNS/VAT is near-certain, a shared web domain strong, same country and city support,
 * a different country with the same name counts against, a different legal form weakly against.
 */
export const DEFAULT_WEIGHTS: MatchWeights = {
  prior: -3,
  nameCurve: [
    [0, -9], [0.4, -6], [0.55, -3.5], [0.65, -1.5], [0.75, 1], [0.82, 2.6], [0.88, 4], [0.94, 5.5], [1, 7],
  ],
  information: { pivot: 9, slope: 0.25, cap: 1.5 },
  // off for queries against a master list: labels and aliases differ by translated words, and
  // counting those against a candidate cost 0.7 points of ROR top-1; `resolve` turns it on
  conflict: { pivot: 2, slope: 0, cap: 0 },
  country: { m: 0.95, sameCap: 2.5, different: -7 },
  // a different city is the only clue between campuses or branches of one name; one company's
  // records name different cities too (head office, billing address), so it stays moderate
  city: { same: 1.5, similar: 0.8, different: -1.5 },
  postalCode: { same: 2.5, similar: 1, different: -1 },
  domain: { same: 6, similar: 0, different: -1.5 },
  phone: { same: 5, similar: 0, different: -0.5 },
  identifier: { same: 12, similar: 0, different: -8 },
  legalForm: { same: 0.3, similar: 0, different: -0.7 },
  // fitted by `npm run fit:ranking` (log loss of the top-1 score on half the ROR queries)
  ranking: { temperature: 0.6, none: -3.25 },
  // set on the ROR queries of setting (a): rare words found in both names tell candidates apart
  // more than the information cap lets them tell a match from a non-match
  rareWords: { slope: 0.25, cap: 3.5 },
  // off for queries against a master list, whose names are clean: on the ROR acronyms of setting (a),
  // reading acronyms one letter off (similarity 0.77) cost 0.5 points of top-1 (0.4302 -> 0.4248)
  acronymTypo: 0,
};

/**
 * `base` with the weights `given` sets over it; a weight given as undefined keeps the base's.
 *
 * @example
 * overWeights(RECORD_PAIR_WEIGHTS, { city: undefined, prior: -2 }).prior //=> -2
 */
export function overWeights<T extends object>(base: T, given: object | undefined): T {
  const out = { ...base };
  for (const [k, v] of Object.entries(given ?? {})) if (v !== undefined) Object.assign(out, { [k]: v });
  return out;
}

/**
 * Reads the piecewise-linear name curve at `similarity`.
 *
 * @example
 * nameLlr(DEFAULT_WEIGHTS, 1) //=> 7
 */
export function nameLlr(weights: MatchWeights, similarity: number): number {
  const curve = weights.nameCurve;
  const first = curve[0] as [number, number];
  if (similarity <= first[0]) return first[1];
  for (let i = 1; i < curve.length; i++) {
    const [x1, y1] = curve[i] as [number, number];
    const [x0, y0] = curve[i - 1] as [number, number];
    if (similarity <= x1) return y0 + ((similarity - x0) / (x1 - x0 || 1)) * (y1 - y0);
  }
  return (curve[curve.length - 1] as [number, number])[1];
}

/**
 * The logistic function: log-odds -> probability.
 *
 * @example
 * sigmoid(0) //=> 0.5
 */
export function sigmoid(logOdds: number): number {
  return 1 / (1 + Math.exp(-logOdds));
}

/**
 * Weights for comparing records with each other (`resolve`): there, two names that each have a word
 * of their own the other lacks ("… Sezione di Trieste" / "… Sezione di Padova") are more often
 * siblings than one organization; on the dirty multi-source benchmark this raised pairwise
 * precision of the full file from 0.820 to 0.849 for 0.008 of recall. A different city counts
 * against twice as much (-3, as if a customer's records named two cities one time in twenty): a
 * query ranks the branches of one name against each other, but resolve decides each pair alone,
 * and a merge of two branches joins their whole clusters (full-file F1 0.753 -> 0.759; that data
 * never changes a city within an organization, and -6 would give 0.767 but split a customer whose
 * systems hold a head-office and a billing city). Set `resolve(records, { weights })` to change it.
 *
 * @example
 * createMatcher(records, { weights: RECORD_PAIR_WEIGHTS })
 */
export const RECORD_PAIR_WEIGHTS: MatchWeights = {
  ...DEFAULT_WEIGHTS,
  conflict: { pivot: 2, slope: 0.5, cap: 4 },
  city: { ...DEFAULT_WEIGHTS.city, different: -3 },
  acronymTypo: 0.77,
};
