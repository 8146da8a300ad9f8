/** `firmograph match queries.csv --against customers.csv --out matches.csv`: each query's entities, with scores and evidence. */
import { basename } from "node:path";
import { type BatchResult, type EntityInput, type RecordInput, createMatcherPoolReport } from "../match/index.js";
import { countRows, formatOf, isUnreadable, parseMapping, readNumberedRows, readRows, toRecord } from "../io/read-records.js";
import { requireNameColumns } from "./input-files.js";
import { createRowWriter, checkOutputs, type RowWriter } from "../io/write-records.js";
import { createProgress } from "./progress.js";
import { threadCount } from "./threads.js";

export interface MatchCommandOptions {
  against: string;
  out: string;
  /** field=Column pairs of the query file. */
  map?: string;
  /** field=Column pairs of the entity file. */
  againstMap?: string;
  limit?: string;
  minScore?: string;
  rejected?: string;
  threads?: string;
  encoding?: string;
}

/** What a match run did: every query is matched, unmatched or rejected, exactly once. */
export interface MatchSummary {
  entities: number;
  entitiesRejected: { row: number; id?: string; reason: string }[];
  queries: number;
  matched: number;
  unmatched: number;
  rejected: number;
  /** Rejected queries by reason. */
  reasons: Map<string, number>;
  millis: number;
}

export const MATCH_COLUMNS = ["query_row", "query_id", "query_name", "status", "rank", "entity_id", "entity_name", "score", "explanation", "reason"];

/** Queries handed to the matcher at a time: a file of millions streams through in batches. */
const BATCH = 4096;

