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
    expect(lines).toContain("entities       46 resolved; 44 attached to the family registry, 2 standalone");
  });
});
