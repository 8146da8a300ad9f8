import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdIndex } from "../../src/family/id-index.js";

describe("IdIndex", () => {
  it("finds every id at its position and nothing else", () => {
    const ids = ["acme", "__proto__", "constructor", "E1", "E10", "E100", "a-very-long-identifier-beyond-ten", "a-very-long-identifier-beyond-tem", "", "Société", "株式会社"];
    const index = new IdIndex(ids);
    ids.forEach((id, i) => expect(index.get(id)).toBe(i));
    for (const absent of ["acm", "acme ", "E1000", "a-very-long-identifier-beyond-te", "a-very-long-identifier-beyond-tex", "toString", "societe"]) expect(index.get(absent)).toBeUndefined();
  });

  it("agrees with a Map on any list of distinct strings and any query", () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ maxLength: 24 }), { maxLength: 200 }), fc.array(fc.string({ maxLength: 24 }), { maxLength: 50 }), (ids, queries) => {
      const index = new IdIndex(ids);
      const map = new Map(ids.map((id, i) => [id, i]));
      for (const q of [...ids, ...queries]) expect(index.get(q)).toBe(map.get(q));
    }));
  });

  it("tells apart ids that share a prefix, a length and a hash bucket at scale", () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `ACC-${String(i).padStart(12, "0")}`);
    const index = new IdIndex(ids);
    for (let i = 0; i < ids.length; i += 97) expect(index.get(ids[i] as string)).toBe(i);
    expect(index.get("ACC-000000050000")).toBeUndefined();
  });

  it("grows as ids are added, numbering them in order and refusing duplicates", () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string({ maxLength: 14 }), fc.constantFrom("__proto__", "constructor", "E1")), { maxLength: 300 }), (added) => {
      const ids: string[] = [];
      const index = new IdIndex(ids);
      const map = new Map<string, number>();
      for (const id of added) {
        expect(index.add(id)).toBe(!map.has(id));
        if (!map.has(id)) map.set(id, map.size);
      }
      expect(ids).toEqual([...map.keys()]);
      expect(index.size).toBe(map.size);
      for (const id of [...added, "absent", "E2"]) expect(index.get(id)).toBe(map.get(id));
    }));
  });
});
