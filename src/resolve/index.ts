export { resolve } from "./resolve.js";
export type { ResolveResult, ResolvedEntity, RejectedRecord, ResolveStats, Link } from "./resolve.js";
export { goldenRecord, recordKey } from "./survivorship.js";
export type { GoldenRecord, SurvivorshipConfig } from "./survivorship.js";
export { sourceRecordSchema, resolveOptionsSchema, goldenFields } from "./schema.js";
export type { SourceRecordInput, SourceRecord, ResolveOptions, SurvivorshipRule, GoldenField } from "./schema.js";
