import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distance } from "fastest-levenshtein";
import { DELETION_KEY_MAX, DELETION_KEY_MIN, keyDeletions } from "../../src/match/key-deletions.js";

describe("keyDeletions", () => {
  it("gives each key one letter shorter, once", () => {
    expect(keyDeletions("gutsuk")).toEqual(["utsuk", "gtsuk", "gusuk", "gutuk", "gutsk", "gutsu"]);
    expect(keyDeletions("caaa")).toEqual(["aaa", "caa"]);
  });
  it("gives none for keys too short or too long", () => {
    expect(keyDeletions("caa")).toEqual([]);
    expect(keyDeletions("a".repeat(DELETION_KEY_MIN - 1))).toEqual([]);
    expect(keyDeletions("abcdefghi".slice(0, DELETION_KEY_MAX + 1))).toEqual([]);
  });
  it("finds every pair of keys one edit or one swap apart: one is a deletion of the other, or they share one", () => {
    const key = fc.stringMatching(/^[a-c]{5,7}$/);
    fc.assert(
      fc.property(key, fc.nat(), fc.constantFrom("a", "b", "c"), fc.constantFrom("insert", "delete", "replace", "swap"), (k, at, letter, edit) => {
        const i = at % k.length;
        const other =
          edit === "insert" ? k.slice(0, i) + letter + k.slice(i) :
          edit === "delete" ? k.slice(0, i) + k.slice(i + 1) :
          edit === "replace" ? k.slice(0, i) + letter + k.slice(i + 1) :
          i + 1 < k.length ? k.slice(0, i) + (k[i + 1] as string) + (k[i] as string) + k.slice(i + 2) : k;
        if (other === k || distance(k, other) === 0) return;
        const a = new Set([k, ...keyDeletions(k)]);
        expect([other, ...keyDeletions(other)].some((d) => a.has(d))).toBe(true);
      }),
    );
  });
});
