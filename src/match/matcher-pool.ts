/**
 * A matcher on several threads: the main thread and each worker hold an identical matcher, and
 * batches are cut into chunks that whichever thread is free answers. Results are the same as one
 * matcher's, in input order.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { z } from "zod";
import { type BatchResult, type Matcher, type MatcherOptions, createMatcher, createMatcherReport } from "./matcher.js";
import { type CandidateScores, type CandidateVectors, type PoolJob, type Query, type WorkerReply, type WorkerRequest, runJob } from "./pool-jobs.js";
import { type EntityInput, type InputIssue, type MatchOptions, matchOptionsSchema, validate } from "./schema.js";
import { startPoolWorker } from "./worker-script.js";
import type { FieldWeights } from "./weights.js";

export interface PoolOptions {
  /** Threads that answer queries, the main thread included (default: the machine's available parallelism). */
  threads?: number;
  /**
   * Most queries handed out at a time (default 512). A batch's first chunks are smaller, doubling
   * from 32 up to this, so that a small batch still spreads over the threads.
   */
  chunkSize?: number;
}

const poolOptionsSchema = z.object({
  threads: z.number().int().min(1).max(256).optional(),
  chunkSize: z.number().int().min(1).max(1_000_000).optional(),
}).strict();

/** The main thread's matcher, for reading only: change the entities through the pool. */
export type ReadonlyMatcher = Omit<Matcher, "add" | "remove">;

/** Chunks a worker holds at once, so it never waits for the main thread to hand out the next one. */
const IN_FLIGHT = 2;
/** Answered chunks held for in-order output before the main thread stops answering more itself. */
const MAX_AHEAD = 16;
/** Queries in a batch's first chunk (see `PoolOptions.chunkSize`). */
const FIRST_CHUNK = 32;

interface Thread {
  worker: Worker;
  inFlight: number;
}

/** One batch being answered: its chunk numbers in input order, its answered chunks, a wake-up for the next answer. */
interface Run {
  order: number[];
  ready: Map<number, unknown[]>;
  wake: (() => void) | undefined;
  failure: Error | undefined;
}

/**
 * A matcher on every thread: one index per worker thread and one on the main thread, each chunk of
 * a batch answered by whichever is free, answers in input order (see `createMatcherPool`).
 *
 * @example
 * const pool = await createMatcherPool(entities, { threads: 2 }); await pool.matchMany(["IBM"]); await pool.close();
 */
export class MatcherPool {
  private readonly threads: Thread[];
  private readonly replica: Matcher;
  private readonly chunkSize: number;
  private nextChunk = 0;
  private readonly runOf = new Map<number, Run>();
  private active = 0;
  private closed = false;
  /** Why a worker stopped: the pool answers no more once one has. */
  private broken: Error | undefined;

  /** Use `createMatcherPool`. */
  constructor(replica: Matcher, workers: Worker[], chunkSize: number) {
    this.replica = replica;
    this.chunkSize = chunkSize;
    this.threads = workers.map((worker) => ({ worker, inFlight: 0 }));
    for (const t of this.threads) {
      t.worker.on("message", (reply: WorkerReply) => this.received(t, reply));
      t.worker.on("error", (error) => this.failAll(error));
      t.worker.on("exit", (code) => {
        if (!this.closed) this.failAll(new Error(`firmograph: a matcher pool worker stopped (exit code ${code})`));
      });
      // an idle pool does not keep the process alive
      t.worker.unref();
    }
  }

  /** Threads answering queries, the main thread included. */
  get size(): number {
    return this.threads.length + 1;
  }

  /** The main thread's matcher, for single queries and pair scores. */
  get matcher(): ReadonlyMatcher {
    return this.replica;
  }

  /**
   * Adds (or replaces) an entity in every thread's matcher. Throws `InvalidRecordError` for a bad entity.
   *
   * @example
   * pool.add({ id: "c-9", name: "Acme GmbH", country: "DE" });
   */
  add(entity: EntityInput): void {
    this.replica.add(entity);
    this.post({ type: "add", entity });
  }

  /**
   * Removes an entity from every thread's matcher; returns whether it was there.
   *
   * @example
   * pool.remove("c-9") //=> true
   */
  remove(id: string): boolean {
    if (!this.replica.remove(id)) return false;
    this.post({ type: "remove", id });
    return true;
  }

