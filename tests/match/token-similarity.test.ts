import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cognateKeysStartAlike, cognateOf } from "../../src/match/cognate-key.js";
import { differentStartUnlike, letterMask, loanwordSound, otherNumbers, phoneticCode, sharedStart, tokenSimilarity } from "../../src/match/token-similarity.js";

// words over a few letters, so that typos, swaps, prefixes and shared sounds are frequent
const word = fc.string({ unit: fc.constantFrom("a", "e", "i", "n", "r", "s", "t", "c", "k", "h", "ä", "1", "2"), minLength: 1, maxLength: 14 });
const longWord = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnop"), minLength: 5, maxLength: 12 });
/** The word with one to three characters replaced, inserted or deleted. */
const edited = fc.tuple(longWord, fc.array(fc.tuple(fc.nat(), fc.constantFrom("replace", "insert", "delete"), fc.constantFrom("q", "r", "a", "e")), { minLength: 1, maxLength: 3 }))
  .map(([w, edits]) => {
    let b = w;
    for (const [at, op, letter] of edits) {
      const i = at % (b.length + 1);
      b = op === "insert" ? b.slice(0, i) + letter + b.slice(i) : b.slice(0, i) + (op === "replace" ? letter : "") + b.slice(i + 1);
    }
    return [w, b] as [string, string];
  });

describe("tokenSimilarity", () => {
  it("tells typos, abbreviations, stems and sounds apart", () => {
    expect(tokenSimilarity("internatonal", "international").kind).toBe("typo");
    expect(tokenSimilarity("rexroht", "rexroth").kind).toBe("typo");
    expect(tokenSimilarity("bus", "business").kind).toBe("abbreviation");
    expect(tokenSimilarity("mueller", "muller")).toEqual({ similarity: 0.95, kind: "umlaut" });
    expect(tokenSimilarity("ues", "us").kind).not.toBe("umlaut");
    expect(tokenSimilarity("traumatologia", "traumatology").kind).not.toBe("none");
    expect(tokenSimilarity("hospital", "university").kind).toBe("none");
  });
  it("reads a Slavic adjective as close to the name it is formed from, both ways", () => {
    for (const [adjective, name] of [["warszawski", "warsaw"], ["sofiiski", "sofia"], ["moskovskii", "moscow"], ["krakowskie", "krakow"]]) {
      expect(tokenSimilarity(adjective as string, name as string)).toEqual({ similarity: 0.78, kind: "stem" });
      expect(tokenSimilarity(name as string, adjective as string)).toEqual({ similarity: 0.78, kind: "stem" });
    }
    // where the words read as a typo already, the closer reading stands
    expect(tokenSimilarity("gdanski", "gdansk").similarity).toBeGreaterThan(0.78);
    expect(tokenSimilarity("warszawska", "warszawa").similarity).toBeGreaterThan(0.78);
    // an ending without a stem of four letters, or a stem of another word, is no adjective of it
    expect(tokenSimilarity("polski", "polo").kind).toBe("none");
    expect(tokenSimilarity("nevsky", "neva").kind).toBe("none");
    expect(tokenSimilarity("warszawski", "wroclaw").kind).toBe("none");
    // a word starting otherwise is no stem, however close the rest ("qqaaaacke" / "aaaack")
    expect(tokenSimilarity("qqaaaacke", "aaaack").kind).toBe("none");
  });
  it("reads a word short of a letter as a typo, a word cut shorter as an abbreviation", () => {
    expect(tokenSimilarity("medicin", "medicine")).toEqual({ similarity: 1 - 1 / 8, kind: "typo" });
    expect(tokenSimilarity("innovativ", "innovative").kind).toBe("typo");
    expect(tokenSimilarity("innov", "innovative").kind).toBe("abbreviation");
    // a prefix is never worse than the same word with a letter replaced
    expect(tokenSimilarity("medicin", "medicine").similarity).toBeGreaterThanOrEqual(tokenSimilarity("medicinx", "medicine").similarity);
  });
  it("links no two different numbers, however few the edits, but reads a digit before a word as a typo", () => {
    expect(tokenSimilarity("2223", "2293")).toEqual({ similarity: 0, kind: "none" });
    expect(tokenSimilarity("umr7261", "umr7266")).toEqual({ similarity: 0, kind: "none" });
    expect(tokenSimilarity("ea2223", "ea223").kind).toBe("none");
    expect(tokenSimilarity("1kyungpook", "kyungpook").kind).toBe("typo");
    expect(tokenSimilarity("2223", "2223").kind).toBe("exact");
  });
  it("says two tokens hold other numbers exactly when both hold digits and their digits differ", () => {
    const digitsOf = (t: string): string => t.replace(/[^0-9]/g, "");
    fc.assert(fc.property(word, word, (a, b) => {
      const expected = digitsOf(a) !== "" && digitsOf(b) !== "" && digitsOf(a) !== digitsOf(b);
      expect(otherNumbers(a, b)).toBe(expected);
      expect(otherNumbers(b, a)).toBe(expected);
    }), { numRuns: 5_000 });
  });
  it("gives the same result whether or not the letter masks may skip the costly measures", () => {
    // zero masks say nothing about the letters, so no pre-check can skip a measure
    // (a case fast-check found: zero masks once skipped the digits test)
    expect(tokenSimilarity("2ä1n", "ä1n", 0, 0)).toEqual({ similarity: 0, kind: "none" });
    const pair = fc.oneof(fc.tuple(word, word), edited);
    fc.assert(fc.property(pair, ([a, b]) => {
      expect(tokenSimilarity(a, b)).toEqual(tokenSimilarity(a, b, 0, 0));
    }), { numRuns: 20_000 });
  });
  it("says 'surely unlike' only of words starting differently that it finds unlike, but for cognates, whose keys start alike", () => {
    const pair = fc.oneof(fc.tuple(word, word), edited);
    fc.assert(fc.property(pair, ([a, b]) => {
      if (a.charCodeAt(0) === b.charCodeAt(0) || !differentStartUnlike(a.length, b.length, letterMask(a), letterMask(b))) return;
      const { kind } = tokenSimilarity(a, b);
      if (kind === "cognate") expect(cognateKeysStartAlike(cognateOf(a), cognateOf(b))).toBe(true);
      else expect(kind).toBe("none");
    }), { numRuns: 20_000 });
  });
});

describe("loanwordSound", () => {
  it("makes the sounds kana do not tell apart one", () => {
    for (const [kana, english] of [["karupisu", "calpis"], ["gurakuso", "glaxo"], ["birudo", "build"], ["dippusoru", "dipsol"], ["tekunoroji", "technology"], ["inobeshon", "innovation"]]) {
      expect(loanwordSound(phoneticCode(kana as string))).toBe(loanwordSound(phoneticCode(english as string)));
    }
    expect(loanwordSound(phoneticCode("karupisu"))).not.toBe(loanwordSound(phoneticCode("toyota")));
  });
  it("says a sound repeated once", () => {
    expect(loanwordSound("KLR")).toBe("KR");
  });
  it("counts the characters two words share at their start: symmetric, and no more than both have", () => {
    fc.assert(fc.property(word, word, (a, b) => {
      const n = sharedStart(a, b);
      expect(sharedStart(b, a)).toBe(n);
      expect(a.slice(0, n)).toBe(b.slice(0, n));
      expect(n === Math.min(a.length, b.length) || a[n] !== b[n]).toBe(true);
    }));
    expect(sharedStart("doha", "dohs")).toBe(3);
  });
});
