export { buildFamilyGraph, CorporateFamilies } from "./family-graph.js";
export type { FamilyMember, RelatedGroup, Prospect, FamilyGraphInput } from "./family-graph.js";
export { familyEntitySchema, relationshipSchema, familyOptionsSchema, relationshipTypes, UnknownEntityError } from "./schema.js";
export type { FamilyEntityInput, RelationshipInput, FamilyOptions, FamilyIssue, RelationshipType } from "./schema.js";
export type { FamilyTreeNode, FamilyGraph, FamilyNodeAttributes, FamilyEdgeAttributes } from "./export.js";
export type { RejectedRow } from "./core.js";
export { loadGleif, loadEdgeList } from "./loaders.js";
export type { EdgeListMapping } from "./loaders.js";
