import { describe, expect, it } from "vitest";
import { requireNameColumns, sourceLabels, sourcesOf } from "../../src/cli/input-files.js";
import { tempFiles } from "./temp-files.js";

const { at } = tempFiles("firmograph-inputs-");

describe("sourceLabels", () => {
  it("reads the labels in order, trimmed, without empty ones", () => {
    expect(sourceLabels(" erp, crm,,ar ")).toEqual(["erp", "crm", "ar"]);
    expect(sourceLabels(undefined)).toEqual([]);
  });
});

describe("sourcesOf", () => {
  it("labels files in order, names the rest after their files, and refuses two that would get one name", () => {
    expect(sourcesOf(["in/erp.csv", "in/crm.ndjson", "ar.export.csv"], "sap", "resolve")).toEqual(["sap", "crm", "ar.export"]);
    expect(() => sourcesOf(["a/customers.csv", "b/customers.csv"], undefined, "resolve")).toThrow('firmograph resolve: a/customers.csv and b/customers.csv would both be source "customers"');
    expect(() => sourcesOf(["a/customers.csv", "b/customers.csv"], "customers", "report")).toThrow(/^firmograph report: a\/customers\.csv and b\/customers\.csv/);
    expect(sourcesOf(["a/customers.csv", "b/customers.csv"], "erp, erp", "resolve")).toEqual(["erp", "erp"]);
    expect(sourcesOf(["__proto__.csv", "constructor.csv"], undefined, "resolve")).toEqual(["__proto__", "constructor"]);
  });
});

describe("requireNameColumns", () => {
  it("names the file without a name column, its columns, and how to name one", async () => {
    const good = at("good.csv", "id,Company Name\n1,Acme\n");
    const sap = at("sap.csv", "KUNNR;Bezeichnung\n1;Acme\n");
    await expect(requireNameColumns([good], {}, "--map", undefined, "resolve")).resolves.toBeUndefined();
    await expect(requireNameColumns([good, sap], {}, "--map", undefined, "resolve")).rejects.toThrow("firmograph resolve: no column of sap.csv is read as the name (its columns: KUNNR, Bezeichnung); say which holds it with --map name=<column>");
    await expect(requireNameColumns([sap], {}, undefined, undefined, "report")).rejects.toThrow('firmograph report: no column of sap.csv is read as the name (its columns: KUNNR, Bezeichnung); call the column that holds it "name" (or one of "name", "companyname"');
  });
});
