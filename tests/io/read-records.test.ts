import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { delimiterOf, formatOf, isUnreadable, missingNameColumn, parseMapping, readNumberedRows, readRows, toRecord } from "../../src/io/read-records.js";

const dir = mkdtempSync(join(tmpdir(), "firmograph-io-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
function file(text: string | Buffer, extension = "csv"): string {
  const path = join(dir, `f${files++}.${extension}`);
  writeFileSync(path, text);
  return path;
}
async function rows(path: string, encoding?: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for await (const row of readRows(path, formatOf(path), encoding)) out.push(row);
  return out;
}

describe("delimiterOf", () => {
  it("takes the delimiter the header line holds most often, outside quotes", () => {
    expect(delimiterOf("id,name,country")).toBe(",");
    expect(delimiterOf("Kundennr;Firma;Land")).toBe(";");
    expect(delimiterOf("id\tname\tcountry")).toBe("\t");
    expect(delimiterOf("id|name|country")).toBe("|");
    expect(delimiterOf('id;"name, legal";"a, b, c"')).toBe(";");
    expect(delimiterOf("name")).toBe(",");
  });
});

describe("readRows (CSV)", () => {
  it("reads a delimiter inside a company name as part of it, by the header's delimiter", async () => {
    expect(await rows(file("id,name,country\n1,Foo; Bar GmbH,DE\n2,Qux\tLtd,GB\n"))).toEqual([
      { id: "1", name: "Foo; Bar GmbH", country: "DE" },
      { id: "2", name: "Qux\tLtd", country: "GB" },
    ]);
    expect(await rows(file("Kundennr;Firma;Land\n1;Acme, Inc.;US\n2;\"Müller; Söhne\";DE\n"))).toEqual([
      { Kundennr: "1", Firma: "Acme, Inc.", Land: "US" },
      { Kundennr: "2", Firma: "Müller; Söhne", Land: "DE" },
    ]);
  });

  it("rejects a row whose values do not fit the header, with its line, and reads on", async () => {
    const got = await rows(file("id;name;country\n1;Acme; Inc.;US\n2;Short\n3;Fine GmbH;DE\n4;Trailing Ltd;GB;\n"));
    expect(got).toHaveLength(4);
    expect(got[0]?.__invalid).toMatch(/^line 2 has 4 values where the header names 3 columns \(a ";" inside a value that is not quoted\?\)$/);
    expect(got[1]?.__invalid).toBe("line 3 has 2 values where the header names 3 columns");
    expect(got[2]).toEqual({ id: "3", name: "Fine GmbH", country: "DE" });
    // an empty value after the last column is no value
    expect(got[3]).toEqual({ id: "4", name: "Trailing Ltd", country: "GB" });
  });

  it("keeps a quote inside an unquoted value, and reads on after a bad closing quote", async () => {
    const got = await rows(file('id,name,country\n1,12" Pipes "The Best" Ltd,DE\n2,"Bad "quote" here",GB\n3,Fine Ltd,GB\n'));
    expect(got).toHaveLength(3);
    expect(got[0]).toEqual({ id: "1", name: '12" Pipes "The Best" Ltd', country: "DE" });
    expect(got[1]?.id).toBe("2");
    expect(got[2]).toEqual({ id: "3", name: "Fine Ltd", country: "GB" });
  });

  it("reports a quote never closed as an unreadable row in its place, and reads the rows after it", async () => {
    const got = await rows(file('id,name\n1,Acme\n\n2,"Never closed\n\n3,Kept\n4,Kept too\n'));
    expect(got).toHaveLength(4);
    expect(got[0]).toEqual({ id: "1", name: "Acme" });
    expect(got[1]?.__invalid).toMatch(/^line 4: Quote Not Closed/);
    expect(got[2]).toEqual({ id: "3", name: "Kept" });
    expect(got[3]?.id).toBe("4");
  });

  it("reads on after a quote left open for more than a megabyte of rows, every row accounted for", async () => {
    const after = Array.from({ length: 90_000 }, (_, i) => `${i + 3},Company ${i + 3} Ltd`);
    const got = await rows(file(`id,name\n1,Acme\n2,"Open\n${after.join("\r\n")}\r\n`));
    expect(got).toHaveLength(2 + after.length);
    expect(got[1]?.__invalid).toMatch(/^line 3: Record Too Long/);
    expect(got[2]).toEqual({ id: "3", name: "Company 3 Ltd" });
    expect(got.at(-1)).toEqual({ id: "90002", name: "Company 90002 Ltd" });
  });

  it("still reads a quoted value over several lines", async () => {
    expect(await rows(file('id,name\n1,"Acme\nGmbH"\n2,Beta\n'))).toEqual([{ id: "1", name: "Acme\nGmbH" }, { id: "2", name: "Beta" }]);
  });

  it("takes the delimiter from an Excel \"sep=\" line before the header, and reads that line as no row", async () => {
    expect(await rows(file("sep=;\r\nKundennr;Firma\r\n1;Acme, Inc.\r\n"))).toEqual([{ Kundennr: "1", Firma: "Acme, Inc." }]);
    expect(await rows(file("\nSEP=|\nid|name,legal\n1|Acme, Inc.\n"))).toEqual([{ id: "1", "name,legal": "Acme, Inc." }]);
    expect(await missingNameColumn(file("sep=;\nKundennr;Firma\n1;Acme\n"), {}, "--map")).toBeUndefined();
  });
  it("takes the delimiter from the header after blank lines, and skips rows of blanks or delimiters alone", async () => {
    expect(await rows(file("\n  \nKundennr;Firma\n1;Acme, Inc.\n;\n ; \n"))).toEqual([{ Kundennr: "1", Firma: "Acme, Inc." }]);
  });

  it("trims values, skips a byte-order mark and empty lines, and keeps a column named __proto__ as a column", async () => {
    const got = await rows(file("\uFEFFid,__proto__,name\n\n 1 , x ,  Acme GmbH \n"));
    expect(got).toHaveLength(1);
    const row = got[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.keys(row)).toEqual(["id", "__proto__", "name"]);
    expect(Object.getOwnPropertyDescriptor(row, "__proto__")?.value).toBe("x");
    expect(row.name).toBe("Acme GmbH");
  });

  it("gives back what a CSV writer wrote, whatever the values and the delimiter (property)", async () => {
    const value = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("Acme, Inc.", "Müller; Söhne", 'a "b" c', "x\ny", "\tTab", "|", '"', "ACME\r\nLtd"));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(",", ";", "\t", "|"), fc.integer({ min: 2, max: 4 }), fc.array(fc.array(value, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 8 }), async (delimiter, width, table) => {
        const header = ["id", "name", "city", "country"].slice(0, width);
        const body = table.map((r) => r.slice(0, width));
        const got = await rows(file(stringify([header, ...body], { delimiter })));
        // a row of blanks is an empty line, as readers of spreadsheet exports (";;;") expect
        const expected = body.filter((r) => r.some((v) => v.trim() !== "")).map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] as string).trim()])));
        expect(got).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe("readRows (text encodings)", () => {
  // "Müller" in Latin-1 bytes, then Š € „ “ as Windows-1252 writes them (0x8A, 0x80, 0x84, 0x93)
  const windows1252 = Buffer.concat([Buffer.from("id;name\n1;Müller Söhne GmbH\n2;", "latin1"), Buffer.from([0x8a]), Buffer.from("koda ", "latin1"), Buffer.from([0x84]), Buffer.from("Best", "latin1"), Buffer.from([0x93, 0x20, 0x80]), Buffer.from("\n", "latin1")]);

  it("reads a file that is not valid UTF-8 as Windows-1252, the encoding spreadsheets export in Western Europe", async () => {
    expect(await rows(file(windows1252))).toEqual([
      { id: "1", name: "Müller Söhne GmbH" },
      { id: "2", name: "Škoda „Best“ €" },
    ]);
    const ndjson = Buffer.concat([Buffer.from('{"id":"1","name":"', "latin1"), Buffer.from([0x8a]), Buffer.from('koda"}\n', "latin1")]);
    expect(await rows(file(ndjson, "ndjson"))).toEqual([{ id: "1", name: "Škoda" }]);
  });

  it("reads a UTF-8 file as UTF-8, and a file in the encoding named", async () => {
    expect(await rows(file("id,name\n1,Müller Škoda 株式会社\n"))).toEqual([{ id: "1", name: "Müller Škoda 株式会社" }]);
    // "Spółka" in Windows-1250 bytes: ó 0xF3, ł 0xB3
    const polish = Buffer.concat([Buffer.from("id,name\n1,Sp", "latin1"), Buffer.from([0xf3, 0xb3]), Buffer.from("ka Akcyjna\n", "latin1")]);
    expect(await rows(file(polish), "windows-1250")).toEqual([{ id: "1", name: "Spółka Akcyjna" }]);
    await expect(rows(file("id\n1\n"), "klingon-8")).rejects.toThrow(/unknown text encoding "klingon-8"/);
  });

  it("reads a file that starts with a UTF-16 byte-order mark as UTF-16 (Excel's \"Unicode text\", cut by tabs)", async () => {
    const text = "Kundennr\tFirma\tLand\r\n1\tMüller Škoda 株式会社\tDE\r\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
    for (const bytes of [le, be]) {
      expect(await rows(file(bytes))).toEqual([{ Kundennr: "1", Firma: "Müller Škoda 株式会社", Land: "DE" }]);
      expect(await missingNameColumn(file(bytes), {}, "--map")).toBeUndefined();
    }
  });
});

