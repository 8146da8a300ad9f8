/**
 * rollUpExposure: exposure from accounts to entities to every level of each corporate family,
 * against the limits set at each level, with breaches, concentration, opportunities, and the
 * trace of every figure back to its exposure lines. Registry scale runs on typed arrays.
 */
import type { CorporateFamilies } from "../family/index.js";
import { fieldText, validate } from "../match/schema.js";
import type { InputIssue } from "../match/schema.js";
import { minorDigits, toMinor } from "./money.js";
import { AMOUNT, ExposureRowStore } from "./row-store.js";
import { type ExposureRow, type ExposureRowInput, type Limit, type LimitInput, MissingRateError, type RollUpOptions, exposureRowSchema, limitSchema, rollUpOptionsSchema } from "./schema.js";

export type Figure = "ownExposure" | "subtreeExposure" | "familyExposure" | "receivables" | "overdue" | "openOrders";

/** A limit and how it is used, at one node. */
export interface LimitUse {
  entityId: string;
  scope: "entity" | "group";
  model: "usage" | "allocation";
  limit: number;
  /** Exposure counted against the limit (own for entity limits; subtree, or the shared part of the pool, for group limits). */
  used: number;
  utilization: number;
  headroom: number;
}

/** The figures of one entity, in the reporting currency (major units). */
export interface NodeFigures {
  entityId: string;
  ultimateId: string;
  level: number;
  ownExposure: number;
  subtreeExposure: number;
  familyExposure: number;
  receivables: number;
  openOrders: number;
  overdue: number;
  /** Overdue share of the open receivables. */
  overdueShare: number;
  /** Days beyond terms, weighted average over the open receivables (bucket midpoints 15/45/75/120). */
  daysBeyondTerms: number;
  cover: number;
  /** The limit set at this node (group if both), with its use. */
  limit?: number;
  utilization?: number;
  headroom?: number;
  /** Every limit that applies: the node's own and its ancestors' group limits. */
  limits: LimitUse[];
  /** Credit still available to the entity under the limit model (the tightest headroom), if any limit applies. */
  availableCredit?: number;
}

export interface Breach {
  entityId: string;
  scope: "entity" | "group";
  model: "usage" | "allocation";
  limit: number;
  used: number;
  excess: number;
}

export interface TracedLine {
  row: number;
  entityId: string;
  accountId?: string;
  currency: string;
  /** The amount of the figure on this line, in its own currency (major units). */
  amount: number;
  rate: number;
  /** Converted, in reporting minor units. */
  convertedMinor: number;
  /** Share of the line counted in this figure (ownership mode), else 1. */
  weight: number;
  /** What the line adds to the figure (reporting currency, major units). */
  contribution: number;
}

export interface RejectedExposure {
  index: number;
  kind: "exposure" | "limit";
  /** The row's account id (or entity id), when it has one to read. */
  id?: string;
  errors: InputIssue[];
}

/** A rejected row, named by its account or entity id where it has one. */
function rejectedRow(raw: unknown, index: number, kind: "exposure" | "limit", errors: InputIssue[]): RejectedExposure {
  const id = fieldText(raw, "accountId") ?? fieldText(raw, "entityId");
  return id !== undefined ? { index, kind, id, errors } : { index, kind, errors };
}

const BUCKET_DAYS = [15, 45, 75, 120];
/** Values per entity in `own` and `subtree`: figures 0-8 (exposure, receivables, orders, overdue, cover, 4 buckets), then DAYS. */
const STRIDE = 10;
const DAYS = 9;


export interface RollUpInput extends RollUpOptions {
  family: CorporateFamilies;
  exposures: Iterable<ExposureRowInput | unknown>;
  limits?: Iterable<LimitInput | unknown>;
  /** Account id -> entity id, e.g. from resolve (record "source:id" -> entity). */
  accountMap?: Map<string, string>;
}

/** Absent, or a finite amount of at least zero. */
function isOptionalAmount(v: unknown): boolean {
  return v === undefined || (typeof v === "number" && Number.isFinite(v) && v >= 0);
}

