import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cityKey, sameUmlautBase, umlautBase } from "../../src/normalize/index.js";

describe("umlautBase / sameUmlautBase", () => {
  it("reads ae, oe and ue as the plain vowel where they stand for ä, ö and ü", () => {
    expect(umlautBase("muenchen")).toBe("munchen");
    expect(umlautBase("koeln")).toBe("koln");
    expect(umlautBase("oesterreich")).toBe("osterreich");
    expect(umlautBase("baeckerei")).toBe("backerei");
    expect(sameUmlautBase("mueller", "muller")).toBe(true);
    expect(sameUmlautBase("juergen", "jurgen")).toBe(true);
    expect(sameUmlautBase("muellerei", "mullerei")).toBe(true);
  });
  it("keeps the e of diphthongs, of qu, before a vowel, at a word's end and in short words", () => {
    for (const word of ["bauer", "queen", "boeing", "blue", "uel", "ues", "fuer", "aecr", "haeuser"]) expect(umlautBase(word)).toBe(word);
    expect(sameUmlautBase("bauer", "baur")).toBe(false);
    expect(sameUmlautBase("ues", "us")).toBe(false);
    expect(sameUmlautBase("mueller", "mueller")).toBe(false);
    expect(sameUmlautBase("moeller", "muller")).toBe(false);
  });
  it("is symmetric, and holds exactly when the two words read alike without their umlauts", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "o", "u", "e", "l", "r", "q", "n"), minLength: 1, maxLength: 10 });
    fc.assert(fc.property(word, word, (a, b) => {
      expect(sameUmlautBase(a, b)).toBe(sameUmlautBase(b, a));
      if (sameUmlautBase(a, b)) expect(umlautBase(a)).toBe(umlautBase(b));
    }), { numRuns: 2000 });
  });
});

describe("cityKey", () => {
  it("reads one city the ways records write it", () => {
    expect(cityKey("München")).toBe(cityKey("Muenchen"));
    expect(cityKey("MUENCHEN")).toBe(cityKey("Munich"));
    expect(cityKey("Köln")).toBe(cityKey("Koeln"));
    expect(cityKey("Köln")).toBe(cityKey("Cologne"));
    expect(cityKey("Wien")).toBe(cityKey("Vienna"));
    expect(cityKey("Schwäbisch Gmünd")).toBe(cityKey("Schwaebisch-Gmuend"));
  });
  it("keeps different cities apart", () => {
    expect(cityKey("München")).not.toBe(cityKey("Münster"));
    expect(cityKey("Köln")).not.toBe(cityKey("Kiel"));
    expect(cityKey("Bauer")).not.toBe(cityKey("Baur"));
  });
});
