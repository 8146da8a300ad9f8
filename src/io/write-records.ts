/** CSV and NDJSON writers with formula-injection protection. */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { stringify } from "csv-stringify/sync";
import { escapeFormula } from "./csv-escape.js";

export interface RowWriter {
  write(row: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  return escapeFormula(typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value));
}

/**
 * A writer of rows with the given columns to a CSV or NDJSON file (by extension). CSV cells that
 * start with =, +, -, @ are escaped.
 *
 * @example
 * const out = createRowWriter("entities.csv", ["entity_id", "name"]);
 * await out.write({ entity_id: "E1", name: "=cmd" }); // written as '=cmd
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
