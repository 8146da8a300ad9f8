import { afterAll, describe, expect, it } from "vitest";
import { createMatcher, createMatcherPool, createMatcherPoolReport, InvalidRecordError, type EntityInput, type RecordInput } from "../../src/match/index.js";

const WORDS = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Woodgrove", "Litware", "Proseware", "Lucerne", "Adatum", "Wingtip"];
const KINDS = ["Traders", "Pharmaceuticals", "Steel", "Logistics", "Financial", "Software"];
const ENTITIES: EntityInput[] = [
  { id: "ibm", name: "International Business Machines Corporation", country: "US", identifiers: { lei: "VGRQXHF3J8VDLUA7XE92" } },
  { id: "siemens", name: "Siemens Aktiengesellschaft", country: "DE" },
  { id: "__proto__", name: "Prototype Trading Ltd", country: "GB" },
  { id: "constructor", name: "Constructor Holdings", country: "US" },
  ...WORDS.flatMap((w, i) => KINDS.map((k, j) => ({ id: `f${i}-${j}`, name: `${w} ${k} ${j % 2 === 0 ? "GmbH" : "Inc"}`, country: j % 2 === 0 ? "DE" : "US" }))),
];
const QUERIES: (string | RecordInput)[] = [
  "IBM", "Intl Bus. Machines", "Siemens AG", "", "Prototype Trading", { name: "Constructor Hldgs", country: "US" },
  { name: 42 } as unknown as RecordInput, { id: "q-8", name: "Unrelated Name" },
  ...WORDS.flatMap((w) => KINDS.map((k) => `${w.slice(0, -1)} ${k}`)),
];
const single = createMatcher(ENTITIES);
const pool = await createMatcherPool(ENTITIES, { threads: 3, chunkSize: 4 });
afterAll(() => pool.close());

describe("createMatcherPool", () => {
  it("sets field weights in every thread, and gives the comparison vectors one matcher gives", async () => {
    const queries = WORDS.flatMap((w) => KINDS.map((k, j) => ({ name: `${w} ${k}`, country: j % 3 === 0 ? "DE" : "US" })));
    const weighted = await createMatcherPool(ENTITIES, { threads: 3, chunkSize: 4 });
    try {
      const fields = { country: { m: 0.95, sameCap: 2.5, different: -12 } };
      weighted.setFieldWeights(fields);
      const reference = createMatcher(ENTITIES, { weights: fields });
      expect(await weighted.candidateScoresMany(queries, 3)).toEqual(queries.map((q) => reference.candidateScores(q, 3)));
      expect(await weighted.candidateScoresMany(queries, 3)).not.toEqual(queries.map((q) => single.candidateScores(q, 3)));
      expect(await weighted.comparisonVectorsMany(queries, 3)).toEqual(queries.map((q) => reference.comparisonVectors(q, 3)));
    } finally {
      await weighted.close();
    }
  });
  it("answers a batch as one matcher does, in input order, bad queries rejected", async () => {
    const results = await pool.matchMany(QUERIES, { limit: 3 });
    expect(results).toEqual(single.matchMany(QUERIES, { limit: 3 }));
    expect(results.map((r) => r.index)).toEqual(QUERIES.map((_, i) => i));
    expect(results.filter((r) => r.status === "rejected").map((r) => r.index)).toEqual([3, 6]);
  });
  it("ends a batch that is empty or ends at a chunk's end, on one thread and on several", async () => {
    const one = await createMatcherPool(ENTITIES, { threads: 1, chunkSize: 64 });
    try {
      // chunks of 32, 64, 64...: 0, 32, 96 and 160 queries end where a chunk ends
      for (const n of [0, 1, 32, 33, 96, 160]) {
        const queries = Array.from({ length: n }, (_, i) => QUERIES[i % QUERIES.length] as string | RecordInput);
        expect((await one.matchMany(queries)).length, `1 thread, ${n}`).toBe(n);
        expect((await pool.candidateScoresMany(queries.filter((q) => typeof q === "string" && q !== ""), 2)).length, `3 threads, ${n}`).toBe(queries.filter((q) => typeof q === "string" && q !== "").length);
      }
    } finally {
      await one.close();
    }
  });
  it("streams the same results", async () => {
    const streamed = [];
    for await (const r of pool.matchStream(QUERIES)) streamed.push(r);
    expect(streamed).toEqual(single.matchMany(QUERIES));
  });
  it("answers two batches at once, each in its own order", async () => {
    const reversed = [...QUERIES].reverse();
    const [a, b] = await Promise.all([pool.matchMany(QUERIES), pool.matchMany(reversed)]);
    expect(a).toEqual(single.matchMany(QUERIES));
    expect(b).toEqual(single.matchMany(reversed));
  });
  it("gives candidate scores as candidateScores does", async () => {
    const records = QUERIES.filter((q): q is string => typeof q === "string" && q.length > 0);
    expect(await pool.candidateScoresMany(records, 4)).toEqual(records.map((q) => single.candidateScores(q, 4)));
  });
  it("adds and removes entities in every thread", async () => {
    const many = Array.from({ length: 40 }, () => "Quixotic Widgets");
    pool.add({ id: "qw", name: "Quixotic Widgets Ltd", country: "GB" });
    expect((await pool.matchMany(many)).every((r) => r.status === "matched" && r.matches[0]?.id === "qw")).toBe(true);
    expect(pool.remove("qw")).toBe(true);
    expect(pool.remove("qw")).toBe(false);
    expect((await pool.matchMany(many)).every((r) => r.status === "unmatched" || (r.status === "matched" && r.matches[0]?.id !== "qw"))).toBe(true);
    expect(await pool.matchMany(QUERIES)).toEqual(single.matchMany(QUERIES));
  });
  it("rejects a bad entity added, naming it, and changes nothing", async () => {
    expect(() => pool.add({ id: "bad", name: "" })).toThrow(InvalidRecordError);
    expect(pool.matcher.has("bad")).toBe(false);
    expect(await pool.matchMany(QUERIES)).toEqual(single.matchMany(QUERIES));
  });
  it("serves single queries from the main thread's matcher", () => {
    expect(pool.size).toBe(3);
    expect(pool.matcher.match("IBM")[0]?.id).toBe("ibm");
  });
});

