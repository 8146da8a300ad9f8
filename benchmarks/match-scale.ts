/**
 * Question: how do the matcher's index build time, memory and query time grow from 10,000 to
 * 100,000 to 1,000,000 entities? (targets at 1M: build < 60 s and < 4 GB; single query < 2 ms
 * median; >= 2,000 queries/s in batch.)
 * Entities: synthetic company names made of the words of the 42,126 real ROR names (so word
 * frequencies are real), a legal form and the country of the organization the first word came from.
 * Queries: indexed names, each with one typo, a dropped word or a word swapped for its
 * abbreviation; top-1 accuracy is printed as a sanity check of the scaled index. Batches run on one
 * thread and on a matcher pool with one thread per core.
 */
import { availableParallelism } from "node:os";
import { type BatchResult, createMatcherPoolReport, createMatcherReport, type EntityInput, type RecordInput } from "firmograph/match";
import { fmt, machine, median, writeSection } from "./harness.js";
import { random } from "./synthetic-families.js";
import { perturbName, syntheticCompany } from "./synthetic-names.js";

const SIZES = (process.env.MATCH_SCALE_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const QUERIES = 2_000;
/** Queries per batch (one batch on one thread, another on the pool). */
const BATCH = 10_000;

function entities(n: number, rnd: () => number): EntityInput[] {
  const out: EntityInput[] = [];
  for (let i = 0; i < n; i++) {
    const { name, country } = syntheticCompany(rnd);
    out.push({ id: `S${i}`, name, ...(country ? { country } : {}) });
  }
  return out;
}

function heapMiB(): number {
  const m = process.memoryUsage();
  return (m.heapUsed + m.external + m.arrayBuffers) / 2 ** 20;
}

interface QuerySet { queries: RecordInput[]; answers: string[] }

/** `n` indexed names, each perturbed, with the id each should find. */
function querySet(indexed: EntityInput[], n: number, rnd: () => number): QuerySet {
  const sample = Array.from({ length: n }, () => indexed[Math.floor(rnd() * indexed.length)] as EntityInput);
  return { queries: sample.map((e) => ({ id: `q-${e.id}`, name: perturbName(e.name, rnd), ...(e.country ? { country: e.country } : {}) })), answers: sample.map((e) => String(e.id)) };
}

/** Share of a batch's queries whose top match is the right one. */
function batchTop1(results: BatchResult[], set: QuerySet): number {
  return results.filter((r, i) => r.status === "matched" && r.matches[0]?.id === set.answers[i]).length / set.answers.length;
}

/** Build, memory, single-query and one-thread batch figures of one index size; a second batch for the pool. */
function measureOneThread(size: number, list: EntityInput[], rnd: () => number): { cells: string; poolBatch: QuerySet } {
  global.gc?.();
  const before = heapMiB();
  const t0 = performance.now();
  const { matcher, rejected } = createMatcherReport(list);
  const buildMs = performance.now() - t0;
  const indexed = list.filter((e) => matcher.has(String(e.id)));
  global.gc?.();
  const memory = heapMiB() - before;
  const singles = querySet(indexed, QUERIES, rnd);
  const batch = querySet(indexed, BATCH, rnd);
  const poolBatch = querySet(indexed, BATCH, rnd);
  for (const q of querySet(indexed, 200, rnd).queries) matcher.match(q, { limit: 5 }); // warm-up
  const single: number[] = [];
  let right = 0;
  for (let i = 0; i < singles.queries.length; i++) {
    const t = performance.now();
    const top = matcher.match(singles.queries[i] as RecordInput, { limit: 5 });
    single.push(performance.now() - t);
    if (top[0]?.id === singles.answers[i]) right++;
  }
  const tb = performance.now();
  const results = matcher.matchMany(batch.queries, { limit: 5 });
  const batchMs = performance.now() - tb;
  if (results.length !== batch.queries.length) throw new Error("batch lost queries");
  return {
    cells: `| ${fmt(size)} (${fmt(rejected.length)} rejected) | ${fmt(buildMs / 1000, 1)} s | ${fmt(size / (buildMs / 1000))} | ${fmt(memory)} MiB | ${fmt(median(single), 3)} ms | ${(right / QUERIES).toFixed(3)} | ${fmt(BATCH / (batchMs / 1000))} (${batchTop1(results, batch).toFixed(3)}) |`,
    poolBatch,
  };
}

const THREADS = availableParallelism();
const rows: string[] = [];
for (const size of SIZES) {
  const rnd = random(size);
  const list = entities(size, rnd);
  const { cells, poolBatch } = measureOneThread(size, list, rnd);
  // a batch on every core: one index per thread, built at the same time (the one-thread index released first)
  global.gc?.();
  const tp = performance.now();
  const { pool } = await createMatcherPoolReport(list, { threads: THREADS });
  const poolBuildMs = performance.now() - tp;
  const rss = process.memoryUsage.rss() / 2 ** 20;
  // warm-up: as many queries per thread as the one thread answered before its batch
  await pool.matchMany(querySet(list, (QUERIES + 200) * THREADS, rnd).queries, { limit: 5 });
  const tb = performance.now();
  const results = await pool.matchMany(poolBatch.queries, { limit: 5 });
  const poolMs = performance.now() - tb;
  await pool.close();
  const line = `${cells} ${fmt(poolBuildMs / 1000, 1)} s, ${fmt(rss)} MiB | **${fmt(BATCH / (poolMs / 1000))}** (${batchTop1(results, poolBatch).toFixed(3)}) |`;
  console.log(line);
  rows.push(line);
}

writeSection("match-scale", `
## Matching at scale: 10k → 100k → 1M entities

Question: how do build time, memory and query time grow with the index? Targets at 1M: build < 60 s and
< 4 GB, single query < 2 ms median, >= 2,000 queries/s in batch.
Command: \`npm run bench -- match-scale\` · ${machine()} · one run per size; sizes in one process, smallest first.
Entities: synthetic names made of the words of the 42,126 ROR names (real word frequencies) + a legal form + country.
Queries: indexed names, each with one typo, a dropped word or an abbreviation: ${fmt(QUERIES)} timed one by one (median,
top-1 as a sanity check), then two other batches of ${fmt(BATCH)} (top-1 in brackets), one on one thread (\`matchMany\`), one on
all ${THREADS} threads (\`createMatcherPoolReport\`: one index per thread, built at the same time after the one-thread index
is released; each thread first answers ${fmt(QUERIES + 200)} other queries, as many as the one thread did before its batch). Pool memory: the process's resident
set after the pool is built (all threads, and what the process held before).

| entities | build | entities/s | heap + external after build | single query (median) | top-1 | batch queries/s, 1 thread | pool build, memory | batch queries/s, ${THREADS} threads |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join("\n")}
`);
