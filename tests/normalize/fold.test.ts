import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, foldWhole } from "../../src/normalize/fold.js";

describe("foldText", () => {
  it("folds letters that compose with a combining mark like the precomposed letter", () => {
    expect(foldText("Cafe\u0301 Me\u0301tropole")).toBe("cafe metropole");
    expect(foldText("Café Métropole")).toBe("cafe metropole");
  });
  it("composes half-width katakana with their voicing mark, as NFKC does", () => {
    expect(foldText("ｶﾞｽ")).toBe("ガス");
  });
  it("writes Georgian and Armenian in Latin letters, Armenian 'ու' as u and 'և' as ev, Greek 'ου' as ou", () => {
    expect(foldText("თბილისის სახელმწიფო უნივერსიტეტი")).toBe("tbilisis sakhelmtsipo universiteti");
    expect(foldText("Երևանի պետական համալսարան")).toBe("erevani petakan hamalsaran");
    expect(foldText("ԵՐԵՎԱՆԻ ՊԵՏԱԿԱՆ ՀԱՄԱԼՍԱՐԱՆ")).toBe("erevani petakan hamalsaran");
    expect(foldText("Ուսանող")).toBe("usanogh");
    expect(foldText("ՈՒՍԱՆՈՂ")).toBe("usanogh");
    // Greek "ου" is ou (ELOT 743), accented or in capitals too
    expect(foldText("Ινστιτούτο Κύπρου")).toBe("institouto kyprou");
    expect(foldText("ΙΝΣΤΙΤΟΥΤΟ")).toBe("institouto");
  });
  it("lower-cases a final capital sigma to the same letter as any sigma", () => {
    expect(foldText("ΟΔΟΣ ΣΟΦΙΑΣ")).toBe("odos sofias");
  });
  it("gives, one character at a time, what folding the whole string gives", () => {
    // letters of many scripts, combining marks, Hangul jamo and syllables, half-width and
    // full-width forms, compatibility characters, surrogate pairs and lone surrogates
    const unit = fc.constantFrom(
      "a", "Z", "é", "e", "\u0301", "\u0308", "ß", "Æ", "ø", "Ł", "İ", "ı", "ﬁ", "Σ", "σ", "ς", "Ж", "ё", "Ё", "й", "и", "\u0306",
      "中", "株", "㈱", "ガ", "カ", "\u3099", "ｶ", "ﾞ", "ﾟ", "ﾊ", "가", "\u1100", "\u1161", "\u11a8", "ㄱ", "ㅏ", "ﾡ", "한",
      "Ａ", "１", "、", "’", "—", "\u00a0", "\u200b", "\t", "\u0000", "𝐀", "😀", "\ud800", "\udc00", "ا", "\u064b", "ה", "\u05b8",
      "क", "\u093c", "\u0bbe", "ொ", "ெ", ".", "-", " ",
    );
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
      const s = parts.join("");
      expect(foldText(s)).toBe(foldWhole(s));
    }), { numRuns: 5000 });
  });
  it("agrees with the whole-string folding on arbitrary text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => {
      expect(foldText(s)).toBe(foldWhole(s));
    }), { numRuns: 5000 });
  });
});
