import { parse } from "csv-parse/sync";
import { resolve } from "firmograph/resolve";
import { readShared } from "./harness.js";
import { hash } from "./ror-data.js";
const all = parse(readShared("dirty/dirty-records.csv.gz"), { columns: true }) as any[];
const orgs = new Set([...new Set(all.map((d) => d.gold_id))].filter((id) => hash(id) % 60 === 0));
const sample = all.filter((d) => orgs.has(d.gold_id));
const t = performance.now();
const r = await resolve(sample.map((d) => ({ source: d.source_system, id: d.record_id, name: d.name, ...(d.country ? { country: d.country } : {}), ...(d.city ? { city: d.city } : {}) })));
console.log(sample.length, "records", (performance.now() - t).toFixed(0), "ms", r.entities.length, "entities", orgs.size, "orgs", r.rejected.length, "rejected");
const pred = new Map<string, string>(); for (const e of r.entities) for (const x of e.records) pred.set(x.id, e.id);
const gold = new Map(sample.map((d) => [d.record_id, d.gold_id]));
let tp = 0, pp = 0, gp = 0; const ids = sample.map((d) => d.record_id);
for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) { const g = gold.get(ids[i]) === gold.get(ids[j]); const p = pred.get(ids[i]) !== undefined && pred.get(ids[i]) === pred.get(ids[j]); if (g) gp++; if (p) pp++; if (g && p) tp++; }
console.log("P", (tp / pp).toFixed(3), "R", (tp / gp).toFixed(3), "F1", (2 * tp / (pp + gp)).toFixed(3));
// show some false splits
let shown = 0;
const byGold = new Map<string, any[]>(); for (const d of sample) { const l = byGold.get(d.gold_id) ?? []; l.push(d); byGold.set(d.gold_id, l); }
for (const [g, ds] of byGold) { const ps = new Set(ds.map((d) => pred.get(d.record_id))); if (ps.size > 1 && shown++ < 12) console.log(ds.map((d) => `${d.name} [${d.country}] ${d.noise}`).join(" | ")); }
const reasons = new Map<string, number>(); for (const x of r.rejected) { const k = x.errors.map((e) => e.path.join(".") + ":" + e.message).join(";"); reasons.set(k, (reasons.get(k) ?? 0) + 1); } console.log([...reasons].slice(0, 8));
const gy = sample.filter((d) => d.name.includes("Guangyuan")); console.log(gy.map((d) => [d.record_id, d.source_system, pred.get(d.record_id)]));
