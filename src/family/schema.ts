/** Input schemas of firmograph/family: entities, ownership and control relationships, options. */
import { z } from "zod";
import { countryField, dateField } from "../match/schema.js";

const isoDate = dateField.transform((d) => d.slice(0, 10));
const id = z.union([z.string().min(1).max(512), z.number().int().transform(String)]);

export const familyEntitySchema = z.object({
  id,
  name: z.string().trim().min(1),
  country: countryField.optional(),
  kind: z.enum(["legalEntity", "branch"]).default("legalEntity"),
  identifiers: z.record(z.string(), z.string()).optional(),
});

/** The relationship types, exactly these words. */
export const relationshipTypes = ["direct", "ultimate", "branch", "jointOwner"] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

export const relationshipSchema = z.object({
  child: id,
  parent: id,
  type: z.enum(relationshipTypes),
  /** Share of capital held by the parent, 0-100. */
  ownershipPct: z.number({ invalid_type_error: "expected a percentage from 0 to 100" }).min(0).max(100).optional(),
  /** Share of votes held by the parent, 0-100, where it differs from capital; control follows votes. */
  votingPct: z.number({ invalid_type_error: "expected a percentage from 0 to 100" }).min(0).max(100).optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  source: z.string().min(1).optional(),
}).refine((r) => r.child !== r.parent, { message: "an entity cannot be its own parent", path: ["parent"] });

export type FamilyEntityInput = z.input<typeof familyEntitySchema>;
export type FamilyEntity = z.output<typeof familyEntitySchema>;
export type RelationshipInput = z.input<typeof relationshipSchema>;
export type Relationship = z.output<typeof relationshipSchema>;

export const familyOptionsSchema = z.object({
  /** A parent controls a child when its share (votes, else capital) is above this percentage. */
  controlThreshold: z.number().min(0).max(100).default(50),
  /** Build the tree as it stood on this date (relationships valid on it only). */
  asOf: isoDate.optional(),
  /** Sources in order of trust, for choosing among several controlling parents. */
  sourcePriority: z.array(z.string()).default([]),
  /** Give joint ventures (no owner above the threshold, e.g. 50/50) a controlling parent anyway. */
  assignJointVentures: z.boolean().default(false),
  /** Apply aggregated control: X controls Y when the companies X controls hold more than the threshold of Y together. */
  aggregatedControl: z.boolean().default(true),
  /** Ownership share assumed for a controlling link that gives no percentage (default 100). */
  undeclaredShare: z.number().min(0).max(100).default(100),
}).strict();
export type FamilyOptions = z.input<typeof familyOptionsSchema>;
export type ResolvedFamilyOptions = z.output<typeof familyOptionsSchema>;

/** A data fault found while building, with the deterministic resolution that was applied. */
export interface FamilyIssue {
  kind:
    | "unknownEntity" | "duplicateEntity" | "controlCycle" | "multipleControllingParents" | "declaredUltimateMismatch"
    | "ownershipOver100" | "branchWithSubsidiaries" | "jointVenture" | "invalidRelationship" | "invalidEntity";
  ids: string[];
  message: string;
  resolution: string;
}

/**
 * Thrown by a query given an id the family graph does not know.
 *
 * @example
 * families.parent("NOPE") // throws UnknownEntityError: no entity with id "NOPE" in this family graph.
 */
export class UnknownEntityError extends Error {
  readonly id: string;
  constructor(id: string) {
    super(`firmograph/family: no entity with id "${id}" in this family graph.`);
    this.name = "UnknownEntityError";
    this.id = id;
  }
}
