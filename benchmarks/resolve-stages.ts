/**
 * Question: which stage of resolve grows faster than the records? Runs resolve in process on
 * 100,000 and 300,000 records (the real dirty file, then synthetic companies: synthetic-records.ts)
 * on every core and prints the time of each stage and the memory held after the run.
 */
import { availableParallelism } from "node:os";
import { parse } from "csv-parse/sync";
import { resolve } from "firmograph/resolve";
import { fmt, machine, readShared, writeSection } from "./harness.js";
import { type DirtyRow, dirtyRecords } from "./synthetic-records.js";

const SIZES = (process.env.RESOLVE_STAGE_SIZES ?? "100000,300000").split(",").map(Number);
const THREADS = availableParallelism();
const all = parse(readShared("dirty/dirty-records.csv.gz"), { columns: true }) as DirtyRow[];
const rows: string[] = [];
for (const n of SIZES) {
  const records = dirtyRecords(all, n).map((d) => ({ id: d.record_id, source: d.source_system, name: d.name, ...(d.country ? { country: d.country } : {}), ...(d.city ? { city: d.city } : {}) }));
  const t = performance.now();
  const { stats } = await resolve(records, { threads: THREADS });
  const ms = performance.now() - t;
  const m = stats.millis;
  const s = (x: number): string => `${fmt(x / 1000, 1)} s`;
  const row = `| ${fmt(n)} | ${s(ms)} | ${s(m.validate)} | ${s(m.index)} | ${s(m.learn)} | ${s(m.compare)} | ${s(m.cluster)} | ${s(m.golden)} | ${fmt(stats.pairsCompared)} | ${fmt(process.memoryUsage().rss / 2 ** 20)} MiB |`;
  console.log(row);
  rows.push(row);
}

writeSection("resolve-stages", `
## Resolve: time per stage as records grow

Command: \`npm run bench -- resolve-stages\` · ${machine()} · in process, \`threads: ${THREADS}\`; records: the real dirty file,
then synthetic companies (\`benchmarks/synthetic-records.ts\`). Resident: the process's resident set after each run (sizes in one process, smallest first).

| records | total | validate | index | learn weights | compare | cluster | golden | pairs scored | resident |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join("\n")}
`);