  /**
   * `Matcher.setFieldWeights` in every thread's matcher: queries sent afterwards are answered with them.
   *
   * @example
   * pool.setFieldWeights({ city: { same: 1.5, similar: 0.8, different: -6 } });
   */
  setFieldWeights(fields: FieldWeights): void {
    this.replica.setFieldWeights(fields);
    this.post({ type: "fieldWeights", weights: fields });
  }

  /**
   * `Matcher.matchMany` on all threads: one result per query, in input order, bad queries rejected
   * with their issues.
   *
   * @example
   * const results = await pool.matchMany(["IBM", "Siemens AG"], { limit: 3 });
   */
  async matchMany(queries: Iterable<Query>, options: MatchOptions = {}): Promise<BatchResult[]> {
    const out: BatchResult[] = [];
    for await (const r of this.matchStream(queries, options)) out.push(r);
    return out;
  }

  /**
   * Like `matchMany`, yielding results in input order as they are ready: for inputs too large to hold.
   *
   * @example
   * for await (const result of pool.matchStream(readQueries())) write(result);
   */
  async *matchStream(queries: Iterable<Query>, options: MatchOptions = {}): AsyncGenerator<BatchResult> {
    const o = validate(matchOptionsSchema, "match options", options);
    let offset = 0;
    for await (const chunk of this.chunks({ kind: "match", options: o }, queries)) {
      // each chunk's results are its own objects (a worker's arrive as copies): renumber them in place
      for (const r of chunk as BatchResult[]) {
        r.index += offset;
        yield r;
      }
      offset += chunk.length;
    }
  }

  /**
   * `Matcher.candidateScores` for many queries on all threads, in input order (throws for a bad query).
   *
   * @example
   * await pool.candidateScoresMany([{ name: "Intl Bus. Machines" }], 3) //=> [[{ id: "ibm", score: 0.97, pairScore: 0.99, rankOdds: 6.1 }]]
   */
  async candidateScoresMany(queries: Iterable<Query>, limit = 5): Promise<CandidateScores[]> {
    const out: CandidateScores[] = [];
    for await (const r of this.candidateScoresStream(queries, limit)) out.push(r);
    return out;
  }

  /**
   * Like `candidateScoresMany`, yielding each query's candidates in input order as they are ready.
   *
   * @example
   * for await (const candidates of pool.candidateScoresStream(records, 10)) link(candidates);
   */
  async *candidateScoresStream(queries: Iterable<Query>, limit = 5): AsyncGenerator<CandidateScores> {
    for await (const chunk of this.chunks({ kind: "candidates", limit }, queries)) yield* chunk as CandidateScores[];
  }

  /**
   * `Matcher.comparisonVectors` for many queries on all threads, in input order (throws for a bad query).
   *
   * @example
   * const vectors = await pool.comparisonVectorsMany(sample, 11);
   */
  async comparisonVectorsMany(queries: Iterable<Query>, limit = 5): Promise<CandidateVectors[]> {
    const out: CandidateVectors[] = [];
    for await (const chunk of this.chunks({ kind: "vectors", limit }, queries)) for (const r of chunk as CandidateVectors[]) out.push(r);
    return out;
  }

