import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstSorted, topScored } from "../../src/util/top-scored.js";

describe("topScored", () => {
  it("keeps the k highest scores, ties by lower id, best first", () => {
    const scores = new Float64Array([0, 5, 9, 5, 1]);
    expect(topScored([4, 3, 1, 2, 0], scores, 3)).toEqual([2, 1, 3]);
    expect(topScored([4, 3], scores, 5)).toEqual([3, 4]);
    expect(topScored([4, 3], scores, 0)).toEqual([]);
  });
  it("is what sorting every id and keeping the first k gives", () => {
    // few distinct scores, so that ties abound
    const input = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 300 }).chain((values) =>
      fc.tuple(fc.constant(values), fc.shuffledSubarray(values.map((_, i) => i)), fc.integer({ min: 0, max: 50 })));
    fc.assert(fc.property(input, ([values, ids, k]) => {
      const scores = Float64Array.from(values, (v) => v / 2);
      const sorted = [...ids].sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b).slice(0, k);
      expect(topScored(ids, scores, k)).toEqual(sorted);
    }), { numRuns: 500 });
  });
});

describe("firstSorted", () => {
  const byValue = (a: number, b: number) => a - b;
  it("keeps the first k in sorted order", () => {
    expect(firstSorted([5, 1, 4, 2], 2, byValue)).toEqual([1, 2]);
    expect(firstSorted([5, 1], 3, byValue)).toEqual([1, 5]);
    expect(firstSorted([5, 1], 0, byValue)).toEqual([]);
    expect(firstSorted([5, 1, 4], -1, byValue)).toEqual([]);
    expect(firstSorted([5, 1, 4], 1.9, byValue)).toEqual([1]);
  });
  it("is what sorting every item and keeping the first k gives", () => {
    // a total order: by value, then by position
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.nat({ max: 70 }), (values, k) => {
        const items = values.map((value, at) => ({ value, at }));
        const compare = (a: { value: number; at: number }, b: { value: number; at: number }) => b.value - a.value || a.at - b.at;
        expect(firstSorted([...items], k, compare)).toEqual([...items].sort(compare).slice(0, k));
      }),
    );
  });
});
