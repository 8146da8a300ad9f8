import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countryCode, countryKey, isCanonicalCountryCode } from "../../src/normalize/index.js";
import table from "../../src/normalize/data/country-codes.json";

describe("countryCode", () => {
  it("reads codes of every kind as the alpha-2 code", () => {
    expect(countryCode("DE")).toBe("DE");
    expect(countryCode(" de ")).toBe("DE");
    expect(countryCode("DEU")).toBe("DE");
    expect(countryCode("deu")).toBe("DE");
    expect(countryCode("276")).toBe("DE");
    expect(countryCode("U.S.A.")).toBe("US");
    expect(countryCode("U.K.")).toBe("GB");
  });

  it("reads the exceptionally reserved UK and EL as GB and GR, and keeps other two-letter codes", () => {
    expect(countryCode("UK")).toBe("GB");
    expect(countryCode("el")).toBe("GR");
    expect(countryCode("XK")).toBe("XK");
  });

  it("reads country names in many languages and scripts", () => {
    const cases: [string, string][] = [
      ["Germany", "DE"], ["Deutschland", "DE"], ["Allemagne", "DE"], ["Österreich", "AT"], ["Schweiz", "CH"], ["Suisse", "CH"],
      ["United States", "US"], ["United States of America", "US"], ["Vereinigte Staaten", "US"], ["Korea, Republic of", "KR"],
      ["South Korea", "KR"], ["Côte d'Ivoire", "CI"], ["Ivory Coast", "CI"], ["The Netherlands", "NL"], ["Holland", "NL"],
      ["España", "ES"], ["Brasil", "BR"], ["Türkiye", "TR"], ["Россия", "RU"], ["中国", "CN"], ["日本", "JP"], ["Viet Nam", "VN"],
    ];
    for (const [name, code] of cases) expect(countryCode(name), name).toBe(code);
  });

  it("gives undefined for what names no country", () => {
    for (const text of ["Atlantis", "abc", "999", "", "   ", "Acme Corp", "Kongo"]) expect(countryCode(text), text).toBeUndefined();
  });

  it("reads every alpha-3 and numeric code of the table as its alpha-2 code, and every name to the code the table gives", () => {
    for (const [alpha3, alpha2] of Object.entries(table.alpha3)) expect(countryCode(alpha3)).toBe(alpha2);
    for (const [numeric, alpha2] of Object.entries(table.numeric)) expect(countryCode(numeric)).toBe(alpha2);
    for (const [key, alpha2] of Object.entries(table.names)) expect(countryCode(key), key).toBe(alpha2);
  });

  it("returns an upper-case two-letter code or undefined for any text, and keeps a canonical code as it is", () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("DE", "UK", "EL", "gb", "U.S.", "Deutschland")), (text) => {
      const code = countryCode(text);
      if (code !== undefined) expect(code).toMatch(/^[A-Z]{2}$/);
      if (isCanonicalCountryCode(text)) expect(code).toBe(text);
    }), { numRuns: 2000 });
  });

  it("reads a long text in one pass", () => {
    expect(countryCode(`${"a.".repeat(50_000)}!`)).toBeUndefined();
    expect(countryKey(" Côte  d’Ivoire ")).toBe("cote divoire");
  });
});
