import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolve, type SourceRecordInput } from "../../src/resolve/index.js";

const RECORDS: SourceRecordInput[] = [
  { source: "erp", id: "1001", name: "Siemens AG", country: "DE", city: "Munich", identifiers: { vat: "DE129274202" }, updatedAt: "2024-01-10" },
  { source: "crm", id: "A-7", name: "SIEMENS Aktiengesellschaft", country: "DE", city: "München", website: "siemens.com", updatedAt: "2024-03-01" },
  { source: "ar", id: "D-55", name: "Siemens A.G. attn accounts payable", country: "DE", identifiers: { vat: "DE129274202" } },
  { source: "erp", id: "1002", name: "Nestlé S.A.", country: "CH", city: "Vevey" },
  { source: "crm", id: "A-9", name: "Nestle SA", country: "CH" },
  { source: "ar", id: "D-60", name: "Toyota Motor Corporation", country: "JP" },
  { source: "crm", id: "A-12", name: "Toyota Motor Corp.", country: "JP", city: "Toyota" },
  { source: "erp", id: "1003", name: "Tailspin Toys Ltd", country: "GB" },
];

describe("resolve", () => {
  it("ends with no records, with every record rejected, and with as many records as fill the compare stage's chunks", async () => {
    expect((await resolve([])).stats).toMatchObject({ records: 0, entities: 0, rejected: 0 });
    const none = await resolve([{ source: "erp", id: "1", name: "" }, null]);
    expect(none.rejected.map((r) => r.index)).toEqual([0, 1]);
    expect(none.entities).toEqual([]);
    for (const n of [32, 96]) {
      const records = Array.from({ length: n }, (_, i) => ({ source: "erp", id: String(i), name: `${["Northwind", "Contoso", "Fabrikam", "Tailspin"][i % 4]} Traders ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}` }));
      const { entities } = await resolve(records);
      expect(entities.flatMap((e) => e.recordIds)).toHaveLength(n);
    }
  });

  it("counts records by source however the sources are named (__proto__, constructor)", async () => {
    const { stats } = await resolve([{ source: "__proto__", id: "1", name: "Acme Corp" }, { source: "constructor", id: "2", name: "Acme Corporation" }, { source: "constructor", id: "3", name: "Beta" }]);
    expect(Object.entries(stats.bySource)).toEqual([["__proto__", 1], ["constructor", 2]]);
    expect(Object.getPrototypeOf(stats.bySource)).toBe(Object.prototype);
  });

  it("clusters the records of one company across and within sources", async () => {
    const { entities, rejected, stats } = await resolve(RECORDS);
    expect(rejected).toEqual([]);
    const siemens = entities.find((e) => e.recordIds.includes("erp:1001"));
    expect(siemens?.recordIds).toEqual(["ar:D-55", "crm:A-7", "erp:1001"]);
    expect(entities.find((e) => e.recordIds.includes("erp:1002"))?.recordIds).toEqual(["crm:A-9", "erp:1002"]);
    expect(entities.find((e) => e.recordIds.includes("ar:D-60"))?.recordIds).toEqual(["ar:D-60", "crm:A-12"]);
    expect(entities).toHaveLength(4);
    expect(stats.crossSourceEntities).toBe(3);
    expect(siemens?.links.length).toBe(2);
    expect(siemens?.links[0]?.evidence).toMatch(/cluster average/);
  });

  it("does not chain: A~B and B~C do not merge A and C when A and C clearly differ", async () => {
    const { entities } = await resolve([
      { source: "erp", id: "1", name: "ACME Corp", country: "US", identifiers: { duns: "123456789" } },
      { source: "crm", id: "2", name: "ACME Corporation Germany" },
      { source: "ar", id: "3", name: "ACME GmbH Germany", country: "DE", identifiers: { duns: "987654321" } },
    ]);
    const withA = entities.find((e) => e.recordIds.includes("erp:1"));
    expect(withA?.recordIds).not.toContain("ar:3");
  });

  it("joins an acronym to its organization's records when one of them has a typo in a word's first letter", async () => {
    const records = [
      { source: "erp", id: "1", name: "NPS", country: "US", city: "Monterey" },
      { source: "crm", id: "2", name: "Naval Postgraduate School", country: "US", city: "Monterey" },
      { source: "ar", id: "3", name: "NAVAL POSTGRADUATE CHOOL", country: "US", city: "Monterey" },
      { source: "ar", id: "4", name: "Naval Postgraduate School", country: "US", city: "Monterey" },
      { source: "crm", id: "5", name: "c/o NPS, Limited Liability Co.", country: "US", city: "Monterey" },
    ];
    expect((await resolve(records)).entities.map((e) => e.recordIds)).toEqual([["ar:3", "ar:4", "crm:2", "crm:5", "erp:1"]]);
    // without reading "NPS" one letter off "Naval Postgraduate Chool", that pair (0.06) vetoes the merge
    expect((await resolve(records, { weights: { acronymTypo: 0 } })).entities).toHaveLength(2);
  });

  it("explains a merge by what scored it: an alias, not the names alone", async () => {
    const { entities } = await resolve([
      { source: "erp", id: "1", name: "Contoso Holdings Ltd", aliases: ["Fabrikam Trading"], country: "GB" },
      { source: "crm", id: "2", name: "Fabrikam Trading Ltd", country: "GB" },
    ]);
    expect(entities).toHaveLength(1);
    const link = entities[0]?.links[0];
    expect(link?.score).toBeGreaterThan(0.9);
    expect(link?.evidence).toMatch(/^same as/);
    expect(link?.evidence).not.toMatch(/0\.00/);
  });

  it("keeps sibling organizations apart that differ by a word of their own, even through a name cut short", async () => {
    const infn = "Istituto Nazionale di Fisica Nucleare, Sezione di";
    const { entities } = await resolve([
      { source: "erp", id: "1", name: `${infn} Trieste`, country: "IT" },
      { source: "crm", id: "1", name: `${infn.toUpperCase()} TRIESTE`, country: "IT" },
      { source: "erp", id: "2", name: `${infn} Padova`, country: "IT" },
      { source: "crm", id: "2", name: `${infn} Padova`, country: "IT", city: "Padova" },
      { source: "ar", id: "9", name: infn, country: "IT" },
    ]);
    const trieste = entities.find((e) => e.recordIds.includes("erp:1"));
    expect(trieste?.recordIds).toContain("crm:1");
    expect(trieste?.recordIds).not.toContain("erp:2");
    expect(entities.find((e) => e.recordIds.includes("erp:2"))?.recordIds).toContain("crm:2");
  });

  it("puts a thousand records of one name into one entity without comparing every pair", async () => {
    const records = Array.from({ length: 1000 }, (_, i) => ({ source: ["erp", "crm", "ar"][i % 3] as string, id: `r${i}`, name: i % 2 ? "ACME Widgets Ltd" : "Acme Widgets", country: "GB" }));
    const { entities, stats } = await resolve(records);
    expect(entities).toHaveLength(1);
    expect(entities[0]?.recordIds).toHaveLength(1000);
    // every pair would be 499,500; a cluster stands for itself through 40 of its records
    expect(stats.pairsCompared).toBeLessThan(100_000);
  });

  it("takes evidence weights over its own, and names a wrong one", async () => {
    const branches = [
      { source: "erp", id: "1", name: "Argosy University", country: "US", city: "Nashville" },
      { source: "crm", id: "1", name: "Argosy University", country: "US", city: "Tampa" },
      { source: "ar", id: "1", name: "Tailspin Toys Ltd", country: "GB" },
    ];
    expect((await resolve(branches)).entities).toHaveLength(2);
    const apart = await resolve(branches, { weights: { city: { same: 1.5, similar: 0.8, different: -12 } } });
    expect(apart.entities).toHaveLength(3);
    await expect(resolve(branches, { weights: { city: { same: 1.5, similar: "x", different: -3 } } } as never)).rejects.toThrow(/weights\.city\.similar/);
  });

  it("learns from the records how much a differing city counts against, and scores branches of one name by it", async () => {
    // 150 organizations whose three records never name two cities, and three branches of their
    // names in other cities
    const first = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Woodgrove", "Litware", "Proseware", "Lucerne", "Adatum", "Wingtip", "Alpine", "Coho", "Fourth", "Humongous", "Margie"];
    const second = ["Traders", "Pharma", "Steel", "Logistics", "Financial", "Travel", "Insurance", "Coffee", "Studios", "Realty"];
    const cities = ["Leeds", "York", "Bath", "Derby", "Truro", "Ely"];
    const records: SourceRecordInput[] = [];
    first.forEach((a, i) => second.forEach((b, j) => {
      const org = i * second.length + j;
      const city = cities[org % 6] as string;
      records.push(
        { source: "erp", id: `o${org}`, name: `${a} ${b} Ltd`, city },
        { source: "crm", id: `o${org}`, name: `${a.toUpperCase()} ${b.toUpperCase()}`, city },
        { source: "ar", id: `o${org}`, name: `${a} ${b} Limited`, city },
      );
      if (org % 50 === 0) records.push({ source: "erp", id: `b${org}`, name: `${a} ${b} Ltd`, city: cities[(org + 3) % 6] as string });
    }));
    const branchConfidence = (r: Awaited<ReturnType<typeof resolve>>) => r.entities.filter((e) => e.recordIds.some((k) => k.startsWith("erp:b"))).map((e) => e.confidence);
    const learned = await resolve(records);
    expect(learned.stats.learnedWeights.city?.different).toBeLessThan(-4);
    expect(Object.keys(learned.stats.learnedWeights)).toEqual(["city"]);
    // with the default weight (-3), a branch of one name scores higher against the organization
    const fixed = await resolve(records, { learnWeights: false });
    expect(fixed.stats.learnedWeights).toEqual({});
    const [withLearned, withDefault] = [branchConfidence(learned), branchConfidence(fixed)];
    expect(withLearned).toHaveLength(3);
    withLearned.forEach((c, i) => expect(c).toBeLessThan((withDefault[i] as number) - 0.05));
    // a weight the user sets stays as set
    expect((await resolve(records, { weights: { city: { same: 1.5, similar: 0.8, different: -3 } } })).stats.learnedWeights.city).toBeUndefined();
  });

  it("keeps the golden record's fields by survivorship rule, with their source", async () => {
    const frequent = await resolve(RECORDS);
    const siemens = frequent.entities.find((e) => e.recordIds.includes("erp:1001"));
    expect(siemens?.golden.vat).toBe("DE129274202");
    expect(siemens?.golden.sourceOf.website).toBe("crm:A-7");
    const byOrder = await resolve(RECORDS, { survivorship: { fields: { name: "sourceOrder" }, sourceOrder: ["crm", "erp", "ar"] } });
    expect(byOrder.entities.find((e) => e.recordIds.includes("erp:1001"))?.golden).toMatchObject({ name: "SIEMENS Aktiengesellschaft", sourceOf: { name: "crm:A-7" } });
    const recent = await resolve(RECORDS, { survivorship: { default: "mostRecent" } });
    expect(recent.entities.find((e) => e.recordIds.includes("erp:1001"))?.golden.city).toBe("München");
  });

  it("counts one city however its records write it when the most frequent value survives", async () => {
    const records = [
      { source: "erp", id: "1", name: "Siemens AG", country: "DE", city: "Munich" },
      { source: "crm", id: "2", name: "Siemens AG", country: "DE", city: "München" },
      { source: "ar", id: "3", name: "Siemens AG", country: "DE", city: "MUENCHEN" },
      { source: "ar", id: "4", name: "Siemens AG", country: "DE", city: "Berlin" },
      { source: "crm", id: "5", name: "Siemens AG", country: "DE", city: "Berlin" },
    ];
    const { entities } = await resolve(records, { survivorship: { sourceOrder: ["crm", "erp", "ar"] } });
    expect(entities).toHaveLength(1);
    expect(entities[0]?.golden).toMatchObject({ city: "München", sourceOf: { city: "crm:2" } });
  });

  it("reads dates as ERPs write them for the most recent record, and rejects a date that may be read two ways", async () => {
    const records = [
      { source: "erp", id: "1", name: "Siemens AG", country: "DE", city: "Munich", updatedAt: "10.03.2024" },
      { source: "crm", id: "2", name: "Siemens AG", country: "DE", city: "München", updatedAt: "20240201" },
      { source: "ar", id: "3", name: "Siemens AG", country: "DE", city: "Berlin", updatedAt: "01/02/2024" },
    ];
    const { entities, rejected } = await resolve(records, { survivorship: { default: "mostRecent" } });
    expect(entities).toHaveLength(1);
    expect(entities[0]?.golden).toMatchObject({ city: "Munich", sourceOf: { city: "erp:1" } });
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ recordId: "3", errors: [{ path: ["updatedAt"] }] });
    expect(rejected[0]?.errors[0]?.message).toMatch(/2024-01-31.*01\/02\/2024/);
  });

  it("joins new records to master entities and keeps their ids; new entities get stable ids", async () => {
    const master = [{ id: "CUST-1", name: "Siemens AG", country: "DE" }, { id: "CUST-2", name: "Nestle S.A.", country: "CH" }];
    const first = await resolve(RECORDS, { master });
    expect(first.entities.find((e) => e.recordIds.includes("erp:1001"))?.id).toBe("CUST-1");
    expect(first.entities.find((e) => e.recordIds.includes("crm:A-9"))?.id).toBe("CUST-2");
    const toyota = first.entities.find((e) => e.recordIds.includes("ar:D-60"))?.id;
    const again = await resolve([...RECORDS].reverse(), { master });
    expect(again.entities.find((e) => e.recordIds.includes("ar:D-60"))?.id).toBe(toyota);
  });

  it("rejects a bad master entity, and every copy of a master id used twice, and goes on", async () => {
    const master: unknown[] = [
      { id: "CUST-1", name: "Siemens AG", country: "DE" },
      { id: "CUST-2", name: "Nestle S.A.", country: "CH" },
      { id: "CUST-2", name: "Toyota Motor Corporation", country: "JP" },
      { id: "CUST-3", name: "" },
      { name: "No id Ltd" },
      { id: "CUST-4", name: "AND" },
    ];
    const { entities, rejected } = await resolve(RECORDS, { master: master as { id: string; name: string }[] });
    expect(rejected.map((r) => [r.source, r.index, r.recordId, r.errors.map((e) => `${e.path.join(".")}:${e.code}`).join(" ")])).toEqual([
      ["master", 1, "CUST-2", "id:duplicate_id"],
      ["master", 2, "CUST-2", "id:duplicate_id"],
      ["master", 3, "CUST-3", "name:too_small"],
      ["master", 4, undefined, "id:invalid_union"],
      ["master", 5, "CUST-4", expect.stringMatching(/^name:/)],
    ]);
    expect(rejected.every((r) => r.master === true)).toBe(true);
    expect(entities.find((e) => e.recordIds.includes("erp:1001"))?.id).toBe("CUST-1");
    // records of a source named "master" would be taken for master entities
    const named = await resolve([...RECORDS, { source: "master", id: "CUST-1", name: "Globex" }], { master: [{ id: "CUST-1", name: "Siemens AG", country: "DE" }] });
    expect(named.rejected.map((r) => [r.index, r.source, r.master, r.errors[0]?.code])).toEqual([[RECORDS.length, "master", undefined, "reserved_source"]]);
    expect(named.entities.find((e) => e.id === "CUST-1")?.recordIds).toContain("erp:1001");
    // no entity carries a rejected master id
    expect(entities.filter((e) => e.fromMaster).map((e) => e.id)).toEqual(["CUST-1"]);
  });

  it("accounts for every record exactly once and rejects bad ones with reasons", async () => {
    const input: unknown[] = [
      ...RECORDS,
      { source: "erp", id: "1001", name: "Duplicate of an id" },
      { source: "crm", id: "", name: "No id" },
      { source: "crm", id: "X1" },
      { source: "ar", id: "X2", name: 42 },
      { source: "ar", id: "X3", name: "(),-" },
      null,
      { id: "X4", name: "No source" },
    ];
    const { entities, rejected, stats } = await resolve(input as SourceRecordInput[]);
    const placed = entities.flatMap((e) => e.recordIds);
    expect(new Set(placed).size).toBe(placed.length);
    expect(placed.length + rejected.length).toBe(input.length);
    expect(rejected.map((r) => r.index).sort((a, b) => a - b)).toEqual([0, 8, 9, 10, 11, 12, 13, 14]);
    expect(rejected.find((r) => r.index === 8)?.errors[0]?.code).toBe("duplicate_id");
    expect(rejected.find((r) => r.index === 10)?.errors[0]?.path).toEqual(["name"]);
    expect(stats.records).toBe(input.length);
  });

  it("reads async iterables", async () => {
    async function* rows() {
      for (const r of RECORDS) yield r;
    }
    expect((await resolve(rows())).entities).toHaveLength(4);
  });

  it("does not depend on input order", async () => {
    const baseline = (await resolve(RECORDS)).entities.map((e) => [e.id, e.recordIds.join(",")]);
    await fc.assert(fc.asyncProperty(fc.shuffledSubarray(RECORDS, { minLength: RECORDS.length, maxLength: RECORDS.length }), async (shuffled) => {
      const result = (await resolve(shuffled)).entities.map((e) => [e.id, e.recordIds.join(",")]);
      expect(result).toEqual(baseline);
    }), { numRuns: 25 });
  });

  it("gives the same entities, links and rejections on several threads as on one", async () => {
    const stems = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Woodgrove", "Litware", "Proseware", "Lucerne", "Adatum", "Wingtip"];
    const kinds = ["Traders", "Pharma", "Steel", "Logistics", "Financial"];
    const records: unknown[] = stems.flatMap((stem, i) => kinds.flatMap((kind, j) => [
      { source: "erp", id: `E${i}-${j}`, name: `${stem} ${kind} GmbH`, country: "DE" },
      { source: "crm", id: `C${i}-${j}`, name: `${stem.toUpperCase()} ${kind} Gesellschaft mbH`, country: "DE" },
      { source: "ar", id: `A${i}-${j}`, name: `${stem.slice(0, -1)} ${kind}`, country: j % 2 === 0 ? "DE" : "AT" },
    ]));
    records.push({ source: "erp", id: "bad", name: "" }, { source: "crm", name: "no id" });
    const strip = (r: Awaited<ReturnType<typeof resolve>>) => ({ entities: r.entities, rejected: r.rejected, pairs: r.stats.pairsCompared, merges: r.stats.merges });
    const one = strip(await resolve(records));
    expect(one.entities.length).toBeLessThan(150);
    expect(strip(await resolve(records, { threads: 2 }))).toEqual(one);
    expect(strip(await resolve(records, { threads: 3 }))).toEqual(one);
  });
});
