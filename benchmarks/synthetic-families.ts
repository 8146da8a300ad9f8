/** Deterministic synthetic corporate families at registry scale, shared by the family and exposure benchmarks. */
import type { FamilyEntityInput, RelationshipInput } from "firmograph/family";

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ["US", "DE", "GB", "FR", "JP", "CN", "NL", "CH", "IT", "ES", "BR", "IN", "CA", "SE", "PL"];

/**
 * `entities` entities and `relationships` controlling links: 3 families of 30,000 members,
 * 200 of 1,000, the rest of 2 to 12 members until the links run out; each large family also
 * holds a 25-deep chain. Members are spread over countries (mostly the parent's).
 */
export function syntheticFamilies(entities: number, relationships: number, seed = 20275): { entities: FamilyEntityInput[]; relationships: RelationshipInput[]; smallFamilyMembers: string[] } {
  const rnd = random(seed);
  const ents: FamilyEntityInput[] = [];
  const rels: RelationshipInput[] = [];
  const smallFamilyMembers: string[] = [];
  const country: string[] = [];
  const add = (parentIndex: number): number => {
    const i = ents.length;
    const c = parentIndex >= 0 && rnd() < 0.7 ? (country[parentIndex] as string) : (COUNTRIES[Math.floor(rnd() * COUNTRIES.length)] as string);
    country.push(c);
    ents.push({ id: `E${i}`, name: `Entity ${i}`, country: c });
    if (parentIndex >= 0) rels.push({ child: `E${i}`, parent: `E${parentIndex}`, type: "direct", ownershipPct: 51 + Math.floor(rnd() * 50) });
    return i;
  };
  const family = (size: number, chain: number): void => {
    const root = add(-1);
    const members = [root];
    let last = root;
    for (let k = 0; k < chain && members.length < size; k++) {
      last = add(last);
      members.push(last);
    }
    while (members.length < size && rels.length < relationships) members.push(add(members[Math.floor(rnd() * members.length)] as number));
    if (size < 1000) for (const m of members) if (rnd() < 0.05) smallFamilyMembers.push(`E${m}`);
  };
  for (let f = 0; f < 3; f++) family(30_000, 25);
  for (let f = 0; f < 200; f++) family(1_000, 25);
  while (rels.length < relationships && ents.length < entities) family(2 + Math.floor(rnd() * 11), 0);
  while (ents.length < entities) add(-1);
  return { entities: ents, relationships: rels, smallFamilyMembers };
}