type Issues = { path: (string | number)[]; message: string }[];
const issuesText = (issues: Issues): string => issues.map((i) => (i.path.length > 0 ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
/** The issues without the values they quote, so that the summary counts rejections by kind. */
const issuesKind = (issues: Issues): string => issuesText(issues.map((i) => ({ ...i, message: i.message.replace(/"[^"]*"/g, "…") })));

/**
 * Matches every row of a query file against the entities of another and writes one row per match
 * (best first, at most `--limit`, each with its score and evidence), one row for a query with no
 * entity at `--min-score`, and one for a query that cannot be matched, with the reason.
 *
 * @example
 * const summary = await runMatch("invoices.csv", { against: "customers.csv", out: "matches.csv", limit: "3" });
 * summary.matched + summary.unmatched + summary.rejected === summary.queries //=> true
 */
export async function runMatch(file: string, o: MatchCommandOptions): Promise<MatchSummary> {
  const t0 = performance.now();
  const progress = createProgress();
  const limit = o.limit !== undefined ? Number(o.limit) : 3;
  const minScore = o.minScore !== undefined ? Number(o.minScore) : 0.5;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`firmograph match: --limit must be a whole number of 1 or more, got "${o.limit}"`);
  if (!(minScore >= 0 && minScore <= 1)) throw new Error(`firmograph match: --min-score must be a probability from 0 to 1, got "${o.minScore}"`);
  const entityMapping = parseMapping(o.againstMap);
  const mapping = parseMapping(o.map);
  checkOutputs([o.out, o.rejected]);
  // a file with no column read as the name would have every row rejected: said before any work
  await requireNameColumns([o.against], entityMapping, "--against-map", o.encoding, "match");
  await requireNameColumns([file], mapping, "--map", o.encoding, "match");
  const read = await readNumberedRows(o.against, o.encoding);
  const entitiesRejected: MatchSummary["entitiesRejected"] = [...read.unreadable];
  const nameOf = new Map<string, string>();
  const entities = read.rows.map(({ values }) => {
    const e = toRecord(values, entityMapping);
    return { ...e, ...(e.id !== undefined ? { id: String(e.id) } : {}) } as EntityInput;
  });
  const { pool, rejected } = await createMatcherPoolReport(entities, { threads: threadCount(o.threads) });
  for (const r of rejected) entitiesRejected.push({ row: read.rows[r.index]?.row as number, ...(r.id !== undefined ? { id: r.id } : {}), reason: issuesText(r.issues) });
  entitiesRejected.sort((a, b) => a.row - b.row);
  const refused = new Set(rejected.map((r) => r.index));
  entities.forEach((e, i) => {
    if (!refused.has(i)) nameOf.set(String(e.id), String(e.name));
  });

  const summary: MatchSummary = { entities: nameOf.size, entitiesRejected, queries: 0, matched: 0, unmatched: 0, rejected: 0, reasons: new Map(), millis: 0 };
  const out = createRowWriter(o.out, MATCH_COLUMNS);
  const rejectedOut = o.rejected ? createRowWriter(o.rejected, ["file", "row", "id", "reason"]) : undefined;
  for (const e of entitiesRejected) await rejectedOut?.write({ file: basename(o.against), row: e.row, id: e.id, reason: e.reason });
  const reject = async (query: { row: number; id?: unknown; name?: unknown }, reason: string, key: string): Promise<void> => {
    summary.rejected++;
    summary.reasons.set(key, (summary.reasons.get(key) ?? 0) + 1);
    await out.write({ query_row: query.row, query_id: query.id, query_name: query.name, status: "rejected", reason });
    await rejectedOut?.write({ file: basename(file), row: query.row, id: query.id, reason });
  };
  try {
    progress.start("match", await countRows(file));
    // a batch in file order: queries to match, and rows that could not be read, written in their place
    let batch: { row: number; record?: RecordInput; unreadable?: string }[] = [];
    const flush = async (): Promise<void> => {
      const results = pool.matchStream(batch.flatMap((q) => (q.record ? [q.record] : [])), { limit, minScore })[Symbol.asyncIterator]();
      for (const q of batch) {
        if (q.record === undefined) await reject({ row: q.row }, q.unreadable as string, "unreadable row");
        else await writeResult(out, { row: q.row, record: q.record }, (await results.next()).value as BatchResult, summary, nameOf, reject);
      }
      progress.update(summary.queries);
      batch = [];
    };
    let queryRow = 0;
    for await (const r of readRows(file, formatOf(file), o.encoding)) {
      queryRow++;
      summary.queries++;
      if (isUnreadable(r)) batch.push({ row: queryRow, unreadable: r.__invalid });
      else {
        const record = toRecord(r, mapping);
        if (record.id !== undefined) record.id = String(record.id);
        batch.push({ row: queryRow, record: record as RecordInput });
      }
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    await pool.close();
    await out.close();
    await rejectedOut?.close();
    progress.stop();
  }
  summary.millis = performance.now() - t0;
  return summary;
}

async function writeResult(
  out: RowWriter,
  query: { row: number; record: RecordInput },
  result: BatchResult,
  summary: MatchSummary,
  nameOf: ReadonlyMap<string, string>,
  reject: (query: { row: number; id?: unknown; name?: unknown }, reason: string, key: string) => Promise<void>,
): Promise<void> {
  const base = { query_row: query.row, query_id: query.record.id, query_name: query.record.name };
  if (result.status === "rejected") {
    await reject({ row: query.row, id: query.record.id, name: query.record.name }, issuesText(result.issues), issuesKind(result.issues));
    return;
  }
  if (result.status === "unmatched") {
    summary.unmatched++;
    await out.write({ ...base, status: "unmatched" });
    return;
  }
  summary.matched++;
  let rank = 0;
  for (const m of result.matches) {
    await out.write({ ...base, status: "matched", rank: ++rank, entity_id: m.id, entity_name: nameOf.get(m.id), score: m.score.toFixed(3), explanation: m.explanation });
  }
}

/** The closing summary of `firmograph match`. @example matchSummary(summary, "matches.csv") */
export function matchSummary(s: MatchSummary, out: string): string {
  const reasons = [...s.reasons].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${v} × ${k}`).join("; ");
  return [
    `entities       ${s.entities} indexed${s.entitiesRejected.length > 0 ? `, ${s.entitiesRejected.length} rejected (${s.entitiesRejected.slice(0, 3).map((e) => `row ${e.row}: ${e.reason}`).join("; ")}${s.entitiesRejected.length > 3 ? "; ..." : ""})` : ""}`,
    `queries        ${s.queries}: ${s.matched} matched, ${s.unmatched} unmatched, ${s.rejected} rejected${reasons ? ` (${reasons})` : ""}`,
    `time           ${(s.millis / 1000).toFixed(2)} s`,
    `written        ${out}`,
  ].join("\n");
}
