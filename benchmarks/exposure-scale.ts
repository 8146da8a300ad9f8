/**
 * Question: how long does rolling 10,000,000 exposure rows up the 3,000,000-entity synthetic
 * family graph take, and how fast is an incremental update of one account?
 */
import { buildFamilyGraph } from "firmograph/family";
import { type ExposureRowInput, type ExposureView, rollUpExposure } from "firmograph/exposure";
import { fmt, machine, median, writeSection } from "./harness.js";
import { random, syntheticFamilies } from "./synthetic-families.js";

const synthetic = syntheticFamilies(3_000_000, 1_000_000);
const families = buildFamilyGraph({ entities: synthetic.entities, relationships: synthetic.relationships });
synthetic.entities.length = 0;
synthetic.relationships.length = 0;
const rnd = random(7);
const CURRENCIES = ["EUR", "USD", "GBP", "JPY", "CHF"];
const ROWS = 10_000_000;
const rows: ExposureRowInput[] = new Array(ROWS);
for (let i = 0; i < ROWS; i++) {
  rows[i] = { entityId: `E${Math.floor(rnd() * 3_000_000)}`, currency: CURRENCIES[i % 5] as string, openReceivables: Math.round(rnd() * 1e6) / 100, openOrders: Math.round(rnd() * 1e5) / 100 };
}
const biggestFamily = families.ultimates()[0]?.id as string;
const rollUp = (): ReturnType<typeof rollUpExposure> => rollUpExposure({ family: families, exposures: rows, reportingCurrency: "EUR", rates: { USD: 0.92, GBP: 1.17, JPY: 0.0061, CHF: 1.04 }, limits: [{ entityId: biggestFamily, amount: 1e6, currency: "EUR", scope: "group" }] });
// three runs (the machine is noisy), each after a full collection with the previous view dropped;
// the first is cold (it warms up the JIT); the memory figure is that of the first run
const runs: number[] = [];
let view: ReturnType<typeof rollUpExposure> | undefined;
let rssBefore = 0;
let rssAfter = 0;
for (let run = 0; run < 3; run++) {
  view = undefined;
  global.gc?.();
  if (run === 0) rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  view = rollUp();
  runs.push(performance.now() - t0);
  if (run === 0) rssAfter = process.memoryUsage().rss;
  console.log(`roll-up run ${run + 1}: ${fmt(runs[run] as number)} ms`);
}
const rollMs = median(runs);
const peak = process.resourceUsage().maxRSS / 1024;
const top = biggestFamily;
const deep = families.familyOf(top).members.reduce((a, m) => (m.level > a.level ? m : a));
const updates: number[] = [];
for (let i = 0; i < 200; i++) {
  const before = (view as ExposureView).get(top).familyExposure;
  const t = performance.now();
  (view as ExposureView).updateExposure(i, { entityId: deep.id, currency: "EUR", openReceivables: 1000 + i });
  updates.push(performance.now() - t);
  if ((view as ExposureView).get(top).familyExposure === before && i > 0) throw new Error("update did not reach the ultimate");
}

writeSection("exposure", `
## Exposure roll-up at scale

Command: \`npm run bench -- exposure\` · ${machine()}

| measure | figure |
|---|---:|
| roll up 10,000,000 exposure rows (5 currencies, integer minor units) over 3,000,000 entities / 1,000,000 links: first (cold) run | **${fmt((runs[0] as number) / 1000, 2)} s** |
| the same, median of 3 runs (${runs.map((r) => fmt(r / 1000, 1)).join(", ")} s) | **${fmt(rollMs / 1000, 2)} s** |
| memory added by the first roll-up (RSS) / peak RSS of the process (graph + 10M input rows included) | ${fmt((rssAfter - rssBefore) / 2 ** 20)} MiB / ${fmt(peak)} MiB |
| incremental update of one account at level ${deep.level} of a ${fmt(families.familyOf(top).members.length)}-member family, reflected in every ancestor (median of 200) | **${fmt(median(updates), 3)} ms** |

(The update finds the row by binary search on input index and touches only the entity's ancestors.)
`);
