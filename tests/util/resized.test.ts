import { describe, expect, it } from "vitest";
import { resized } from "../../src/util/resized.js";

describe("resized", () => {
  it("copies the numbers into a longer array of the same type, the new places 0", () => {
    const grown = resized(new Int32Array([3, -1]), 4);
    expect(grown).toBeInstanceOf(Int32Array);
    expect([...grown]).toEqual([3, -1, 0, 0]);
  });
  it("leaves the original alone", () => {
    const original = new Float64Array([0.5]);
    resized(original, 3)[0] = 2;
    expect([...original]).toEqual([0.5]);
  });
});
