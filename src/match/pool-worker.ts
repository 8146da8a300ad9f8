/**
 * A matcher pool's worker thread: builds its own matcher from the entities it is started with,
 * keeps it in step with the pool's adds and removes, and runs the chunks of queries it is sent.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createMatcherReport } from "./matcher.js";
import { type WorkerReply, type WorkerRequest, type WorkerSetup, runJob } from "./pool-jobs.js";

const port = parentPort;
if (!port) throw new Error("firmograph: pool-worker runs only as a worker thread of a matcher pool");
const setup = workerData as WorkerSetup;
// bad entities are the main thread's to report: it builds from the same list
const { matcher } = createMatcherReport(setup.entities, setup.options);
const reply = (message: WorkerReply): void => port.postMessage(message);
reply({ type: "ready" });

port.on("message", (request: WorkerRequest) => {
  if (request.type === "add") matcher.add(request.entity);
  else if (request.type === "remove") matcher.remove(request.id);
  else if (request.type === "fieldWeights") matcher.setFieldWeights(request.weights);
  else {
    try {
      reply({ type: "done", chunk: request.chunk, results: runJob(matcher, request.job, request.queries) });
    } catch (error) {
      reply({ type: "failed", chunk: request.chunk, message: error instanceof Error ? error.message : String(error) });
    }
  }
});