describe("createMatcherPool: bad input", () => {
  it("names the first bad entity", async () => {
    await expect(createMatcherPool([{ id: "a", name: "Acme" }, { id: "b", name: "" }], { threads: 2 })).rejects.toThrow(/b/);
  });
  it("reports bad entities and builds the rest", async () => {
    const { pool: p, rejected } = await createMatcherPoolReport([{ id: "a", name: "Acme" }, { id: "b", name: "" }], { threads: 2 });
    expect(rejected.map((r) => [r.index, r.id])).toEqual([[1, "b"]]);
    expect((await p.matchMany(["Acme"]))[0]).toMatchObject({ status: "matched", matches: [{ id: "a" }] });
    await p.close();
    await expect(p.matchMany(["Acme"])).rejects.toThrow(/closed/);
  });
  it("rejects bad pool and match options", async () => {
    await expect(createMatcherPool([], { threads: 0 })).rejects.toThrow(/threads/);
    await expect(pool.matchMany(["IBM"], { limit: -1 })).rejects.toThrow(/limit/);
  });
  it("answers a long batch in input order while its chunks grow to the default size", async () => {
    const p = await createMatcherPool(ENTITIES, { threads: 2 });
    // 32 + 64 + 128 + 256 + 512 + 512 queries and a few more: chunks of every size, the last one short
    const long = Array.from({ length: 1530 }, (_, i) => QUERIES[(i * 7) % QUERIES.length] as string | RecordInput);
    const names = long.filter((q): q is string => typeof q === "string" && q.length > 0);
    expect(await p.candidateScoresMany(names, 2)).toEqual(names.map((q) => single.candidateScores(q, 2)));
    expect(await p.matchMany(long, { limit: 1 })).toEqual(single.matchMany(long, { limit: 1 }));
    await p.close();
  });
  it("works on the main thread alone", async () => {
    const p = await createMatcherPool(ENTITIES, { threads: 1 });
    expect(p.size).toBe(1);
    expect(await p.matchMany(QUERIES)).toEqual(single.matchMany(QUERIES));
    await p.close();
  });
});
