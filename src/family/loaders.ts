/**
 * Loaders from public formats into buildFamilyGraph input: GLEIF Level 1 entity records and
 * Level 2 relationship records (golden-copy CSV column names), and any edge list with a column mapping.
 */
import type { FamilyEntityInput, RelationshipInput, RelationshipType } from "./schema.js";

type Row = Record<string, unknown>;

function text(row: Row, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = row[k];
    if (typeof v === "string" && v.trim().length > 0) return v.trim();
    if (typeof v === "number") return String(v);
  }
  return undefined;
}

/** A percentage as written ("75", "75,5", "75 %"); NaN for text that is none, so that its row is rejected with the reason rather than kept without it. */
function number(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(",", ".").replace("%", "").trim());
  return Number.isFinite(n) ? n : Number.NaN;
}

const GLEIF_TYPES: Record<string, RelationshipType> = {
  IS_DIRECTLY_CONSOLIDATED_BY: "direct",
  IS_ULTIMATELY_CONSOLIDATED_BY: "ultimate",
  IS_INTERNATIONAL_BRANCH_OF: "branch",
};

/**
 * GLEIF records -> entities and relationships. Level 1: LEI, Entity.LegalName,
 * Entity.LegalAddress.Country, Entity.EntityCategory (BRANCH marks a branch). Level 2:
 * Relationship.StartNode.NodeID (child), Relationship.EndNode.NodeID (parent),
 * Relationship.RelationshipType, Relationship.RelationshipStatus, Relationship.Period.N.*, and a
 * percentage quantifier where present. Inactive relationships keep their end date as validTo,
 * or are skipped when they have none. Other relationship types (fund management...) are skipped.
 *
 * @example
 * const { entities, relationships, skipped } = loadGleif({ level1: leiRows, level2: rrRows });
 */
export function loadGleif(input: { level1: Iterable<Row>; level2: Iterable<Row> }): { entities: FamilyEntityInput[]; relationships: RelationshipInput[]; skipped: { index: number; reason: string }[] } {
  const entities: FamilyEntityInput[] = [];
  for (const row of input.level1) {
    const id = text(row, "LEI", "lei");
    const name = text(row, "Entity.LegalName", "legalName", "name");
    const entity: FamilyEntityInput = { id: id ?? "", name: name ?? "", kind: text(row, "Entity.EntityCategory", "category") === "BRANCH" ? "branch" : "legalEntity" };
    const country = text(row, "Entity.LegalAddress.Country", "country");
    if (country) entity.country = country;
    entities.push(entity);
  }
  const relationships: RelationshipInput[] = [];
  const skipped: { index: number; reason: string }[] = [];
  let index = 0;
  for (const row of input.level2) {
    const typeText = text(row, "Relationship.RelationshipType", "relationshipType") ?? "";
    const type = GLEIF_TYPES[typeText];
    const status = text(row, "Relationship.RelationshipStatus", "relationshipStatus") ?? "ACTIVE";
    let validFrom: string | undefined;
    let validTo: string | undefined;
    for (let p = 1; p <= 5; p++) {
      if (text(row, `Relationship.Period.${p}.periodType`) !== "RELATIONSHIP_PERIOD") continue;
      validFrom = text(row, `Relationship.Period.${p}.startDate`);
      validTo = text(row, `Relationship.Period.${p}.endDate`);
    }
    if (!type) skipped.push({ index, reason: `relationship type ${typeText || "(none)"} is not an ownership or branch link` });
    else if (status !== "ACTIVE" && !validTo) skipped.push({ index, reason: `status ${status} without an end date` });
    else {
      const r: RelationshipInput = { child: text(row, "Relationship.StartNode.NodeID", "child") ?? "", parent: text(row, "Relationship.EndNode.NodeID", "parent") ?? "", type, source: "GLEIF" };
      for (let q = 1; q <= 3; q++) {
        if (text(row, `Relationship.Quantifiers.${q}.QuantifierUnits`) === "PERCENTAGE") {
          const pct = number(text(row, `Relationship.Quantifiers.${q}.QuantifierAmount`));
          if (pct !== undefined) r.ownershipPct = pct;
        }
      }
      if (validFrom) r.validFrom = validFrom;
      if (validTo) r.validTo = validTo;
      relationships.push(r);
    }
    index++;
  }
  return { entities, relationships, skipped };
}

/** Which columns of an edge list hold which field; `type` may also be a constant relationship type. */
export interface EdgeListMapping {
  child: string;
  parent: string;
  type?: string | { constant: RelationshipType };
  /** Maps the values of the type column to relationship types (e.g. { parent: "direct" }). */
  typeValues?: Record<string, RelationshipType>;
  ownershipPct?: string;
  votingPct?: string;
  validFrom?: string;
  validTo?: string;
  source?: string | { constant: string };
}

/**
 * Any edge list (rows of a CSV or NDJSON file) -> relationships, by column mapping. Values are
 * passed on as they are; buildFamilyGraph validates them and reports bad rows.
 *
 * @example
 * loadEdgeList(rows, { child: "child_id", parent: "parent_id", type: "relationship_type", typeValues: { parent: "direct" } })
 */
export function loadEdgeList(rows: Iterable<Row>, mapping: EdgeListMapping): RelationshipInput[] {
  const out: RelationshipInput[] = [];
  for (const row of rows) {
    const rawType = typeof mapping.type === "object" ? mapping.type.constant : mapping.type !== undefined ? text(row, mapping.type) : "direct";
    const type = (rawType !== undefined ? (mapping.typeValues?.[rawType] ?? rawType) : "direct") as RelationshipType;
    const r: RelationshipInput = { child: text(row, mapping.child) ?? "", parent: text(row, mapping.parent) ?? "", type };
    const pct = mapping.ownershipPct ? number(text(row, mapping.ownershipPct)) : undefined;
    if (pct !== undefined) r.ownershipPct = pct;
    const votes = mapping.votingPct ? number(text(row, mapping.votingPct)) : undefined;
    if (votes !== undefined) r.votingPct = votes;
    const from = mapping.validFrom ? text(row, mapping.validFrom) : undefined;
    if (from) r.validFrom = from;
    const to = mapping.validTo ? text(row, mapping.validTo) : undefined;
    if (to) r.validTo = to;
    const source = typeof mapping.source === "object" ? mapping.source.constant : mapping.source ? text(row, mapping.source) : undefined;
    if (source) r.source = source;
    out.push(r);
  }
  return out;
}
