import fc from "fast-check";
import { describe, expect, it } from "vitest";
import learned from "../../src/normalize/data/east-asian-learned.json";
import table from "../../src/normalize/data/east-asian-words.json";
import japaneseNames from "../../src/normalize/data/han-japanese-names.json";
import { eastAsianReadings, romanizeEastAsian } from "../../src/normalize/index.js";
import { hangulSyllable, hanSyllable } from "../../src/normalize/romanize.js";
import { untranslatedRuns } from "../../src/normalize/romanize.js";

describe("romanizeEastAsian", () => {
  // the hand-made table only (the learned words are tested below)
  it.each([
    ["沈阳工业大学", "shenyang technology university"], // Mandarin reading of the place, words of the table in English
    ["南通大学", "nantong university"],
    ["中山市人民医院", "zhongshan city peoples hospital"],
    ["香港中文大學", "hong kong chinese university"], // traditional characters; Hong Kong by its usual spelling
    ["益阳市设计院有限公司", "yiyang city design institute co ltd"],
    ["一般社団法人日本機械学会", "japan machinery society"], // designations that English names leave out are dropped
    ["岡山県生涯学習センター", "okayama prefecture lifelong learning center"],
    ["株式会社トヨタ", "toyota co ltd"], // kana in Hepburn; a legal form written first goes last, as in English
    ["キッコーマン株式会社", "kikkoman co ltd"], // small tsu doubles, the long-vowel mark is dropped
    ["とうきょう", "tokyo"], // a kana that only lengthens a vowel is dropped, as in English spellings
    ["かんさいいかだいがく", "kansai medical university"], // words of the table inside a kana reading
    ["서울대학교 병원", "seoul university hospital"], // Hangul in Revised Romanization
    ["㈜삼성전자", "co ltd samseong electronics"], // ㈜ is (주), a legal form
    ["株式会社ECI", "ECI co ltd"], // Latin parts kept
  ])("%s -> %s", (name, expected) => {
    expect(romanizeEastAsian(name, "mandarin", "revised", { learnedWords: false })).toBe(expected);
  });
  it("translates the learned words too, but never across a word of the hand-made table", () => {
    expect(romanizeEastAsian("長崎県警察")).toBe("nagasaki prefecture police");
    expect(romanizeEastAsian("長崎県警察", "mandarin", "revised", { learnedWords: false })).toBe("nagasaki prefecture jingcha");
    expect(learned.words).toHaveProperty("华大"); // BGI, 华大基因
    expect(romanizeEastAsian("清华大学")).toBe("qinghua university"); // 大学 is a word of the table: 华大 cannot take its 大
  });
  it("reads Japanese family and place names in their native reading, in a Japanese reading only", () => {
    expect(romanizeEastAsian("北野建設株式会社", "japanese")).toBe("kitano construction co ltd");
    expect(romanizeEastAsian("銚子市立病院", "japanese")).toBe("choshi municipal hospital");
    expect(romanizeEastAsian("京都岡本記念病院", "japanese")).toBe("kyoto okamoto memorial hospital");
    expect(romanizeEastAsian("北野建設", "mandarin", "revised", { learnedWords: false })).toBe("beiye construction");
    // a name never takes a character of a word of the hand-made table: 春日 is Kasuga, but 日本 is Japan
    expect(romanizeEastAsian("春日", "japanese")).toBe("kasuga");
    expect(romanizeEastAsian("春日本", "japanese")).toBe("shun japan");
  });
  it("marks syllables of Han words and words read from kana when asked", () => {
    expect(romanizeEastAsian("上海交通大学", "mandarin", "revised", { syllableBreak: "·", learnedWords: false })).toBe("shang·hai·jiao·tong university");
    expect(romanizeEastAsian("カルピス株式会社", "japanese", "revised", { kanaMark: "§" })).toBe("§karupisu co ltd");
    expect(romanizeEastAsian("上海交通大学", "mandarin", "revised", { learnedWords: false })).toBe("shanghaijiaotong university");
  });
  it("leaves names without Chinese, Japanese or Korean alone", () => {
    expect(romanizeEastAsian("Siemens AG")).toBeUndefined();
    expect(romanizeEastAsian("ООО Газпром")).toBeUndefined();
  });
  it("reads every kana and Hangul syllable, and Han characters of the common sets", () => {
    const eastAsian = fc.oneof(
      fc.integer({ min: 0x3041, max: 0x3096 }), fc.integer({ min: 0x30a1, max: 0x30fa }),
      fc.integer({ min: 0xac00, max: 0xd7a3 }), fc.constantFrom(..."大学病院研究所沈阳南通会社株式中国日本".split("").map((c) => c.charCodeAt(0))),
    ).map((c) => String.fromCharCode(c));
    const part = fc.oneof(eastAsian, fc.constantFrom(" ", "-", "A", "(", ")", "1"));
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 40 }).map((p) => p.join("")), (name) => {
      const out = romanizeEastAsian(name);
      if (!/[\u3041-\u30ff\uac00-\ud7a3\u4e00-\u9fff]/.test(name)) return;
      expect(out).toBeDefined();
      expect(out).not.toMatch(/[\u3041-\u30fa\uac00-\ud7a3\u4e00-\u9fff]/);
      expect(out).toBe(out?.trim());
    }), { numRuns: 500 });
  });
  it("takes linear time on long names", () => {
    const long = "研究所センター대학교ア".repeat(10_000);
    const t = performance.now();
    expect(romanizeEastAsian(long)?.length).toBeGreaterThan(100_000);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe("hanSyllable and hangulSyllable", () => {
  it("read one character as the name reader reads it", () => {
    expect(hanSyllable("学", "mandarin")).toBe("xue");
    expect(hanSyllable("学", "japanese")).toBe("gaku");
    expect(hanSyllable("a", "mandarin")).toBeUndefined();
    expect(hangulSyllable("대", "revised")).toBe("dae");
    expect(hangulSyllable("대", "older")).toBe("tae");
    expect(["대", "학", "교"].map((c) => hangulSyllable(c, "revised")).join("")).toBe("daehakgyo");
  });
});

describe("eastAsianReadings", () => {
  it("reads Han characters alone both in Mandarin and in their Sino-Japanese reading", () => {
    expect(eastAsianReadings("立命館大学")).toEqual(["limingguan university", "ritsumeikan university"]);
    expect(eastAsianReadings("甲子園大学")).toEqual(["jiaziyuan university", "koshien university"]); // long vowel written once
  });
  it("reads a name with kana as Japanese only, and one with simplified Chinese characters as Chinese only", () => {
    expect(eastAsianReadings("協和キリン株式会社")).toEqual(["kyowa kirin co ltd"]);
    expect(eastAsianReadings("沈阳工业大学")).toEqual(["shenyang technology university"]);
  });
  it("reads a name with kana also with its kana as they sound, where the table translated some", () => {
    expect(eastAsianReadings("株式会社インバイオテックス")).toEqual(["in biology technology su co ltd", "inbaiotekkusu co ltd"]);
    expect(romanizeEastAsian("インバイオテックス", "japanese", "revised", { kanaWords: false })).toBe("inbaiotekkusu");
    expect(romanizeEastAsian("株式会社センター", "japanese", "revised", { kanaWords: false })).toBe("senta co ltd"); // Han words as ever
  });
  it("reads Hangul also in the older spelling many Korean institutions keep", () => {
    expect(eastAsianReadings("전남대학교")).toEqual(["jeonnam university", "chonnam university"]);
    expect(eastAsianReadings("성균관대학교")).toEqual(["seonggyungwan university", "songkyunkwan university"]);
  });
  it("gives nothing for a name without Chinese, Japanese or Korean", () => {
    expect(eastAsianReadings("Siemens AG")).toEqual([]);
  });
  it("reads with the learned words first, then without them (a learned word may be part of a name as it sounds)", () => {
    const readings = eastAsianReadings("上海交通大学");
    expect(readings[0]).toBe("shanghai transport university");
    expect(readings).toContain("shanghaijiaotong university");
  });
});

describe("untranslatedRuns", () => {
  it("gives the Han and Hangul runs no word of the hand-made table covers", () => {
    expect(untranslatedRuns("長崎県警察")).toEqual(["警察"]);
    expect(untranslatedRuns("株式会社天童木工")).toEqual(["天童木工"]);
    expect(untranslatedRuns("서울대학교 병원")).toEqual(["서울"]);
    expect(untranslatedRuns("Acme GmbH")).toEqual([]);
  });
});

describe("the Japanese names table (scripts/generate-japanese-names.ts)", () => {
  it("maps names of two to four Han characters to readings in Latin letters", () => {
    const entries = japaneseNames.names.split(",").map((pair) => pair.split(":"));
    expect(entries.length).toBeGreaterThan(10_000);
    for (const [name, reading, ...rest] of entries) {
      expect(rest).toEqual([]);
      expect(name).toMatch(/^\p{Script=Han}{2,4}$/u);
      expect(reading).toMatch(/^[a-z]+$/);
    }
  });
});

describe("the learned table (scripts/generate-east-asian-words.ts)", () => {
  it("maps words of two to four Han or Hangul characters to English words the hand-made table does not have", () => {
    const entries = Object.entries(learned.words);
    expect(entries.length).toBeGreaterThan(50);
    for (const [word, english] of entries) {
      expect(word).toMatch(/^[\p{Script=Han}\p{Script=Hangul}]{2,4}$/u);
      expect(english).toMatch(/^[a-z]+( [a-z]+)?$/);
      expect(table.words).not.toHaveProperty(word);
    }
  });
});

