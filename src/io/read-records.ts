/** Streaming readers of CSV and NDJSON files into plain records, shared by the CLI and the API. */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";
import synonyms from "./data/column-synonyms.json";

export type RowFormat = "csv" | "ndjson";

/** The format of a file by its extension (.ndjson, .jsonl -> ndjson; anything else csv). */
export function formatOf(path: string): RowFormat {
  return /\.(nd)?jsonl?$/i.test(path) || /\.ndjson$/i.test(path) ? "ndjson" : "csv";
}

/**
 * Rows of a CSV (header line first; comma, semicolon or tab) or NDJSON file, one at a time.
 * A line of NDJSON that is not JSON yields `{ __invalid: "<reason>" }` so the caller can reject it.
 *
 * @example
 * for await (const row of readRows("erp.csv")) console.log(row.CustomerNo);
 */
export async function* readRows(path: string, format: RowFormat = formatOf(path)): AsyncGenerator<Record<string, unknown>> {
  if (format === "ndjson") {
    const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim().length === 0) continue;
      try {
        const value = JSON.parse(line) as unknown;
        yield value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { __invalid: `line ${n} is not a JSON object` };
      } catch (error) {
        yield { __invalid: `line ${n} is not valid JSON (${(error as Error).message})` };
      }
    }
    return;
  }
  const parser = createReadStream(path).pipe(parse({ columns: true, bom: true, skip_empty_lines: true, trim: true, relax_column_count: true, delimiter: [",", ";", "\t"] }));
  for await (const row of parser) yield row as Record<string, unknown>;
}

const simplify = (column: string): string => column.toLowerCase().replace(/[\s._\-/]+/g, "");
const FIELD_OF = new Map<string, string>();
for (const [field, names] of Object.entries(synonyms.fields)) for (const n of names) FIELD_OF.set(n, field);
const IDENTIFIERS = new Set(["lei", "duns", "vat", "registration", "taxId"]);

/**
 * Maps a raw row to a record by `mapping` (field -> column) and the usual column names; empty
 * cells are dropped; identifier fields go under `identifiers`. Unmapped columns are kept as they are.
 *
 * @example
 * toRecord({ "Customer No": "1001", "Company Name": "Acme", VAT: "DE1" }) //=> { id: "1001", name: "Acme", identifiers: { vat: "DE1" } }
 */
export function toRecord(row: Record<string, unknown>, mapping: Record<string, string> = {}): Record<string, unknown> {
  const byColumn = new Map<string, string>();
  for (const [field, column] of Object.entries(mapping)) byColumn.set(column, field);
  const out: Record<string, unknown> = {};
  const identifiers: Record<string, string> = {};
  for (const [column, value] of Object.entries(row)) {
    if (value === "" || value === null || value === undefined) continue;
    const field = byColumn.get(column) ?? (Object.values(mapping).includes(column) ? undefined : FIELD_OF.get(simplify(column)));
    if (field === undefined) {
      out[column] = value;
    } else if (IDENTIFIERS.has(field)) {
      identifiers[field] = String(value);
    } else {
      out[field] = value;
    }
  }
  if (Object.keys(identifiers).length > 0) out.identifiers = identifiers;
  return out;
}

/** Parses "field=Column,field2=Column 2" into a mapping. @example parseMapping("name=Company,id=No") //=> { name: "Company", id: "No" } */
export function parseMapping(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (text ?? "").split(",")) {
    const at = part.indexOf("=");
    if (at > 0) out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}

/** Counts the data lines of a file quickly (for progress bars): newlines, minus the CSV header. */
export async function countRows(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) lines++;
    if (bytes.length > 0) last = bytes[bytes.length - 1] as number;
  }
  if (last !== 10) lines++;
  return formatOf(path) === "csv" ? Math.max(0, lines - 1) : lines;
}