/** Three capital letters A-Z (checked without a regex: this runs once per row). */
function isCurrencyCode(v: unknown): boolean {
  if (typeof v !== "string" || v.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = v.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

function fastRow(row: unknown): ExposureRow | undefined {
  if (typeof row !== "object" || row === null) return undefined;
  const r = row as Record<string, unknown>;
  if (!isCurrencyCode(r.currency)) return undefined;
  if (typeof r.openReceivables !== "number" || !Number.isFinite(r.openReceivables)) return undefined;
  const entityId = typeof r.entityId === "string" && r.entityId.length > 0 ? r.entityId : undefined;
  const accountId = typeof r.accountId === "string" && r.accountId.length > 0 ? r.accountId : undefined;
  if ((entityId === undefined) === (accountId === undefined) && entityId === undefined) return undefined;
  if (r.entityId !== undefined && entityId === undefined) return undefined;
  if (r.accountId !== undefined && accountId === undefined) return undefined;
  if (!isOptionalAmount(r.openOrders) || !isOptionalAmount(r.overdue) || !isOptionalAmount(r.cover)) return undefined;
  if (r.overdueBuckets !== undefined) return undefined;
  // already in the validated shape: used as it is, never modified
  return r as unknown as ExposureRow;
}

/**
 * Validates exposure rows into the store; a bad row, or one naming no entity of the graph, goes
 * to `rejected` with its reason. Kept apart from the view so this hot loop is optimized on its own.
 */
function acceptRows(exposures: Iterable<unknown>, numberOf: { get(id: string): number | undefined }, accountMap: ReadonlyMap<string, string> | undefined, store: ExposureRowStore, rejected: RejectedExposure[]): void {
  // an array is walked by index: no iterator result per row
  if (Array.isArray(exposures)) for (let index = 0; index < exposures.length; index++) acceptRow(exposures[index], index, numberOf, accountMap, store, rejected);
  else {
    let index = 0;
    for (const raw of exposures) acceptRow(raw, index++, numberOf, accountMap, store, rejected);
  }
}

function acceptRow(raw: unknown, index: number, numberOf: { get(id: string): number | undefined }, accountMap: ReadonlyMap<string, string> | undefined, store: ExposureRowStore, rejected: RejectedExposure[]): void {
  let r = fastRow(raw);
  if (r === undefined) {
    const parsed = exposureRowSchema.safeParse(raw);
    if (parsed.success) r = parsed.data;
    else rejected.push(rejectedRow(raw, index, "exposure", parsed.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }))));
  }
  if (r === undefined) return;
  const entityId = r.entityId ?? (r.accountId !== undefined ? accountMap?.get(r.accountId) : undefined);
  const entity = entityId !== undefined ? numberOf.get(entityId) : undefined;
  if (entity !== undefined) store.push(index, entity, r);
  else {
    const why = r.entityId !== undefined ? `entity "${r.entityId}" is not in the family graph` : entityId === undefined ? `account "${r.accountId}" is not in the account map` : `account "${r.accountId}" maps to "${entityId}", which is not in the family graph`;
    rejected.push(rejectedRow(raw, index, "exposure", [{ path: [r.entityId !== undefined ? "entityId" : "accountId"], code: "unknown_entity", message: why }]));
  }
}

/**
 * `count` columns of `length × width[i]` float64 values carved from one buffer: one large
 * allocation instead of many, since each large external allocation can make V8 collect the whole heap.
 */
function columns(count: number, length: number, width: number[] = []): Float64Array[] {
  const widths = Array.from({ length: count }, (_, i) => width[i] ?? 1);
  const buffer = new Float64Array(widths.reduce((a, w) => a + w, 0) * length);
  let at = 0;
  return widths.map((w) => buffer.subarray(at, (at += w * length)));
}

/**
 * The rolled-up view: figures per node, breaches, concentration, discovery, and traces.
 *
 * @example
 * const view = rollUpExposure({ family, exposures, reportingCurrency: "EUR", rates: { USD: 0.92 } }); view.get("ACME-HOLDING").familyExposure //=> 1250000
 */
