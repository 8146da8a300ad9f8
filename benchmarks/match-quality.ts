/**
 * Question: how often does the matcher find the right organization for a name variant or a messy
 * real string, how calibrated are its scores, and how fast is it, next to the JavaScript peers?
 * Data: ../shared/data/ror (42,126 organizations; 4,413 labelled affiliation strings).
 * Setting (a): index = display name + country + city; every alias, acronym and label is a query.
 * Setting (b): index also holds every other variant of each organization as an alias; the rest are queries.
 */
import Fuse from "fuse.js";
import * as fuzzball from "fuzzball";
import stringSimilarity from "string-similarity";
import { availableParallelism } from "node:os";
import { createMatcher, createMatcherPool, type EntityInput, type Matcher } from "firmograph/match";
import { calibration, fmt, machine, median, parseNdjson, readShared, writeSection } from "./harness.js";
import { type RorOrganization, type VariantKind, type VariantQuery, hash, learnsWords, loadOrganizations, variantsOf } from "./ror-data.js";

const THRESHOLD = 0.5;
const orgs = loadOrganizations();
const isCompany = new Map(orgs.map((o) => [o.id, o.types.includes("company")]));
const entity = (o: RorOrganization, aliases: string[] = []): EntityInput => ({
  id: o.id, name: o.name, ...(o.country ? { country: o.country } : {}), ...(o.city ? { city: o.city } : {}), ...(aliases.length ? { aliases } : {}),
});

interface Outcome { correct: boolean; answered: boolean; score: number }
interface Row { label: string; n: number; top1: number; precision: number; recall: number; f1: number; declined?: number }

function evaluate(matcher: Matcher, queries: VariantQuery[]): { outcomes: Outcome[]; ms: number } {
  const outcomes: Outcome[] = [];
  const t = performance.now();
  for (const q of queries) {
    const best = matcher.match(q.text, { limit: 1 })[0];
    outcomes.push({ correct: best?.id === q.answer, answered: (best?.score ?? 0) >= THRESHOLD, score: best?.score ?? 0 });
  }
  return { outcomes, ms: performance.now() - t };
}

