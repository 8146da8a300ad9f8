import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFamilyGraph, loadEdgeList, loadGleif, UnknownEntityError, type FamilyEntityInput, type RelationshipInput } from "../../src/family/index.js";

const e = (id: string, country = "US", kind: "legalEntity" | "branch" = "legalEntity"): FamilyEntityInput => ({ id, name: `${id} name`, country, kind });

describe("the known case: cross-holdings", () => {
  // X holds 80% of A; A holds 50% of B; B holds 20% of A and 70% of C
  const families = buildFamilyGraph({
    entities: ["X", "A", "B", "C"].map((id) => e(id)),
    relationships: [
      { child: "A", parent: "X", type: "direct", ownershipPct: 80 },
      { child: "B", parent: "A", type: "direct", ownershipPct: 50 },
      { child: "A", parent: "B", type: "direct", ownershipPct: 20 },
      { child: "C", parent: "B", type: "direct", ownershipPct: 70 },
    ],
  });
  it("computes integrated ownership through all paths", () => {
    expect(families.integratedOwnership("X", "A")).toBeCloseTo((100 * 8) / 9, 9);
    expect(families.integratedOwnership("X", "B")).toBeCloseTo((100 * 4) / 9, 9);
    expect(families.integratedOwnership("X", "C")).toBeCloseTo((100 * 28) / 90, 9);
  });
  it("decides control: X controls A; B and C form their own family", () => {
    expect(families.globalUltimate("A")).toBe("X");
    expect(families.parent("B")).toBeNull();
    expect(families.globalUltimate("C")).toBe("B");
    expect(families.familyOf("C").members.map((m) => m.id)).toEqual(["B", "C"]);
  });
});

