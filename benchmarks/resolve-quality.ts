/**
 * Question: how well does resolve cluster dirty multi-source records, next to the nearest-neighbour
 * approach a JavaScript user could assemble from a peer, and how does time grow with size?
 * Data: ../shared/data/dirty/dirty-records.csv.gz (147,149 records, gold cluster = organization);
 * the 1,000,000-record growth run adds synthetic companies to it (synthetic-records.ts).
 */
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import * as fuzzball from "fuzzball";
import { resolve } from "firmograph/resolve";
import { fmt, machine, readShared, writeSection } from "./harness.js";
import { hash } from "./ror-data.js";
import { type DirtyRow as Dirty, dirtyRecords } from "./synthetic-records.js";

const all = parse(readShared("dirty/dirty-records.csv.gz"), { columns: true }) as Dirty[];
const GROWTH = (process.env.RESOLVE_SIZES ?? "10000,100000,1000000").split(",").map(Number);

/** Pairwise and B-cubed precision, recall, F1 of predicted clusters against gold clusters. */
function score(records: Dirty[], predicted: Map<string, string>): { p: number; r: number; f1: number; bp: number; br: number; bf1: number } {
  const pairs = (groups: Map<string, string[]>): number => [...groups.values()].reduce((s, g) => s + (g.length * (g.length - 1)) / 2, 0);
  const group = (key: (d: Dirty) => string): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    for (const d of records) {
      const k = key(d);
      const l = m.get(k);
      if (l) l.push(d.record_id);
      else m.set(k, [d.record_id]);
    }
    return m;
  };
  const gold = group((d) => d.gold_id);
  const pred = group((d) => predicted.get(d.record_id) as string);
  const both = group((d) => `${d.gold_id}\u0000${predicted.get(d.record_id)}`);
  const tp = pairs(both);
  const p = tp / (pairs(pred) || 1);
  const r = tp / (pairs(gold) || 1);
  // B-cubed: per record, precision = |pred ∩ gold| / |pred|, recall = |pred ∩ gold| / |gold|
  let bp = 0;
  let br = 0;
  const goldOf = new Map(records.map((d) => [d.record_id, d.gold_id]));
  for (const d of records) {
    const inter = (both.get(`${d.gold_id}\u0000${predicted.get(d.record_id)}`) as string[]).length;
    bp += inter / (pred.get(predicted.get(d.record_id) as string) as string[]).length;
    br += inter / (gold.get(goldOf.get(d.record_id) as string) as string[]).length;
  }
  bp /= records.length;
  br /= records.length;
  return { p, r, f1: (2 * p * r) / (p + r || 1), bp, br, bf1: (2 * bp * br) / (bp + br || 1) };
}

async function ours(records: Dirty[], threads = 1): Promise<{ clusters: Map<string, string>; ms: number }> {
  const t = performance.now();
  const result = await resolve(records.map((d) => ({ source: d.source_system, id: d.record_id, name: d.name, ...(d.country ? { country: d.country } : {}), ...(d.city ? { city: d.city } : {}) })), { threads });
  const ms = performance.now() - t;
  const clusters = new Map<string, string>();
  for (const e of result.entities) for (const r of e.records) clusters.set(r.id, e.id);
  for (const r of result.rejected) if (r.recordId) clusters.set(r.recordId, `rejected:${r.recordId}`);
  return { clusters, ms };
}

/** The peer approach: each record joins the cluster of its most similar earlier record when fuzzball's token_set_ratio reaches the threshold. */
function fuzzballNearestNeighbour(records: Dirty[], threshold: number): Map<string, string> {
  const clusters = new Map<string, string>();
  const names: string[] = [];
  const ids: string[] = [];
  for (const d of records) {
    const best = names.length ? (fuzzball.extract(d.name, names, { scorer: fuzzball.token_set_ratio, limit: 1, returnObjects: true })[0] as { key: number; score: number } | undefined) : undefined;
    clusters.set(d.record_id, best && best.score >= threshold ? (clusters.get(ids[best.key] as string) as string) : d.record_id);
    names.push(d.name);
    ids.push(d.record_id);
  }
  return clusters;
}

// quality side by side on a sample of whole organizations (the peer compares all pairs)
const sampleOrgs = new Set([...new Set(all.map((d) => d.gold_id))].filter((id) => hash(id) % 60 === 0));
const sample = all.filter((d) => sampleOrgs.has(d.gold_id));
const oursSample = await ours(sample);
const oursScore = score(sample, oursSample.clusters);
const peerRows: string[] = [];
let bestPeer = 0;
for (const threshold of [80, 90]) {
  const t = performance.now();
  const clusters = fuzzballNearestNeighbour(sample, threshold);
  const ms = performance.now() - t;
  const s = score(sample, clusters);
  bestPeer = Math.max(bestPeer, s.f1);
  peerRows.push(`| fuzzball token_set_ratio nearest neighbour ≥ ${threshold} | ${s.p.toFixed(3)} | ${s.r.toFixed(3)} | **${s.f1.toFixed(3)}** | ${s.bf1.toFixed(3)} | ${fmt(ms / 1000, 1)} s |`);
}

