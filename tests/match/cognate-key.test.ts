import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cognateKey, cognateOf, isCountryKey, sameCognateStem } from "../../src/match/cognate-key.js";
import { tokenSimilarity } from "../../src/match/token-similarity.js";

describe("cognateKey", () => {
  it("gives the same word in several European languages one key", () => {
    const families = [
      ["biophysikalische", "biophysical"],
      ["observatorium", "observatory", "observatoire", "observatorio"],
      ["organizzazione", "organisation", "organization", "organizacion", "organizacao", "organisatie", "organizacja", "organizatsiia"],
      ["university", "universitat", "universidad", "universite", "universita"],
      ["technique", "technik", "technical", "tecnico", "technische"],
      ["pharmaceutical", "pharmazeutische", "farmaceutico"],
      ["cooperative", "cooperativa", "cooperatif"],
      ["veterinary", "veterinaire", "veterinario"],
    ];
    for (const family of families) {
      const key = cognateKey(family[0] as string);
      expect(key).toBeDefined();
      for (const word of family) expect([word, cognateKey(word)]).toEqual([word, key]);
    }
  });
  it("keeps apart words that only start alike", () => {
    expect(cognateKey("hospital")).not.toBe(cognateKey("hospitality"));
    expect(cognateKey("geologisches")).not.toBe(cognateKey("geography"));
    expect(cognateKey("national")).not.toBe(cognateKey("nation"));
    expect(cognateKey("medicine")).not.toBe(cognateKey("medical"));
  });
  it("tells keys of one stem by their stem alone", () => {
    expect(sameCognateStem(cognateKey("ethnologisches") as string, cognateKey("ethnology") as string)).toBe(true);
    expect(sameCognateStem("abcd|ic", "abcde|ic")).toBe(false);
    expect(sameCognateStem("abcd|ic", "abce|ic")).toBe(false);
  });
  it("has no key for short words or words outside ASCII letters", () => {
    expect(cognateKey("fonds")).toBeUndefined();
    expect(cognateKey("mediç1ne")).toBeUndefined();
    expect(cognateOf("fonds")).toBe("");
    expect(cognateKey("aaaaaa")).toBeUndefined();
  });
  it("gives the words that name one country its key", () => {
    expect(cognateKey("finnish")).toBe("FI|country");
    expect(cognateKey("finland")).toBe("FI|country");
    expect(cognateKey("dutch")).toBe(cognateKey("netherlands"));
    expect(cognateKey("swiss")).toBe(cognateKey("switzerland"));
    expect(cognateKey("swedish")).not.toBe(cognateKey("finnish"));
    expect(isCountryKey(cognateOf("french"))).toBe(true);
    expect(isCountryKey(cognateOf("geological"))).toBe(false);
    // too short to tell
    expect(cognateKey("usa")).toBeUndefined();
  });
  it("keeps a stem of at least four letters before the ending it replaces", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."abcdeiklnorstuyz"), minLength: 6, maxLength: 16 }), (word) => {
      const key = cognateKey(word);
      if (key !== undefined && !isCountryKey(key)) expect(key.indexOf("|")).toBeGreaterThanOrEqual(4);
    }), { numRuns: 5_000 });
  });
});

describe("tokenSimilarity of cognates", () => {
  it("reads the same word in another language as a cognate, both ways", () => {
    for (const [a, b] of [["geologisches", "geological"], ["organizzazione", "organisation"], ["biophysikalische", "biophysical"]]) {
      expect(tokenSimilarity(a as string, b as string)).toEqual({ similarity: 0.85, kind: "cognate" });
      expect(tokenSimilarity(b as string, a as string)).toEqual({ similarity: 0.85, kind: "cognate" });
    }
    // one stem with endings of two classes (an adjective and a noun) is a little further apart
    expect(tokenSimilarity("ethnologisches", "ethnology")).toEqual({ similarity: 0.75, kind: "cognate" });
    expect(tokenSimilarity("molekularnej", "molecular")).toEqual({ similarity: 0.85, kind: "cognate" });
    // cognates read at least as close as their spelling alone, and a closer spelling stands
    expect(tokenSimilarity("telecomunicacoes", "telecommunications")).toEqual({ similarity: 0.85, kind: "cognate" });
    expect(tokenSimilarity("organisation", "organization").kind).toBe("typo");
    // cognates may start otherwise: their keys start alike
    expect(tokenSimilarity("klinische", "clinical")).toEqual({ similarity: 0.85, kind: "cognate" });
    expect(tokenSimilarity("hospital", "hospitality").kind).not.toBe("cognate");
  });
  it("reads the words that name one country as the same country", () => {
    expect(tokenSimilarity("dutch", "netherlands")).toEqual({ similarity: 0.85, kind: "country" });
    expect(tokenSimilarity("finland", "finnish")).toEqual({ similarity: 0.85, kind: "country" });
    expect(tokenSimilarity("swiss", "swedish").kind).not.toBe("country");
  });
  it("does not read two parts of one country as one place", () => {
    expect(cognateKey("wales")).toBeUndefined();
    expect(tokenSimilarity("scotland", "wales").kind).toBe("none");
    expect(tokenSimilarity("dubai", "emirates").kind).toBe("none");
    expect(tokenSimilarity("british", "britain").kind).toBe("country");
  });
  it("gives the same result with keys passed in as without", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."aceiklnorstyz"), minLength: 1, maxLength: 14 }), fc.string({ unit: fc.constantFrom(..."aceiklnorstyz"), minLength: 1, maxLength: 14 }), (a, b) => {
      expect(tokenSimilarity(a, b, undefined, undefined, undefined, undefined, cognateOf(a), cognateOf(b))).toEqual(tokenSimilarity(a, b));
    }), { numRuns: 5_000 });
  });
});