describe("control rules", () => {
  it("follows votes over capital where both are given", () => {
    const f = buildFamilyGraph({ entities: [e("P"), e("S")], relationships: [{ child: "S", parent: "P", type: "direct", ownershipPct: 30, votingPct: 60 }] });
    expect(f.parent("S")?.id).toBe("P");
    expect(f.integratedOwnership("P", "S")).toBeCloseTo(30, 9);
  });
  it("treats a declared consolidation or branch link without percentage as control", () => {
    const f = buildFamilyGraph({ entities: [e("P"), e("S"), e("B", "FR")], relationships: [{ child: "S", parent: "P", type: "direct" }, { child: "B", parent: "P", type: "branch" }] });
    expect(f.children("P").map((m) => m.id).sort()).toEqual(["B", "S"]);
    expect(f.entity("B").kind).toBe("branch");
  });
  it("applies aggregated control", () => {
    // P controls S1 (60%) and S2 (70%); S1 and S2 hold 30% each of T: together 60% > 50%
    const f = buildFamilyGraph({
      entities: ["P", "S1", "S2", "T"].map((id) => e(id)),
      relationships: [
        { child: "S1", parent: "P", type: "direct", ownershipPct: 60 }, { child: "S2", parent: "P", type: "direct", ownershipPct: 70 },
        { child: "T", parent: "S1", type: "direct", ownershipPct: 30 }, { child: "T", parent: "S2", type: "direct", ownershipPct: 30 },
      ],
    });
    expect(f.parent("T")?.id).toBe("P");
    expect(f.entity("T").linkType).toBe("aggregated");
    const off = buildFamilyGraph({ entities: ["P", "S1", "S2", "T"].map((id) => e(id)), relationships: [{ child: "S1", parent: "P", type: "direct", ownershipPct: 60 }, { child: "S2", parent: "P", type: "direct", ownershipPct: 70 }, { child: "T", parent: "S1", type: "direct", ownershipPct: 30 }, { child: "T", parent: "S2", type: "direct", ownershipPct: 30 }] }, { aggregatedControl: false });
    expect(off.parent("T")).toBeNull();
  });
  it("gives a 50/50 joint venture no controlling parent, unless asked", () => {
    const input = { entities: ["A", "B", "JV"].map((id) => e(id)), relationships: [{ child: "JV", parent: "A", type: "direct" as const, ownershipPct: 50 }, { child: "JV", parent: "B", type: "direct" as const, ownershipPct: 50 }] };
    const f = buildFamilyGraph(input);
    expect(f.parent("JV")).toBeNull();
    expect(f.jointOwners("JV")).toEqual(["A", "B"]);
    expect(f.issues.find((i) => i.kind === "jointVenture")?.ids).toEqual(["JV", "A", "B"]);
    expect(buildFamilyGraph(input, { assignJointVentures: true }).parent("JV")?.id).toBe("A");
  });
  it("chooses among several controlling parents by share, source priority, start date, then id", () => {
    const rel = (parent: string, extra: Partial<RelationshipInput> = {}): RelationshipInput => ({ child: "S", parent, type: "direct", ...extra });
    const ents = ["S", "P1", "P2", "P3"].map((id) => e(id));
    expect(buildFamilyGraph({ entities: ents, relationships: [rel("P1", { ownershipPct: 60 }), rel("P2", { ownershipPct: 70 })] }).parent("S")?.id).toBe("P2");
    expect(buildFamilyGraph({ entities: ents, relationships: [rel("P1", { source: "crm" }), rel("P2", { source: "registry" })] }, { sourcePriority: ["registry", "crm"] }).parent("S")?.id).toBe("P2");
    expect(buildFamilyGraph({ entities: ents, relationships: [rel("P1", { validFrom: "2020-01-01" }), rel("P2", { validFrom: "2022-06-30" })] }).parent("S")?.id).toBe("P2");
    const f = buildFamilyGraph({ entities: ents, relationships: [rel("P3"), rel("P1"), rel("P2")] });
    expect(f.parent("S")?.id).toBe("P1");
    expect(f.secondaryParents("S").map((s) => s.parent).sort()).toEqual(["P2", "P3"]);
    expect(f.issues.some((i) => i.kind === "multipleControllingParents")).toBe(true);
  });
  it("builds the tree as it stood on a date", () => {
    const input = {
      entities: ["Old", "New", "S"].map((id) => e(id)),
      relationships: [
        { child: "S", parent: "Old", type: "direct" as const, ownershipPct: 100, validTo: "2023-03-31" },
        { child: "S", parent: "New", type: "direct" as const, ownershipPct: 100, validFrom: "2023-03-31" },
      ],
    };
    expect(buildFamilyGraph(input, { asOf: "2022-12-31" }).globalUltimate("S")).toBe("Old");
    expect(buildFamilyGraph(input, { asOf: "2024-01-01" }).globalUltimate("S")).toBe("New");
  });
});

