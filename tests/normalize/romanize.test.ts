import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eastAsianReadings, romanizeEastAsian } from "../../src/normalize/index.js";

describe("romanizeEastAsian", () => {
  it.each([
    ["沈阳工业大学", "shenyang technology university"], // Mandarin reading of the place, words of the table in English
    ["南通大学", "nantong university"],
    ["中山市人民医院", "zhongshan city peoples hospital"],
    ["香港中文大學", "hong kong chinese university"], // traditional characters; Hong Kong by its usual spelling
    ["益阳市设计院有限公司", "yiyang city design institute co ltd"],
    ["一般社団法人日本機械学会", "japan machinery society"], // designations that English names leave out are dropped
    ["岡山県生涯学習センター", "okayama prefecture lifelong learning center"],
    ["株式会社トヨタ", "co ltd toyota"], // kana in Hepburn
    ["キッコーマン株式会社", "kikkoman co ltd"], // small tsu doubles, the long-vowel mark is dropped
    ["とうきょう", "tokyo"], // a kana that only lengthens a vowel is dropped, as in English spellings
    ["かんさいいかだいがく", "kansai medical university"], // words of the table inside a kana reading
    ["서울대학교 병원", "seoul university hospital"], // Hangul in Revised Romanization
    ["㈜삼성전자", "co ltd samseong electronics"], // ㈜ is (주), a legal form
    ["株式会社ECI", "co ltd ECI"], // Latin parts kept
  ])("%s -> %s", (name, expected) => {
    expect(romanizeEastAsian(name)).toBe(expected);
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

describe("eastAsianReadings", () => {
  it("reads Han characters alone both in Mandarin and in their Sino-Japanese reading", () => {
    expect(eastAsianReadings("立命館大学")).toEqual(["limingguan university", "ritsumeikan university"]);
    expect(eastAsianReadings("甲子園大学")).toEqual(["jiaziyuan university", "koshien university"]); // long vowel written once
  });
  it("reads a name with kana as Japanese only, and one with simplified Chinese characters as Chinese only", () => {
    expect(eastAsianReadings("協和キリン株式会社")).toEqual(["kyowa kirin co ltd"]);
    expect(eastAsianReadings("沈阳工业大学")).toEqual(["shenyang technology university"]);
  });
  it("reads Hangul also in the older spelling many Korean institutions keep", () => {
    expect(eastAsianReadings("전남대학교")).toEqual(["jeonnam university", "chonnam university"]);
    expect(eastAsianReadings("성균관대학교")).toEqual(["seonggyungwan university", "songkyunkwan university"]);
  });
  it("gives nothing for a name without Chinese, Japanese or Korean", () => {
    expect(eastAsianReadings("Siemens AG")).toEqual([]);
  });
});

