import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PairTable } from "../../src/resolve/pair-table.js";

describe("PairTable", () => {
  it("answers as a Map does, through growth, for keys up to 2^53", () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.maxSafeInteger().filter((k) => k >= 0));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 300 }), (ops) => {
        const table = new PairTable(1);
        const map = new Map<number, number>();
        for (const [k, v] of ops) {
          table.set(k, v);
          map.set(k, v);
        }
        expect(table.size).toBe(map.size);
        for (const [k, v] of map) expect(table.get(k)).toBe(v);
        expect(table.get(2 ** 53 + 2)).toBeUndefined();
      }),
    );
  });

  it("lists the pairs at or above a score, strongest first and by key among equals", () => {
    const table = new PairTable();
    for (const [k, v] of [[5, 0.7], [3, 0.9], [9, 0.7], [1, 0.2], [4294967301, 0.7]] as const) table.set(k, v);
    const { keys, scores } = table.strongest(0.5);
    expect([...keys]).toEqual([3, 5, 9, 4294967301]);
    expect([...scores]).toEqual([0.9, 0.7, 0.7, 0.7]);
  });
});
