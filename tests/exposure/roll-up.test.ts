import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFamilyGraph, type RelationshipInput } from "../../src/family/index.js";
import { MissingRateError, rollUpExposure, type ExposureRowInput } from "../../src/exposure/index.js";

// Acme Holdings (US) -> Acme Brasil (BR, 100%) ; Acme Germany (DE, 80%) -> Acme Logistics (DE, 60%)
const family = buildFamilyGraph({
  entities: [
    { id: "acme", name: "Acme Holdings Inc.", country: "US" }, { id: "acme-br", name: "Acme Brasil Ltda", country: "BR" },
    { id: "acme-de", name: "Acme Germany GmbH", country: "DE" }, { id: "acme-log", name: "Acme Logistics GmbH", country: "DE" },
    { id: "solo", name: "Solo Ltd", country: "GB" }, { id: "cyc-a", name: "Cycle A", country: "FR" }, { id: "cyc-b", name: "Cycle B", country: "FR" },
  ],
  relationships: [
    { child: "acme-br", parent: "acme", type: "direct", ownershipPct: 100 }, { child: "acme-de", parent: "acme", type: "direct", ownershipPct: 80 },
    { child: "acme-log", parent: "acme-de", type: "direct", ownershipPct: 60 },
    { child: "cyc-a", parent: "cyc-b", type: "direct", ownershipPct: 70 }, { child: "cyc-b", parent: "cyc-a", type: "direct", ownershipPct: 60 },
  ],
});
const rates = { USD: 0.9, BRL: 0.2, GBP: 1.2 };
const exposures: ExposureRowInput[] = [
  { entityId: "acme", currency: "USD", openReceivables: 1000, openOrders: 500 },
  { entityId: "acme-br", currency: "BRL", openReceivables: 10000, overdueBuckets: { "1-30": 1000, "31-60": 0, "61-90": 0, "90+": 1000 } },
  { entityId: "acme-de", currency: "EUR", openReceivables: 2000, overdue: 500 },
  { entityId: "acme-log", currency: "EUR", openReceivables: 3000, openOrders: 1000 },
  { accountId: "erp:77", currency: "GBP", openReceivables: 100 },
  { entityId: "cyc-a", currency: "EUR", openReceivables: 10 },
];
const accountMap = new Map([["erp:77", "solo"]]);