  /**
   * Stops the worker threads. The pool answers no more queries afterwards.
   *
   * @example
   * await pool.close();
   */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }

  private post(request: WorkerRequest): void {
    for (const t of this.threads) t.worker.postMessage(request);
  }

  private received(thread: Thread, reply: WorkerReply): void {
    if (reply.type === "ready") return;
    thread.inFlight--;
    const run = this.runOf.get(reply.chunk);
    if (!run) return;
    this.runOf.delete(reply.chunk);
    if (reply.type === "done") run.ready.set(reply.chunk, reply.results);
    else run.failure = new Error(`firmograph: a matcher pool worker failed: ${reply.message}`);
    run.wake?.();
  }

  private failAll(error: Error): void {
    this.broken = error;
    for (const run of new Set(this.runOf.values())) {
      run.failure = error;
      run.wake?.();
    }
  }

  /** The answers to a job on every query, chunk by chunk in input order. */
  private async *chunks(job: PoolJob, queries: Iterable<Query>): AsyncGenerator<unknown[]> {
    if (this.closed) throw new Error("firmograph: the matcher pool is closed");
    if (this.broken) throw this.broken;
    const source = queries[Symbol.iterator]();
    let exhausted = false;
    let size = Math.min(FIRST_CHUNK, this.chunkSize);
    const take = (): Query[] | undefined => {
      const chunk: Query[] = [];
      const wanted = size;
      size = Math.min(2 * size, this.chunkSize);
      while (!exhausted && chunk.length < wanted) {
        const next = source.next();
        if (next.done) exhausted = true;
        else chunk.push(next.value);
      }
      return chunk.length > 0 ? chunk : undefined;
    };
    const run: Run = { order: [], ready: new Map(), wake: undefined, failure: undefined };
    let emitted = 0;
    if (this.active++ === 0) for (const t of this.threads) t.worker.ref();
    try {
      for (;;) {
        for (const t of this.threads) {
          while (t.inFlight < IN_FLIGHT) {
            const chunk = take();
            if (!chunk) break;
            const number = this.nextChunk++;
            run.order.push(number);
            this.runOf.set(number, run);
            t.inFlight++;
            t.worker.postMessage({ type: "run", chunk: number, job, queries: chunk } satisfies WorkerRequest);
          }
        }
        if (run.failure) throw run.failure;
        while (emitted < run.order.length && run.ready.has(run.order[emitted] as number)) {
          const number = run.order[emitted++] as number;
          const answers = run.ready.get(number) as unknown[];
          run.ready.delete(number);
          yield answers;
        }
        if (exhausted && emitted === run.order.length) return;
        const own = run.ready.size < MAX_AHEAD ? take() : undefined;
        if (own) {
          const number = this.nextChunk++;
          run.order.push(number);
          run.ready.set(number, runJob(this.replica, job, own));
          // let the workers' answers in before the next chunk
          await new Promise<void>((resolve) => setImmediate(resolve));
        } else if (exhausted && !awaitsWorker(run, emitted)) {
          // the queries ended at a chunk's end (or there were none): nothing is left to wait for
          continue;
        } else {
          await new Promise<void>((resolve) => {
            run.wake = resolve;
          });
          run.wake = undefined;
        }
      }
    } finally {
      for (const [number, owner] of this.runOf) if (owner === run) this.runOf.delete(number);
      if (--this.active === 0) for (const t of this.threads) t.worker.unref();
    }
  }}

/** Starts the workers, builds the main thread's matcher meanwhile, and waits for the workers' to be built. */
async function buildPool(entities: Iterable<EntityInput>, options: MatcherOptions & PoolOptions, report: boolean): Promise<{ pool: MatcherPool; rejected: { index: number; id: string | undefined; issues: InputIssue[] }[] }> {
  const { threads, chunkSize, ...matcherOptions } = options;
  const p = validate(poolOptionsSchema, "pool options", { threads, chunkSize });
  const list = [...entities];
  const workers: Worker[] = [];
  try {
    for (let i = 1; i < (p.threads ?? availableParallelism()); i++) workers.push(startPoolWorker({ entities: list, options: matcherOptions }));
    const ready = workers.map((w) => new Promise<void>((resolve, reject) => {
      w.once("message", () => resolve());
      w.once("error", reject);
    }));
    const built = report ? createMatcherReport(list, matcherOptions) : { matcher: createMatcher(list, matcherOptions), rejected: [] };
    await Promise.all(ready);
    return { pool: new MatcherPool(built.matcher, workers, p.chunkSize ?? 512), rejected: built.rejected };
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
}

/**
 * Builds a matcher on `threads` threads (the main thread and `threads - 1` workers, each with its
 * own copy of the index, built at the same time) for batches. Throws `InvalidRecordError` for the
 * first bad entity. Memory grows with the threads: one index per thread.
 *
 * @example
 * const pool = await createMatcherPool(customers, { threads: 2 });
 * const results = await pool.matchMany(invoiceNames, { limit: 3 });
 * await pool.close();
 */
export async function createMatcherPool(entities: Iterable<EntityInput>, options: MatcherOptions & PoolOptions = {}): Promise<MatcherPool> {
  return (await buildPool(entities, options, false)).pool;
}

/**
 * Like `createMatcherPool`, but keeps going past bad entities and returns them with their issues.
 *
 * @example
 * const { pool, rejected } = await createMatcherPoolReport(rows, { threads: 2 });
 */
export async function createMatcherPoolReport(entities: Iterable<EntityInput>, options: MatcherOptions & PoolOptions = {}): Promise<{ pool: MatcherPool; rejected: { index: number; id: string | undefined; issues: InputIssue[] }[] }> {
  return buildPool(entities, options, true);
}

/** Whether a chunk of `run` not yet emitted is still with a worker thread. */
function awaitsWorker(run: Run, emitted: number): boolean {
  for (let i = emitted; i < run.order.length; i++) if (!run.ready.has(run.order[i] as number)) return true;
  return false;
}