describe("data faults are reported with a resolution", () => {
  it("breaks a cycle of control at its weakest link", () => {
    const f = buildFamilyGraph({ entities: ["A", "B", "C"].map((id) => e(id)), relationships: [{ child: "A", parent: "B", type: "direct", ownershipPct: 90 }, { child: "B", parent: "C", type: "direct", ownershipPct: 60 }, { child: "C", parent: "A", type: "direct", ownershipPct: 80 }] });
    const cycle = f.issues.find((i) => i.kind === "controlCycle");
    expect(cycle?.ids.sort()).toEqual(["A", "B", "C"]);
    expect(f.globalUltimate("A")).toBe("B");
    expect(f.parent("B")).toBeNull();
    expect(cycle?.resolution).toMatch(/secondary/);
  });
  it("reports a declared ultimate that disagrees with the computed one", () => {
    const f = buildFamilyGraph({ entities: ["S", "P", "U", "Other"].map((id) => e(id)), relationships: [{ child: "S", parent: "P", type: "direct" }, { child: "P", parent: "U", type: "direct" }, { child: "S", parent: "Other", type: "ultimate" }] });
    expect(f.globalUltimate("S")).toBe("U");
    expect(f.declaredUltimate("S")).toBe("Other");
    expect(f.issues.find((i) => i.kind === "declaredUltimateMismatch")?.ids).toEqual(["S", "Other", "U"]);
  });
  it("hangs an entity under its declared ultimate when no direct parent is known", () => {
    const f = buildFamilyGraph({ entities: ["S", "U"].map((id) => e(id)), relationships: [{ child: "S", parent: "U", type: "ultimate" }] });
    expect(f.globalUltimate("S")).toBe("U");
    expect(f.issues).toEqual([]);
  });
  it("reports relationships to unknown entities and ignores them", () => {
    const f = buildFamilyGraph({ entities: [e("A")], relationships: [{ child: "A", parent: "Ghost", type: "direct" }] });
    expect(f.issues[0]).toMatchObject({ kind: "unknownEntity", ids: ["Ghost"] });
    expect(f.parent("A")).toBeNull();
  });
  it("reports ownership over 100% and scales it for integrated ownership", () => {
    const f = buildFamilyGraph({ entities: ["A", "B", "S"].map((id) => e(id)), relationships: [{ child: "S", parent: "A", type: "direct", ownershipPct: 80 }, { child: "S", parent: "B", type: "direct", ownershipPct: 40 }] });
    expect(f.issues.some((i) => i.kind === "ownershipOver100")).toBe(true);
    expect(f.integratedOwnership("A", "S")).toBeCloseTo((80 / 120) * 100, 9);
  });
  it("gives a branch no subsidiaries: its children hang under the head office", () => {
    const f = buildFamilyGraph({ entities: [e("HQ"), e("BR", "FR", "branch"), e("Sub", "FR")], relationships: [{ child: "BR", parent: "HQ", type: "branch" }, { child: "Sub", parent: "BR", type: "direct" }] });
    expect(f.parent("Sub")?.id).toBe("HQ");
    expect(f.issues.some((i) => i.kind === "branchWithSubsidiaries")).toBe(true);
  });
  it("rejects bad rows with reasons and keeps the rest", () => {
    const f = buildFamilyGraph({ entities: [e("A"), { id: "B", name: "" }, { id: "C", name: "C", country: "Atlantis" }, e("A")], relationships: [{ child: "A", parent: "A", type: "direct" }, { child: "A", parent: "X", type: "owner" }, { child: "A", parent: "B", type: "direct", ownershipPct: 150 }] });
    expect(f.size).toBe(1);
    expect(f.rejected.map((r) => `${r.kind}:${r.index}`)).toEqual(["entity:1", "entity:2", "relationship:0", "relationship:1", "relationship:2"]);
    expect(f.issues.some((i) => i.kind === "duplicateEntity")).toBe(true);
  });
});

