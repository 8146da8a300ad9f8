import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tempFiles } from "./temp-files.js";
import { matchSummary, runMatch } from "../../src/cli/match-command.js";

const { at, csv } = tempFiles("firmograph-match-");

describe("firmograph match (runMatch)", () => {
  const entities = at("customers.csv", [
    "id,name,country,city",
    "ibm,International Business Machines Corporation,US,Armonk",
    "sie,Siemens AG,DE,Munich",
    "sie-us,Siemens Corporation,US,Washington",
    "__proto__,Proto Holdings Ltd,GB,London",
    "bad,,DE,",
    '"broken,Quote Ltd,GB,',
  ].join("\n"));
  const queries = at("invoices.csv", [
    "Nr;Firma;Land",
    "q1;IBM;US",
    "q2;Siemens Aktiengesellschaft;DE",
    "q3;Totally Unknown Widgets;FR",
    "q4;;DE",
    "q5;=cmd|' /C calc'!A0;US",
    "q6;Proto Holdings;GB",
    "q7;too;many;values",
  ].join("\n"));

  it("writes each query once as matched, unmatched or rejected, in file order, with scores, evidence and reasons", async () => {
    const out = at("matches.csv");
    const rejected = at("rejected.csv");
    const summary = await runMatch(queries, { against: entities, out, rejected, map: "id=Nr", limit: "2", threads: "1" });
    const rows = csv(out);
    // one status per query, in file order (a matched query has a row per match)
    const statusOf = new Map<string, string>();
    for (const r of rows) statusOf.set(r.query_row as string, r.status as string);
    expect([...statusOf]).toEqual([["1", "matched"], ["2", "matched"], ["3", "unmatched"], ["4", "rejected"], ["5", "unmatched"], ["6", "matched"], ["7", "rejected"]]);
    expect(summary).toMatchObject({ entities: 4, queries: 7, matched: 3, unmatched: 2, rejected: 2 });

    const ibm = rows.find((r) => r.query_id === "q1");
    expect(ibm).toMatchObject({ rank: "1", entity_id: "ibm", entity_name: "International Business Machines Corporation" });
    expect(Number(ibm?.score)).toBeGreaterThan(0.9);
    expect(ibm?.explanation).toMatch(/acronym/);
    // the German Siemens first, the American one (other country) not above 0.5
    expect(rows.filter((r) => r.query_id === "q2").map((r) => r.entity_id)).toEqual(["sie"]);
    expect(rows.find((r) => r.query_id === "q6")?.entity_id).toBe("__proto__");
    expect(rows.find((r) => r.query_id === "q4")?.reason).toBe("name: Required");
    expect(rows.find((r) => r.query_row === "7")?.reason).toMatch(/^line 8 has 4 values where the header names 3 columns/);
    // what a spreadsheet would run is written escaped
    expect(rows.find((r) => r.query_id === "q5")?.query_name).toBe("'=cmd|' /C calc'!A0");

    // entities that could not be indexed are reported with their row
    expect(summary.entitiesRejected.map((e) => [e.row, e.reason.replace(/ \(.*/, "")])).toEqual([[5, "name: Required"], [6, "line 7: Quote Not Closed"]]);
    expect(csv(rejected).map((r) => [r.file, r.row])).toEqual([["customers.csv", "5"], ["customers.csv", "6"], ["invoices.csv", "4"], ["invoices.csv", "7"]]);
    expect(matchSummary(summary, out)).toContain("queries        7: 3 matched, 2 unmatched, 2 rejected (1 × name: Required; 1 × unreadable row)");
  });

  it("gives the same matches on two threads as on one, across batches", async () => {
    const many = at("many.csv", ["id,name,country", ...Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `m${i},IBM Corp,US` : i % 3 === 1 ? `m${i},Siemens,DE` : `m${i},Unknown ${i} GmbH,AT`))].join("\n"));
    const one = at("one.csv");
    const two = at("two.csv");
    await runMatch(many, { against: entities, out: one, threads: "1" });
    const s = await runMatch(many, { against: entities, out: two, threads: "2" });
    expect(s).toMatchObject({ queries: 5000, matched: 3334, unmatched: 1666, rejected: 0 });
    expect(readFileSync(two, "utf8")).toBe(readFileSync(one, "utf8"));
  });

  it("rejects every entity row of an id given twice, and matches against the others", async () => {
    const customers = at("dup-customers.csv", "id,name,country\nC1,Siemens AG,DE\nC2,Nestle S.A.,CH\nC1,Siemens Energy AG,DE\n");
    const out = at("dup-matches.csv");
    const s = await runMatch(at("dup-queries.csv", "name,country\nSiemens,DE\nNestle,CH\n"), { against: customers, out, threads: "1" });
    expect(s.entitiesRejected.map((e) => [e.row, e.id, e.reason])).toEqual([[1, "C1", 'id: id "C1" is the id of more than one entity'], [3, "C1", 'id: id "C1" is the id of more than one entity']]);
    expect(csv(out).map((r) => [r.query_name, r.status, r.entity_id])).toEqual([["Siemens", "unmatched", ""], ["Nestle", "matched", "C2"]]);
  });

  it("says which option is wrong before reading anything", async () => {
    await expect(runMatch(queries, { against: entities, out: at("x.csv"), limit: "abc" })).rejects.toThrow('--limit must be a whole number of 1 or more, got "abc"');
    await expect(runMatch(queries, { against: entities, out: at("x.csv"), minScore: "1.5" })).rejects.toThrow('--min-score must be a probability from 0 to 1, got "1.5"');
  });

  it("says which file has no column read as the name, with its columns and the option that names one, before any work", async () => {
    const sap = at("sap.csv", "KUNNR;Bezeichnung;LAND1\n1;Acme GmbH;DE\n");
    await expect(runMatch(sap, { against: entities, out: at("y.csv") })).rejects.toThrow("no column of sap.csv is read as the name (its columns: KUNNR, Bezeichnung, LAND1); say which holds it with --map name=<column>");
    await expect(runMatch(queries, { against: sap, out: at("y.csv") })).rejects.toThrow("say which holds it with --against-map name=<column>");
    const mapped = await runMatch(sap, { against: entities, out: at("y.csv"), map: "name=Bezeichnung" });
    expect(mapped.rejected).toBe(0);
  });
});
