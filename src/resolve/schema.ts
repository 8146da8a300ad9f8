/** Input schemas of firmograph/resolve. */
import { z } from "zod";
import { dateField, nonEmptyId, recordInputSchema } from "../match/schema.js";
import { matchWeightsSchema } from "../match/weights.js";

/** A source record: a match record with the system it comes from and its id there. */
export const sourceRecordSchema = recordInputSchema.extend({
  id: nonEmptyId,
  source: z.string().min(1).max(100),
  /** When the record was last changed (a date, read as ISO: see `dateField`), for the "mostRecent" survivorship rule. */
  updatedAt: dateField.optional(),
});
export type SourceRecordInput = z.input<typeof sourceRecordSchema>;
export type SourceRecord = z.output<typeof sourceRecordSchema>;

export const survivorshipRule = z.union([z.literal("mostFrequent"), z.literal("mostRecent"), z.literal("sourceOrder")]);
export type SurvivorshipRule = z.infer<typeof survivorshipRule>;

export const goldenFields = ["name", "country", "city", "postalCode", "address", "website", "phone", "lei", "duns", "vat", "registration", "taxId"] as const;
export type GoldenField = (typeof goldenFields)[number];

export const resolveOptionsSchema = z.object({
  /** Records merge when their average pairwise match probability reaches this (default 0.5). */
  threshold: z.number().min(0).max(1).default(0.5),
  /** A pair below this probability vetoes a merge of the clusters that hold it (default 0.2). */
  veto: z.number().min(0).max(1).default(0.2),
  /** Candidates compared per record (default 10). */
  candidates: z.number().int().min(1).max(100).default(10),
  /** Survivorship: the default rule, rules per field, and the source order for "sourceOrder" and ties. */
  survivorship: z.object({
    default: survivorshipRule.default("mostFrequent"),
    fields: z.record(z.enum(goldenFields), survivorshipRule).default({}),
    sourceOrder: z.array(z.string()).default([]),
  }).default({}),
  /** Evidence weights over RECORD_PAIR_WEIGHTS (e.g. from `estimateWeights`, or a milder `city.different`). */
  weights: matchWeightsSchema.partial().optional(),
  /**
   * Estimate how much each field's disagreement counts against a match from the records themselves
   * (EM over the candidates of a tenth of them, 1,000 to 5,000; see `estimateDisagreementWeights`) before
   * comparing them all (default true). Fields given in `weights` keep those.
   */
  learnWeights: z.boolean().default(true),
  /** Threads that compare records, the main thread included: each holds its own index (default 1). */
  threads: z.number().int().min(1).max(256).default(1),
  /** Called as records are compared, for progress display. */
  onProgress: z.function().args(z.object({ stage: z.string(), done: z.number(), total: z.number() })).returns(z.void()).optional(),
}).strict();
export type ResolveOptions = z.input<typeof resolveOptionsSchema>;
export type ResolveOptionsParsed = z.output<typeof resolveOptionsSchema>;
