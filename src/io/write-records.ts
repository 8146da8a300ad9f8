/** CSV and NDJSON writers with formula-injection protection. */
import { accessSync, constants, createWriteStream, statSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import { dirname } from "node:path";
import { stringify } from "csv-stringify/sync";
import { escapeFormula } from "./csv-escape.js";

/**
 * Makes sure the files a command will write can be written, before it does any work: a missing
 * folder, a folder that cannot be written to, or an output that is a folder is an error naming the path.
 *
 * @example
 * checkOutputs(["entities.csv", undefined]) // throws for "no/such/folder/x.csv"
 */
export function checkOutputs(paths: readonly (string | undefined)[]): void {
  for (const path of paths) {
    if (path === undefined) continue;
    let isFolder = false;
    try {
      accessSync(dirname(path), constants.W_OK);
      isFolder = statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
    } catch (error) {
      throw new Error(`firmograph: cannot write ${path}: ${(error as Error).message}`);
    }
    if (isFolder) throw new Error(`firmograph: cannot write ${path}: it is a folder`);
  }
}

export interface RowWriter {
  write(row: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

/** A CSV cell: text escaped by `escapeFormula`; a number as it is (a negative amount is no formula, and stays a number in a spreadsheet). */
function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return String(value);
  return escapeFormula(typeof value === "string" ? value : typeof value === "boolean" ? String(value) : JSON.stringify(value));
}

/**
 * A writer of rows with the given columns to a CSV or NDJSON file (by extension). CSV text cells
 * that start with =, +, -, @ (or tab, carriage return) are escaped; numbers are written as numbers.
 *
 * @example
 * const out = createRowWriter("entities.csv", ["entity_id", "name", "headroom"]);
 * await out.write({ entity_id: "E1", name: "=cmd", headroom: -250.5 }); // written as E1,'=cmd,-250.5
 * await out.close();
 */
export function createRowWriter(path: string, columns: string[]): RowWriter {
  const stream: WriteStream = createWriteStream(path, "utf8");
  const ndjson = /\.(nd)?jsonl?$/i.test(path);
  if (!ndjson) stream.write(stringify([columns]));
  return {
    async write(row) {
      const text = ndjson ? JSON.stringify(row) + "\n" : stringify([columns.map((c) => cell(row[c]))]);
      if (!stream.write(text)) await once(stream, "drain");
    },
    async close() {
      stream.end();
      await once(stream, "finish");
    },
  };
}
