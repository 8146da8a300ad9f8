/** Streaming readers of CSV and NDJSON files into plain records, shared by the CLI and the API. */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { parse as parseCsv } from "csv-parse/sync";
import { decodedText, encodingOf } from "./text-encoding.js";
import synonyms from "./data/column-synonyms.json";

export type RowFormat = "csv" | "ndjson";

/**
 * The format of a file by its extension (.ndjson, .jsonl -> ndjson; anything else csv).
 *
 * @example
 * formatOf("crm.jsonl") //=> "ndjson"
 * formatOf("erp.txt")   //=> "csv"
 */
export function formatOf(path: string): RowFormat {
  return /\.(nd)?jsonl?$/i.test(path) || /\.ndjson$/i.test(path) ? "ndjson" : "csv";
}

/** Column delimiters a CSV file may use; the header line tells which one (see `delimiterOf`). */
const DELIMITERS = [",", ";", "\t", "|"] as const;

/**
 * The delimiter of a CSV file's header line: the candidate it holds most often outside quotes
 * (comma when it holds none: a file of one column). Column names seldom hold a delimiter; names
 * of companies often do ("Acme, Inc." in a file cut by semicolons), so the header decides.
 *
 * @example
 * delimiterOf("Kundennr;Firma;Land") //=> ";"
 * delimiterOf('id,"name; legal",country') //=> ","
 */
export function delimiterOf(headerLine: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Excel's first line naming the delimiter ("sep=;"), which exports made for spreadsheets write before the header. */
const SEPARATOR_LINE = /^sep=(.)$/i;

/**
 * How a CSV file is laid out, from its first lines that are not blank (within its first 64 KiB):
 * its header line and delimiter (see `delimiterOf`), and whether a "sep=;" line comes first and names it.
 */
async function csvLayout(path: string, encoding: string): Promise<{ header: string; delimiter: string; separatorLine: boolean }> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(65536);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    const lines = new TextDecoder(encoding).decode(buffer.subarray(0, bytesRead), { stream: true }).replace(/^\uFEFF/, "").split(/\r?\n/).filter((line) => line.trim() !== "");
    const named = SEPARATOR_LINE.exec((lines[0] ?? "").trim());
    if (named) return { header: lines[1] ?? "", delimiter: named[1] as string, separatorLine: true };
    return { header: lines[0] ?? "", delimiter: delimiterOf(lines[0] ?? ""), separatorLine: false };
  } finally {
    await file.close();
  }
}

/** A row the reader could not read: its line and why (the caller rejects it and reads on). */
export type UnreadableRow = Record<string, unknown> & { __invalid: string };

/** Whether a row from `readRows` is one it could not read. @example isUnreadable({ __invalid: "line 3 is not valid JSON" }) //=> true */
export function isUnreadable(row: Record<string, unknown>): row is UnreadableRow {
  return typeof row.__invalid === "string";
}

/** A row object of header names and trimmed values; a column named "__proto__" is an ordinary column. */
function rowOf(header: readonly string[], values: readonly string[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < header.length; i++) {
    const column = header[i] as string;
    const value = (values[i] ?? "").trim();
    if (column === "__proto__") Object.defineProperty(row, column, { value, enumerable: true, writable: true, configurable: true });
    else row[column] = value;
  }
  return row;
}

/**
 * Rows of a CSV (header line first; comma, semicolon, tab or bar, as the header line uses or an
 * Excel "sep=;" line before it says) or NDJSON file, one at a time, in file order. A row it cannot
 * read yields `{ __invalid: "<line and reason>" }` (see `isUnreadable`) so the caller can reject it
 * and go on: a line of NDJSON that is not a JSON object (or longer than 16 million characters,
 * which is not held), a CSV row whose values do not fit the header (a delimiter inside an unquoted
 * value), a quote the CSV never closes (or not within a megabyte): that record is unreadable, and
 * the rows after the line it opened on are read as usual. A quote inside an unquoted value is part
 * of the value; lines of blanks or of delimiters alone are skipped as empty lines.
 * Text is UTF-16 after its byte-order mark, UTF-8, or Windows-1252 in a file that is not valid
 * UTF-8, or `encoding` (see `encodingOf`).
 *
 * @example
 * for await (const row of readRows("erp.csv")) console.log(row.CustomerNo);
 */
