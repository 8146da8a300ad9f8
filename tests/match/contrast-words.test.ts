import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contrasting, contrastMember } from "../../src/match/contrast-words.js";
import { tokenSimilarity } from "../../src/match/token-similarity.js";

describe("contrastMember", () => {
  it("names the member a word or a compound it starts names, in several languages", () => {
    expect(contrastMember("northwestern")).toBe(contrastMember("nordwest"));
    expect(contrastMember("noroeste")).toBe(contrastMember("northwest"));
    expect(contrastMember("sudoeste")).toBe(contrastMember("southwest"));
    expect(contrastMember("sudeste")).toBe(contrastMember("southeast"));
    expect(contrastMember("northampton")).toBe(contrastMember("north"));
    expect(contrastMember("northwest")).not.toBe(contrastMember("north"));
  });
  it("reads a short word only as a word of its own, and other words not at all", () => {
    expect(contrastMember("est")).toBe(contrastMember("east"));
    expect(contrastMember("estate")).toBeUndefined();
    expect(contrastMember("sudan")).toBeUndefined();
    expect(contrastMember("university")).toBeUndefined();
  });
});

describe("contrasting", () => {
  it("tells apart compass points and countries spelt a letter or two apart", () => {
    for (const [a, b] of [["northwest", "northeast"], ["northwestern", "northeastern"], ["sudeste", "sudoeste"], ["noreste", "noroeste"], ["eastern", "western"], ["northampton", "southampton"], ["austrian", "australian"], ["slovenia", "slovakia"], ["iran", "iraq"], ["gambia", "zambia"]]) {
      expect(contrasting(a as string, b as string), `${a} / ${b}`).toBe(true);
      expect(tokenSimilarity(a as string, b as string), `${a} / ${b}`).toEqual({ similarity: 0, kind: "none" });
    }
  });
  it("leaves alone the words of one member and words of no set", () => {
    for (const [a, b] of [["northwest", "northwestern"], ["nordwest", "northwest"], ["swedish", "sweden"], ["center", "centre"], ["internatonal", "international"]]) expect(contrasting(a as string, b as string), `${a} / ${b}`).toBe(false);
    expect(tokenSimilarity("nortwest", "northwest").kind).toBe("typo");
  });
  it("is symmetric, and never holds between a word and itself (property)", () => {
    const words = ["north", "northwest", "northeastern", "sudeste", "sudoeste", "oeste", "east", "western", "austria", "australian", "iran", "iraq", "hospital", "estate"];
    const word = fc.oneof(fc.constantFrom(...words), fc.stringMatching(/^[a-z]{1,12}$/));
    fc.assert(fc.property(word, word, (a, b) => contrasting(a, b) === contrasting(b, a) && !contrasting(a, a)));
  });
});
