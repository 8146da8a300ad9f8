/** `firmograph normalize [file]`: normalizes one name per line and prints the results. */
import { createInterface } from "node:readline";
import { stringify } from "csv-stringify/sync";
import { escapeFormula } from "../io/csv-escape.js";
import { decodedText, encodingOf } from "../io/text-encoding.js";
import { normalizeName } from "../normalize/index.js";

export interface NormalizeCommandOptions {
  format: "table" | "json" | "csv";
  country?: string;
}

function columns(raw: string, country: string | undefined): string[] {
  const n = normalizeName(raw, country ? { country } : {});
  const form = n.legalForm ? [n.legalForm.text, n.legalForm.code ?? "", n.legalForm.country ?? ""].filter((x) => x).join(" ") : "";
  return [raw, n.core, form, n.acronyms.join(" "), [...n.tradeNames, ...n.formerNames.map((f) => `formerly ${f}`)].join("; ")];
}

/**
 * Streams lines from `file` (UTF-16 after its byte-order mark, UTF-8, or Windows-1252 when it is not valid UTF-8) or standard input
 * (UTF-8) and writes one result per line to `out`.
 *
 * @example
 * await runNormalize("examples/messy-customer-names.txt", { format: "table" }, process.stdout);
 */
export async function runNormalize(file: string | undefined, options: NormalizeCommandOptions, out: NodeJS.WritableStream): Promise<number> {
  const input = file && file !== "-" ? decodedText(file, await encodingOf(file, "auto")) : process.stdin;
  const lines = createInterface({ input, crlfDelay: Infinity });
  const header = ["raw", "core", "legal form", "acronyms", "other names"];
  if (options.format === "csv") out.write(stringify([header]));
  let count = 0;
  for await (const line of lines) {
    if (line.trim().length === 0) continue;
    count++;
    if (options.format === "json") {
      out.write(JSON.stringify(normalizeName(line, options.country ? { country: options.country } : {})) + "\n");
    } else if (options.format === "csv") {
      out.write(stringify([columns(line, options.country).map(escapeFormula)]));
    } else {
      const [raw, core, form, acronyms, other] = columns(line, options.country);
      out.write(`${(raw ?? "").slice(0, 48).padEnd(50)}→ ${(core ?? "").padEnd(32)} ${(form ?? "").padEnd(22)} ${acronyms}${other ? `  [${other}]` : ""}\n`);
    }
  }
  return count;
}
