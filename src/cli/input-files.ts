/** Checks of a command's input record files made before any work: their sources and their name column. */
import { basename, extname } from "node:path";
import { missingNameColumn } from "../io/read-records.js";

/**
 * The labels of --source, in order, trimmed, empty ones left out.
 *
 * @example
 * sourceLabels(" erp, crm,,") //=> ["erp", "crm"]
 */
export function sourceLabels(text: string | undefined): string[] {
  return (text ?? "").split(",").map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * The source of each record file: its label from --source (in order), else its file name without
 * extension. Two files that would get one source by their names are an error naming both: records
 * of one id in them would be duplicates of one system. A label given twice with --source is one
 * system's records in two files, as the user says.
 *
 * @example
 * sourcesOf(["erp.csv", "crm.ndjson"], "erp", "resolve") //=> ["erp", "crm"]
 * sourcesOf(["a/customers.csv", "b/customers.csv"], undefined, "resolve") // throws: would both be source "customers"
 */
export function sourcesOf(files: readonly string[], labels: string | undefined, command: string): string[] {
  const given = sourceLabels(labels);
  const fileOf = new Map<string, string>();
  files.forEach((f, i) => {
    if (given[i] !== undefined) fileOf.set(given[i] as string, f);
  });
  return files.map((f, i) => {
    const label = given[i];
    if (label !== undefined) return label;
    const source = basename(f, extname(f));
    const other = fileOf.get(source);
    if (other !== undefined) throw new Error(`firmograph ${command}: ${other} and ${f} would both be source "${source}", and records of the same id in them duplicates: name the sources with --source (one label per file, in order)`);
    fileOf.set(source, f);
    return source;
  });
}

/**
 * Fails when a CSV file has no column read as the name, which would have every row rejected: says
 * which file, its columns, and the option that names the column (see `missingNameColumn`).
 *
 * @example
 * await requireNameColumns(["erp.csv"], {}, "--map", "auto", "resolve") // throws for a file of KUNNR;Bezeichnung;LAND1
 */
export async function requireNameColumns(files: readonly string[], mapping: Record<string, string>, option: string | undefined, encoding: string | undefined, command: string): Promise<void> {
  for (const f of files) {
    const why = await missingNameColumn(f, mapping, option, encoding);
    if (why !== undefined) throw new Error(`firmograph ${command}: ${why}`);
  }
}