describe("readNumberedRows", () => {
  it("numbers every row, readable or not, and keeps the unreadable ones apart with their reasons", async () => {
    const read = await readNumberedRows(file('id,name\n1,Acme\n2,Beta,extra\n\n3,Gamma\n4,"open\n'));
    expect(read.count).toBe(4);
    expect(read.rows).toEqual([{ row: 1, values: { id: "1", name: "Acme" } }, { row: 3, values: { id: "3", name: "Gamma" } }]);
    expect(read.unreadable.map((u) => [u.row, u.reason.replace(/ \(.*$|: the parsing.*$/, "")])).toEqual([[2, "line 3 has 3 values where the header names 2 columns"], [4, "line 6: Quote Not Closed"]]);
  });
});

describe("readRows (NDJSON)", () => {
  it("yields an unreadable row, with its line, for a line that is not a JSON object", async () => {
    const got = await rows(file('{"id":"1","name":"Acme"}\n{"id":"2","name":"Acme\n[1,2]\n\n{"id":"3","name":"Acme SA"}\n', "ndjson"));
    expect(got).toHaveLength(4);
    expect(got[1]?.__invalid).toMatch(/^line 2 is not valid JSON/);
    expect(got[2]?.__invalid).toBe("line 3 is not a JSON object");
    expect(got[3]).toEqual({ id: "3", name: "Acme SA" });
  });
  it("reads CRLF line ends and a last line without one, and skips a line too long to hold, with its line", async () => {
    const giant = `{"id":"2","name":"${"a".repeat(17_000_000)}"}`;
    const got = await rows(file(`{"id":"1","name":"Acme"}\r\n${giant}\r\n{"id":"3","name":"Beta"}\n{"id":"4","name":"Gamma"}`, "ndjson"));
    expect(got).toEqual([{ id: "1", name: "Acme" }, { __invalid: "line 2 is longer than 16777216 characters" }, { id: "3", name: "Beta" }, { id: "4", name: "Gamma" }]);
  });
  it("reads every line of a file longer than the chunks it is read in, lines cut between chunks included", async () => {
    const values = Array.from({ length: 20_000 }, (_, i) => ({ id: String(i), name: `Company ${"x".repeat(i % 97)} ${i}` }));
    const text = values.map((v, i) => JSON.stringify(v) + (i % 3 === 0 ? "\r\n" : "\n")).join("");
    expect(text.length).toBeGreaterThan(4 * 65_536);
    expect(await rows(file(text, "ndjson"))).toEqual(values);
  });
});

describe("parseMapping", () => {
  it("reads field=Column pairs, and says which part is no pair or names no field", () => {
    expect(parseMapping("name=Company Name, id=No,")).toEqual({ name: "Company Name", id: "No" });
    expect(parseMapping(undefined)).toEqual({});
    expect(() => parseMapping("name")).toThrow('a mapping is field=Column pairs separated by commas; "name" is not one');
    expect(() => parseMapping("name=")).toThrow('"name=" is not one');
    expect(() => parseMapping("nmae=Firma")).toThrow(/^firmograph: no field "nmae" to map a column to \(fields: id, name, country/);
    expect(() => parseMapping("__proto__=x")).toThrow('no field "__proto__"');
  });
});

describe("missingNameColumn", () => {
  it("says that no column is read as the name, with the columns, unless one is by the usual names or the mapping", async () => {
    const sap = file('KUNNR;"Bezeichnung; lang";LAND1\n1;Acme;DE\n');
    expect(await missingNameColumn(sap, {}, "--map")).toMatch(/^no column of .*\.csv is read as the name \(its columns: KUNNR, Bezeichnung; lang, LAND1\); say which holds it with --map name=<column>$/);
    expect(await missingNameColumn(sap, { name: "Bezeichnung; lang" }, "--map")).toBeUndefined();
    expect(await missingNameColumn(file("\n\nKundennr;NAME1;Land\n"), {}, "--map")).toBeUndefined();
    // a column mapped to another field is not read as the name, whatever it is called
    expect(await missingNameColumn(file("id,name\n"), { id: "name" }, "--map")).toMatch(/^no column/);
    expect(await missingNameColumn(file('{"id":"1"}\n', "ndjson"), {}, "--map")).toBeUndefined();
  });
});

describe("toRecord", () => {
  it("maps usual column names to fields, identifiers under `identifiers`, and keeps other columns as they are", () => {
    expect(toRecord({ "Customer No": "1001", "Company Name": "Acme", VAT: "DE1", Segment: "B2B", Empty: "" })).toEqual({ id: "1001", name: "Acme", identifiers: { vat: "DE1" }, Segment: "B2B" });
    expect(toRecord({ Nr: "7", Firma: "Acme" }, { id: "Nr" })).toEqual({ id: "7", name: "Acme" });
    // an e-mail address gives the web domain; SAP's change date (AEDAT) and phone (TELF1)
    expect(toRecord({ KUNNR: "8", NAME1: "Acme", "E-Mail": "info@acme.de", AEDAT: "20240131", TELF1: "+49 89 1", "Country Name": "Deutschland" })).toEqual({ id: "8", name: "Acme", domain: "info@acme.de", updatedAt: "20240131", phone: "+49 89 1", country: "Deutschland" });
  });

  it("keeps a column named __proto__ as an own value, leaving the record's prototype alone", () => {
    const row = Object.fromEntries([["id", "1"], ["__proto__", "x"]]) as Record<string, unknown>;
    const record = toRecord(row);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(record, "__proto__")?.value).toBe("x");
  });
});