describe("queries on a small group", () => {
  const families = buildFamilyGraph({
    entities: [e("acme", "US"), e("acme-br", "BR"), e("acme-de", "DE"), e("acme-de-log", "DE"), e("acme-de-sub", "DE"), e("other", "US"), e("__proto__", "GB"), e("constructor", "GB")],
    relationships: [
      { child: "acme-br", parent: "acme", type: "direct", ownershipPct: 100 }, { child: "acme-de", parent: "acme", type: "direct", ownershipPct: 75 },
      { child: "acme-de-log", parent: "acme-de", type: "direct", ownershipPct: 100 }, { child: "acme-de-sub", parent: "acme-de-log", type: "direct", ownershipPct: 51 },
      { child: "constructor", parent: "__proto__", type: "direct", ownershipPct: 100 },
    ],
  });
  it("answers the tree queries", () => {
    expect(families.globalUltimate("acme-de-sub")).toBe("acme");
    expect(families.domesticUltimate("acme-de-sub")).toBe("acme-de");
    expect(families.domesticUltimate("acme-br")).toBe("acme-br");
    expect(families.pathToUltimate("acme-de-sub")).toEqual(["acme-de-sub", "acme-de-log", "acme-de", "acme"]);
    expect(families.entity("acme-de-sub").level).toBe(3);
    expect(families.siblings("acme-br")).toEqual(["acme-de"]);
    expect(families.descendants("acme-de")).toEqual(["acme-de-log", "acme-de-sub"]);
    expect(families.members("acme", { country: "DE" }).map((m) => m.id)).toEqual(["acme-de", "acme-de-log", "acme-de-sub"]);
    expect(families.integratedOwnershipOf("acme").get("acme-de-sub")).toBeCloseTo(75 * 0.51, 9);
  });
  it("finds customers that are related and prospects near them", () => {
    const related = families.related(["acme-br", "acme-de-sub", "other"]);
    expect(related).toHaveLength(1);
    expect(related[0]?.ids).toEqual(["acme-br", "acme-de-sub"]);
    expect(related[0]?.paths["acme-br"]).toEqual(["acme-br", "acme"]);
    const prospects = families.prospects(["acme-de-log"]);
    expect(prospects.map((p) => [p.id, p.distance])).toEqual([["acme-de", 1], ["acme-de-sub", 1], ["acme", 2], ["acme-br", 3]]);
    expect(prospects[3]?.path).toEqual(["acme-br", "acme", "acme-de", "acme-de-log"]);
  });
  it("treats __proto__ and constructor as ordinary ids", () => {
    expect(families.globalUltimate("constructor")).toBe("__proto__");
    expect(families.children("__proto__").map((m) => m.id)).toEqual(["constructor"]);
    const tree = families.toJsonTree("constructor");
    expect(tree.id).toBe("__proto__");
    expect(tree.children[0]?.id).toBe("constructor");
    // related customers' paths are keyed by such ids too
    const [group] = families.related(["__proto__", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(group?.paths, "__proto__")?.value).toEqual(["__proto__"]);
    expect(group?.paths.constructor).toEqual(["constructor", "__proto__"]);
    expect(Object.getPrototypeOf(group?.paths)).toBe(Object.prototype);
  });
  it("exports JSON, Mermaid, DOT and graphology's format", () => {
    const tree = families.toJsonTree("acme-br");
    expect(tree.children.map((c) => c.id)).toEqual(["acme-br", "acme-de"]);
    expect(families.toMermaid("acme")).toMatch(/^flowchart TD\n {2}e0\["acme name \(US\)"\]/);
    expect(families.toMermaid("acme")).toContain("-->|75%|");
    expect(families.toDot("acme")).toMatch(/digraph family \{[\s\S]*"e0" -> "e2" \[label="75%"\];/);
    const serialized = families.toSerialized("acme");
    expect(serialized.nodes).toHaveLength(5);
    expect(serialized.edges).toHaveLength(4);
  });
  it("throws a typed error for an unknown id", () => {
    expect(() => families.globalUltimate("nope")).toThrow(UnknownEntityError);
  });
});

describe("scale without recursion", () => {
  it("handles a 100,000-deep ownership chain", () => {
    const n = 100_000;
    const entities = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, name: `Chain ${i}`, country: i % 2 ? "DE" : "FR" }));
    const relationships = Array.from({ length: n - 1 }, (_, i) => ({ child: `c${i + 1}`, parent: `c${i}`, type: "direct" as const, ownershipPct: 100 }));
    const f = buildFamilyGraph({ entities, relationships });
    expect(f.globalUltimate(`c${n - 1}`)).toBe("c0");
    expect(f.entity(`c${n - 1}`).level).toBe(n - 1);
    expect(f.domesticUltimate(`c${n - 1}`)).toBe("c1");
    expect(f.pathToUltimate(`c${n - 1}`)).toHaveLength(n);
    expect(f.integratedOwnership("c0", `c${n - 1}`)).toBeCloseTo(100, 6);
    expect(f.toJsonTree("c5").id).toBe("c0");
  });
  it("handles a 1,000,000-member star", () => {
    const n = 1_000_000;
    const entities = [{ id: "hub", name: "Hub" }, ...Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `Spoke ${i}` }))];
    const relationships = Array.from({ length: n }, (_, i) => ({ child: `s${i}`, parent: "hub", type: "direct" as const }));
    const f = buildFamilyGraph({ entities, relationships });
    expect(f.globalUltimate("s999999")).toBe("hub");
    expect(f.children("hub")).toHaveLength(n);
    expect(f.siblings("s0")).toHaveLength(n - 1);
  });
});

