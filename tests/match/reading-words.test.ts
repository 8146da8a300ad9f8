import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KANA_MARK, SYLLABLE_BREAK, borrowedCompound, borrowedWords, plainReading, splitSyllables } from "../../src/match/reading-words.js";

const known = (...words: string[]) => (w: string): boolean => words.includes(w);
const read = (text: string): string => text.replaceAll("·", SYLLABLE_BREAK).replaceAll("§", KANA_MARK);

describe("splitSyllables", () => {
  it("splits a run of syllables into the known words that cover most of it", () => {
    expect(splitSyllables(read("shang·hai·jiao·tong university"), known("shanghai", "jiaotong"))).toBe("shanghai jiaotong university");
    expect(splitSyllables(read("ten·do·boku·ko"), known("tendo"))).toBe("tendo bokuko");
    expect(splitSyllables(read("bei·jing·da·xue"), known("beijing", "bei", "da"))).toBe("beijing daxue"); // one syllable is no word
  });
  it("prefers fewer, longer words when they cover as much", () => {
    expect(splitSyllables(read("zhong·guan·cun"), known("zhongguancun", "zhong", "guancun", "zhongguan"))).toBe("zhongguancun");
  });
  it("joins the run again when no known word is in it", () => {
    expect(splitSyllables(read("tian·tong·mu·gong co ltd"), known("tendo"))).toBe("tiantongmugong co ltd");
  });
  it("splits a run of any length with a bounded number of look-ups per syllable", () => {
    // 20,000 syllables of a name of unknown characters: every span of them looked up would be 200 million
    const looked: string[] = [];
    const run = Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? "bei" : "jing")).join(SYLLABLE_BREAK);
    const out = splitSyllables(run, (w) => {
      looked.push(w);
      return w === "beijing";
    });
    expect(out).toBe(Array.from({ length: 10_000 }, () => "beijing").join(" "));
    expect(looked.length).toBeLessThan(12 * 20_000);
  });
  it("loses no letter and keeps words in order (property)", () => {
    const syllable = fc.constantFrom("shang", "hai", "jiao", "tong", "bei", "jing", "da", "xue", "ko");
    const run = fc.array(syllable, { minLength: 1, maxLength: 12 });
    fc.assert(fc.property(fc.array(run, { minLength: 1, maxLength: 4 }), fc.array(fc.array(syllable, { minLength: 1, maxLength: 3 }).map((s) => s.join("")), { maxLength: 10 }), (runs, words) => {
      const reading = runs.map((r) => r.join(SYLLABLE_BREAK)).join(" ");
      const out = splitSyllables(reading, (w) => words.includes(w));
      expect(out.replaceAll(" ", "")).toBe(runs.map((r) => r.join("")).join(""));
      expect(out).toBe(out.trim());
    }), { numRuns: 300 });
  });
});

describe("borrowedWords", () => {
  it("replaces each word read from kana by the known word it sounds like", () => {
    const alike = (w: string): string | undefined => ({ karupisu: "calpis", birudo: "build" })[w];
    expect(borrowedWords(read("§karupisu co ltd"), alike)).toBe("calpis co ltd");
    expect(borrowedWords(read("§birudo §nanika"), alike)).toBe("build nanika");
  });
  it("gives undefined when no word is replaced, and leaves words not read from kana alone", () => {
    expect(borrowedWords(read("§nanika co ltd"), () => undefined)).toBeUndefined();
    expect(borrowedWords(read("karupisu co ltd"), () => "calpis")).toBeUndefined();
  });
});

describe("borrowedCompound", () => {
  const alike = (w: string): string | undefined => ({ dejitaru: "digital", sutorimu: "stream", dejita: "duguit", rusutorimu: "ahlstromin" })[w];
  it("reads a word of several borrowed words written as one, in the fewest pieces and the closest sounding", () => {
    expect(borrowedCompound("dejitarusutorimu", alike)).toBe("digital stream");
    expect(borrowedWords(read("§dejitarusutorimu co ltd"), alike)).toBe("digital stream co ltd");
  });
  it("makes up the whole word of its pieces, each a known word (property)", () => {
    const known = ["dejitaru", "sutorimu", "sutori", "mudeji", "taru", "deji", "rimu"];
    const alikeOf = (w: string): string | undefined => (known.includes(w) ? w : undefined);
    fc.assert(fc.property(fc.array(fc.constantFrom(...known, "xa", "q"), { maxLength: 5 }), (parts) => {
      const word = parts.join("");
      const read = borrowedCompound(word, alikeOf);
      return read === undefined || (read.split(" ").join("") === word && read.split(" ").every((w) => known.includes(w)) && read.includes(" "));
    }));
  });
  it("reads a word of any length with a bounded number of look-ups per letter", () => {
    const looked: string[] = [];
    const word = "dejitarusutorimu".repeat(2_000);
    const read = borrowedCompound(word, (w) => {
      looked.push(w);
      return alike(w);
    });
    expect(read).toBe(Array.from({ length: 2_000 }, () => "digital stream").join(" "));
    expect(looked.length).toBeLessThan(24 * word.length);
  });
  it("gives undefined unless known words make up the whole word, of pieces long enough", () => {
    expect(borrowedCompound("dejitarunanika", alike)).toBeUndefined();
    expect(borrowedCompound("dejitaru", alike)).toBeUndefined(); // one piece: soundAlike's word
    expect(borrowedCompound("sutorimusu", (w) => (w === "sutorimu" || w === "su" ? "x" : undefined))).toBeUndefined();
  });
});

describe("plainReading", () => {
  it("takes the marks out", () => {
    expect(plainReading(read("§karupisu shang·hai"))).toBe("karupisu shanghai");
  });
});
