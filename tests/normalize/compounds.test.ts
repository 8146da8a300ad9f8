import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { splitCompound } from "../../src/normalize/compounds.js";
import { isTableWord } from "../../src/normalize/abbreviations.js";

describe("splitCompound", () => {
  it("reads a compound ending in a word the tables translate as its two words", () => {
    expect(splitCompound("kernphysik")).toEqual(["kern", "physics"]);
    expect(splitCompound("infektionsforschung")).toEqual(["infektions", "research"]);
    expect(splitCompound("tutkimusseura")).toEqual(["research", "society"]);
    expect(splitCompound("lantbruksuniversitet")).toEqual(["lantbruks", "university"]);
  });
  it("drops a linking s only when what is left is a word of the tables", () => {
    expect(splitCompound("wissenschaftszentrum")).toEqual(["science", "center"]);
    expect(splitCompound("infektionsforschung")?.[0]).toBe("infektions");
  });
  it("takes the longest ending", () => {
    expect(splitCompound("agrarwissenschaften")).toEqual(["agrar", "science"]);
  });
  it("leaves words of the tables, English words ending in a canonical word, and learned compounds whole", () => {
    expect(splitCompound("physik")).toBeUndefined();
    expect(splitCompound("forschung")).toBeUndefined();
    expect(splitCompound("developmental")).toBeUndefined();
    expect(splitCompound("microbiology")).toBeUndefined();
    expect(splitCompound("mikrobiologie")).toBeUndefined();
    expect(splitCompound("amtsgericht")).toBeUndefined();
  });
  it("ends compounds in the heads it is given as well", () => {
    expect(splitCompound("musikhochschule")).toEqual(["musikhoch", "school"]);
    expect(splitCompound("musikhochschule", new Set(["hochschule"]))).toEqual(["musik", "hochschule"]);
  });
  it("splits any word of letters that ends in a variant of the tables after four letters or more, and no word of the tables", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{4,8}$/), fc.constantFrom("physik", "forschung", "seura", "zentrum", "universitet"), (rest, head) => {
        const word = rest + head;
        fc.pre(!rest.endsWith("o") && !isTableWord(word));
        const parts = splitCompound(word);
        expect(parts).toHaveLength(2);
        expect(splitCompound(head)).toBeUndefined();
      }),
    );
  });
});
