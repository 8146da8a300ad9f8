import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tempFiles } from "./temp-files.js";
import { resolveSummary, runResolve } from "../../src/cli/resolve-command.js";
import { escapeFormula } from "../../src/io/csv-escape.js";

const { at, csv } = tempFiles("firmograph-cli-");

describe("escapeFormula", () => {
  it("prefixes what a spreadsheet would run, and only that", () => {
    for (const v of ["=1+1", "+49 30 1234", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx"]) expect(escapeFormula(v)).toBe(`'${v}`);
    for (const v of ["Acme GmbH", "", "a=b", "'quoted"]) expect(escapeFormula(v)).toBe(v);
  });
});

describe("firmograph resolve (runResolve)", () => {
  it("accounts for every row of messy files: unreadable rows rejected with their file, line and reason; the rest resolved", async () => {
    const erp = at("erp.csv", "Kundennr;Firma;Land\n1;Acme, Inc.;US\n2;Müller; Söhne GmbH;DE\n3;=HYPERLINK(\"http://x\");DE\n");
    const crm = at("crm.csv", 'id,name,country\n A-7 ,"Acme, Incorporated",US\n"A-8,Broken Quote Ltd,GB\n');
    const ar = at("ar.ndjson", '{"id":"9","name":"ACME INC","country":"US"}\n{"id":"10",\n');
    const out = at("entities.csv");
    const rejected = at("rejected.csv");
    const result = await runResolve([erp, crm, ar], { out, rejected, threads: "1" });

    // 3 + 2 + 2 rows: 4 in entities, 3 rejected
    expect(result.stats.records).toBe(7);
    const entities = csv(out);
    const rejects = csv(rejected);
    expect(rejects.map((r) => [r.source, (r.reason ?? "").replace(/line \d+: |\(.*\)$/g, "").trim()])).toEqual([
      ["erp", "erp.csv line 3 has 4 values where the header names 3 columns"],
      ["crm", "crm.csv Quote Not Closed"],
      ["ar", "ar.ndjson line 2 is not valid JSON"],
    ]);
    const ids = entities.flatMap((e) => (e.record_ids as string).split(" ")).sort();
    expect(ids).toEqual(["ar:9", "crm:A-7", "erp:1", "erp:3"]);
    // the three spellings of Acme in three systems are one entity
    expect(entities.find((e) => (e.record_ids as string).includes("erp:1"))?.record_ids).toBe("ar:9 crm:A-7 erp:1");
    // a value a spreadsheet would run is written escaped
    expect(entities.some((e) => e.name === `'=HYPERLINK("http://x")`)).toBe(true);
    expect(resolveSummary(result, out)).toContain("rejected       3: 3 × record: unreadable row (see --rejected)");
  });

  it("says which disagreement weights it learned from the records, and learns none with --no-learn-weights", async () => {
    const files = ["erp", "crm", "ar"].map((f) => new URL(`../../examples/${f}.csv`, import.meta.url).pathname);
    const out = at("learned.csv");
    const learned = await runResolve(files, { out, source: "erp,crm,ar", threads: "1" });
    expect(Object.keys(learned.stats.learnedWeights).length).toBeGreaterThan(0);
    expect(resolveSummary(learned, out)).toMatch(/^learned +(\w+ differs -\d+\.\d\d(, )?)+ \(log-likelihood ratios, from the records\)$/m);
    const fixed = await runResolve(files, { out, source: "erp,crm,ar", threads: "1", learnWeights: false });
    expect(fixed.stats.learnedWeights).toEqual({});
    expect(resolveSummary(fixed, out)).not.toMatch(/^learned/m);
  });

  it("reads countries as ERPs write them (DEU, Deutschland, UK) and rejects only a country it cannot name", async () => {
    const erp = at("erp-countries.csv", "id,name,country\n1,Siemens AG,DEU\n2,Tesco PLC,UK\n3,Acme Ltd,Atlantis\n");
    const crm = at("crm-countries.csv", "id,name,country\nS-1,Siemens Aktiengesellschaft,Deutschland\nT-1,Tesco,United Kingdom\n");
    const out = at("entities-countries.csv");
    const rejected = at("rejected-countries.csv");
    const result = await runResolve([erp, crm], { out, rejected, threads: "1" });
    expect(result.stats.records).toBe(5);
    const entities = csv(out);
    expect(entities.map((e) => [e.record_ids, e.country]).sort()).toEqual([["crm-countries:S-1 erp-countries:1", "DE"], ["crm-countries:T-1 erp-countries:2", "GB"]]);
    expect(csv(rejected).map((r) => [r.record_id, r.field])).toEqual([["3", "country"]]);
  });

  it("rejects master rows it cannot read or use, with their reasons, and keeps the master ids of the others", async () => {
    const master = at("master.csv", 'id,name,country\nCUST-1,Acme Inc.,US\nCUST-2,"Broken, GB\n');
    const erp = at("erp2.csv", "id,name,country\n1,ACME INC,US\n2,Globex Corporation,US\n");
    const out = at("entities2.csv");
    const rejected = at("rejected2.csv");
    const result = await runResolve([erp], { out, rejected, master, threads: "1" });
    expect(csv(out).map((e) => [e.entity_id, e.record_ids, e.from_master])).toEqual([["CUST-1", "erp2:1", "true"], [expect.stringMatching(/^E/), "erp2:2", "false"]]);
    expect(csv(rejected).map((r) => [r.source, r.index, r.reason])).toEqual([["master", "1", "master.csv line 3: Quote Not Closed (a quote opened on this line is never closed; the rows after it are read from the next line)"]]);
    expect(result.stats.records).toBe(2);
  });

  it("refuses two files that would be one source by their names, and reads them under the labels given", async () => {
    const a = at("x/customers.csv", "id,name,country\n1,Acme GmbH,DE\n");
    const b = at("y/customers.csv", "id,name,country\n1,ACME GMBH,DE\n");
    await expect(runResolve([a, b], { out: at("entities4.csv"), threads: "1" })).rejects.toThrow(/would both be source "customers".*name the sources with --source/);
    await expect(runResolve([a, b], { out: at("entities4.csv"), threads: "1", source: "customers" })).rejects.toThrow(/would both be source "customers"/);
    const result = await runResolve([a, b], { out: at("entities4.csv"), threads: "1", source: "erp,crm" });
    expect([result.stats.rejected, result.entities.length, result.entities[0]?.recordIds]).toEqual([0, 1, ["crm:1", "erp:1"]]);
    // one label twice: one system's records in two files, where an id given twice is a duplicate
    const same = await runResolve([a, b], { out: at("entities4.csv"), threads: "1", source: "erp,erp" });
    expect(same.stats.rejected).toBe(2);
  });

  it("says which file has no column read as the name before any work, and reads it as mapped", async () => {
    const erp = at("erp3.csv", "id,name\n1,Acme GmbH\n");
    const sap = at("sap3.csv", "KUNNR;Bezeichnung;LAND1\n1;Acme GmbH;DE\n");
    await expect(runResolve([erp, sap], { out: at("entities3.csv"), threads: "1" })).rejects.toThrow("firmograph resolve: no column of sap3.csv is read as the name (its columns: KUNNR, Bezeichnung, LAND1); say which holds it with --map name=<column>");
    const result = await runResolve([sap], { out: at("entities3.csv"), threads: "1", map: "name=Bezeichnung" });
    expect([result.stats.records, result.stats.rejected]).toEqual([1, 0]);
  });
});
