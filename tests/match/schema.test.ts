import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidRecordError, entityInputSchema, parseEntity } from "../../src/match/schema.js";

const zodOrError = (input: unknown): unknown => {
  const r = entityInputSchema.safeParse(input);
  return r.success ? r.data : "invalid";
};
const parseOrError = (input: unknown): unknown => {
  try {
    return parseEntity(input);
  } catch (e) {
    if (e instanceof InvalidRecordError) return "invalid";
    throw e;
  }
};

describe("parseEntity", () => {
  it("gives what the zod schema gives, on canonical rows and on rows that need zod", () => {
    const field = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 6 }), fc.constantFrom("DE", "de", " DE", "UK", "DEU", "276", "Deutschland", "Atlantis", "Acme", " Acme ", ""), fc.integer());
    const row = fc.record({ id: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), name: field, country: field, city: field, website: field, extra: field }, { requiredKeys: [] });
    fc.assert(fc.property(row, (r) => {
      expect(parseOrError(r)).toEqual(zodOrError(r));
    }), { numRuns: 2000 });
  });

  it("copies a canonical row instead of returning the caller's object", () => {
    const input = { id: "c-1", name: "Siemens AG", country: "DE" };
    const parsed = parseEntity(input);
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
  });

  it("reads a country written as a three-letter or numeric code, or as a name, as its alpha-2 code", () => {
    for (const [given, code] of [["DEU", "DE"], ["276", "DE"], ["Deutschland", "DE"], ["de", "DE"], ["UK", "GB"], ["United States", "US"]]) {
      expect(parseEntity({ id: "c-1", name: "Siemens AG", country: given }).country, given).toBe(code);
    }
  });

  it("takes a DUNS number of 9 digits, or 7 or 8 with the leading zeros dropped, with spaces, dots or dashes", () => {
    for (const duns of ["123456789", "12-345-6789", "12 345 6789", "12.345.6789", "12345678", 12345678]) expect(entityInputSchema.safeParse({ id: "d", name: "X", identifiers: { duns } }).success, String(duns)).toBe(true);
    for (const duns of ["123456", "1234567890", "12--345-678", "DUNS 12345678", 123456]) {
      const issue = entityInputSchema.safeParse({ id: "d", name: "X", identifiers: { duns } }).error?.issues[0];
      expect(issue?.message, String(duns)).toMatch(/DUNS number has 9 digits/);
    }
  });

  it("names the entity and field of a bad row", () => {
    expect(() => parseEntity({ id: "c-2", name: "  " })).toThrow(/entity "c-2".*name/);
    expect(() => parseEntity({ id: "c-3", name: "X", country: "Atlantis" })).toThrow(/country.*Atlantis/);
  });

  it("says an id is missing, or what an id must be, rather than 'Invalid input'", () => {
    const issue = (input: unknown): string | undefined => entityInputSchema.safeParse(input).error?.issues.find((i) => i.path[0] === "id")?.message;
    expect(issue({ name: "Acme" })).toBe("Required");
    expect(issue({ id: 1.5, name: "Acme" })).toBe("expected a text of 1 to 512 characters or a whole number");
    expect(issue({ id: { no: 1 }, name: "Acme" })).toBe("expected a text of 1 to 512 characters or a whole number");
    expect(issue({ id: 7, name: "Acme" })).toBeUndefined();
  });
});
