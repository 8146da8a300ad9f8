/**
 * Question: how fast are family trees built and queried at registry scale, and does the real
 * ROR hierarchy build with every fault reported?
 * Synthetic: 3,000,000 entities and 1,000,000 controlling links (see synthetic-families.ts).
 */
import { parse } from "csv-parse/sync";
import { buildFamilyGraph, loadEdgeList } from "firmograph/family";
import { fmt, machine, median, readShared, writeSection } from "./harness.js";
import { syntheticFamilies } from "./synthetic-families.js";

const rssBefore = process.memoryUsage().rss;
const synthetic = syntheticFamilies(3_000_000, 1_000_000);
const t0 = performance.now();
const families = buildFamilyGraph({ entities: synthetic.entities, relationships: synthetic.relationships });
const buildMs = performance.now() - t0;
global.gc?.();
const rssAfter = process.memoryUsage().rss;
const biggest = families.ultimates({ minMembers: 2 }).slice(0, 3);
const depth = Math.max(...Array.from({ length: 5000 }, (_, i) => families.entity(`E${i * 7}`).level));
const familyOfTimes: number[] = [];
const sizes: number[] = [];
for (const id of synthetic.smallFamilyMembers.slice(0, 5000)) {
  const t = performance.now();
  const f = families.familyOf(id);
  familyOfTimes.push(performance.now() - t);
  sizes.push(f.members.length);
}
const tOwn = performance.now();
const holdings = families.integratedOwnershipOf(biggest[0]?.id as string);
const ownMs = performance.now() - tOwn;

// a 100,000-deep chain and a 1,000,000-member star
const chainN = 100_000;
const tc = performance.now();
const chain = buildFamilyGraph({
  entities: Array.from({ length: chainN }, (_, i) => ({ id: `c${i}`, name: `C${i}` })),
  relationships: Array.from({ length: chainN - 1 }, (_, i) => ({ child: `c${i + 1}`, parent: `c${i}`, type: "direct" as const, ownershipPct: 100 })),
});
const chainOk = chain.globalUltimate(`c${chainN - 1}`) === "c0";
const chainMs = performance.now() - tc;
const starN = 1_000_000;
const ts = performance.now();
const star = buildFamilyGraph({
  entities: [{ id: "hub", name: "Hub" }, ...Array.from({ length: starN }, (_, i) => ({ id: `s${i}`, name: `S${i}` }))],
  relationships: Array.from({ length: starN }, (_, i) => ({ child: `s${i}`, parent: "hub", type: "direct" as const })),
});
const starOk = star.globalUltimate("s123") === "hub" && star.children("hub").length === starN;
const starMs = performance.now() - ts;

// the real ROR hierarchy
const nodes = parse(readShared("ror/ror-nodes.csv"), { columns: true }) as { id: string; name: string; country: string }[];
const edges = parse(readShared("ror/ror-relationships.csv"), { columns: true }) as Record<string, string>[];
const tr = performance.now();
const ror = buildFamilyGraph({
  entities: nodes.map((n) => ({ id: n.id, name: n.name, ...(n.country ? { country: n.country } : {}) })),
  relationships: loadEdgeList(edges, { child: "child_id", parent: "parent_id", type: "relationship_type", typeValues: { parent: "direct" }, source: { constant: "ror" } }),
});
const rorMs = performance.now() - tr;
const kinds = new Map<string, number>();
for (const i of ror.issues) kinds.set(i.kind, (kinds.get(i.kind) ?? 0) + 1);
const linked = new Set(edges.flatMap((e) => [e.child_id, e.parent_id])).size;
// the largest group connected through any parent link (chosen or secondary), as related() sees it
const groupOf = new Map<string, string>();
const find = (x: string): string => {
  let r = x;
  while (groupOf.has(r) && groupOf.get(r) !== r) r = groupOf.get(r) as string;
  return r;
};
for (const e of edges) {
  const a = find(e.child_id as string);
  const b = find(e.parent_id as string);
  if (a !== b) groupOf.set(a, b);
}
const groupSizes = new Map<string, number>();
for (const id of new Set(edges.flatMap((e) => [e.child_id as string, e.parent_id as string]))) groupSizes.set(find(id), (groupSizes.get(find(id)) ?? 0) + 1);
const largestGroup = Math.max(...groupSizes.values());
const rorFamilies = ror.ultimates({ minMembers: 2 });

writeSection("family", `
## Corporate families at registry scale

Command: \`npm run bench -- family\` · ${machine()}

| measure | figure |
|---|---:|
| build 3,000,000 entities + 1,000,000 links (validation, control, cycles, every global and domestic ultimate and level) | **${fmt(buildMs / 1000, 2)} s** |
| memory held after the build (RSS growth, input rows included) | ${fmt((rssAfter - rssBefore) / 2 ** 20)} MiB |
| largest families | ${biggest.map((b) => `${fmt(b.members)}`).join(", ")} members |
| deepest level seen (sample) | ${depth} |
| \`familyOf\` median, families under 1,000 members (${fmt(familyOfTimes.length)} calls, median size ${median(sizes)}) | **${fmt(median(familyOfTimes), 4)} ms** |
| \`integratedOwnershipOf\` the largest family's ultimate (${fmt(holdings.size)} holdings) | ${fmt(ownMs)} ms |
| 100,000-deep chain: build + ultimate | ${fmt(chainMs)} ms (${chainOk ? "correct" : "WRONG"}) |
| 1,000,000-member star: build + children | ${fmt(starMs)} ms (${starOk ? "correct" : "WRONG"}) |

### The real ROR hierarchy (../shared/data/ror)
${fmt(nodes.length)} organizations, ${fmt(edges.length)} parent links (${fmt(linked)} organizations linked), built in ${fmt(rorMs)} ms.
${fmt(rorFamilies.length)} families of two or more under the chosen controlling parents; the largest has ${fmt(rorFamilies[0]?.members ?? 0)} members.
Counting secondary parents too (what \`related()\` links), the largest connected group has ${fmt(largestGroup)} members.
Faults reported: ${[...kinds].map(([k, v]) => `${k} ${fmt(v)}`).join(", ")}; rows rejected: ${ror.rejected.length}.
(All ROR links are declared "parent" links without a percentage, so every multi-parent member is a
\`multipleControllingParents\` fault resolved by smallest parent id; the others stay secondary parents.)
`);
