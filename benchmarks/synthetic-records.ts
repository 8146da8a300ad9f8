/**
 * Dirty multi-source records at any size: the real dirty file first, then synthetic companies
 * (see synthetic-names.ts), each with a name no other has, and one to four records across ERP,
 * CRM and AR, every record after the first with one slip, some without a country.
 */
import { random } from "./synthetic-families.js";
import { perturbName, syntheticCompany } from "./synthetic-names.js";

export interface DirtyRow {
  record_id: string;
  source_system: string;
  name: string;
  country: string;
  city: string;
  gold_id: string;
}

const SOURCES = ["ERP", "CRM", "AR"];

/**
 * `n` records: the first `real.length` are `real`, the rest synthetic (gold ids "S…").
 *
 * @example
 * const rows = dirtyRecords(all, 1_000_000);
 */
export function dirtyRecords(real: readonly DirtyRow[], n: number, seed = 20275): DirtyRow[] {
  const rows = real.slice(0, n);
  const rnd = random(seed);
  // every company a name of its own, of at least two words ("University Inc." 2,500 times over is no customer file)
  const taken = new Set<string>();
  for (let company = 0; rows.length < n; company++) {
    const { name, core, country } = syntheticCompany(rnd);
    const key = core.toLowerCase();
    if (!core.includes(" ") || taken.has(key)) {
      company--;
      continue;
    }
    taken.add(key);
    const copies = 1 + Math.floor(rnd() * 4);
    for (let k = 0; k < copies && rows.length < n; k++) {
      const source = SOURCES[Math.floor(rnd() * SOURCES.length)] as string;
      const keepCountry = rnd() < 0.8;
      rows.push({ record_id: `S${company}-${k}`, source_system: source, name: k === 0 ? name : perturbName(name, rnd), country: keepCountry && country ? country : "", city: "", gold_id: `S${company}` });
    }
  }
  return rows;
}
