/** Starts a matcher pool's worker thread from the built package, or from the TypeScript sources. */
import { Worker } from "node:worker_threads";
import type { WorkerSetup } from "./pool-jobs.js";

/**
 * A new pool worker. Built, the worker is `match-worker.js` (`.cjs`) beside the chunk that holds
 * this code; run from the TypeScript sources (as the tests do), it is `pool-worker.ts`, loaded
 * through tsx.
 *
 * @example
 * const worker = startPoolWorker({ entities: [{ id: "a", name: "Acme" }], options: {} });
 */
export function startPoolWorker(setup: WorkerSetup): Worker {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const tsx = import.meta.resolve("tsx/esm/api");
    const source = new URL("./pool-worker.ts", here).href;
    return new Worker(`import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(source)}); })`, { eval: true, workerData: setup });
  }
  return new Worker(new URL(here.endsWith(".cjs") ? "./match-worker.cjs" : "./match-worker.js", here), { workerData: setup });
}