function summarize(label: string, outcomes: Outcome[]): Row {
  const n = outcomes.length;
  const top1 = outcomes.filter((o) => o.correct).length / n;
  const answered = outcomes.filter((o) => o.answered);
  const tp = answered.filter((o) => o.correct).length;
  const precision = answered.length ? tp / answered.length : 0;
  const recall = tp / n;
  return { label, n, top1, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function table(rows: Row[], extra = false): string {
  const head = `| queries | n | top-1 | precision@${THRESHOLD} | recall@${THRESHOLD} | F1 |${extra ? " declined, top-1 wrong |" : ""}\n|---|---:|---:|---:|---:|---:|${extra ? "---:|" : ""}`;
  return [head, ...rows.map((r) => `| ${r.label} | ${fmt(r.n)} | ${r.top1.toFixed(3)} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ${r.f1.toFixed(3)} |${extra ? ` ${(r.declined ?? 0).toFixed(3)} |` : ""}`)].join("\n");
}

function byKind(queries: VariantQuery[], outcomes: Outcome[]): Row[] {
  const kinds: VariantKind[] = ["alias", "acronym", "label (Latin)", "label (other script)"];
  const rows: Row[] = [summarize("all", outcomes)];
  for (const k of kinds) rows.push(summarize(k, outcomes.filter((_, i) => queries[i]?.kind === k)));
  rows.push(summarize("companies: all", outcomes.filter((_, i) => queries[i]?.company)));
  for (const k of kinds) {
    const sel = outcomes.filter((_, i) => queries[i]?.company && queries[i]?.kind === k);
    if (sel.length > 0) rows.push(summarize(`companies: ${k}`, sel));
  }
  return rows;
}


// ---- setting (a)
const tBuild = performance.now();
const matcherA = createMatcher(orgs.map((o) => entity(o)));
const buildA = performance.now() - tBuild;
const queriesA: VariantQuery[] = orgs.flatMap((o) => variantsOf(o).map((v) => ({ text: v.text, answer: o.id, kind: v.kind, company: isCompany.get(o.id) === true })));
console.error(`setting (a): index built in ${fmt(buildA)} ms; ${queriesA.length} queries`);
const runA = evaluate(matcherA, queriesA);
console.error(`setting (a): ${fmt(runA.ms)} ms`);
const rowsA = byKind(queriesA, runA.outcomes);
// top-1 on the organizations whose labels taught the word-equivalents table, and on the others (held out)
const halfRows = (["held out", "learning half"] as const).flatMap((half) => {
  const inHalf = (q: VariantQuery): boolean => learnsWords(q.answer) === (half === "learning half");
  const kinds: ("all" | VariantKind)[] = ["all", "alias", "acronym", "label (Latin)", "label (other script)"];
  return kinds.map((k) => summarize(`${half}: ${k}`, runA.outcomes.filter((_, i) => inHalf(queriesA[i] as VariantQuery) && (k === "all" || queriesA[i]?.kind === k))));
});

// ---- the same queries as one batch on every core (a matcher pool: one index per thread, built at the same time)
const THREADS = availableParallelism();
const tPool = performance.now();
const pool = await createMatcherPool(orgs.map((o) => entity(o)), { threads: THREADS });
const poolBuild = performance.now() - tPool;
const tPooled = performance.now();
const pooled = await pool.matchMany(queriesA.map((q) => q.text), { limit: 1 });
const pooledMs = performance.now() - tPooled;
await pool.close();
const poolAgrees = pooled.every((r, i) => (r.status === "matched" && r.matches[0]?.id === queriesA[i]?.answer) === runA.outcomes[i]?.correct);
console.error(`setting (a) on ${THREADS} threads: ${fmt(pooledMs)} ms; same top-1 as one thread: ${poolAgrees}`);

// messy real strings
const affiliations = parseNdjson<{ query: string; id: string }>(readShared("ror/ror-affiliations.ndjson"));

// ---- throughput once warm: fresh matchers answer the affiliation strings first (JIT and caches warm,
// none of these queries seen), then the setting (a) queries a third at a time, split by text so that no
// query is remembered from an earlier third; the median third is quoted
const thirds = [0, 1, 2].map((k) => queriesA.filter((q) => hash(q.text) % 3 === k).map((q) => q.text));
const warmUp = affiliations.map((a) => a.query);
const warmMatcher = createMatcher(orgs.map((o) => entity(o)));
warmMatcher.matchMany(warmUp, { limit: 1 });
const warmOne = thirds.map((t) => {
  const t0 = performance.now();
  warmMatcher.matchMany(t, { limit: 1 });
  return t.length / ((performance.now() - t0) / 1000);
});
const warmPool = await createMatcherPool(orgs.map((o) => entity(o)), { threads: THREADS });
await warmPool.matchMany(warmUp, { limit: 1 });
const warmPooled: number[] = [];
for (const t of thirds) {
  const t0 = performance.now();
  await warmPool.matchMany(t, { limit: 1 });
  warmPooled.push(t.length / ((performance.now() - t0) / 1000));
}
await warmPool.close();
const qpsRuns = (runs: number[]): string => runs.map((q) => fmt(q)).join(", ");
console.error(`warm batches, queries/s: one thread ${qpsRuns(warmOne)}; ${THREADS} threads ${qpsRuns(warmPooled)}`);

const affQueries: VariantQuery[] = affiliations.map((a) => ({ text: a.query, answer: a.id, kind: "alias", company: isCompany.get(a.id) === true }));
const runAff = evaluate(matcherA, affQueries);
console.error(`affiliations: ${fmt(runAff.ms)} ms`);
const affRow = summarize("affiliation strings", runAff.outcomes);
affRow.declined = runAff.outcomes.filter((o) => !o.correct && !o.answered).length / Math.max(1, runAff.outcomes.filter((o) => !o.correct).length);
const cal = calibration([...runA.outcomes, ...runAff.outcomes]);

// ---- setting (b): every other variant known as an alias
const known = new Map<string, string[]>();
const queriesB: VariantQuery[] = [];
for (const o of orgs) {
  const vs = variantsOf(o);
  const aliases: string[] = [];
  vs.forEach((v, i) => {
    if ((i + (hash(o.id) & 1)) % 2 === 0) aliases.push(v.text);
    else queriesB.push({ text: v.text, answer: o.id, kind: v.kind, company: isCompany.get(o.id) === true });
  });
  known.set(o.id, aliases);
}
const matcherB = createMatcher(orgs.map((o) => entity(o, known.get(o.id))));
const runB = evaluate(matcherB, queriesB);
console.error(`setting (b): ${fmt(runB.ms)} ms`);
const rowsB = byKind(queriesB, runB.outcomes);

// ---- peers, side by side on one stratified sample (they scan all 42,126 names per query)
const sample = [...queriesA.filter((q) => hash(q.text + q.answer) % 1000 === 0), ...affQueries.filter((q) => hash(q.text) % 100 === 0)];
const names = orgs.map((o) => o.name);
const fuse = new Fuse(names, { includeScore: true, threshold: 0.6, ignoreLocation: true });
type Peer = { name: string; best: (q: string) => { index: number; score: number } | undefined; threshold: number };
const peers: Peer[] = [
  { name: "firmograph", best: () => undefined, threshold: THRESHOLD },
  { name: "fuse.js 7", threshold: 0.6, best: (q) => { const r = fuse.search(q, { limit: 1 })[0]; return r ? { index: r.refIndex, score: 1 - (r.score ?? 1) } : undefined; } },
  { name: "fuzzball (token_set_ratio)", threshold: 0.85, best: (q) => { const r = fuzzball.extract(q, names, { scorer: fuzzball.token_set_ratio, limit: 1, returnObjects: true })[0] as { key: number; score: number } | undefined; return r ? { index: r.key, score: r.score / 100 } : undefined; } },
  { name: "string-similarity", threshold: 0.6, best: (q) => { const r = stringSimilarity.findBestMatch(q, names); return { index: r.bestMatchIndex, score: r.bestMatch.rating }; } },
];
// ---- a fresh matcher for latency and the peers' sample, warmed on other queries (a matcher that had
// answered a query before would remember its words' typo look-ups)
const PEER_WARM_UP = 5000;
const sampleTexts = new Set(sample.map((q) => q.text));
const unseen = queriesA.filter((q) => !sampleTexts.has(q.text));
const peerMatcher = createMatcher(orgs.map((o) => entity(o)));
peerMatcher.matchMany(unseen.slice(0, PEER_WARM_UP).map((q) => q.text), { limit: 1 });

// single-query latency, median of 2,000 queries it had not answered
const latencyQueries = unseen.slice(PEER_WARM_UP);
const latencies: number[] = [];
for (let i = 0; i < 2000; i++) {
  const q = latencyQueries[(i * 7919) % latencyQueries.length] as VariantQuery;
  const t = performance.now();
  peerMatcher.match(q.text, { limit: 5 });
  latencies.push(performance.now() - t);
}

const peerRows: string[] = [];
const kindsOf = (q: VariantQuery, i: number): string => (i >= sample.length - affQueries.filter((a) => hash(a.text) % 100 === 0).length ? "affiliation" : q.kind);
let oursQps = 0;
for (const peer of peers) {
  const t = performance.now();
  const outcomes: (Outcome & { kind: string })[] = sample.map((q, i) => {
    if (peer.name === "firmograph") {
      const m = peerMatcher.match(q.text, { limit: 1 })[0];
      return { correct: m?.id === q.answer, answered: (m?.score ?? 0) >= THRESHOLD, score: m?.score ?? 0, kind: kindsOf(q, i) };
    }
    const r = peer.best(q.text);
    const id = r ? orgs[r.index]?.id : undefined;
    return { correct: id === q.answer, answered: (r?.score ?? 0) >= peer.threshold, score: r?.score ?? 0, kind: kindsOf(q, i) };
  });
  const qps = sample.length / ((performance.now() - t) / 1000);
  console.error(`peer ${peer.name}: ${fmt(qps, 1)} queries/s`);
  if (peer.name === "firmograph") oursQps = qps;
  const acc = (k?: string): string => {
    const sel = k ? outcomes.filter((o) => o.kind === k) : outcomes;
    return (sel.filter((o) => o.correct).length / Math.max(1, sel.length)).toFixed(3);
  };
  const all = summarize(peer.name, outcomes);
  peerRows.push(`| ${peer.name} | ${acc()} | ${acc("alias")} | ${acc("acronym")} | ${acc("label (Latin)")} | ${acc("label (other script)")} | ${acc("affiliation")} | ${all.precision.toFixed(3)} / ${all.recall.toFixed(3)} | ${fmt(qps, 1)} | ${peer.name === "firmograph" ? "1" : (oursQps / qps).toFixed(0) + "×"} |`);
}

const qpsA = queriesA.length / (runA.ms / 1000);
writeSection("match", `
## Matching: variant → organization, on real names

Command: \`npm run bench -- match\` · ${machine()} · data: ../shared/data/ror, ${fmt(orgs.length)} organizations.
Default threshold ${THRESHOLD}: a query is *answered* when its best score reaches it; precision = right among answered,
recall = answered and right among all queries (every query has a right answer here).

### Setting (a): index knows the display name (+ country, city); each alias, acronym and label is a query
Index built in ${fmt(buildA / 1000, 1)} s. ${fmt(queriesA.length)} queries in ${fmt(runA.ms / 1000, 1)} s: **${fmt(qpsA)} queries/s** (one core, sequential);
single query median **${fmt(median(latencies), 3)} ms** (2,000 queries, to a matcher that had answered ${fmt(PEER_WARM_UP)} others).
The same queries as one batch on all ${THREADS} threads (\`createMatcherPool\`, one index per thread, built in ${fmt(poolBuild / 1000, 1)} s):
${fmt(pooledMs / 1000, 1)} s, **${fmt(queriesA.length / (pooledMs / 1000))} queries/s** (${(runA.ms / pooledMs).toFixed(2)}× one core); same top-1 as one thread on every query: ${poolAgrees ? "yes" : "**no**"}.
These two are first passes: each thread compiles its code and fills its caches while it answers.

Once warm (fresh matchers first answer the ${fmt(warmUp.length)} affiliation strings, then the same queries as three
batches of a third, split by text so that no batch repeats another's queries; median of the three):
**${fmt(median(warmOne))} queries/s** on one thread (\`matchMany\`; runs ${qpsRuns(warmOne)}),
**${fmt(median(warmPooled))} queries/s** on ${THREADS} threads (\`createMatcherPool\`; runs ${qpsRuns(warmPooled)}).

${table(rowsA)}

Word translations (\`src/normalize/data/word-equivalents.json\`, \`east-asian-learned.json\`) are learned from the display
names and labels of half the organizations (\`scripts/generate-word-equivalents.ts\`, \`generate-east-asian-words.ts\`,
split by a hash of the id); the same queries by half:

${table(halfRows)}

### Messy real strings (ror-affiliations, 4,413), same index
${table([affRow], true)}

"declined, top-1 wrong": among the strings whose best candidate is wrong, the share the engine scored below the threshold (rightly declined).

### Setting (b): index also knows every other variant as an alias
${table(rowsB)}

### Calibration of the top-1 score (settings (a) and affiliation strings together)
${cal.table}

Expected calibration error: **${cal.ece.toFixed(3)}**.

### Peers side by side (same run, stratified sample of ${fmt(sample.length)} queries: setting (a) variants + affiliation strings)
Peers scan all ${fmt(orgs.length)} display names per query (no index), so they run on a sample. firmograph answers
it with a fresh matcher that has answered ${fmt(PEER_WARM_UP)} other queries first (so none of the sample is remembered).

| engine | top-1 all | alias | acronym | label Latin | label other | affiliation | precision / recall at its threshold | queries/s | firmograph faster by |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${peerRows.join("\n")}

Peer thresholds: fuse.js 1 − score ≥ 0.6, fuzzball token_set_ratio ≥ 85, string-similarity rating ≥ 0.6.
`);