export async function* readRows(path: string, format: RowFormat = formatOf(path), encoding = "auto"): AsyncGenerator<Record<string, unknown>> {
  const enc = await encodingOf(path, encoding);
  const text = decodedText(path, enc);
  if (format === "ndjson") {
    let n = 0;
    for await (const line of ndjsonLines(text)) {
      n++;
      if (line === undefined) {
        yield { __invalid: `line ${n} is longer than ${MAX_LINE_CHARACTERS} characters` };
        continue;
      }
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
  const { delimiter, separatorLine } = await csvLayout(path, enc);
  let skipSeparator = separatorLine;
  let header: string[] | undefined;
  // a quote never closed swallows the rest of the file into one value: that record is unreadable,
  // and reading starts again after the line it opened on (`linesAfter`), which is reported in its place
  let unclosedAt: number | undefined;
  let unended: UnreadableRow | undefined;
  for (let pass = 0; ; pass++) {
    const base = unclosedAt ?? 0;
    const source = unclosedAt === undefined ? text : linesAfter(decodedText(path, enc), unclosedAt);
    // rows the parser skipped, by line, yielded in their place among the others
    const skipped: { line: number; reason: string; unclosed: boolean }[] = [];
    let tooLong = false;
    const parser = source.pipe(parse({
      // values are trimmed here, not by the parser: with its trim, a bad closing quote loses every later row (csv-parse 7.0.3)
      bom: pass === 0, skip_empty_lines: true, delimiter, relax_quotes: true, relax_column_count: true, info: true,
      max_record_size: MAX_RECORD_CHARACTERS, skip_records_with_error: true,
      on_skip: (error) => {
        const e = error as { code?: string; lines?: number; message?: string } | undefined;
        skipped.push({ line: base + (e?.lines ?? 0), reason: e?.message ?? "unreadable row", unclosed: e?.code === "CSV_QUOTE_NOT_CLOSED" || e?.code === "CSV_MAX_RECORD_SIZE" });
        if (e?.code === "CSV_MAX_RECORD_SIZE") tooLong = true;
      },
    }));
    let next = 0;
    const skippedBefore = function* (line: number): Generator<UnreadableRow> {
      for (; next < skipped.length && (skipped[next] as { line: number }).line < line; next++) {
        const s = skipped[next] as { line: number; reason: string; unclosed: boolean };
        if (!s.unclosed) yield { __invalid: `line ${s.line}: ${s.reason}` };
      }
    };
    if (unended) yield unended;
    let lastLine = base;
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = base + info.lines;
      yield* skippedBefore(line);
      lastLine = line;
      // a line of blanks or of delimiters alone ("  ", ";;;", as spreadsheets export) is an empty line
      if (record.every((v) => v.trim() === "")) continue;
      if (skipSeparator) {
        skipSeparator = false;
        continue;
      }
      if (header === undefined) {
        header = record.map((v) => v.trim());
        continue;
      }
      const extra = record.slice(header.length).map((v) => v.trim());
      if (record.length < header.length) {
        yield { __invalid: `line ${line} has ${record.length} values where the header names ${header.length} columns` };
      } else if (extra.some((v) => v !== "")) {
        yield { __invalid: `line ${line} has ${record.length} values where the header names ${header.length} columns (a "${delimiter === "\t" ? "\\t" : delimiter}" inside a value that is not quoted?)` };
      } else {
        yield rowOf(header, record);
      }
    }
    yield* skippedBefore(Number.POSITIVE_INFINITY);
    if (!skipped.some((s) => s.unclosed)) return;
    // the record that did not end starts on the first line that is not blank after the last one read
    const opened = await firstContentLineAfter(decodedText(path, enc), lastLine);
    if (opened === undefined) {
      yield unendedRecord(lastLine + 1, tooLong);
      return;
    }
    if (pass >= MAX_RESTARTS) {
      yield { __invalid: `line ${opened}: Quote Not Closed (after ${MAX_RESTARTS} such quotes the rest of the file is not read: is the delimiter or the quote character another?)` };
      return;
    }
    unclosedAt = opened;
    unended = unendedRecord(opened, tooLong);
  }
}

/** An NDJSON line longer than this is unreadable: its characters are not held (see `ndjsonLines`). */
const MAX_LINE_CHARACTERS = 1 << 24;

/**
 * The lines of NDJSON text, without their line breaks ("\n" or "\r\n"); `undefined` for a line of
 * more than MAX_LINE_CHARACTERS, which is skipped without holding it (a file of one giant line
 * would not fit in a string).
 */
async function* ndjsonLines(text: Readable): AsyncGenerator<string | undefined> {
  let parts: string[] = [];
  let length = 0;
  let over = false;
  const line = (): string | undefined => {
    if (over) return undefined;
    const joined = parts.join("");
    return joined.endsWith("\r") ? joined.slice(0, -1) : joined;
  };
  for await (const chunk of text) {
    const piece = chunk as string;
    for (let start = 0; ; ) {
      const end = piece.indexOf("\n", start);
      if (end >= 0 && length === 0 && !over && end - start <= MAX_LINE_CHARACTERS) {
        // a whole line inside the chunk: most lines
        yield piece.charCodeAt(end - 1) === 13 && end > start ? piece.slice(start, end - 1) : piece.slice(start, end);
        start = end + 1;
        continue;
      }
      const part = end < 0 ? piece.slice(start) : piece.slice(start, end);
      if (!over && length + part.length > MAX_LINE_CHARACTERS) {
        over = true;
        parts = [];
      } else if (!over && part.length > 0) {
        parts.push(part);
        length += part.length;
      }
      if (end < 0) break;
      yield line();
      parts = [];
      length = 0;
      over = false;
      start = end + 1;
    }
  }
  if (length > 0 || over) yield line();
}

/** A record whose quote is not closed within this many characters is unreadable (see `readRows`). */
const MAX_RECORD_CHARACTERS = 1 << 20;
/** Reading starts again after an unclosed quote at most this many times in one file (each time reads the file again up to that line). */
const MAX_RESTARTS = 100;

/** The record that starts on `line` and does not end: a quote never closed, or a record over MAX_RECORD_CHARACTERS. */
function unendedRecord(line: number, tooLong: boolean): UnreadableRow {
  const why = tooLong ? `Record Too Long (over ${MAX_RECORD_CHARACTERS} characters: a quote opened on this line is not closed within them` : "Quote Not Closed (a quote opened on this line is never closed";
  return { __invalid: `line ${line}: ${why}; the rows after it are read from the next line)` };
}

/** The number of the first line after `line` that is not blank, or `undefined` when the text ends first (lines end with "\n", as in `linesAfter`). */
async function firstContentLineAfter(text: Readable, line: number): Promise<number | undefined> {
  let n = 1;
  for await (const chunk of text) {
    const piece = chunk as string;
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (c === 10) n++;
      else if (n > line && c !== 13 && c !== 32 && c !== 9) return n;
    }
  }
  return undefined;
}

