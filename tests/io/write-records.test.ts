import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkOutputs, createRowWriter } from "../../src/io/write-records.js";
import { tempFiles } from "../cli/temp-files.js";

const { at, csv } = tempFiles("firmograph-write-");

describe("createRowWriter", () => {
  it("escapes text a spreadsheet would run, and writes numbers as numbers", async () => {
    const path = at("rows.csv");
    const out = createRowWriter(path, ["id", "name", "headroom", "note"]);
    await out.write({ id: "-12", name: "=HYPERLINK(\"http://x\")", headroom: -86307.64, note: "+1 555" });
    await out.write({ id: "@A1", name: "Acme, Inc.", headroom: 0, note: true });
    await out.write({ id: "x", name: "-2+3+cmd|' /C calc'!A0", headroom: undefined, note: { a: 1 } });
    await out.close();
    expect(csv(path)).toEqual([
      { id: "'-12", name: "'=HYPERLINK(\"http://x\")", headroom: "-86307.64", note: "'+1 555" },
      { id: "'@A1", name: "Acme, Inc.", headroom: "0", note: "true" },
      { id: "x", name: "'-2+3+cmd|' /C calc'!A0", headroom: "", note: '{"a":1}' },
    ]);
  });

  it("writes NDJSON rows as they are, by the file's extension", async () => {
    const path = at("rows.ndjson");
    const out = createRowWriter(path, ["id"]);
    await out.write({ id: "=1", amount: -5 });
    await out.close();
    expect(readFileSync(path, "utf8")).toBe('{"id":"=1","amount":-5}\n');
  });
});

describe("checkOutputs", () => {
  it("passes files that can be written, and names the path that cannot before any work", () => {
    expect(() => checkOutputs([at("fine.csv"), undefined])).not.toThrow();
    expect(() => checkOutputs([at("fine.csv"), at("no-such-folder/x.csv")])).toThrow(/^firmograph: cannot write .*no-such-folder\/x\.csv: ENOENT/);
    expect(() => checkOutputs([at("")])).toThrow(/cannot write .*: it is a folder$/);
  });
});
