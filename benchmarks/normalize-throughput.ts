/**
 * Question: how many company names per second does normalizeName handle on one core?
 * Input: the first 100,000 names of ../shared/data/dirty/dirty-records.csv.gz (messy ERP/CRM/AR
 * names in many scripts), normalized through the built package; 7 runs, median reported.
 */
import { parse } from "csv-parse/sync";
import { normalizeName } from "firmograph/normalize";
import { fmt, machine, median, readShared, timeRuns, writeSection } from "./harness.js";

const rows = parse(readShared("dirty/dirty-records.csv.gz"), { columns: true }) as { name: string }[];
const names = rows.slice(0, 100_000).map((r) => r.name);
const ascii = names.filter((n) => /^[\x00-\x7f]*$/.test(n));
timeRuns(2, () => names.forEach((n) => normalizeName(n)));
const all = median(timeRuns(7, () => { for (const n of names) normalizeName(n); }));
const asciiMs = median(timeRuns(7, () => { for (const n of ascii) normalizeName(n); }));

writeSection("normalize", `
## normalizeName throughput

Question: names normalized per second on one core (target: 200,000/s).
Command: \`npm run bench -- normalize\` · ${machine()} · median of 7 runs

| input | names | median time | names/s |
|---|---:|---:|---:|
| dirty-records.csv.gz, first 100,000 names (all scripts) | ${fmt(names.length)} | ${fmt(all)} ms | ${fmt(names.length / all * 1000)} |
| the ASCII-only names among them | ${fmt(ascii.length)} | ${fmt(asciiMs)} ms | ${fmt(ascii.length / asciiMs * 1000)} |
`);
