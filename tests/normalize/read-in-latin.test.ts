import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCyrillic, readInLatin, readingsInLatin, romanizeArabic, romanizeBrahmic } from "../../src/normalize/index.js";

describe("romanizeBrahmic", () => {
  it.each([
    ["सूर्या हॉस्पिटल्स", "surya hospitals"], // vowel signs, virama, a final consonant without its vowel (Hindi)
    ["राष्ट्रीय प्रौद्योगिकी संस्थान, हमीरपुर", "national technology institute, hamirapur"], // words of the table in English
    ["पूर्वाञ्चल विश्वविद्यालय", "purvanchal university"],
    ["भारतीय रिज़र्व बैंक", "indian rizarv bank"], // nukta: ज़ is z
    ["লালন শাহ বিশ্ববিদ্যালয়", "lalan shah university"], // Bengali
    ["அண்ணா பல்கலைக்கழகம்", "anna university"], // Tamil
    ["ಕರ್ನಾಟಕ ವಿಶ್ವವಿದ್ಯಾಲಯ", "karnataka university"], // Kannada keeps a final vowel a
    ["ആരോഗ്യ സർവകലാശാല", "arogya university"], // Malayalam, with a chillu letter
    ["IIT दिल्ली", "IIT dilli"], // Latin parts kept
  ])("%s -> %s", (name, expected) => {
    expect(romanizeBrahmic(name)).toBe(expected);
  });
  it("leaves names without a Brahmic letter alone", () => {
    expect(romanizeBrahmic("Siemens AG")).toBeUndefined();
    expect(romanizeBrahmic("南通大学")).toBeUndefined();
  });
  it("reads every letter of the nine scripts into Latin letters, never throwing", () => {
    const bases = [0x0900, 0x0980, 0x0a00, 0x0a80, 0x0b00, 0x0b80, 0x0c00, 0x0c80, 0x0d00];
    const letter = fc.tuple(fc.constantFrom(...bases), fc.integer({ min: 0, max: 0x7f })).map(([b, o]) => String.fromCharCode(b + o));
    const part = fc.oneof(letter, fc.constantFrom(" ", "-", "A", ","));
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 30 }).map((p) => p.join("")), (name) => {
      const out = romanizeBrahmic(name);
      if (/[\u0900-\u0d7f]/.test(name)) {
        expect(out).toBeDefined();
        expect(out).not.toMatch(/[\u0900-\u0d7f]/);
      } else {
        expect(out).toBeUndefined();
      }
    }), { numRuns: 500 });
  });
});

describe("readInLatin", () => {
  it("reads East Asian, Brahmic and Arabic-script parts, and nothing else", () => {
    expect(readingsInLatin("立命館大学")).toEqual(["limingguan university", "ritsumeikan university"]);
    expect(readingsInLatin("جامعة القصيم")).toEqual(["university al qasim"]);
    expect(readingsInLatin("Acme GmbH")).toEqual([]);
    expect(readInLatin("南通大学")).toBe("nantong university");
    expect(readInLatin("रवीन्द्र भारती विश्वविद्यालय")).toBe("ravindr bharati university");
    expect(readInLatin("Acme GmbH")).toBeUndefined();
  });
  it("gives international words in Cyrillic their English endings, as a second reading", () => {
    expect(readCyrillic("Институт микробиологии и вирусологии")).toBe("institut mikrobiology i virusology");
    expect(readCyrillic("Азербайджанский Технологический Университет")).toBe("azerbaidzhanskii tekhnological universitet");
    expect(readCyrillic("Кафедра математики")).toBe("kafedra matematics");
    // a name with no such word, or no Cyrillic, has none
    expect(readCyrillic("Газпром")).toBeUndefined();
    expect(readCyrillic("Mikrobiologii")).toBeUndefined();
    expect(readingsInLatin("Институт микробиологии")).toEqual(["institut mikrobiology"]);
  });
});

describe("romanizeArabic", () => {
  it.each([
    ["جامعة القصيم", "university al qasim"], // the article a word of its own; a between consonants
    ["جامعة عمان الأهلية", "university aman al ahalia"], // ayn that starts a word reads a
    ["دانشگاه صنعتی شریف", "university technology sharif"], // Persian
    ["شہید بےنظیر بھٹو", "shahid benazir bhatu"], // Urdu: ھ aspirates the consonant before it
    ["Acme جامعة", "Acme university"], // Latin parts kept
    ["كلية الهندسة والتكنولوجيا والتعليم", "college al engineering and technology and al education"], // "and" written onto a word with its article
  ])("%s -> %s", (name, expected) => {
    expect(romanizeArabic(name)).toBe(expected);
  });
  it("leaves names without an Arabic letter alone, and reads every letter of the block", () => {
    expect(romanizeArabic("Siemens AG")).toBeUndefined();
    const letter = fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c));
    fc.assert(fc.property(fc.array(fc.oneof(letter, fc.constant(" ")), { minLength: 1, maxLength: 30 }).map((p) => p.join("")), (name) => {
      const out = romanizeArabic(name);
      if (/[\u0600-\u06ff]/.test(name)) expect(out).not.toMatch(/[\u0600-\u06ff]/);
      else expect(out).toBeUndefined();
    }), { numRuns: 500 });
  });
});