describe("loaders", () => {
  it("reads GLEIF level 1 and level 2 records", () => {
    const { entities, relationships, skipped } = loadGleif({
      level1: [
        { LEI: "529900T8BM49AURSDO55", "Entity.LegalName": "Parent AG", "Entity.LegalAddress.Country": "DE" },
        { LEI: "5299000J2N45DDNE4Y28", "Entity.LegalName": "Child GmbH", "Entity.LegalAddress.Country": "DE" },
        { LEI: "5299000J2N45DDNE4Y29", "Entity.LegalName": "Child Branch", "Entity.LegalAddress.Country": "FR", "Entity.EntityCategory": "BRANCH" },
      ],
      level2: [
        { "Relationship.StartNode.NodeID": "5299000J2N45DDNE4Y28", "Relationship.EndNode.NodeID": "529900T8BM49AURSDO55", "Relationship.RelationshipType": "IS_DIRECTLY_CONSOLIDATED_BY", "Relationship.RelationshipStatus": "ACTIVE", "Relationship.Period.1.periodType": "RELATIONSHIP_PERIOD", "Relationship.Period.1.startDate": "2019-01-01T00:00:00Z", "Relationship.Quantifiers.1.QuantifierAmount": "75.5", "Relationship.Quantifiers.1.QuantifierUnits": "PERCENTAGE" },
        { "Relationship.StartNode.NodeID": "5299000J2N45DDNE4Y29", "Relationship.EndNode.NodeID": "5299000J2N45DDNE4Y28", "Relationship.RelationshipType": "IS_INTERNATIONAL_BRANCH_OF", "Relationship.RelationshipStatus": "ACTIVE" },
        { "Relationship.StartNode.NodeID": "x", "Relationship.EndNode.NodeID": "y", "Relationship.RelationshipType": "IS_FUND-MANAGED_BY" },
        { "Relationship.StartNode.NodeID": "5299000J2N45DDNE4Y28", "Relationship.EndNode.NodeID": "529900T8BM49AURSDO55", "Relationship.RelationshipType": "IS_ULTIMATELY_CONSOLIDATED_BY", "Relationship.RelationshipStatus": "INACTIVE" },
      ],
    });
    expect(skipped.map((s) => s.index)).toEqual([2, 3]);
    const f = buildFamilyGraph({ entities, relationships });
    expect(f.globalUltimate("5299000J2N45DDNE4Y29")).toBe("529900T8BM49AURSDO55");
    expect(f.entity("5299000J2N45DDNE4Y28").share).toBe(75.5);
    expect(f.entity("5299000J2N45DDNE4Y29").kind).toBe("branch");
  });
  it("reads an edge list by column mapping", () => {
    const rows = [{ child_id: "b", parent_id: "a", relationship_type: "parent", pct: "60" }];
    expect(loadEdgeList(rows, { child: "child_id", parent: "parent_id", type: "relationship_type", typeValues: { parent: "direct" }, ownershipPct: "pct" })).toEqual([{ child: "b", parent: "a", type: "direct", ownershipPct: 60 }]);
  });
  it("reads a percentage as written, and rejects a link whose percentage is none rather than keep it without", () => {
    const rows = [{ c: "b", p: "a", pct: "75,5 %" }, { c: "c", p: "a", pct: "majority" }, { c: "d", p: "a", pct: "" }];
    const relationships = loadEdgeList(rows, { child: "c", parent: "p", ownershipPct: "pct" });
    expect(relationships.map((r) => r.ownershipPct)).toEqual([75.5, Number.NaN, undefined]);
    const f = buildFamilyGraph({ entities: ["a", "b", "c", "d"].map((id) => ({ id, name: id.toUpperCase() })), relationships });
    expect(f.rejected).toMatchObject([{ kind: "relationship", index: 1, issues: [{ path: ["ownershipPct"], message: "expected a percentage from 0 to 100" }] }]);
    expect(f.parent("d")?.id).toBe("a");
  });
});

