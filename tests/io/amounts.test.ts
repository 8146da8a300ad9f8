import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalMarkOf, parseAmount } from "../../src/io/amounts.js";

describe("decimalMarkOf", () => {
  it("reads the decimal mark from a file's amounts together", () => {
    expect(decimalMarkOf(["1.234,56", "99", "1,234"])).toBe(",");
    expect(decimalMarkOf(["1,234", "12.5"])).toBe(".");
    expect(decimalMarkOf(["1.234.567", "12"])).toBe(",");
    expect(decimalMarkOf(["1,234,567"])).toBe(".");
    expect(decimalMarkOf(["0,125"])).toBe(",");
    expect(decimalMarkOf(["1,5", "2,25"])).toBe(",");
    expect(decimalMarkOf([12.5, undefined, "", "1,234"])).toBe(".");
  });
});

describe("parseAmount", () => {
  it("reads amounts as ledgers write them", () => {
    const cases: [string, "." | ",", number][] = [
      ["1,234.56", ".", 1234.56], ["1.234,56", ",", 1234.56], ["1 234,56", ",", 1234.56], ["1'234.56", ".", 1234.56],
      ["1\u202f234,56", ",", 1234.56], ["1.234,56-", ",", -1234.56], ["(1,234.50)", ".", -1234.5], ["-12", ".", -12],
      ["+7", ".", 7], ["€ 1.234,56", ",", 1234.56], ["$1,234", ".", 1234], ["1,234", ",", 1.234], [".5", ".", 0.5],
    ];
    for (const [text, mark, n] of cases) expect(parseAmount(text, mark), text).toBe(n);
  });

  it("gives undefined for an empty value and NaN for text that is no amount", () => {
    expect(parseAmount(undefined, ".")).toBeUndefined();
    expect(parseAmount("  ", ".")).toBeUndefined();
    for (const text of ["12 EUR", "n/a", "1,2,3", "1.2.3,4,5", "--5", "1e5", "12-3"]) expect(parseAmount(text, text.includes(",") ? "," : "."), text).toBeNaN();
    expect(parseAmount(42.5, ",")).toBe(42.5);
  });

  it("reads back what a locale writes, its mark found from the file's amounts", () => {
    const locales = ["en-US", "de-DE", "fr-FR", "de-CH", "es-ES", "it-IT", "pt-BR", "en-IN"];
    fc.assert(fc.property(fc.constantFrom(...locales), fc.array(fc.integer({ min: -(10 ** 11), max: 10 ** 11 }), { minLength: 1, maxLength: 20 }), (locale, cents) => {
      const texts = cents.map((c) => (c / 100).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
      const mark = decimalMarkOf(texts);
      texts.forEach((t, i) => expect(parseAmount(t, mark), `${locale} ${t}`).toBe((cents[i] as number) / 100));
    }), { numRuns: 500 });
  });
});