describe("rollUpExposure", () => {
  const view = rollUpExposure({ family, exposures, accountMap, rates, reportingCurrency: "EUR", mode: "full", limits: [
    { entityId: "acme-de", amount: 3000, currency: "EUR", scope: "entity" },
    { entityId: "acme-de", amount: 5000, currency: "EUR", scope: "group" },
    { entityId: "acme", amount: 8000, currency: "USD", scope: "group" },
  ] });

  it("rolls own, subtree and family exposure up in the reporting currency", () => {
    expect(view.get("acme").ownExposure).toBe(1350); // (1000 + 500) USD * 0.9
    expect(view.get("acme-br").ownExposure).toBe(2000);
    expect(view.get("acme-de").subtreeExposure).toBe(6000);
    expect(view.get("acme").subtreeExposure).toBe(9350);
    expect(view.get("acme-log").familyExposure).toBe(9350);
    expect(view.get("solo").ownExposure).toBe(120);
    expect(view.totalExposure).toBe(9350 + 120 + 10);
  });
  it("gives overdue share and days beyond terms from the buckets", () => {
    const br = view.get("acme-br");
    expect(br.overdue).toBe(400);
    expect(br.overdueShare).toBeCloseTo(0.2, 12);
    expect(br.daysBeyondTerms).toBeCloseTo((200 * 15 + 200 * 120) / 2000, 9);
  });
  it("reports limits, utilization and headroom at every level, and each breach", () => {
    const de = view.get("acme-de");
    expect(de.limit).toBe(5000);
    expect(de.utilization).toBeCloseTo(6000 / 5000, 12);
    expect(de.limits.map((l) => `${l.entityId}:${l.scope}`)).toEqual(["acme-de:entity", "acme-de:group", "acme:group"]);
    expect(de.availableCredit).toBe(-2150); // the family limit (8,000 USD = 7,200 EUR) binds tightest
    // acme-log has no limit of its own but draws on two group limits
    expect(view.get("acme-log").availableCredit).toBe(-2150);
    expect(view.breaches.map((b) => `${b.entityId}:${b.scope}:${b.excess}`)).toEqual(["acme:group:2150", "acme-de:group:1000"]);
  });
  it("flags an entity within its own limit that breaks its group's limit", () => {
    const de = view.get("acme-de");
    const own = de.limits.find((l) => l.scope === "entity");
    expect(own?.used).toBeLessThanOrEqual(own?.limit ?? 0);
    expect(view.breaches.some((b) => b.entityId === "acme-de" && b.scope === "group")).toBe(true);
  });
  it("explains every figure by the lines and conversions that make it", () => {
    const ex = view.explain("acme", "subtreeExposure");
    expect(ex.total).toBe(9350);
    expect(ex.lines.map((l) => l.entityId).sort()).toEqual(["acme", "acme-br", "acme-de", "acme-log"]);
    expect(ex.lines.reduce((s, l) => s + l.contribution, 0)).toBeCloseTo(9350, 9);
    expect(ex.lines.find((l) => l.entityId === "acme-br")).toMatchObject({ currency: "BRL", amount: 10000, rate: 0.2, convertedMinor: 200000 });
    expect(view.explain("solo", "ownExposure").lines[0]?.accountId).toBe("erp:77");
  });
  it("weights by ownership along the chain in ownership mode", () => {
    const owned = rollUpExposure({ family, exposures, accountMap, rates, reportingCurrency: "EUR", mode: "ownership" });
    expect(owned.get("acme-de").subtreeExposure).toBe(2000 + 0.6 * 4000);
    expect(owned.get("acme").subtreeExposure).toBeCloseTo(1350 + 2000 + 0.8 * (2000 + 0.6 * 4000), 9);
  });
  it("lists the missing currencies instead of counting zero", () => {
    expect(() => rollUpExposure({ family, exposures: [...exposures, { entityId: "solo", currency: "JPY", openReceivables: 5 }, { entityId: "solo", currency: "CHF", openReceivables: 5 }], reportingCurrency: "EUR", rates: { USD: 0.9, BRL: 0.2 }, accountMap })).toThrow(MissingRateError);
    try {
      rollUpExposure({ family, exposures: [{ entityId: "solo", currency: "JPY", openReceivables: 5 }, { entityId: "solo", currency: "CHF", openReceivables: 5 }], reportingCurrency: "EUR" });
    } catch (error) {
      expect((error as MissingRateError).currencies).toEqual(["CHF", "JPY"]);
    }
  });
  it("sums converted lines in integer minor units", () => {
    const many = Array.from({ length: 1000 }, () => ({ entityId: "solo", currency: "USD", openReceivables: 0.1 }));
    const v = rollUpExposure({ family, exposures: many, rates: { USD: 0.3 }, reportingCurrency: "EUR" });
    expect(v.get("solo").ownExposure).toBe(30); // 1000 lines of 0.03 EUR, no floating drift
  });
  it("rejects bad rows with reasons and rolls up the rest", () => {
    const v = rollUpExposure({ family, exposures: [{ entityId: "solo", currency: "EUR", openReceivables: 1 }, { entityId: "ghost", currency: "EUR", openReceivables: 1 }, { accountId: "crm:1", currency: "EUR", openReceivables: 1 }, { entityId: "solo", currency: "EURO", openReceivables: 1 }, { currency: "EUR", openReceivables: 1 }], reportingCurrency: "EUR" });
    expect(v.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4]);
    expect(v.rejected[0]?.errors[0]?.message).toMatch(/ghost/);
    expect(v.get("solo").ownExposure).toBe(1);
  });
  it("shows how the usage and allocation limit models differ on one example", () => {
    const limits = [{ entityId: "acme", amount: 10000, currency: "EUR", scope: "group" as const }, { entityId: "acme-br", amount: 4000, currency: "EUR", scope: "entity" as const }];
    const usage = rollUpExposure({ family, exposures, accountMap, rates, reportingCurrency: "EUR", limits, limitModel: "usage" });
    const allocation = rollUpExposure({ family, exposures, accountMap, rates, reportingCurrency: "EUR", limits, limitModel: "allocation" });
    // usage: the whole family (9,350) draws on the 10,000 group limit
    expect(usage.get("acme").headroom).toBe(650);
    // allocation: acme-br takes a fixed slice of 4,000; the others (7,350) share the remaining 6,000 and break it
    expect(allocation.get("acme").limit).toBe(6000);
    expect(allocation.get("acme").headroom).toBe(-1350);
    expect(allocation.breaches.map((b) => b.entityId)).toEqual(["acme"]);
    expect(usage.breaches).toEqual([]);
  });
  it("updates one account incrementally through all its ancestors", () => {
    const v = rollUpExposure({ family, exposures, accountMap, rates, reportingCurrency: "EUR" });
    v.updateExposure(3, { entityId: "acme-log", currency: "EUR", openReceivables: 0 });
    const fresh = rollUpExposure({ family, exposures: exposures.map((e, i) => (i === 3 ? { entityId: "acme-log", currency: "EUR", openReceivables: 0 } : e)), accountMap, rates, reportingCurrency: "EUR" });
    for (const id of ["acme-log", "acme-de", "acme", "acme-br"]) expect(v.get(id)).toEqual(fresh.get(id));
  });
  it("converts an updated row in a currency no row had before", () => {
    const euroOnly: ExposureRowInput[] = [{ entityId: "acme-br", currency: "EUR", openReceivables: 100 }, { entityId: "acme-de", currency: "EUR", openReceivables: 50 }];
    const v = rollUpExposure({ family, exposures: euroOnly, rates, reportingCurrency: "EUR" });
    v.updateExposure(1, { entityId: "acme-de", currency: "USD", openReceivables: 1000 });
    expect(v.get("acme-de").ownExposure).toBe(900);
    expect(v.get("acme").familyExposure).toBe(1000);
    expect(v.explain("acme-de", "ownExposure").lines[0]).toMatchObject({ currency: "USD", rate: 0.9, amount: 1000, convertedMinor: 90000 });
    v.updateExposure(0, { entityId: "acme-br", currency: "EUR", openReceivables: 100, overdue: 40, openOrders: 10 });
    expect(v.get("acme-br")).toMatchObject({ ownExposure: 110, overdue: 40, openOrders: 10 });
    expect(v.get("acme").subtreeExposure).toBe(1010);
  });

  it("takes any iterable of rows, beyond its first capacity, with account rows mixed in, as an array would", () => {
    const many = (): ExposureRowInput[] => Array.from({ length: 3000 }, (_, i) => (i % 7 === 3 ? { accountId: "erp:77", currency: "GBP", openReceivables: i } : { entityId: i % 2 ? "acme-br" : "acme-log", currency: i % 3 ? "EUR" : "BRL", openReceivables: i / 4, openOrders: 1 }));
    function* stream(): Generator<ExposureRowInput> {
      yield* many();
    }
    const fromArray = rollUpExposure({ family, exposures: many(), accountMap, rates, reportingCurrency: "EUR" });
    const fromStream = rollUpExposure({ family, exposures: stream(), accountMap, rates, reportingCurrency: "EUR" });
    for (const id of ["acme", "acme-br", "acme-log", "solo"]) expect(fromStream.get(id)).toEqual(fromArray.get(id));
    const lines = fromStream.explain("solo", "ownExposure").lines;
    expect(lines).toHaveLength(Math.ceil((3000 - 3) / 7));
    expect(lines.every((l) => l.accountId === "erp:77" && l.row % 7 === 3)).toBe(true);
    expect(fromStream.explain("acme-br", "ownExposure").lines.every((l) => l.accountId === undefined)).toBe(true);
  });

  it("finds connections, under-used and near limits, concentration and prospects", () => {
    expect(view.connections()[0]?.ids).toEqual(["acme", "acme-br", "acme-de", "acme-log"]);
    expect(view.nearOrOverLimit().map((f) => f.entityId)).toContain("acme-log");
    const c = view.concentration(2);
    expect(c.families[0]).toMatchObject({ ultimateId: "acme", exposure: 9350 });
    expect(c.hhi).toBeGreaterThan(0.9);
    const sparse = rollUpExposure({ family, exposures: [{ entityId: "acme-de", currency: "EUR", openReceivables: 10 }], reportingCurrency: "EUR", limits: [{ entityId: "acme-de", amount: 1000, currency: "EUR", scope: "entity" }] });
    expect(sparse.underUsedLimits().map((f) => f.entityId)).toEqual(["acme-de"]);
    expect(sparse.prospects().map((p) => p.id)).toEqual(["acme", "acme-log", "acme-br"]);
  });
  it("rolls up over a family with a cycle reported by the family module", () => {
    expect(family.issues.some((i) => i.kind === "controlCycle")).toBe(true);
    expect(view.get("cyc-b").familyExposure).toBe(10);
  });
});

