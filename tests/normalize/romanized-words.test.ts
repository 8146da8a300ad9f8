import { describe, expect, it } from "vitest";
import { normalizeName } from "../../src/normalize/index.js";
import { romanizedEnglish } from "../../src/normalize/romanized-words.js";

describe("romanizedEnglish", () => {
  it("reads Chinese, Japanese and Korean words written in Latin letters as English", () => {
    expect(romanizedEnglish("xibei")).toBe("northwest"); // 西北, pinyin
    expect(romanizedEnglish("caijing")).toBe("finance economics"); // 财经
    expect(romanizedEnglish("yakka")).toBe("pharmaceutical"); // 薬科, with its doubled consonant
  });
  it("leaves alone places and words that names elsewhere hold", () => {
    expect(romanizedEnglish("fujian")).toBeUndefined(); // the province, not 复健 (rehabilitation)
    expect(romanizedEnglish("berlin")).toBeUndefined();
    expect(romanizedEnglish("__proto__")).toBeUndefined();
  });
});

describe("normalizeName with romanized words", () => {
  it("gives a name in pinyin or romaji the core of its English name", () => {
    expect(normalizeName("Xīběi Shīfàn Dàxué").core).toBe(normalizeName("Northwest Normal University").core);
    expect(normalizeName("Kobe Yakka Daigaku").core).toBe(normalizeName("Kobe Pharmaceutical University").core);
    expect(normalizeName("Fujian Normal University").core).toBe("fujian normal university");
  });
});
