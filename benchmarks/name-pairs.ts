/**
 * Question: on labelled pairs of organization names judged the same or different by two peers'
 * test suites (OpenSanctions nomenklatura, company_name_matcher), how often is firmograph's match
 * decision at its default threshold right, next to the JavaScript peers' scores at theirs?
 * Data: ../shared/data/pairs/name-pairs.csv (319 pairs). Token weights come from an index of the
 * 42,126 ROR organizations (as a customer master would give them); the pairs are never indexed.
 */
import { parse } from "csv-parse/sync";
import * as fuzzball from "fuzzball";
import stringSimilarity from "string-similarity";
import { createMatcher } from "firmograph/match";
import { fmt, machine, readShared, writeSection } from "./harness.js";
import { loadOrganizations } from "./ror-data.js";

interface Pair { source: string; name1: string; name2: string; is_match: string }

const THRESHOLD = 0.5;
const pairs = parse(readShared("pairs/name-pairs.csv"), { columns: true, skip_empty_lines: true }) as Pair[];
const matcher = createMatcher(loadOrganizations().map((o) => ({ id: o.id, name: o.name })));

const engines: { name: string; threshold: number; score: (a: string, b: string) => number }[] = [
  { name: "firmograph (pairScore)", threshold: THRESHOLD, score: (a, b) => matcher.pairScore(a, b).score },
  { name: "fuzzball token_set_ratio", threshold: 0.85, score: (a, b) => fuzzball.token_set_ratio(a, b) / 100 },
  { name: "fuzzball WRatio", threshold: 0.85, score: (a, b) => fuzzball.WRatio(a, b) / 100 },
  { name: "string-similarity (Dice)", threshold: 0.6, score: (a, b) => stringSimilarity.compareTwoStrings(a, b) },
];

function row(engine: string, threshold: number, decided: { truth: boolean; said: boolean }[]): string {
  const tp = decided.filter((d) => d.truth && d.said).length;
  const fp = decided.filter((d) => !d.truth && d.said).length;
  const fn = decided.filter((d) => d.truth && !d.said).length;
  const correct = decided.filter((d) => d.truth === d.said).length;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return `| ${engine} | ${threshold} | ${(correct / decided.length).toFixed(3)} | ${precision.toFixed(3)} | ${recall.toFixed(3)} |`;
}

const rows: string[] = [];
const sources = [...new Set(pairs.map((p) => p.source))];
for (const engine of engines) {
  const decided = pairs.map((p) => ({ source: p.source, truth: p.is_match === "true", said: engine.score(p.name1, p.name2) >= engine.threshold }));
  rows.push(row(engine.name, engine.threshold, decided));
  for (const source of sources) rows.push(row(`  ${engine.name} · ${source}`, engine.threshold, decided.filter((d) => d.source === source)));
}
const positives = pairs.filter((p) => p.is_match === "true").length;
console.log(rows.join("\n"));
writeSection("pairs", `
## Match decisions on labelled name pairs

Command: \`npm run bench -- pairs\` · ${machine()} · data: ../shared/data/pairs/name-pairs.csv, ${fmt(pairs.length)} pairs
(${fmt(positives)} the same organization, ${fmt(pairs.length - positives)} different), from the test suites of OpenSanctions'
nomenklatura and company_name_matcher. firmograph decides "same" when \`pairScore\` reaches ${THRESHOLD} (its default
threshold), with token weights from an index of the 42,126 ROR organizations; peers at the thresholds used above.

| engine | threshold | accuracy | precision | recall |
|---|---:|---:|---:|---:|
${rows.join("\n")}
`);