// the full file, on one thread and on every core (same clusters expected)
const THREADS = availableParallelism();
const full = await ours(all);
const fullScore = score(all, full.clusters);
const fullThreads = await ours(all, THREADS);
const sameClusters = [...full.clusters].every(([id, c]) => fullThreads.clusters.get(id) === c) && full.clusters.size === fullThreads.clusters.size;

// growth: 10k, 100k (the real file) and 1M records (with synthetic companies) end to end
// through the CLI (read CSV, resolve, write CSV), with the process's peak resident memory
const work = mkdtempSync(join(tmpdir(), "firmograph-resolve-"));
const cli = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
const peakRss = fileURLToPath(new URL("./peak-rss.cjs", import.meta.url));
const growth: string[] = [];
for (const n of GROWTH) {
  const rows = dirtyRecords(all, n);
  const files = ["ERP", "CRM", "AR"].map((s) => {
    const path = join(work, `${s}-${n}.csv`);
    writeFileSync(path, stringify(rows.filter((d) => d.source_system === s).map((d) => ({ id: d.record_id, name: d.name, country: d.country, city: d.city })), { header: true }));
    return path;
  });
  const out = join(work, `entities-${n}.csv`);
  const t = performance.now();
  const run = spawnSync(process.execPath, ["--require", peakRss, cli, "resolve", ...files, "--out", out, "--source", "ERP,CRM,AR"], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 2 ** 26 });
  const ms = performance.now() - t;
  if (run.status !== 0) throw new Error(`resolve of ${n} records failed: ${run.stderr}`);
  const peak = Number(/peak-rss-kib (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN) / 1024;
  const written = readFileSync(out, "utf8").split("\n").length - 2;
  growth.push(`| ${fmt(n)}${n > all.length ? ` (${fmt(all.length)} real)` : ""} | ${fmt(ms / 1000, 1)} s | ${fmt(n / (ms / 1000))} records/s | ${fmt(peak)} MiB | ${fmt(written)} entities |`);
}

writeSection("resolve", `
## Resolve: dirty multi-source records into entities

Command: \`npm run bench -- resolve\` · ${machine()} · data: ../shared/data/dirty/dirty-records.csv.gz (${fmt(all.length)} records from ERP, CRM, AR; gold = organization).

### Side by side on a sample of ${fmt(sampleOrgs.size)} organizations (${fmt(sample.length)} records)
| engine | pairwise precision | recall | F1 | B-cubed F1 | time |
|---|---:|---:|---:|---:|---:|
| firmograph resolve (threshold 0.5) | ${oursScore.p.toFixed(3)} | ${oursScore.r.toFixed(3)} | **${oursScore.f1.toFixed(3)}** | ${oursScore.bf1.toFixed(3)} | ${fmt(oursSample.ms / 1000, 1)} s |
${peerRows.join("\n")}

firmograph − best peer: **${((oursScore.f1 - bestPeer) * 100).toFixed(1)} points** of pairwise F1.

### The full file
${fmt(all.length)} records resolved in process in ${fmt(full.ms / 1000, 1)} s on one thread, **${fmt(fullThreads.ms / 1000, 1)} s on ${THREADS} threads**
(\`threads: ${THREADS}\`; same clusters: ${sameClusters ? "yes" : "**no**"}). Pairwise precision ${fullScore.p.toFixed(3)}, recall ${fullScore.r.toFixed(3)}, **F1 ${fullScore.f1.toFixed(3)}**; B-cubed precision ${fullScore.bp.toFixed(3)}, recall ${fullScore.br.toFixed(3)}, F1 ${fullScore.bf1.toFixed(3)}.

### Growth, end to end through the CLI (read CSV, resolve, write CSV; \`--threads\` default: ${THREADS})
Up to 147,149 records from the real file; beyond, synthetic companies of one to four records made
of the words of the ROR names (\`benchmarks/synthetic-records.ts\`). Peak memory: the CLI process's
maximum resident set (worker threads included), run as a user runs it: no Node flags, so the default heap limit.

| records | wall time | throughput | peak memory | written |
|---:|---:|---:|---:|---:|
${growth.join("\n")}
`);
