import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fnv1a } from "../../src/util/fnv.js";

/** FNV-1a as its definition reads, in exact integers: xor each code unit in, multiply by the prime mod 2^32. */
function reference(s: string): number {
  let h = 0x811c9dc5n;
  for (let i = 0; i < s.length; i++) h = ((h ^ BigInt(s.charCodeAt(i))) * 0x01000193n) % 2n ** 32n;
  return Number(h);
}

describe("fnv1a", () => {
  it("gives the published FNV-1a 32-bit values", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  it("is the definition's unsigned 32-bit value for any string, other scripts included", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => {
      expect(fnv1a(s)).toBe(reference(s));
    }));
  });
});
