/**
 * A compared pair reduced to levels, the unit weights are estimated from (see estimate-weights.ts):
 * the name's similarity in one of four bins, and each field's outcome.
 */
import type { FieldEvidence } from "./field-evidence.js";

/** Lower bounds of the name bins: exact, high, medium, low. */
export const NAME_BINS = [0.97, 0.88, 0.75, 0] as const;
/** The fields other than the name, and their outcomes, as vectors hold them. */
export const FIELDS = ["country", "city", "postalCode", "domain", "phone", "identifier", "legalForm"] as const;
export const OUTCOMES = ["same", "similar", "different"] as const;

/** A compared pair reduced to levels: name bin 0-3, and each field's outcome (or missing). */
export interface ComparisonVector {
  name: number;
  fields: Partial<Record<(typeof FIELDS)[number], (typeof OUTCOMES)[number]>>;
}

/**
 * The vector of a pair whose names are `similarity` alike, with the fields' evidence.
 *
 * @example
 * vectorOf(0.9, [{ field: "city", outcome: "different", ... }]) //=> { name: 1, fields: { city: "different" } }
 */
export function vectorOf(similarity: number, fields: readonly FieldEvidence[]): ComparisonVector {
  const name = NAME_BINS.findIndex((b) => similarity >= b);
  const out: ComparisonVector["fields"] = {};
  for (const f of fields) if (f.outcome !== "missing") out[f.field] = f.outcome;
  return { name, fields: out };
}
