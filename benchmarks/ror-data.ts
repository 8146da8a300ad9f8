/** Loading the shared ROR organizations and building the variant -> entity query sets. */
import { parseNdjson, readShared } from "./harness.js";

export interface RorOrganization {
  id: string;
  name: string;
  aliases: string[];
  acronyms: string[];
  labels: { value: string; lang: string }[];
  country: string | null;
  city: string | null;
  types: string[];
}

export type VariantKind = "alias" | "acronym" | "label (Latin)" | "label (other script)";
export interface VariantQuery {
  text: string;
  answer: string;
  kind: VariantKind;
  company: boolean;
}

const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

export function loadOrganizations(): RorOrganization[] {
  return parseNdjson<RorOrganization>(readShared("ror/ror-organizations.ndjson.gz"));
}

export function variantsOf(o: RorOrganization): { text: string; kind: VariantKind }[] {
  return [
    ...o.aliases.map((text) => ({ text, kind: "alias" as const })),
    ...o.acronyms.map((text) => ({ text, kind: "acronym" as const })),
    ...o.labels.map((l) => ({ text: l.value, kind: NON_LATIN_LETTER.test(l.value) ? ("label (other script)" as const) : ("label (Latin)" as const) })),
  ];
}

/** Deterministic string hash (FNV-1a), for stable samples and splits. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Whether an organization is in the half whose labels teach the learned word tables
 * (scripts/generate-word-equivalents.ts, scripts/generate-east-asian-words.ts); the other half is
 * held out from them.
 *
 * @example
 * orgs.filter((o) => !learnsWords(o.id)) // the held-out half
 */
export function learnsWords(id: string): boolean {
  return hash(`words:${id}`) % 2 === 0;
}
