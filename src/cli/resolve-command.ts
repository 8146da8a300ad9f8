/** `firmograph resolve a.csv b.csv ... --out entities.csv`: one customer view from several systems. */
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { countRows, formatOf, isUnreadable, parseMapping, readRows, toRecord } from "../io/read-records.js";
import { requireNameColumns, sourceLabels, sourcesOf } from "./input-files.js";
import { createRowWriter, checkOutputs } from "../io/write-records.js";
import { resolve, type ResolveOptions, type ResolveResult } from "../resolve/index.js";
import type { EntityInput, FieldWeights } from "../match/index.js";
import { createProgress } from "./progress.js";
import { threadCount } from "./threads.js";
import { UNREADABLE_ROW, UnreadableRows } from "./unreadable-rows.js";

export interface ResolveCommandOptions {
  out: string;
  links?: string;
  rejected?: string;
  map?: string;
  source?: string;
  threshold?: string;
  master?: string;
  weights?: string;
  sourceOrder?: string;
  /** false: keep the default disagreement weights (`--no-learn-weights`) */
  learnWeights?: boolean;
  threads?: string;
  /** Text encoding of the input files (default "auto": UTF-16 after its byte-order mark, UTF-8, or Windows-1252 for a file that is not valid UTF-8). */
  encoding?: string;
}

export const ENTITY_COLUMNS = ["entity_id", "name", "country", "city", "postal_code", "website", "vat", "lei", "duns", "records", "sources", "record_ids", "confidence", "from_master"];

async function* recordsOf(files: string[], sources: string[], mapping: Record<string, string>, encoding: string, unreadable: UnreadableRows, onRow: () => void): AsyncGenerator<Record<string, unknown>> {
  let index = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i] as string;
    const source = sources[i] as string;
    for await (const row of readRows(file, formatOf(file), encoding)) {
      onRow();
      if (isUnreadable(row)) {
        unreadable.note(index++, `${basename(file)} ${row.__invalid}`);
        yield { source };
        continue;
      }
      index++;
      const record = toRecord(row, mapping);
      if (record.source === undefined) record.source = source;
      if (record.id !== undefined) record.id = String(record.id);
      yield record;
    }
  }
}

/** The weights file of --weights, as JSON (resolve validates each weight and names a wrong one). */
function readWeights(file: string): ResolveOptions["weights"] {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as ResolveOptions["weights"];
  } catch (e) {
    throw new Error(`firmograph resolve: --weights ${file} is not a readable JSON file: ${(e as Error).message}`);
  }
}

/**
 * Runs the resolve command and returns the result (the CLI prints the summary).
 *
 * @example
 * await runResolve(["examples/erp.csv", "examples/crm.csv"], { out: "entities.csv" });
 */
