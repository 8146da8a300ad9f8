/**
 * `firmograph report`: the whole credit job from raw files: resolve the ERP/CRM/AR records,
 * attach the entities to the corporate-family registry, roll exposure up against the limits,
 * and write the HTML report with CSV and JSON exports.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { type EntityInput, createMatcherReport } from "../match/index.js";
import { type FamilyEntityInput, buildFamilyGraph, loadEdgeList } from "../family/index.js";
import { EXPOSURE_COLUMNS, type ExposureRowInput, type LimitInput, exposureRows, renderReport, rollUpExposure } from "../exposure/index.js";
import { type DecimalMark, decimalMarkOf, parseAmount } from "../io/amounts.js";
import { formatOf, isUnreadable, readNumberedRows, readRows, toRecord } from "../io/read-records.js";
import { requireNameColumns, sourceLabels, sourcesOf } from "./input-files.js";
import { createRowWriter } from "../io/write-records.js";
import { resolve } from "../resolve/index.js";
import { ENTITY_COLUMNS } from "./resolve-command.js";
import { createProgress } from "./progress.js";
import { threadCount } from "./threads.js";
import { UnreadableRows } from "./unreadable-rows.js";

export interface ReportCommandOptions {
  records: string[];
  source?: string;
  familyEntities: string;
  familyLinks: string;
  limits?: string;
  rates: string;
  currency?: string;
  mode?: "full" | "ownership";
  limitModel?: "usage" | "allocation";
  out: string;
  entities?: string;
  exposureCsv?: string;
  exposureJson?: string;
  threads?: string;
  /** Text encoding of the input files (default "auto": UTF-16 after its byte-order mark, UTF-8, or Windows-1252 for a file that is not valid UTF-8). */
  encoding?: string;
}

/** The columns of a record file that hold amounts. */
const AMOUNT_COLUMNS = ["open_receivables", "open_orders", "overdue_1_30", "overdue_31_60", "overdue_61_90", "overdue_90_plus", "credit_limit"];

/**
 * Runs the job; returns the lines of the closing summary.
 *
 * @example
 * await runReport({ records: ["erp.csv", "crm.csv", "ar.csv"], familyEntities: "f.csv", familyLinks: "l.csv", rates: "rates.json", out: "report.html" });
 */
