import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCyrillic, readInLatin, readingsInLatin, romanizeArabic, romanizeBrahmic, romanizeEthiopic, romanizeHebrew, romanizeThai } from "../../src/normalize/index.js";

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
    ["ශ්‍රී ලංකා සබරගමුව විශ්වවිද්‍යාලය", "sri lanka sabaragamuva university"], // Sinhala, laid out otherwise; a joiner inside a word
  ])("%s -> %s", (name, expected) => {
    expect(romanizeBrahmic(name)).toBe(expected);
  });
  it("leaves names without a Brahmic letter alone", () => {
    expect(romanizeBrahmic("Siemens AG")).toBeUndefined();
    expect(romanizeBrahmic("南通大学")).toBeUndefined();
  });
  it("reads every letter of the ten scripts into Latin letters, never throwing", () => {
    const bases = [0x0900, 0x0980, 0x0a00, 0x0a80, 0x0b00, 0x0b80, 0x0c00, 0x0c80, 0x0d00, 0x0d80];
    const letter = fc.tuple(fc.constantFrom(...bases), fc.integer({ min: 0, max: 0x7f })).map(([b, o]) => String.fromCharCode(b + o));
    const part = fc.oneof(letter, fc.constantFrom(" ", "-", "A", ","));
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 30 }).map((p) => p.join("")), (name) => {
      const out = romanizeBrahmic(name);
      if (/[\u0900-\u0dff]/.test(name)) {
        expect(out).toBeDefined();
        expect(out).not.toMatch(/[\u0900-\u0dff]/);
      } else {
        expect(out).toBeUndefined();
      }
    }), { numRuns: 500 });
  });
});

describe("readInLatin", () => {
  it("reads East Asian, Brahmic, Arabic-script, Hebrew, Ethiopic and Thai parts, and nothing else", () => {
    expect(readingsInLatin("立命館大学")).toEqual(["limingguan university", "ritsumeikan university"]);
    expect(readingsInLatin("جامعة القصيم")).toEqual(["university al qasim"]);
    expect(readingsInLatin("בנק ישראל")).toEqual(["bank israel"]);
    expect(readingsInLatin("ጂንካ ዩኒቨርሲቲ")).toEqual(["jinka university"]);
    expect(readingsInLatin("มหาวิทยาลัยพะเยา")).toEqual(["university phayao"]);
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

/** Names of up to 30 parts drawn from `block` (inclusive code points), spaces and Latin letters. */
const namesIn = (first: number, last: number) => {
  const letter = fc.integer({ min: first, max: last }).map((c) => String.fromCharCode(c));
  return fc.array(fc.oneof(letter, letter, fc.constantFrom(" ", "-", "A", '"', "'")), { minLength: 1, maxLength: 30 }).map((p) => p.join(""));
};

describe("romanizeHebrew", () => {
  it.each([
    ["אוניברסיטת תל אביב", "university tel aviv"], // bet inside a word is v; an e between two consonants
    ["מכון ויצמן למדע", "institute vitsemen science"], // a preposition written onto a word of the table
    ['טבע תעשיות פרמצבטיות בע"מ', "teva industries peremetsevetiot ltd"], // gershayim inside a word; bet, kaf and pe start a word hard
    ["המרכז הרפואי גורדון", "center medical goredon"], // the article on words of the table; vav after a consonant is o
    ["ג'נרל מוטורס", "jenerel motores"], // a geresh
    ["שָׁלוֹם", "shalom"], // pointed text: the points are the vowels
    ["Acme בע״מ", "Acme ltd"], // Latin parts kept
  ])("%s -> %s", (name, expected) => {
    expect(romanizeHebrew(name)).toBe(expected);
  });
  it("leaves names without a Hebrew letter alone, and reads every letter of the block", () => {
    expect(romanizeHebrew("Siemens AG")).toBeUndefined();
    fc.assert(fc.property(namesIn(0x0591, 0x05f4), (name) => {
      const out = romanizeHebrew(name);
      if (/[\u05d0-\u05ea\u05f0-\u05f2]/.test(name)) expect(out).not.toMatch(/[\u05d0-\u05ea\u05f0-\u05f2]/);
      else expect(out).toBeUndefined();
    }), { numRuns: 500 });
  });
});

describe("romanizeEthiopic", () => {
  it.each([
    ["አዲስ አበባ ዩኒቨርሲቲ", "addis ababa university"], // words of the table
    ["ባሕር ዳር ዩኒቨርሲቲ", "bahr dar university"], // a syllable's place in its row is its vowel; the sixth has none
    ["ጎንደር፡ዩኒቨርሲቲ", "gonder university"], // the word separator
    ["የኢትዮጵያ ንግድ ባንክ", "ethiopia ngd bank"], // the possessive prefix
    ["ሳይንስና ቴክኖሎጂ", "science and technology"], // the conjunction written at the end of a word
    ["እንጅባራ ኮሌጅ", "injbara college"], // the glottal stop's first and sixth syllables: a, i
  ])("%s -> %s", (name, expected) => {
    expect(romanizeEthiopic(name)).toBe(expected);
  });
  it("leaves names without an Ethiopic letter alone, and reads every syllable of the block", () => {
    expect(romanizeEthiopic("Siemens AG")).toBeUndefined();
    fc.assert(fc.property(namesIn(0x1200, 0x137f), (name) => {
      const out = romanizeEthiopic(name);
      if (/[\u1200-\u137f]/.test(name)) expect(out).not.toMatch(/[\u1200-\u137f]/);
      else expect(out).toBeUndefined();
    }), { numRuns: 500 });
  });
});

describe("romanizeThai", () => {
  it.each([
    ["มหาวิทยาลัยเชียงใหม่", "university chiangmai"], // a word of the table found in unspaced text; a vowel written around its consonant
    ["ธนาคารกรุงเทพ", "bank bangkok"],
    ["บริษัท ปูนซิเมนต์ไทย จำกัด (มหาชน)", "company punsimen thai limited (public)"], // the legal form; the thanthakhat silences a consonant
    ["มหาวิทยาลัยขอนแก่น", "university khonkaen"], // the vowel letter o; a tone mark
    ["มหาวิทยาลัยธรรมศาสตร์", "university thamsat"], // the doubled ro; a silenced pair
    ["มหาวิทยาลัยมหิดล", "university mahidon"], // a syllable with no written vowel
    ["โรงพยาบาลหาดใหญ่", "hospital hatyai"], // ho before a sonorant is silent
  ])("%s -> %s", (name, expected) => {
    expect(romanizeThai(name)).toBe(expected);
  });
  it("does not find a word of the table inside a syllable", () => {
    // การ ("-ing") is inside บริการ ("service"); no word starts right after a lead vowel (เ)
    expect(romanizeThai("กรมวิทยาศาสตร์บริการ")).toBe("department science service");
    expect(romanizeThai("เการ")).not.toContain(" ");
  });
  it("leaves names without a Thai letter alone, and reads every letter of the block", () => {
    expect(romanizeThai("Siemens AG")).toBeUndefined();
    fc.assert(fc.property(namesIn(0x0e01, 0x0e5b), (name) => {
      const out = romanizeThai(name);
      if (/[\u0e01-\u0e5b]/.test(name)) expect(out).not.toMatch(/[\u0e01-\u0e5b]/);
      else expect(out).toBeUndefined();
    }), { numRuns: 500 });
  });
});