export class ExposureView {
  readonly reportingCurrency: string;
  readonly mode: "full" | "ownership";
  readonly limitModel: "usage" | "allocation";
  readonly rejected: RejectedExposure[];
  private readonly scale: number;
  private readonly n: number;
  // per row
  private readonly rows: ExposureRowStore;
  /** Rate of each of the store's currencies, by currency index. */
  private rateByCurrency = new Float64Array(0);
  // per entity
  /** Per entity, interleaved: STRIDE values per entity (the 9 figures, then overdue-days-weighted receivables). */
  private own: Float64Array;
  private subtree: Float64Array;
  private weight: Float64Array;
  private entityLimit: Float64Array;
  private groupLimit: Float64Array;
  private breachCache: Breach[] | undefined;
  private readonly rates: Map<string, number>;
  private readonly accountMap: Map<string, string> | undefined;
  private readonly exposureIncludesOrders: boolean;
  private readonly netOfCover: boolean;
  private readonly nearLimit: number;
  private readonly underUsed: number;

  constructor(private readonly family: CorporateFamilies, input: RollUpInput) {
    const { family: _f, exposures, limits, accountMap, ...optionInput } = input;
    const o = validate(rollUpOptionsSchema, "roll-up options", optionInput);
    this.reportingCurrency = o.reportingCurrency;
    this.mode = o.mode;
    this.limitModel = o.limitModel;
    this.exposureIncludesOrders = o.exposure.openOrders;
    this.netOfCover = o.exposure.netOfCover;
    this.nearLimit = o.nearLimit;
    this.underUsed = o.underUsed;
    this.accountMap = accountMap;
    this.rates = new Map(Object.entries(o.rates).map(([k, v]) => [k.toUpperCase(), v]));
    this.rates.set(o.reportingCurrency, 1);
    this.scale = 10 ** minorDigits(o.reportingCurrency);
    const compact = family.compact;
    this.n = compact.ids.length;
    this.rejected = [];

    // every large buffer is made back to back (the per-entity and per-row columns):
    // each large allocation can start a full garbage collection, so they should share one
    // interleaved per entity: a row's entity is random, so its figures should share cache lines
    const [own, subtree, weight, entityLimit, groupLimit] = columns(5, this.n, [STRIDE, STRIDE, 1, 1, 1]);
    this.own = own as Float64Array;
    this.subtree = subtree as Float64Array;
    this.weight = (weight as Float64Array).fill(1);
    this.entityLimit = (entityLimit as Float64Array).fill(Number.NaN);
    this.groupLimit = (groupLimit as Float64Array).fill(Number.NaN);
    // rows go straight into typed columns (no object kept per row: millions of rows pass here);
    // they are converted once every rate is known, so a missing rate is one error listing all
    this.rows = new ExposureRowStore(Array.isArray(exposures) ? exposures.length : 1024);
    acceptRows(exposures, compact.numberOf, accountMap, this.rows, this.rejected);
    const missing = new Set<string>(this.rows.currencies.filter((code) => !this.rates.has(code)));
    const limitRows: { limit: Limit; entity: number }[] = [];
    let index = 0;
    for (const raw of limits ?? []) {
      const parsed = limitSchema.safeParse(raw);
      const entity = parsed.success ? compact.numberOf.get(parsed.data.entityId) : undefined;
      if (!parsed.success) this.rejected.push(rejectedRow(raw, index, "limit", parsed.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }))));
      else if (entity === undefined) this.rejected.push(rejectedRow(raw, index, "limit", [{ path: ["entityId"], code: "unknown_entity", message: `entity "${parsed.data.entityId}" is not in the family graph` }]));
      else {
        if (!this.rates.has(parsed.data.currency)) missing.add(parsed.data.currency);
        limitRows.push({ limit: parsed.data, entity });
      }
      index++;
    }
    if (missing.size > 0) throw new MissingRateError([...missing].sort(), o.reportingCurrency);

    for (let k = 0; k < this.rows.length; k++) this.addRow(k, 1);
    // limits in reporting minor units (NaN: none)
    for (const { limit, entity } of limitRows) {
      const target = limit.scope === "entity" ? this.entityLimit : this.groupLimit;
      const value = toMinor(limit.amount, this.rates.get(limit.currency) as number, Math.log10(this.scale));
      target[entity] = Number.isNaN(target[entity] as number) ? value : Math.min(target[entity] as number, value);
    }
    // ownership weights along the chain of control
    if (this.mode === "ownership") {
      for (let x = 0; x < this.n; x++) {
        const share = compact.parent[x] as number >= 0 ? family.entity(compact.ids[x] as string).share : undefined;
        this.weight[x] = share === undefined ? 1 : share / 100;
      }
    }
    this.rollUp();
  }

  /** Rates by currency index, refreshed when a row brought a new currency. */
  private rateTable(): Float64Array {
    const codes = this.rows.currencies;
    if (this.rateByCurrency.length !== codes.length) this.rateByCurrency = Float64Array.from(codes, (c) => this.rates.get(c) as number);
    return this.rateByCurrency;
  }

  /** Figure f of row k in its own currency (major units). */
  private rowAmount(k: number, f: number): number {
    const rows = this.rows;
    if (f > 0) return rows.amountOf(k, f - 1);
    return rows.amountOf(k, AMOUNT.receivables) + (this.exposureIncludesOrders ? rows.amountOf(k, AMOUNT.orders) : 0) - (this.netOfCover ? rows.amountOf(k, AMOUNT.cover) : 0);
  }

  /** Figures 0-8 of row k converted to reporting minor units, into `out`. */
  private rowMinor(k: number, out: Float64Array): Float64Array {
    const rate = this.rateTable()[this.rows.currency[k] as number] as number;
    const scale = this.scale;
    const a = this.rows.amount;
    // same operation order as toMinor, so a line converts to the same cents everywhere
    for (let f = 1; f < 9; f++) {
      const column = a[f - 1];
      out[f] = column === undefined ? 0 : Math.round((column[k] as number) * rate * scale);
    }
    out[0] = (out[1] as number) + (this.exposureIncludesOrders ? (out[2] as number) : 0) - (this.netOfCover ? (out[4] as number) : 0);
    return out;
  }

  private readonly scratch = new Float64Array(9);

  /** Adds (sign 1) or removes (sign -1) row k from its entity's own figures. */
  private addRow(k: number, sign: number): void {
    const minor = this.rowMinor(k, this.scratch);
    const own = this.own;
    const at = (this.rows.entity[k] as number) * STRIDE;
    for (let f = 0; f < 9; f++) own[at + f] = (own[at + f] as number) + sign * (minor[f] as number);
    let days = 0;
    for (let b = 0; b < 4; b++) days += (minor[5 + b] as number) * (BUCKET_DAYS[b] as number);
    own[at + DAYS] = (own[at + DAYS] as number) + sign * days;
  }

  /** Subtree sums, children before parents (by level, deepest first): O(n). */
  private rollUp(): void {
    const c = this.family.compact;
    const s = this.subtree;
    s.set(this.own);
    const byLevel = this.nodesDeepestFirst();
    for (const x of byLevel) {
      const p = c.parent[x] as number;
      if (p < 0) continue;
      const w = this.weight[x] as number;
      const from = x * STRIDE;
      const to = p * STRIDE;
      for (let f = 0; f < STRIDE; f++) s[to + f] = (s[to + f] as number) + w * (s[from + f] as number);
    }
    this.breachCache = undefined;
  }

  private order: Int32Array | undefined;
  private nodesDeepestFirst(): Int32Array {
    if (this.order) return this.order;
    const c = this.family.compact;
    let maxLevel = 0;
    for (let x = 0; x < this.n; x++) maxLevel = Math.max(maxLevel, c.level[x] as number);
    const count = new Int32Array(maxLevel + 2);
    for (let x = 0; x < this.n; x++) (count[maxLevel - (c.level[x] as number) + 1] as number)++;
    for (let l = 1; l < count.length; l++) count[l] = (count[l] as number) + (count[l - 1] as number);
    const order = new Int32Array(this.n);
    for (let x = 0; x < this.n; x++) order[(count[maxLevel - (c.level[x] as number)] as number)++] = x;
    this.order = order;
    return order;
  }

  private major(minor: number): number {
    return Math.round(minor) / this.scale;
  }

  private num(id: string): number {
    return this.family.compact.numberOf.get(id) ?? (this.family.entity(id), -1);
  }

  /** Groups limits use under the allocation model: the pool left after slices, and what the others use. */
  private allocation(x: number): { pool: number; used: number } {
    const c = this.family.compact;
    let pool = this.groupLimit[x] as number;
    let used = Number.isNaN(this.entityLimit[x] as number) ? this.own[x * STRIDE] as number : 0;
    if (!Number.isNaN(this.entityLimit[x] as number)) pool -= this.entityLimit[x] as number;
    const stack: [number, number][] = [];
    for (let k = c.childStart[x] as number; k < (c.childStart[x + 1] as number); k++) stack.push([c.childList[k] as number, this.weight[c.childList[k] as number] as number]);
    while (stack.length > 0) {
      const [y, w] = stack.pop() as [number, number];
      if (!Number.isNaN(this.groupLimit[y] as number)) {
        pool -= this.groupLimit[y] as number;
        continue;
      }
      if (!Number.isNaN(this.entityLimit[y] as number)) pool -= this.entityLimit[y] as number;
      else used += w * (this.own[y * STRIDE] as number);
      for (let k = c.childStart[y] as number; k < (c.childStart[y + 1] as number); k++) stack.push([c.childList[k] as number, w * (this.weight[c.childList[k] as number] as number)]);
    }
    return { pool, used };
  }

  private limitUse(x: number, scope: "entity" | "group"): LimitUse {
    const c = this.family.compact;
    const limit = (scope === "entity" ? this.entityLimit : this.groupLimit)[x] as number;
    let used: number;
    let cap = limit;
    if (scope === "entity") used = this.own[x * STRIDE] as number;
    else if (this.limitModel === "usage") used = this.subtree[x * STRIDE] as number;
    else {
      const a = this.allocation(x);
      used = a.used;
      cap = a.pool;
    }
    return {
      entityId: c.ids[x] as string, scope, model: this.limitModel, limit: this.major(cap), used: this.major(used),
      utilization: cap > 0 ? used / cap : used > 0 ? Infinity : 0, headroom: this.major(cap - used),
    };
  }

  /**
   * The figures of one entity.
   *
   * @example
   * view.get("acme-br") //=> { ownExposure: 1200.5, subtreeExposure: 1200.5, familyExposure: 98000, limit: 5000, utilization: 0.24, ... }
   */
  get(entityId: string): NodeFigures {
    const c = this.family.compact;
    const x = this.num(entityId);
    const top = c.ultimate[x] as number;
    const receivables = this.own[x * STRIDE + 1] as number;
    const overdue = this.own[x * STRIDE + 3] as number;
    const limits: LimitUse[] = [];
    if (!Number.isNaN(this.entityLimit[x] as number)) limits.push(this.limitUse(x, "entity"));
    for (let a = x; a >= 0; a = c.parent[a] as number) if (!Number.isNaN(this.groupLimit[a] as number)) limits.push(this.limitUse(a, "group"));
    const figures: NodeFigures = {
      entityId, ultimateId: c.ids[top] as string, level: c.level[x] as number,
      ownExposure: this.major(this.own[x * STRIDE] as number),
      subtreeExposure: this.major(this.subtree[x * STRIDE] as number),
      familyExposure: this.major(this.subtree[top * STRIDE] as number),
      receivables: this.major(receivables), openOrders: this.major(this.own[x * STRIDE + 2] as number), overdue: this.major(overdue),
      overdueShare: receivables > 0 ? overdue / receivables : 0,
      daysBeyondTerms: receivables > 0 ? (this.own[x * STRIDE + DAYS] as number) / receivables : 0,
      cover: this.major(this.own[x * STRIDE + 4] as number),
      limits,
    };
    const here = limits.find((l) => l.entityId === entityId && l.scope === "group") ?? limits.find((l) => l.entityId === entityId);
    if (here) {
      figures.limit = here.limit;
      figures.utilization = here.utilization;
      figures.headroom = here.headroom;
    }
    if (limits.length > 0) figures.availableCredit = Math.min(...limits.map((l) => l.headroom));
    return figures;
  }

  /** Every limit exceeded, worst excess first. An entity within its own limit can still break a group limit above it. */
  get breaches(): Breach[] {
    if (this.breachCache) return this.breachCache;
    const out: Breach[] = [];
    for (let x = 0; x < this.n; x++) {
      for (const scope of ["entity", "group"] as const) {
        if (Number.isNaN((scope === "entity" ? this.entityLimit : this.groupLimit)[x] as number)) continue;
        const u = this.limitUse(x, scope);
        if (u.used > u.limit) out.push({ entityId: u.entityId, scope, model: u.model, limit: u.limit, used: u.used, excess: Math.round((u.used - u.limit) * this.scale) / this.scale });
      }
    }
    out.sort((a, b) => b.excess - a.excess || (a.entityId < b.entityId ? -1 : 1));
    this.breachCache = out;
    return out;
  }

  /**
   * The exposure lines behind a figure of a node, with their conversion; contributions add up to the figure.
   *
   * @example
   * view.explain("acme", "subtreeExposure").lines[0] //=> { row: 17, entityId: "acme-br", currency: "BRL", amount: 5000, rate: 0.17, ... }
   */
  explain(entityId: string, figure: Figure): { figure: Figure; entityId: string; total: number; lines: TracedLine[] } {
    const c = this.family.compact;
    const x = this.num(entityId);
    const field = { ownExposure: 0, subtreeExposure: 0, familyExposure: 0, receivables: 1, openOrders: 2, overdue: 3 }[figure];
    const root = figure === "familyExposure" ? (c.ultimate[x] as number) : x;
    const weightOf = new Map<number, number>();
    if (figure === "ownExposure" || figure === "receivables" || figure === "openOrders" || figure === "overdue") weightOf.set(x, 1);
    else {
      const stack: [number, number][] = [[root, 1]];
      while (stack.length > 0) {
        const [y, w] = stack.pop() as [number, number];
        weightOf.set(y, w);
        for (let k = c.childStart[y] as number; k < (c.childStart[y + 1] as number); k++) stack.push([c.childList[k] as number, w * (this.weight[c.childList[k] as number] as number)]);
      }
    }
    const lines: TracedLine[] = [];
    let total = 0;
    const rows = this.rows;
    const minor = new Float64Array(9);
    for (let k = 0; k < rows.length; k++) {
      const w = weightOf.get(rows.entity[k] as number);
      if (w === undefined) continue;
      const converted = this.rowMinor(k, minor)[field] as number;
      total += w * converted;
      const currency = rows.currencies[rows.currency[k] as number] as string;
      const line: TracedLine = {
        row: rows.inputIndex[k] as number, entityId: c.ids[rows.entity[k] as number] as string, currency,
        amount: this.rowAmount(k, field), rate: this.rates.get(currency) as number,
        convertedMinor: converted, weight: w, contribution: (w * converted) / this.scale,
      };
      const account = rows.accountOf(k);
      if (account !== undefined) line.accountId = account;
      lines.push(line);
    }
    return { figure, entityId, total: this.major(total), lines };
  }

  /**
   * Replaces one exposure row (by its input index) and updates its entity and every ancestor in
   * O(depth), without recomputing the rest.
   *
   * @example
   * view.updateExposure(17, { entityId: "acme-br", currency: "BRL", openReceivables: 0 });
   */
  updateExposure(inputIndex: number, row: ExposureRowInput): void {
    const k = this.rows.find(inputIndex);
    if (k < 0) throw new Error(`firmograph/exposure: no accepted exposure row with index ${inputIndex}`);
    const parsed = validate(exposureRowSchema, "exposure row", row);
    if (!this.rates.has(parsed.currency)) throw new MissingRateError([parsed.currency], this.reportingCurrency);
    const entityId = parsed.entityId ?? this.accountMap?.get(parsed.accountId ?? "");
    const entity = entityId !== undefined ? this.family.compact.numberOf.get(entityId) : undefined;
    if (entity === undefined) throw new Error(`firmograph/exposure: the new row names no entity of the family graph`);
    const delta = this.rowMinor(k, new Float64Array(9));
    for (let f = 0; f < 9; f++) delta[f] = -(delta[f] as number);
    this.addRow(k, -1);
    this.propagate(this.rows.entity[k] as number, delta);
    this.rows.set(k, entity, parsed);
    this.addRow(k, 1);
    this.propagate(entity, this.rowMinor(k, delta));
    this.breachCache = undefined;
  }

  private propagate(x: number, delta: Float64Array): void {
    const c = this.family.compact;
    let w = 1;
    for (let a = x; a >= 0; a = c.parent[a] as number) {
      for (let f = 0; f < 9; f++) this.subtree[a * STRIDE + f] = (this.subtree[a * STRIDE + f] as number) + w * (delta[f] as number);
      w *= this.weight[a] as number;
    }
  }

  /** Total exposure of the portfolio (all families). */
  get totalExposure(): number {
    let t = 0;
    const c = this.family.compact;
    for (let x = 0; x < this.n; x++) if ((c.parent[x] as number) < 0) t += this.subtree[x * STRIDE] as number;
    return this.major(t);
  }

  /** Families ranked by exposure, with their share of the total and the Herfindahl-Hirschman index over families. */
  concentration(top = 10): { families: { ultimateId: string; exposure: number; share: number }[]; hhi: number; total: number } {
    const c = this.family.compact;
    const all: { x: number; e: number }[] = [];
    let total = 0;
    for (let x = 0; x < this.n; x++) {
      if ((c.parent[x] as number) >= 0) continue;
      const e = this.subtree[x * STRIDE] as number;
      if (e !== 0) {
        all.push({ x, e });
        total += e;
      }
    }
    all.sort((a, b) => b.e - a.e || a.x - b.x);
    let hhi = 0;
    for (const f of all) hhi += (f.e / total) ** 2;
    return { families: all.slice(0, top).map((f) => ({ ultimateId: c.ids[f.x] as string, exposure: this.major(f.e), share: total > 0 ? f.e / total : 0 })), hhi, total: this.major(total) };
  }

  /** Entities with exposure of their own (the customers). */
  customers(): string[] {
    const c = this.family.compact;
    const out: string[] = [];
    for (let x = 0; x < this.n; x++) if ((this.own[x * STRIDE] as number) !== 0 || (this.own[x * STRIDE + 1] as number) !== 0) out.push(c.ids[x] as string);
    return out;
  }

  /** Customers that turn out to share a family (unknown connections), with the linking paths. */
  connections(): ReturnType<CorporateFamilies["related"]> {
    return this.family.related(this.customers());
  }

  /** Low-risk customers using little of their limit (room to sell), most headroom first. */
  underUsedLimits(): NodeFigures[] {
    return this.customers().map((id) => this.get(id)).filter((f) => f.limits.length > 0 && f.limits.every((l) => l.utilization < this.underUsed) && f.overdueShare < 0.05).sort((a, b) => (b.availableCredit ?? 0) - (a.availableCredit ?? 0));
  }

  /** Customers at or above the near-limit share of any applicable limit (order release at risk), highest first. */
  nearOrOverLimit(): NodeFigures[] {
    const util = (f: NodeFigures): number => Math.max(...f.limits.map((l) => l.utilization));
    return this.customers().map((id) => this.get(id)).filter((f) => f.limits.length > 0 && util(f) >= this.nearLimit).sort((a, b) => util(b) - util(a));
  }

  /** Family members of the largest customers that are not customers yet. */
  prospects(options: { topCustomers?: number; limit?: number } = {}): ReturnType<CorporateFamilies["prospects"]> {
    const customers = this.customers();
    const isCustomer = new Set(customers);
    const best = customers.map((id) => this.get(id)).sort((a, b) => b.ownExposure - a.ownExposure).slice(0, options.topCustomers ?? 20).map((f) => f.entityId);
    const out = this.family.prospects(best).filter((p) => !isCustomer.has(p.id));
    return options.limit !== undefined ? out.slice(0, options.limit) : out;
  }
}

/**
 * Rolls exposure up every corporate family. Throws `MissingRateError` (listing every missing
 * currency) when a rate is missing; bad rows are in `view.rejected`, the rest is rolled up.
 *
 * @example
 * const view = rollUpExposure({ family, exposures, limits, rates: { USD: 0.92 }, reportingCurrency: "EUR", mode: "full" });
 * view.get("acme-holdings").familyExposure //=> 1234567.89
 */
export function rollUpExposure(input: RollUpInput): ExposureView {
  return new ExposureView(input.family, input);
}
