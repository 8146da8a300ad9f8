import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/util/dates.js";

describe("isoDate", () => {
  it("reads the dates ERPs export as ISO dates", () => {
    expect(isoDate("2024-01-31")).toBe("2024-01-31");
    expect(isoDate("2024-01-31T10:00:00Z")).toBe("2024-01-31T10:00:00Z");
    expect(isoDate("20240131")).toBe("2024-01-31");
    expect(isoDate("31.01.2024")).toBe("2024-01-31");
    expect(isoDate("1.2.2024")).toBe("2024-02-01");
    expect(isoDate("2024/1/31")).toBe("2024-01-31");
    expect(isoDate(" 2024-02-29 ")).toBe("2024-02-29");
  });

  it("refuses a day that does not exist and a date that may be read two ways", () => {
    for (const text of ["2024-02-30", "2023-02-29", "20241301", "32.01.2024", "01/02/2024", "2024-01-31x", "yesterday", ""]) expect(isoDate(text), text).toBeUndefined();
  });

  it("reads every day written each way as the same ISO date", () => {
    fc.assert(fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
      const iso = d.toISOString().slice(0, 10);
      const [y, m, day] = iso.split("-") as [string, string, string];
      expect(isoDate(iso)).toBe(iso);
      expect(isoDate(`${y}${m}${day}`)).toBe(iso);
      expect(isoDate(`${Number(day)}.${m}.${y}`)).toBe(iso);
      expect(isoDate(`${y}/${Number(m)}/${day}`)).toBe(iso);
    }), { numRuns: 1000 });
  });
});
