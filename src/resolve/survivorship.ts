/** Golden records: one value per field from a cluster's records, by survivorship rules, with its source kept. */
import { cityKey, foldText } from "../normalize/index.js";
import type { GoldenField, SourceRecord, SurvivorshipRule } from "./schema.js";

export interface GoldenRecord {
  name: string;
  country?: string;
  city?: string;
  postalCode?: string;
  address?: string;
  website?: string;
  phone?: string;
  lei?: string;
  duns?: string;
  vat?: string;
  registration?: string;
  taxId?: string;
  /** For each field, the record ("source:id") its value came from. */
  sourceOf: Partial<Record<GoldenField, string>>;
}

export interface SurvivorshipConfig {
  default: SurvivorshipRule;
  fields: Partial<Record<GoldenField, SurvivorshipRule>>;
  sourceOrder: string[];
}

function valueOf(r: SourceRecord, field: GoldenField): string | undefined {
  switch (field) {
    case "name": return r.name;
    case "country": return r.country;
    case "city": return r.city;
    case "postalCode": return r.postalCode;
    case "address": return r.address;
    case "website": return r.website ?? r.domain;
    case "phone": return r.phone;
    default: return r.identifiers?.[field];
  }
}

function folded(value: string): string {
  return foldText(value).trim();
}

/**
 * A record's key: its source and id, unique across the sources of one run.
 *
 * @example
 * recordKey({ source: "erp", id: "1001" }) //=> "erp:1001"
 */
export function recordKey(r: { source: string; id: string }): string {
  return `${r.source}:${r.id}`;
}

/**
 * The golden record of a cluster. Ties under every rule fall back to the source order, then the
 * most recent record, then the smallest record key, so the result never depends on input order.
 *
 * @example
 * goldenRecord(records, { default: "mostFrequent", fields: { name: "sourceOrder" }, sourceOrder: ["erp", "crm"] })
 * //=> { name: "Acme GmbH", country: "DE", sourceOf: { name: "erp:1001", country: "crm:77" } }
 */
export function goldenRecord(records: readonly SourceRecord[], config: SurvivorshipConfig, fields: readonly GoldenField[]): GoldenRecord {
  const rank = (source: string): number => {
    const i = config.sourceOrder.indexOf(source);
    return i < 0 ? config.sourceOrder.length : i;
  };
  const tieBreak = (a: SourceRecord, b: SourceRecord): number =>
    rank(a.source) - rank(b.source) || ((b.updatedAt ?? "") < (a.updatedAt ?? "") ? -1 : (b.updatedAt ?? "") > (a.updatedAt ?? "") ? 1 : 0) || (recordKey(a) < recordKey(b) ? -1 : 1);
  const golden: GoldenRecord = { name: "", sourceOf: {} };
  for (const field of fields) {
    const holders = records.filter((r) => {
      const v = valueOf(r, field);
      return v !== undefined && v.trim().length > 0;
    });
    if (holders.length === 0) continue;
    const rule = config.fields[field] ?? config.default;
    // values counted alike however they are written ("München", "Muenchen" and "Munich" are one city)
    const keyOf = (r: SourceRecord): string => (field === "city" ? cityKey : folded)(valueOf(r, field) as string);
    const counts = new Map<string, number>();
    for (const r of holders) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
    const frequency = (r: SourceRecord): number => counts.get(keyOf(r)) ?? 0;
    const sorted = [...holders].sort((a, b) => {
      if (rule === "mostRecent") {
        const d = (b.updatedAt ?? "") < (a.updatedAt ?? "") ? -1 : (b.updatedAt ?? "") > (a.updatedAt ?? "") ? 1 : 0;
        if (d !== 0) return d;
      } else if (rule === "sourceOrder") {
        const d = rank(a.source) - rank(b.source);
        if (d !== 0) return d;
      }
      return frequency(b) - frequency(a) || tieBreak(a, b);
    });
    const winner = sorted[0] as SourceRecord;
    (golden as unknown as Record<string, string>)[field] = (valueOf(winner, field) as string).trim();
    golden.sourceOf[field] = recordKey(winner);
  }
  return golden;
}
