/**
 * Question: how long does rolling 10,000,000 exposure rows up the 3,000,000-entity synthetic
 * family graph take, and how fast is an incremental update of one account?
 */
import { buildFamilyGraph } from "firmograph/family";
import { rollUpExposure, type ExposureRowInput } from "firmograph/exposure";
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
global.gc?.();
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const view = rollUpExposure({ family: families, exposures: rows, reportingCurrency: "EUR", rates: { USD: 0.92, GBP: 1.17, JPY: 0.0061, CHF: 1.04 }, limits: [{ entityId: biggestFamily, amount: 1e6, currency: "EUR", scope: "group" }] });
const rollMs = performance.now() - t0;
const rssAfter = process.memoryUsage().rss;
const peak = process.resourceUsage().maxRSS / 1024;
const top = biggestFamily;
const deep = families.familyOf(top).members.reduce((a, m) => (m.level > a.level ? m : a));
const updates: number[] = [];
for (let i = 0; i < 200; i++) {
  const before = view.get(top).familyExposure;
  const t = performance.now();
  view.updateExposure(i, { entityId: deep.id, currency: "EUR", openReceivables: 1000 + i });
  updates.push(performance.now() - t);
  if (view.get(top).familyExposure === before && i > 0) throw new Error("update did not reach the ultimate");
}

writeSection("exposure", `
## Exposure roll-up at scale

Command: \`npm run bench -- exposure\` · ${machine()}

| measure | figure |
|---|---:|
| roll up 10,000,000 exposure rows (5 currencies, integer minor units) over 3,000,000 entities / 1,000,000 links | **${fmt(rollMs / 1000, 2)} s** |
| memory added by the roll-up (RSS) / peak RSS of the process (graph + 10M input rows included) | ${fmt((rssAfter - rssBefore) / 2 ** 20)} MiB / ${fmt(peak)} MiB |
| incremental update of one account at level ${deep.level} of a ${fmt(families.familyOf(top).members.length)}-member family, reflected in every ancestor (median of 200) | **${fmt(median(updates), 3)} ms** |

(The update finds the row by binary search on input index and touches only the entity's ancestors.)
`);
