import { Writable } from "node:stream";
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runNormalize } from "../../src/cli/normalize-command.js";
import { tempFiles } from "./temp-files.js";

const { at } = tempFiles("firmograph-normalize-");

function sink(): { out: Writable; text: () => string } {
  const chunks: string[] = [];
  return { out: new Writable({ write(chunk, _enc, done) { chunks.push(String(chunk)); done(); } }), text: () => chunks.join("") };
}

describe("firmograph normalize (runNormalize)", () => {
  it("normalizes one name per line of a file, in the encoding it was saved in, escaping CSV formulas", async () => {
    const path = at("names.txt");
    // "Müller Söhne GmbH" in Windows-1252 bytes, a blank line, a name a spreadsheet would run
    writeFileSync(path, Buffer.concat([Buffer.from("M\xfcller S\xf6hne GmbH\n\n", "latin1"), Buffer.from("=Acme Corp\n")]));
    const { out, text } = sink();
    expect(await runNormalize(path, { format: "csv" }, out)).toBe(2);
    const lines = text().trim().split("\n");
    expect(lines[0]).toBe("raw,core,legal form,acronyms,other names");
    expect(lines[1]).toMatch(/^Müller Söhne GmbH,muller sohne,GmbH/);
    expect(lines[2]).toMatch(/^'=Acme Corp,acme,/);
  });
});