/** The text after its first `line` lines. */
function linesAfter(text: Readable, line: number): Readable {
  let dropped = 0;
  return Readable.from((async function* () {
    for await (const chunk of text) {
      const piece = chunk as string;
      let start = 0;
      while (dropped < line && start <= piece.length) {
        const end = piece.indexOf("\n", start);
        if (end < 0) start = piece.length + 1;
        else {
          dropped++;
          start = end + 1;
        }
      }
      if (start < piece.length) yield start === 0 ? piece : piece.slice(start);
    }
  })());
}

/** A file's rows held in memory, each with its row number (1 for the first record), and the rows it could not read. */
export interface NumberedRows {
  rows: { row: number; values: Record<string, unknown> }[];
  unreadable: { row: number; reason: string }[];
  /** Rows read, readable or not. */
  count: number;
}

/**
 * All rows of a file (see `readRows`), numbered, with those it could not read apart: for files
 * held whole, such as a customer master or a family registry, whose bad rows are reported by number.
 *
 * @example
 * const { rows, unreadable } = await readNumberedRows("customers.csv");
 * unreadable //=> [{ row: 7, reason: 'line 8: Quote Not Closed: ...' }]
 */
export async function readNumberedRows(path: string, encoding = "auto"): Promise<NumberedRows> {
  const out: NumberedRows = { rows: [], unreadable: [], count: 0 };
  for await (const values of readRows(path, formatOf(path), encoding)) {
    const row = ++out.count;
    if (isUnreadable(values)) out.unreadable.push({ row, reason: values.__invalid });
    else out.rows.push({ row, values });
  }
  return out;
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
  const fieldOf = columnReader(mapping);
  const out: Record<string, unknown> = {};
  const identifiers: Record<string, string> = {};
  for (const [column, value] of Object.entries(row)) {
    if (value === "" || value === null || value === undefined) continue;
    const field = fieldOf(column);
    if (field === undefined) {
      // defined, not assigned: a column named "__proto__" is kept as a column
      Object.defineProperty(out, column, { value, enumerable: true, writable: true, configurable: true });
    } else if (IDENTIFIERS.has(field)) {
      identifiers[field] = String(value);
    } else {
      out[field] = value;
    }
  }
  if (Object.keys(identifiers).length > 0) out.identifiers = identifiers;
  return out;
}