describe("properties", () => {
  const forest = fc.integer({ min: 2, max: 40 }).chain((n) =>
    fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined })), { maxLength: 2 * n })),
  );
  const build = (n: number, edges: [number, number, number | undefined][], order: number[] = []) => {
    const entities = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, name: `N${i}`, country: i % 3 ? "DE" : "US" }));
    let relationships: RelationshipInput[] = edges.filter(([c, p]) => c !== p).map(([c, p, pct]) => ({ child: `n${c}`, parent: `n${p}`, type: "direct", ...(pct !== undefined ? { ownershipPct: pct } : {}) }));
    if (order.length > 0) relationships = relationships.map((r, i) => ({ r, k: order[i % order.length] as number })).sort((a, b) => a.k - b.k).map((x) => x.r);
    return buildFamilyGraph({ entities, relationships });
  };
  it("gives every member of a family the same global ultimate, which has no controlling parent", () => {
    fc.assert(fc.property(forest, ([n, edges]) => {
      const f = build(n, edges);
      for (const { id } of f.ultimates()) {
        expect(f.parent(id)).toBeNull();
        for (const m of f.familyOf(id).members) expect(f.globalUltimate(m.id)).toBe(id);
      }
    }), { numRuns: 200 });
  });
  it("keeps integrated ownership within [0, 100]", () => {
    fc.assert(fc.property(forest, ([n, edges]) => {
      const f = build(n, edges);
      for (let i = 0; i < n; i++) for (const v of f.integratedOwnershipOf(`n${i}`).values()) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100 + 1e-9);
      }
    }), { numRuns: 150 });
  });
  it("does not depend on input order", () => {
    fc.assert(fc.property(forest, fc.array(fc.nat(1000), { minLength: 1, maxLength: 50 }), ([n, edges], order) => {
      const a = build(n, edges);
      const b = build(n, edges, order);
      for (let i = 0; i < n; i++) {
        expect(b.globalUltimate(`n${i}`)).toBe(a.globalUltimate(`n${i}`));
        expect(b.parent(`n${i}`)?.id).toBe(a.parent(`n${i}`)?.id);
      }
      expect(b.issues.map((x) => x.kind).sort()).toEqual(a.issues.map((x) => x.kind).sort());
    }), { numRuns: 200 });
  });
});

describe("row validation", () => {
  it("accepts and rejects exactly as the zod schemas do", async () => {
    const { familyEntitySchema, relationshipSchema } = await import("../../src/family/index.js");
    const value = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 4 }), fc.integer({ min: -5, max: 150 }), fc.double({ noNaN: false }), fc.constantFrom("DE", "de", "Germany", "DEU", "UK", "Atlantis", "31.01.2024", "20240230", "2024-02-30", "01/02/2024", "direct", "ultimate", "branch", "jointOwner", "owner", "legalEntity", "2024-01-31", "2024-01-31T10:00:00Z", "x"));
    const row = fc.record({ id: value, name: value, country: value, kind: value, child: value, parent: value, type: value, ownershipPct: value, votingPct: value, validFrom: value, source: value }, { requiredKeys: [] });
    fc.assert(fc.property(row, (r) => {
      const entity = buildFamilyGraph({ entities: [r], relationships: [] });
      expect(entity.rejected.length === 0).toBe(familyEntitySchema.safeParse(r).success);
      const rel = buildFamilyGraph({ entities: [], relationships: [r] });
      expect(rel.rejected.length === 0).toBe(relationshipSchema.safeParse(r).success);
    }), { numRuns: 3000 });
  });
});

describe("declared cycles the parent rules avoid", () => {
  it("still reports two organizations declared each other's parent", () => {
    const f = buildFamilyGraph({ entities: ["A", "B", "C"].map((id) => e(id)), relationships: [{ child: "A", parent: "B", type: "direct" }, { child: "B", parent: "A", type: "direct" }, { child: "B", parent: "C", type: "direct", ownershipPct: 90 }] });
    expect(f.globalUltimate("A")).toBe("C");
    expect(f.issues.find((i) => i.kind === "controlCycle")?.ids).toEqual(["A", "B"]);
  });
});