describe("rollUpExposure: properties", () => {
  const shape = fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(
    fc.constant(n),
    fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 100 })), { maxLength: 2 * n }),
    fc.array(fc.tuple(fc.nat(n - 1), fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom("EUR", "USD", "JPY")), { maxLength: 40 }),
  ));
  it("in full mode the family total equals the sum of its members' own exposure, and nothing is lost or counted twice", () => {
    fc.assert(fc.property(shape, ([n, edges, rows]) => {
      const fam = buildFamilyGraph({
        entities: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, name: `N${i}` })),
        relationships: edges.filter(([c, p]) => c !== p).map(([c, p, pct]): RelationshipInput => ({ child: `n${c}`, parent: `n${p}`, type: "direct", ownershipPct: pct })),
      });
      const v = rollUpExposure({ family: fam, exposures: rows.map(([e, cents, cur]) => ({ entityId: `n${e}`, currency: cur, openReceivables: cents / 100 })), rates: { USD: 0.9, JPY: 0.0061 }, reportingCurrency: "EUR" });
      let sumOfFamilies = 0;
      for (const { id } of fam.ultimates()) {
        const members = fam.familyOf(id).members;
        const own = members.reduce((s, m) => s + Math.round(v.get(m.id).ownExposure * 100), 0);
        expect(Math.round(v.get(id).familyExposure * 100)).toBe(own);
        sumOfFamilies += own;
      }
      const lines = rows.reduce((s, [, cents, cur]) => s + Math.round((cents / 100) * (cur === "EUR" ? 1 : cur === "USD" ? 0.9 : 0.0061) * 100), 0);
      expect(sumOfFamilies).toBe(lines);
      expect(Math.round(v.totalExposure * 100)).toBe(lines);
    }), { numRuns: 200 });
  });
});

describe("prospects", () => {
  it("never lists a customer, even one outside the top customers", () => {
    const v = rollUpExposure({ family, reportingCurrency: "EUR", exposures: [{ entityId: "acme-br", currency: "EUR", openReceivables: 1000 }, { entityId: "acme-log", currency: "EUR", openReceivables: 1 }] });
    const ids = v.prospects({ topCustomers: 1 }).map((p) => p.id);
    expect(ids).not.toContain("acme-log");
    expect(ids).toEqual(["acme", "acme-de"]);
  });
});