export async function runResolve(files: string[], o: ResolveCommandOptions): Promise<ResolveResult> {
  const mapping = parseMapping(o.map);
  checkOutputs([o.out, o.links, o.rejected]);
  // a file with no column read as the name would have every row rejected: said before any work
  await requireNameColumns([...files, ...(o.master ? [o.master] : [])], mapping, "--map", o.encoding, "resolve");
  const sources = sourcesOf(files, o.source, "resolve");
  const progress = createProgress();
  let total = 0;
  for (const f of files) total += await countRows(f);
  progress.start("read", total);
  let read = 0;
  const master: EntityInput[] = [];
  // master rows that cannot be read are rejected like bad master entities, with the reader's reason
  const unreadableMaster = new UnreadableRows((r) => r.master === true);
  if (o.master) {
    for await (const row of readRows(o.master, formatOf(o.master), o.encoding)) {
      if (isUnreadable(row)) {
        unreadableMaster.note(master.length, `${basename(o.master)} ${row.__invalid}`);
        master.push({} as EntityInput);
        continue;
      }
      const r = toRecord(row, mapping) as EntityInput;
      master.push({ ...r, ...(r.id !== undefined ? { id: String(r.id) } : {}) });
    }
  }
  const threshold = o.threshold !== undefined ? Number(o.threshold) : undefined;
  const weights = o.weights !== undefined ? readWeights(o.weights) : undefined;
  const unreadable = new UnreadableRows((r) => r.master !== true);
  const result = await resolve(recordsOf(files, sources, mapping, o.encoding ?? "auto", unreadable, () => progress.update(++read)), {
    ...(threshold !== undefined ? { threshold } : {}),
    ...(o.master ? { master } : {}),
    ...(weights !== undefined ? { weights } : {}),
    learnWeights: o.learnWeights !== false,
    threads: threadCount(o.threads),
    // the sources labelled with --source, in that order, unless --source-order says otherwise
    survivorship: { sourceOrder: sourceLabels(o.sourceOrder ?? o.source) },
    onProgress: ({ stage, done, total: t }) => {
      if (done === 0 || done === 1000) progress.start(stage, t);
      progress.update(done);
    },
  });
  unreadable.explain(result.rejected);
  unreadableMaster.explain(result.rejected);
  progress.start("write", result.entities.length);
  const out = createRowWriter(o.out, ENTITY_COLUMNS);
  let written = 0;
  for (const e of result.entities) {
    await out.write({
      entity_id: e.id, name: e.golden.name, country: e.golden.country, city: e.golden.city, postal_code: e.golden.postalCode, website: e.golden.website,
      vat: e.golden.vat, lei: e.golden.lei, duns: e.golden.duns, records: e.recordIds.length, sources: [...new Set(e.records.map((r) => r.source))].join(" "),
      record_ids: e.recordIds.join(" "), confidence: e.confidence.toFixed(3), from_master: e.fromMaster,
    });
    progress.update(++written);
  }
  await out.close();
  if (o.links) {
    const links = createRowWriter(o.links, ["entity_id", "record_a", "record_b", "score", "evidence"]);
    for (const e of result.entities) for (const l of e.links) await links.write({ entity_id: e.id, record_a: l.a, record_b: l.b, score: l.score.toFixed(3), evidence: l.evidence });
    await links.close();
  }
  if (o.rejected) {
    const rej = createRowWriter(o.rejected, ["index", "source", "record_id", "field", "reason"]);
    for (const r of result.rejected) for (const err of r.errors) await rej.write({ index: r.index, source: r.source, record_id: r.recordId, field: err.path.join("."), reason: err.message });
    await rej.close();
  }
  progress.stop();
  return result;
}

/** "city differs -8.09, country differs -5.74": the disagreement weights resolve learned. */
function learnedSummary(w: FieldWeights): string {
  return Object.entries(w).map(([field, v]) => `${field} differs ${(v as { different: number }).different.toFixed(2)}`).join(", ");
}

/**
 * The closing summary: records read, rejected with reasons, entities, merges across sources.
 *
 * @example
 * resolveSummary(await runResolve(["erp.csv"], { out: "e.csv" }), "e.csv") //=> "records read   228  (erp 228)\nrejected       3: ..."
 */
export function resolveSummary(result: ResolveResult, out: string): string {
  const s = result.stats;
  const reasons = new Map<string, number>();
  for (const r of result.rejected) for (const e of r.errors) {
    const k = `${e.path.join(".") || "record"}: ${e.code === "duplicate_id" ? "duplicate id within its source" : e.code === UNREADABLE_ROW ? "unreadable row (see --rejected)" : e.message}`;
    reasons.set(k, (reasons.get(k) ?? 0) + 1);
  }
  const lines = [
    `records read   ${s.records}${Object.keys(s.bySource).length > 0 ? `  (${Object.entries(s.bySource).map(([k, v]) => `${k} ${v}`).join(", ")})` : ""}`,
    `rejected       ${s.rejected}${reasons.size ? `: ${[...reasons].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${v} × ${k}`).join("; ")}` : ""}`,
    `entities       ${s.entities}  (${s.crossSourceEntities} span more than one source; ${s.merges} merges)`,
    `pairs compared ${s.pairsCompared}`,
    ...(Object.keys(s.learnedWeights).length > 0 ? [`learned        ${learnedSummary(s.learnedWeights)} (log-likelihood ratios, from the records)`] : []),
    `time           ${(Object.values(s.millis).reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s`,
    `written        ${out}`,
  ];
  return lines.join("\n");
}
