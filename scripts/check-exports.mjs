// Loads every subpath export of the built package from ESM and from CJS, as a consumer would.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const require = createRequire(import.meta.url);
const subpaths = Object.keys(pkg.exports).filter((p) => p !== "./package.json");
let failures = 0;
for (const subpath of subpaths) {
  const specifier = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  const esm = await import(specifier);
  const cjs = require(specifier);
  const names = Object.keys(esm).sort().join(",");
  if (names.length === 0 || names !== Object.keys(cjs).sort().join(",")) {
    console.error(`check-exports: ${specifier} differs between ESM and CJS or exports nothing`);
    failures++;
  } else {
    console.log(`check-exports: ${specifier} ok (${Object.keys(esm).length} exports, ESM and CJS)`);
  }
}
const { normalizeName } = require("firmograph/normalize");
if (normalizeName("I.B.M. Deutschland GmbH").core !== "ibm deutschland") failures++;
// the matcher pool starts its workers from files beside the built chunks, in both builds
for (const [kind, load] of [["ESM", () => import("firmograph/match")], ["CJS", async () => require("firmograph/match")]]) {
  const { createMatcherPool } = await load();
  const pool = await createMatcherPool([{ id: "ibm", name: "International Business Machines Corporation" }], { threads: 2, chunkSize: 1 });
  const ids = (await pool.matchMany(["IBM", "Intl Bus. Machines", "I.B.M."])).map((r) => r.matches[0]?.id);
  await pool.close();
  if (ids.join() === "ibm,ibm,ibm") console.log(`check-exports: matcher pool ok (${kind})`);
  else {
    console.error(`check-exports: matcher pool (${kind}) answered ${ids.join()}`);
    failures++;
  }
}
process.exit(failures === 0 ? 0 : 1);