export async function runReport(o: ReportCommandOptions): Promise<string[]> {
  const progress = createProgress();
  const sources = sourcesOf(o.records, o.source, "report");
  // a records file with no column read as the name would have every row rejected: said before any work
  await requireNameColumns(o.records, {}, undefined, o.encoding, "report");
  // 1. records, kept with their raw columns for the exposure figures
  const rows = new Map<string, Record<string, unknown>>();
  const markOf = new Map<string, DecimalMark>();
  const records: Record<string, unknown>[] = [];
  const unreadable = new UnreadableRows();
  for (let i = 0; i < o.records.length; i++) {
    const file = o.records[i] as string;
    const source = sources[i] as string;
    // the file's decimal mark, read from all its amounts ("1.234,56" and "1,234.56" files alike)
    const amounts: unknown[] = [];
    const keys: string[] = [];
    for await (const row of readRows(file, formatOf(file), o.encoding)) {
      if (isUnreadable(row)) {
        unreadable.note(records.length, `${file.replace(/^.*\//, "")} ${row.__invalid}`);
        records.push({ source });
        continue;
      }
      const r = toRecord(row);
      r.source ??= source;
      if (r.id !== undefined) r.id = String(r.id);
      records.push(r);
      rows.set(`${r.source}:${r.id}`, r);
      keys.push(`${r.source}:${r.id}`);
      for (const c of AMOUNT_COLUMNS) if (r[c] !== undefined) amounts.push(r[c]);
    }
    const mark = decimalMarkOf(amounts);
    for (const key of keys) markOf.set(key, mark);
  }
  const resolved = await resolve(records, { survivorship: { sourceOrder: sourceLabels(o.source) }, threads: threadCount(o.threads) });
  unreadable.explain(resolved.rejected);
  // 2. the registry of corporate families; a row that cannot be read, or does not fit, is reported and left out
  const entityFile = await readNumberedRows(o.familyEntities, o.encoding);
  const linkFile = await readNumberedRows(o.familyLinks, o.encoding);
  const registryRejected = [
    ...entityFile.unreadable.map((u) => `entity row ${u.row}: ${u.reason}`),
    ...linkFile.unreadable.map((u) => `link row ${u.row}: ${u.reason}`),
  ];
  const registry = entityFile.rows.map((r) => toRecord(r.values) as FamilyEntityInput);
  const links = linkFile.rows.map((r) => r.values);
  // 3. each resolved entity -> its registry entity (or a standalone entity of its own)
  const { matcher } = createMatcherReport(registry.map((e) => ({ ...(e.id !== undefined ? { id: String(e.id) } : {}), name: e.name, ...(e.country ? { country: e.country } : {}) }) as EntityInput));
  const entityOf = new Map<string, string>();
  const standalone: FamilyEntityInput[] = [];
  let attached = 0;
  for (const e of resolved.entities) {
    const g = e.golden;
    const best = matcher.match({ name: g.name, ...(g.country ? { country: g.country } : {}), ...(g.city ? { city: g.city } : {}) }, { limit: 1 })[0];
    if (best && best.score >= 0.5) {
      entityOf.set(e.id, best.id);
      attached++;
    } else {
      entityOf.set(e.id, e.id);
      standalone.push({ id: e.id, name: g.name, ...(g.country && /^[A-Za-z]{2}$/.test(g.country) ? { country: g.country } : {}) });
    }
  }
  const families = buildFamilyGraph({
    entities: [...registry, ...standalone],
    relationships: loadEdgeList(links, { child: "child", parent: "parent", type: "type", ownershipPct: "ownership_pct", votingPct: "voting_pct", validFrom: "valid_from", validTo: "valid_to", source: "source" }),
  });
  for (const r of families.rejected) {
    const at = (r.kind === "entity" ? entityFile : linkFile).rows[r.index]?.row;
    const where = at !== undefined ? `${r.kind === "entity" ? "entity" : "link"} row ${at}` : "standalone entity";
    registryRejected.push(`${where}${r.id !== undefined ? ` "${r.id}"` : ""}: ${r.issues.map((i) => `${i.path.join(".") || "row"}: ${i.message}`).join(", ")}`);
  }
  // 4. accounts -> entities, exposure lines and limits from the records
  const accountMap = new Map<string, string>();
  for (const e of resolved.entities) for (const key of e.recordIds) accountMap.set(key, entityOf.get(e.id) as string);
  const exposures: ExposureRowInput[] = [];
  const entityLimits = new Map<string, { amount: number; currency: string }>();
  for (const [key, r] of rows) {
    // an amount that is no number is NaN, so that its line is rejected with its reason, not left out
    const num = (v: unknown): number | undefined => parseAmount(v, markOf.get(key) ?? ".");
    const currency = typeof r.currency === "string" ? r.currency.toUpperCase() : undefined;
    const receivables = num(r.open_receivables);
    const orders = num(r.open_orders);
    if (currency && (receivables !== undefined || orders !== undefined)) {
      const buckets = ["overdue_1_30", "overdue_31_60", "overdue_61_90", "overdue_90_plus"].map((c) => num(r[c]) ?? 0);
      const line: ExposureRowInput = { accountId: key, currency, openReceivables: receivables ?? 0 };
      if (orders !== undefined) line.openOrders = orders;
      if (buckets.some((b) => b !== 0)) line.overdueBuckets = { "1-30": buckets[0] as number, "31-60": buckets[1] as number, "61-90": buckets[2] as number, "90+": buckets[3] as number };
      exposures.push(line);
    }
    const limit = num(r.credit_limit);
    const entity = accountMap.get(key);
    if (currency && limit !== undefined && entity !== undefined) {
      const known = entityLimits.get(entity);
      // several accounts of one entity: their limits add up (in the first account's currency when they agree)
      if (!known) entityLimits.set(entity, { amount: limit, currency });
      else if (known.currency === currency) known.amount += limit;
    }
  }
  const limits: LimitInput[] = [...entityLimits].map(([entityId, l]) => ({ entityId, amount: l.amount, currency: l.currency, scope: "entity" }));
  if (o.limits) {
    const limitRows: Record<string, unknown>[] = [];
    for await (const row of readRows(o.limits, formatOf(o.limits), o.encoding)) limitRows.push(row);
    const mark = decimalMarkOf(limitRows.map((row) => row.amount));
    for (const row of limitRows) limits.push({ entityId: String(row.entity_id), amount: parseAmount(row.amount, mark) ?? Number.NaN, currency: String(row.currency ?? ""), scope: row.scope as "entity" | "group" });
  }
  const rateFile = JSON.parse(readFileSync(o.rates, "utf8")) as { reportingCurrency?: string; rates?: Record<string, number> };
  const view = rollUpExposure({
    family: families, exposures, limits, accountMap, rates: rateFile.rates ?? {}, reportingCurrency: o.currency ?? rateFile.reportingCurrency ?? "EUR",
    mode: o.mode ?? "full", limitModel: o.limitModel ?? "usage",
  });
  // 5. outputs
  for (const path of [o.out, o.entities, o.exposureCsv, o.exposureJson]) if (path) mkdirSync(dirname(path), { recursive: true });
  writeFileSync(o.out, renderReport(view, families));
  const withFigures = view.customers();
  if (o.exposureCsv) {
    const w = createRowWriter(o.exposureCsv, EXPOSURE_COLUMNS);
    for (const row of exposureRows(view, withFigures)) await w.write(row);
    await w.close();
  }
  if (o.exposureJson) writeFileSync(o.exposureJson, JSON.stringify({ reportingCurrency: view.reportingCurrency, entities: exposureRows(view, withFigures), breaches: view.breaches, concentration: view.concentration(), rejected: view.rejected }, null, 2));
  if (o.entities) {
    const w = createRowWriter(o.entities, [...ENTITY_COLUMNS, "family_entity_id"]);
    for (const e of resolved.entities) await w.write({ entity_id: e.id, name: e.golden.name, country: e.golden.country, city: e.golden.city, records: e.recordIds.length, sources: [...new Set(e.records.map((r) => r.source))].join(" "), record_ids: e.recordIds.join(" "), confidence: e.confidence.toFixed(3), from_master: e.fromMaster, family_entity_id: entityOf.get(e.id) });
    await w.close();
  }
  progress.stop();
  const c = view.concentration(3);
  return [
    `records        ${resolved.stats.records} read, ${resolved.stats.rejected} rejected (${resolved.rejected.map((r) => `#${r.index} ${r.errors.map((e) => (e.path.length > 0 ? `${e.path.join(".")}: ${e.message}` : e.message)).join(", ")}`).join("; ")})`,
    `entities       ${resolved.entities.length} resolved; ${attached} attached to the family registry, ${standalone.length} standalone`,
    `registry       ${entityFile.count} entity rows, ${linkFile.count} link rows read; ${registryRejected.length} rejected${registryRejected.length ? ` (${registryRejected.slice(0, 3).join("; ")}${registryRejected.length > 3 ? "; ..." : ""})` : ""}`,
    `family faults  ${families.issues.length}${families.issues.length ? ` (${[...new Set(families.issues.map((i) => i.kind))].join(", ")})` : ""}`,
    `exposure       ${c.total.toLocaleString("en-US", { minimumFractionDigits: 2 })} ${view.reportingCurrency} over ${view.customers().length} customers; ${view.rejected.length} lines rejected${view.rejected.length ? ` (${view.rejected.slice(0, 3).map((r) => `${r.kind} ${r.id ?? `#${r.index}`} ${r.errors.map((e) => `${e.path.join(".")}: ${e.message}`).join(", ")}`).join("; ")}${view.rejected.length > 3 ? "; ..." : ""})` : ""}`,
    `top families   ${c.families.map((f) => `${families.entity(f.ultimateId).name} ${(100 * f.share).toFixed(1)}%`).join(", ")}; HHI ${c.hhi.toFixed(3)}`,
    `breaches       ${view.breaches.length}${view.breaches.length ? `: ${view.breaches.slice(0, 3).map((b) => `${families.entity(b.entityId).name} (${b.scope}) over by ${b.excess.toLocaleString("en-US")}`).join("; ")}` : ""}`,
    `connections    ${view.connections().length} groups of customers share a family`,
    `report         ${o.out}`,
  ];
}
