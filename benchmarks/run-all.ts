/**
 * Runs the benchmarks (all, or those named on the command line) each in its own process, then
 * writes benchmarks/RESULTS.md from the sections in benchmarks/results/.
 * Usage: npm run bench [-- name ...]   (names: the files benchmarks/<name>.ts below)
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ORDER = ["normalize", "match", "pairs", "match-scale", "resolve", "resolve-stages", "family", "exposure", "long-inputs", "install-size"];
const dir = fileURLToPath(new URL("./", import.meta.url));
const scripts: Record<string, string> = { normalize: "normalize-throughput.ts", match: "match-quality.ts", pairs: "name-pairs.ts", "match-scale": "match-scale.ts", family: "family-scale.ts", resolve: "resolve-quality.ts", "resolve-stages": "resolve-stages.ts", exposure: "exposure-scale.ts", "long-inputs": "long-inputs.ts", "install-size": "install-size.ts" };
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ORDER;
for (const name of wanted) {
  const script = scripts[name];
  if (!script) throw new Error(`unknown benchmark "${name}"; known: ${ORDER.join(", ")}`);
  console.log(`\n=== ${name} (${script})`);
  const run = spawnSync(process.execPath, ["--max-old-space-size=8192", "--expose-gc", "--import", "tsx", dir + script], { stdio: "inherit" });
  if (run.status !== 0) console.error(`benchmark ${name} failed with status ${run.status}`);
}
const sections = readdirSync(dir + "results").filter((f) => f.endsWith(".md"));
const ordered = [...ORDER.filter((n) => sections.includes(`${n}.md`)).map((n) => `${n}.md`), ...sections.filter((s) => !ORDER.includes(s.slice(0, -3)))];
const body = ordered.map((f) => readFileSync(dir + "results/" + f, "utf8")).join("\n");
writeFileSync(dir + "RESULTS.md", `# firmograph benchmark results\n\nWritten by \`npm run bench\` (benchmarks/run-all.ts); each section names its question and command. Benchmarks read ../shared/data and never run in CI.\n\n${body}`);
console.log("\nwrote benchmarks/RESULTS.md");
