import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runReport } from "../../src/cli/report-command.js";
import { tempFiles } from "./temp-files.js";

const { at } = tempFiles("firmograph-report-");
const example = (name: string): string => new URL(`../../examples/${name}`, import.meta.url).pathname;

describe("firmograph report (runReport)", () => {
  it("goes on past registry rows it cannot use, and says which and why", async () => {
    const entities = at("family-entities.csv", `${readFileSync(example("family-entities.csv"), "utf8").trimEnd()}\nBAD-1,,DE\n"broken,Quote,DE\n`);
    const links = at("family-links.csv", `${readFileSync(example("family-links.csv"), "utf8").trimEnd()}\n"broken,x\n`);
    const lines = await runReport({
      records: [example("erp.csv"), example("crm.csv"), example("ar.csv")], source: "erp,crm,ar",
      familyEntities: entities, familyLinks: links, limits: example("limits.csv"), rates: example("rates.json"), out: at("report.html"), threads: "1",
    });
    const registry = lines.find((l) => l.startsWith("registry"));
    expect(registry).toMatch(/^registry {7}58 entity rows, 33 link rows read; 3 rejected \(/);
    expect(registry).toContain("entity row 58: line 59: Quote Not Closed");
    expect(registry).toContain("link row 33: line 34: Quote Not Closed");
    expect(registry).toContain('entity row 57 "BAD-1": name: Required');
    // the rest of the job is as on the clean files
    expect(lines).toContain("entities       46 resolved; 45 attached to the family registry, 1 standalone");
  });

  it("reads amounts as the ledger writes them (1.234,56 in a German file) and rejects a line whose amount is no number", async () => {
    const erp = at("erp-de.csv", "Kundennr;Firma;Land;currency;open_receivables;overdue_90_plus;credit_limit\n1;Siemens AG;DE;EUR;1.234,56;;10.000,00\n2;Robert Bosch GmbH;DE;EUR;2.000,5;n/a;\n3;Acme GmbH;DE;EUR;12 EUR;;\n");
    const json = at("exposure-de.json");
    const lines = await runReport({
      records: [erp], familyEntities: at("no-entities.csv", "id,name,country\n"), familyLinks: at("no-links.csv", "child,parent,type\n"),
      rates: at("rates.json", '{"reportingCurrency":"EUR","rates":{}}'), out: at("report-de.html"), exposureJson: json, threads: "1",
    });
    expect(lines).toContain("exposure       1,234.56 EUR over 1 customers; 2 lines rejected (exposure erp-de:2 overdueBuckets.90+: expected an amount (a number such as 1234.56); exposure erp-de:3 openReceivables: expected an amount (a number such as 1234.56))");
    const figures = JSON.parse(readFileSync(json, "utf8")) as { entities: { receivables: number; limit: number }[]; rejected: { id?: string }[] };
    expect(figures.entities).toHaveLength(1);
    expect(figures.entities[0]).toMatchObject({ receivables: 1234.56, limit: 10000 });
    expect(figures.rejected.map((r) => r.id)).toEqual(["erp-de:2", "erp-de:3"]);
  });
});
