/**
 * The work a matcher pool hands out in chunks, run the same way by the main thread and by the
 * workers (see `matcher-pool.ts` and `pool-worker.ts`).
 */
import type { ComparisonVector } from "./comparison-vector.js";
import type { BatchResult, Matcher, MatcherOptions } from "./matcher.js";
import type { EntityInput, MatchOptions, RecordInput } from "./schema.js";
import type { FieldWeights } from "./weights.js";

/** `matchMany` with these options, or `candidateScores` or `comparisonVectors` with this limit, on every query of a chunk. */
export type PoolJob = { kind: "match"; options: MatchOptions } | { kind: "candidates"; limit: number } | { kind: "vectors"; limit: number };

export type Query = string | RecordInput;

/** The best candidates of one query, numbers only (see `Matcher.candidateScores`). */
export type CandidateScores = { id: string; score: number; pairScore: number; rankOdds: number }[];

/** The comparison vectors of one query's best candidates (see `Matcher.comparisonVectors`). */
export type CandidateVectors = { id: string; vector: ComparisonVector }[];

/** What a pool worker is started with: it builds its own matcher from these. */
export interface WorkerSetup {
  entities: EntityInput[];
  options: MatcherOptions;
}

/** Messages to a pool worker. */
export type WorkerRequest =
  | { type: "add"; entity: EntityInput }
  | { type: "remove"; id: string }
  | { type: "fieldWeights"; weights: FieldWeights }
  | { type: "run"; chunk: number; job: PoolJob; queries: Query[] };

/** Messages from a pool worker. */
export type WorkerReply =
  | { type: "ready" }
  | { type: "done"; chunk: number; results: BatchResult[] | CandidateScores[] | CandidateVectors[] }
  | { type: "failed"; chunk: number; message: string };

/**
 * Runs a job on a chunk of queries; `matchMany` results are numbered within the chunk.
 *
 * @example
 * runJob(matcher, { kind: "candidates", limit: 3 }, ["IBM"]) //=> [[{ id: "ibm", score: 0.97, pairScore: 0.99, rankOdds: 6.1 }]]
 */
export function runJob(matcher: Matcher, job: PoolJob, queries: Query[]): BatchResult[] | CandidateScores[] | CandidateVectors[] {
  if (job.kind === "match") return matcher.matchMany(queries, job.options);
  if (job.kind === "vectors") return queries.map((q) => matcher.comparisonVectors(q, job.limit));
  return queries.map((q) => matcher.candidateScores(q, job.limit));
}
