import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeName } from "../../src/normalize/index.js";
import { readNumbers } from "../../src/normalize/numbers.js";

describe("readNumbers", () => {
  it.each([
    [["universite", "lyon", "ii"], ["universite", "lyon", "2"]], // a Roman numeral after the first word
    [["paris", "viii", "vincennes"], ["paris", "8", "vincennes"]],
    [["rennes", "i"], ["rennes", "1"]], // "i" as the last word
    [["ciencia", "i", "tecnologia"], ["ciencia", "i", "tecnologia"]], // ... not inside a name (Catalan "and")
    [["vi", "technologies"], ["vi", "technologies"]], // not as the first word: an acronym
    [["roma", "tre"], ["roma", "3"]], // number words of several languages
    [["second", "peoples", "hospital"], ["2", "peoples", "hospital"]],
    [["no", "2", "peoples", "hospital"], ["2", "peoples", "hospital"]], // a word for "number" before one
    [["no", "limits"], ["no", "limits"]],
    [["first"], ["first"]], // a name of one word is that word
    [["universidade", "dos", "acores"], ["universidade", "dos", "acores"]], // articles and prepositions are no numbers
    [["royal", "ten", "cate"], ["royal", "ten", "cate"]], // nor the particle of a Dutch name
  ])("%j -> %j", (words, expected) => {
    expect(readNumbers(words).words).toEqual(expected);
    expect(readNumbers(words).read).toBe(JSON.stringify(words) !== JSON.stringify(expected));
  });
  it("reads a number written three ways as one word, and two numbers as two", () => {
    const core = (name: string) => normalizeName(name).core;
    expect(core("Université Lyon II")).toBe(core("Université Lyon 2"));
    expect(core("Seven-Eleven, Inc.")).toBe(core("7-Eleven"));
    expect(core("The Second People's Hospital of Lanzhou")).toBe(core("No. 2 People's Hospital of Lanzhou"));
    expect(core("Université Lyon II")).not.toBe(core("Université Lyon I"));
  });
  it("keeps the acronyms of the words as written too", () => {
    expect(normalizeName("First Consulting Group").acronyms).toEqual(expect.arrayContaining(["fcg", "1cg"]));
  });
  it("reads what it read once the same way again", () => {
    const word = fc.constantFrom("lyon", "ii", "i", "tre", "no", "2", "second", "first", "hospital", "vi", "dos", "x");
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
      const once = readNumbers(words).words;
      expect(readNumbers(once).words).toEqual(once);
    }), { numRuns: 500 });
  });
});