/** The field a column is read as under `mapping` (field -> column) and the usual column names, or `undefined`. */
function columnReader(mapping: Record<string, string>): (column: string) => string | undefined {
  const byColumn = new Map<string, string>();
  for (const [field, column] of Object.entries(mapping)) byColumn.set(column, field);
  const mapped = new Set(Object.values(mapping));
  return (column) => byColumn.get(column) ?? (mapped.has(column) ? undefined : FIELD_OF.get(simplify(column)));
}

/**
 * The column names of a CSV file's header line (the first line that is not blank; UTF-8), or []
 * for an NDJSON file, whose objects name their own fields.
 *
 * @example
 * await csvColumns("erp.csv") //=> ["Kundennummer", "Firma", "Land"]
 */
export async function csvColumns(path: string, encoding = "auto"): Promise<string[]> {
  if (formatOf(path) !== "csv") return [];
  const layout = await csvLayout(path, await encodingOf(path, encoding));
  const [header] = parseCsv(layout.header, { delimiter: layout.delimiter, relax_quotes: true, relax_column_count: true, skip_records_with_error: true }) as string[][];
  return (header ?? []).map((c) => c.trim()).filter((c) => c !== "");
}

/**
 * Why no record of a CSV file can have a name: none of its columns is read as one (by `mapping` or
 * the usual column names), said with the columns it has and the option that names one (or, with
 * none, the names it could have); or
 * `undefined` when one is (or the file is NDJSON, or has no header).
 *
 * @example
 * await missingNameColumn("erp.csv", {}, "--map") //=> 'no column of erp.csv is read as the name (its columns: Kundennummer, Bezeichnung, Land); say which holds it with --map name=<column>'
 */
export async function missingNameColumn(path: string, mapping: Record<string, string>, option: string | undefined, encoding = "auto"): Promise<string | undefined> {
  const columns = await csvColumns(path, encoding);
  const fieldOf = columnReader(mapping);
  if (columns.length === 0 || columns.some((c) => fieldOf(c) === "name")) return undefined;
  const fix = option !== undefined ? `say which holds it with ${option} name=<column>` : `call the column that holds it "name" (or one of ${NAME_COLUMNS})`;
  return `no column of ${basename(path)} is read as the name (its columns: ${columns.join(", ")}); ${fix}`;
}

/** A few usual names of the name column, for messages. */
const NAME_COLUMNS = synonyms.fields.name.slice(0, 6).map((n) => `"${n}"`).join(", ");

/**
 * Parses "field=Column,field2=Column 2" into a mapping; a part that is no field=Column pair, or a
 * field records do not have, is an error that says so.
 *
 * @example
 * parseMapping("name=Company,id=No") //=> { name: "Company", id: "No" }
 * parseMapping("nmae=Company")       // throws: no field "nmae" to map a column to (fields: id, name, ...)
 */
export function parseMapping(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (text ?? "").split(",")) {
    if (part.trim() === "") continue;
    const at = part.indexOf("=");
    const field = part.slice(0, Math.max(at, 0)).trim();
    const column = part.slice(at + 1).trim();
    if (at < 0 || field === "" || column === "") throw new RangeError(`firmograph: a mapping is field=Column pairs separated by commas; "${part.trim()}" is not one`);
    if (!MAPPED_FIELDS.includes(field)) throw new RangeError(`firmograph: no field "${field}" to map a column to (fields: ${MAPPED_FIELDS.join(", ")})`);
    out[field] = column;
  }
  return out;
}

/** The fields a column can be mapped to. */
const MAPPED_FIELDS = Object.keys(synonyms.fields);

/**
 * Counts the data lines of a file quickly (for progress bars): newlines, minus the CSV header.
 *
 * @example
 * await countRows("erp.csv") //=> 76 (a header and 76 lines)
 */
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
