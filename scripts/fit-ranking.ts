/**
 * Fits the ranking parameters of DEFAULT_WEIGHTS (temperature and the log-odds of "none of them")
 * so that the top-1 score is calibrated: on half the shared ROR queries (aliases, acronyms, labels
 * and the messy affiliation strings, against the display names), the pair that minimizes the log
 * loss of "the top-1 candidate is right"; the other half reports expected calibration error before
 * and after. Candidates' log-odds are fixed by the other weights, so only the scores move.
 *
 * Usage: npm run fit:ranking   (needs ../shared/data; copy the printed pair into src/match/weights.ts)
 */
import { createMatcher } from "../src/match/index.js";
import { calibration, parseNdjson, readShared } from "../benchmarks/harness.js";
import { hash, loadOrganizations, variantsOf } from "../benchmarks/ror-data.js";

/** A query's candidates' log-odds, best first, and whether the first is right. */
interface Ranked { logOdds: number[]; correct: boolean }
interface Ranking { temperature: number; none: number }

const organizations = loadOrganizations();
const matcher = createMatcher(organizations.map((o) => ({ id: o.id, name: o.name, ...(o.country ? { country: o.country } : {}), ...(o.city ? { city: o.city } : {}) })));
const queries = organizations.flatMap((o) => variantsOf(o).map((v) => ({ text: v.text, answer: o.id })));
queries.push(...parseNdjson<{ query: string; id: string }>(readShared("ror/ror-affiliations.ndjson")).map((a) => ({ text: a.query, answer: a.id })));

const fit: Ranked[] = [];
const check: Ranked[] = [];
for (const q of queries) {
  if (q.text.trim().length === 0) continue;
  const candidates = matcher.candidateScores(q.text, 50);
  const ranked = { logOdds: candidates.map((c) => c.rankOdds), correct: candidates[0]?.id === q.answer };
  (hash(q.text + q.answer) % 2 === 0 ? fit : check).push(ranked);
}

/** The top-1 score under a ranking: softmax at a temperature, "none" standing at its log-odds. */
function topScore(r: Ranked, { temperature, none }: Ranking): number {
  const first = r.logOdds[0];
  if (first === undefined) return 0;
  const shift = temperature * Math.max(none, first);
  let total = Math.exp(temperature * none - shift);
  for (const l of r.logOdds) total += Math.exp(temperature * l - shift);
  return Math.exp(temperature * first - shift) / total;
}

function logLoss(rows: Ranked[], ranking: Ranking): number {
  let sum = 0;
  for (const r of rows) {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, topScore(r, ranking)));
    sum -= Math.log(r.correct ? p : 1 - p);
  }
  return sum / rows.length;
}

/** Expected calibration error of the top-1 scores under a ranking. */
function calibrationError(rows: Ranked[], ranking: Ranking): number {
  return calibration(rows.map((r) => ({ score: topScore(r, ranking), correct: r.correct }))).ece;
}

let best = { ranking: { temperature: 1, none: 0 }, loss: Infinity };
for (let t = 20; t <= 150; t += 5) {
  for (let n = -40; n <= 8; n++) {
    const ranking = { temperature: t / 100, none: n / 4 };
    const loss = logLoss(fit, ranking);
    if (loss < best.loss) best = { ranking, loss };
  }
}
const plain = { temperature: 1, none: 0 };
console.log(`queries: ${fit.length} to fit, ${check.length} to check`);
console.log(`plain softmax (temperature 1, none 0): held-out log loss ${logLoss(check, plain).toFixed(4)}, calibration error ${calibrationError(check, plain).toFixed(3)}`);
console.log(`fitted: ranking: { temperature: ${best.ranking.temperature}, none: ${best.ranking.none} }: held-out log loss ${logLoss(check, best.ranking).toFixed(4)}, calibration error ${calibrationError(check, best.ranking).toFixed(3)}`);
