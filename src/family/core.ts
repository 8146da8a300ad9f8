/**
 * The compact family core: entities as numbers 0..n-1, the controlling parent of each in an
 * Int32Array, children in CSR arrays, and every entity's ultimate, domestic ultimate and level.
 * Registry scale (millions of entities) is computed here with plain loops, no recursion.
 */
import type { InputIssue } from "../match/schema.js";
import { isCanonicalCountryCode } from "../normalize/country-code.js";
import { isoDate } from "../util/dates.js";
import { IdIndex } from "./id-index.js";
import {
  type FamilyEntity, type FamilyIssue, type Relationship, type RelationshipType, type ResolvedFamilyOptions,
  familyEntitySchema, relationshipSchema,
} from "./schema.js";

/** One relationship as the core keeps it. */
export interface Link {
  row: number;
  child: number;
  parent: number;
  type: RelationshipType | "aggregated";
  share: number | undefined;
  votes: number | undefined;
  /** The share counted for integrated ownership: the capital share, or `undeclaredShare` for a controlling link without one. */
  capital: number | undefined;
  validFrom: string | undefined;
  source: string | undefined;
}

export interface RejectedRow {
  kind: "entity" | "relationship";
  index: number;
  id?: string;
  issues: InputIssue[];
}

export interface FamilyCore {
  ids: string[];
  /** id -> number (its position in `ids`) */
  numberOf: IdIndex;
  entities: FamilyEntity[];
  isBranch: Uint8Array;
  parent: Int32Array;
  parentLink: (Link | undefined)[];
  /** Parents that do not control (other candidates, joint owners, broken cycle links): for `related`, never for roll-up. */
  secondary: Link[];
  /** Every link that carries an ownership share, for integrated ownership. */
  ownership: Link[];
  jointOwners: Map<number, number[]>;
  declaredUltimate: Map<number, number>;
  childStart: Int32Array;
  childList: Int32Array;
  ultimate: Int32Array;
  domestic: Int32Array;
  level: Int32Array;
  issues: FamilyIssue[];
  rejected: RejectedRow[];
}


function plainId(v: unknown): string | undefined {
  if (typeof v === "string" && v.length > 0 && v.length <= 512) return v;
  if (typeof v === "number" && Number.isInteger(v)) return String(v);
  return undefined;
}

/**
 * The common, clearly valid entity row, accepted without zod (the schema's exact rules, checked
 * by hand: millions of rows pass here). Anything else goes through zod for the detailed issues.
 */
function fastEntity(row: unknown): FamilyEntity | undefined {
  if (typeof row !== "object" || row === null) return undefined;
  const r = row as Record<string, unknown>;
  const id = plainId(r.id);
  const name = typeof r.name === "string" ? r.name.trim() : "";
  if (id === undefined || name.length === 0 || r.identifiers !== undefined) return undefined;
  if (r.country !== undefined && (typeof r.country !== "string" || !isCanonicalCountryCode(r.country))) return undefined;
  if (r.kind !== undefined && r.kind !== "legalEntity" && r.kind !== "branch") return undefined;
  const out: FamilyEntity = { id, name, kind: (r.kind ?? "legalEntity") as "legalEntity" | "branch" };
  if (typeof r.country === "string") out.country = r.country;
  return out;
}

function fastRelationship(row: unknown): Relationship | undefined {
  if (typeof row !== "object" || row === null) return undefined;
  const r = row as Record<string, unknown>;
  const child = plainId(r.child);
  const parent = plainId(r.parent);
  if (child === undefined || parent === undefined || child === parent) return undefined;
  if (r.type !== "direct" && r.type !== "ultimate" && r.type !== "branch" && r.type !== "jointOwner") return undefined;
  for (const k of ["ownershipPct", "votingPct"] as const) {
    const v = r[k];
    if (v !== undefined && (typeof v !== "number" || !(v >= 0 && v <= 100))) return undefined;
  }
  for (const k of ["validFrom", "validTo"] as const) {
    const v = r[k];
    if (v !== undefined && (typeof v !== "string" || isoDate(v) !== v)) return undefined;
  }
  if (r.source !== undefined && (typeof r.source !== "string" || r.source.length === 0)) return undefined;
  const out: Relationship = { child, parent, type: r.type };
  if (typeof r.ownershipPct === "number") out.ownershipPct = r.ownershipPct;
  if (typeof r.votingPct === "number") out.votingPct = r.votingPct;
  if (typeof r.validFrom === "string") out.validFrom = r.validFrom.slice(0, 10);
  if (typeof r.validTo === "string") out.validTo = r.validTo.slice(0, 10);
  if (typeof r.source === "string") out.source = r.source;
  return out;
}

function zodIssues(error: { issues: { path: (string | number)[]; message: string; code: string }[] }): InputIssue[] {
  return error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
}

function controlShare(l: Link): number | undefined {
  return l.votes ?? l.share;
}

/** Orders candidate controlling links: higher share, then source priority, then latest start, then smallest parent id. */
function linkOrder(ids: string[], sourceRank: Map<string, number>): (a: Link, b: Link) => number {
  return (a, b) => {
    const sa = controlShare(a) ?? -1;
    const sb = controlShare(b) ?? -1;
    if (sa !== sb) return sb - sa;
    const ra = a.source !== undefined ? (sourceRank.get(a.source) ?? Infinity) : Infinity;
    const rb = b.source !== undefined ? (sourceRank.get(b.source) ?? Infinity) : Infinity;
    if (ra !== rb) return ra - rb;
    const da = a.validFrom ?? "";
    const db = b.validFrom ?? "";
    if (da !== db) return da < db ? 1 : -1;
    const ia = ids[a.parent] as string;
    const ib = ids[b.parent] as string;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
}

function validOn(r: Relationship, asOf: string | undefined): boolean {
  if (asOf === undefined) return true;
  return (r.validFrom === undefined || r.validFrom <= asOf) && (r.validTo === undefined || asOf < r.validTo);
}

/**
 * Builds the core from entity and relationship rows. Bad rows are rejected with their issues,
 * data faults are reported in `issues` with the resolution applied; nothing throws.
 *
 * @example
 * buildCore([{ id: "P", name: "Parent" }, { id: "C", name: "Child" }], [{ parent: "P", child: "C", type: "direct" }], options).ultimate //=> Int32Array [0, 0]
 */
export function buildCore(entityRows: Iterable<unknown>, relationshipRows: Iterable<unknown>, o: ResolvedFamilyOptions): FamilyCore {
  const issues: FamilyIssue[] = [];
  const rejected: RejectedRow[] = [];
  const ids: string[] = [];
  const entities: FamilyEntity[] = [];
  const numberOf = new IdIndex(ids, Array.isArray(entityRows) ? entityRows.length : 0);
  let index = 0;
  for (const row of entityRows) {
    const fast = fastEntity(row);
    const parsed = fast ? { success: true as const, data: fast } : familyEntitySchema.safeParse(row);
    if (!parsed.success) {
      const rawId = (row as { id?: unknown } | null)?.id;
      rejected.push({ kind: "entity", index, ...(typeof rawId === "string" ? { id: rawId } : {}), issues: zodIssues(parsed.error) });
    } else if (!numberOf.add(parsed.data.id)) {
      issues.push({ kind: "duplicateEntity", ids: [parsed.data.id], message: `entity "${parsed.data.id}" appears more than once`, resolution: "the first row is kept, later rows are ignored" });
    } else {
      entities.push(parsed.data);
    }
    index++;
  }
  const n = ids.length;
  const isBranch = new Uint8Array(n);
  for (let i = 0; i < n; i++) if ((entities[i] as FamilyEntity).kind === "branch") isBranch[i] = 1;

  // relationships, grouped by child
  const byChild: (Link[] | undefined)[] = new Array(n);
  const ownership: Link[] = [];
  index = 0;
  for (const row of relationshipRows) {
    const fast = fastRelationship(row);
    const parsed = fast ? { success: true as const, data: fast } : relationshipSchema.safeParse(row);
    if (!parsed.success) {
      rejected.push({ kind: "relationship", index, issues: zodIssues(parsed.error) });
      index++;
      continue;
    }
    const r = parsed.data;
    const child = numberOf.get(r.child);
    const parent = numberOf.get(r.parent);
    if (child === undefined || parent === undefined) {
      const missing = [child === undefined ? r.child : null, parent === undefined ? r.parent : null].filter((x): x is string => x !== null);
      issues.push({ kind: "unknownEntity", ids: missing, message: `relationship ${index} (${r.child} -> ${r.parent}) names unknown entit${missing.length > 1 ? "ies" : "y"} ${missing.join(", ")}`, resolution: "the relationship is ignored" });
    } else if (validOn(r, o.asOf)) {
      const capital = r.ownershipPct ?? (r.type === "direct" || r.type === "branch" ? o.undeclaredShare : undefined);
      const link: Link = { row: index, child, parent, type: r.type, share: r.ownershipPct, votes: r.votingPct, capital, validFrom: r.validFrom, source: r.source };
      (byChild[child] ??= []).push(link);
      if (r.type === "branch") isBranch[child] = 1;
    }
    index++;
  }

  const parent = new Int32Array(n).fill(-1);
  const parentLink: (Link | undefined)[] = new Array(n);
  const secondary: Link[] = [];
  const jointOwners = new Map<number, number[]>();
  const declaredUltimate = new Map<number, number>();
  const sourceRank = new Map(o.sourcePriority.map((s, i) => [s, i]));
  const order = linkOrder(ids, sourceRank);
  const undecided: number[] = [];
  /** every link that could control (chosen or not), as child -> parent pairs, for cycle reports */
  const candidateChild: number[] = [];
  const candidateParent: number[] = [];

  for (let child = 0; child < n; child++) {
    const links = byChild[child];
    if (!links) continue;
    const only = links.length === 1 ? (links[0] as Link) : undefined;
    if (only && only.type !== "ultimate" && only.type !== "jointOwner" && (only.type === "branch" || (controlShare(only) ?? Infinity) > o.controlThreshold)) {
      // the common case: one controlling link
      parent[child] = only.parent;
      parentLink[child] = only;
      if (only.capital !== undefined) ownership.push(only);
      candidateChild.push(child);
      candidateParent.push(only.parent);
      continue;
    }
    const controlling: Link[] = [];
    const owners: Link[] = [];
    for (const l of links) {
      if (l.type === "ultimate") {
        const known = declaredUltimate.get(child);
        if (known === undefined) declaredUltimate.set(child, l.parent);
        continue;
      }
      const share = controlShare(l);
      if (l.type !== "jointOwner" && (l.type === "branch" || share === undefined || share > o.controlThreshold)) controlling.push(l);
      else owners.push(l);
      if (l.capital !== undefined) ownership.push(l);
    }
    for (const l of controlling) {
      candidateChild.push(child);
      candidateParent.push(l.parent);
    }
    if (controlling.length > 1) {
      controlling.sort(order);
      const chosen = controlling[0] as Link;
      issues.push({
        kind: "multipleControllingParents", ids: [ids[child] as string, ...controlling.map((l) => ids[l.parent] as string)],
        message: `"${ids[child]}" has ${controlling.length} controlling parents: ${controlling.map((l) => `${ids[l.parent]}${controlShare(l) !== undefined ? ` (${controlShare(l)}%)` : ""}`).join(", ")}`,
        resolution: `"${ids[chosen.parent]}" is the controlling parent (higher share, then source priority, then latest start date, then smallest id); the others are secondary parents`,
      });
      secondary.push(...controlling.slice(1));
    }
    for (const l of owners) secondary.push(l);
    if (controlling.length > 0) {
      const chosen = controlling[0] as Link;
      parent[child] = chosen.parent;
      parentLink[child] = chosen;
      continue;
    }
    const joint = owners.filter((l) => l.type === "jointOwner" || controlShare(l) === o.controlThreshold);
    if (joint.length >= 2 || (joint.length === 1 && joint[0]?.type === "jointOwner")) {
      joint.sort(order);
      jointOwners.set(child, joint.map((l) => l.parent));
      const assigned = o.assignJointVentures ? (joint[0] as Link) : undefined;
      issues.push({
        kind: "jointVenture", ids: [ids[child] as string, ...joint.map((l) => ids[l.parent] as string)],
        message: `"${ids[child]}" is a joint venture of ${joint.map((l) => ids[l.parent]).join(", ")}`,
        resolution: assigned ? `assigned to "${ids[assigned.parent]}" (option assignJointVentures)` : "no controlling parent; the owners are listed as joint owners",
      });
      if (assigned) {
        parent[child] = assigned.parent;
        parentLink[child] = assigned;
        continue;
      }
    }
    if (owners.length >= 2) undecided.push(child);
    const declared = declaredUltimate.get(child);
    if (declared !== undefined && owners.length === 0 && jointOwners.get(child) === undefined) {
      // only an ultimate parent is declared: the entity hangs directly under it
      parent[child] = declared;
      parentLink[child] = { row: -1, child, parent: declared, type: "ultimate", share: undefined, votes: undefined, capital: undefined, validFrom: undefined, source: undefined };
    }
  }

  if (o.aggregatedControl) applyAggregatedControl(undecided, byChild, parent, parentLink, o.controlThreshold, ids, issues);
  attachBranchChildren(n, parent, parentLink, isBranch, ids, issues);
  const broken = breakCycles(n, parent, parentLink, secondary, ids, issues);
  reportDeclaredCycles(n, candidateChild, candidateParent, broken, ids, issues);
  reportOwnershipOver100(byChild, ids, issues);

  const { childStart, childList } = childrenOf(parent);
  const { ultimate, level } = ultimatesOf(parent);
  const domestic = domesticUltimatesOf(parent, childStart, childList, entities);
  for (const [child, declared] of declaredUltimate) {
    if (ultimate[child] !== declared && ultimate[child] !== child) {
      issues.push({
        kind: "declaredUltimateMismatch", ids: [ids[child] as string, ids[declared] as string, ids[ultimate[child] as number] as string],
        message: `"${ids[child]}" declares "${ids[declared]}" as ultimate parent, but its chain of controlling parents ends at "${ids[ultimate[child] as number]}"`,
        resolution: "the computed ultimate is used; the declared one is kept as declaredUltimate",
      });
    }
  }
  return { ids, numberOf, entities, isBranch, parent, parentLink, secondary, ownership, jointOwners, declaredUltimate, childStart, childList, ultimate, domestic, level, issues, rejected };
}

/**
 * Aggregated control: X controls Y when the shares in Y held by X and the companies X controls
 * add up to more than the threshold. Repeated until nothing changes (new control can enable more).
 */
function applyAggregatedControl(undecided: number[], byChild: (Link[] | undefined)[], parent: Int32Array, parentLink: (Link | undefined)[], threshold: number, ids: string[], issues: FamilyIssue[]): void {
  let changed = true;
  const pending = new Set(undecided);
  while (changed && pending.size > 0) {
    changed = false;
    for (const child of [...pending]) {
      const sums = new Map<number, number>();
      for (const l of byChild[child] ?? []) {
        const share = controlShare(l);
        if (l.type === "ultimate" || share === undefined) continue;
        // credit the owner and every entity above it in its chain of control
        const seen = new Set<number>();
        for (let x = l.parent; x >= 0 && !seen.has(x) && x !== child; x = parent[x] as number) {
          seen.add(x);
          sums.set(x, (sums.get(x) ?? 0) + share);
        }
      }
      let best = -1;
      let bestSum = threshold;
      for (const [x, sum] of sums) {
        // the lowest controller above the threshold is the parent (closest in the chain)
        if (sum > threshold && (best < 0 || sum < bestSum || (sum === bestSum && (ids[x] as string) < (ids[best] as string)))) {
          best = x;
          bestSum = sum;
        }
      }
      if (best >= 0) {
        parent[child] = best;
        parentLink[child] = { row: -1, child, parent: best, type: "aggregated", share: bestSum, votes: undefined, capital: undefined, validFrom: undefined, source: undefined };
        pending.delete(child);
        changed = true;
      }
    }
  }
}

/** A branch has no subsidiaries: entities controlled by a branch hang under its head office instead. */
function attachBranchChildren(n: number, parent: Int32Array, parentLink: (Link | undefined)[], isBranch: Uint8Array, ids: string[], issues: FamilyIssue[]): void {
  for (let child = 0; child < n; child++) {
    let p = parent[child] as number;
    if (p < 0 || !isBranch[p]) continue;
    const branch = p;
    let hops = 0;
    while (p >= 0 && isBranch[p] && hops++ < n) p = parent[p] as number;
    parent[child] = p;
    if (p >= 0) parentLink[child] = { ...(parentLink[child] as Link), parent: p };
    else parentLink[child] = undefined;
    issues.push({
      kind: "branchWithSubsidiaries", ids: [ids[child] as string, ids[branch] as string],
      message: `"${ids[child]}" is controlled by "${ids[branch]}", which is a branch`,
      resolution: p >= 0 ? `"${ids[child]}" is attached to the branch's head office "${ids[p]}"` : `"${ids[child]}" has no controlling parent (the branch has no head office)`,
    });
  }
}

/** Finds cycles of control and breaks each at its weakest link (lowest share, then smallest child id). */
function breakCycles(n: number, parent: Int32Array, parentLink: (Link | undefined)[], secondary: Link[], ids: string[], issues: FamilyIssue[]): Set<number> {
  const brokenAt = new Set<number>();
  const state = new Int32Array(n).fill(-1); // -1 unvisited, else the walk that visited it
  const done = new Uint8Array(n);
  for (let start = 0; start < n; start++) {
    if (done[start]) continue;
    let x = start;
    while (x >= 0 && !done[x] && state[x] !== start) {
      state[x] = start;
      x = parent[x] as number;
    }
    if (x >= 0 && !done[x] && state[x] === start) {
      // x is on a cycle reached during this walk
      const cycle: number[] = [x];
      for (let y = parent[x] as number; y !== x; y = parent[y] as number) cycle.push(y);
      let weakest = cycle[0] as number;
      for (const c of cycle) {
        const s = controlShare(parentLink[c] as Link) ?? 101;
        const w = controlShare(parentLink[weakest] as Link) ?? 101;
        if (s < w || (s === w && (ids[c] as string) < (ids[weakest] as string))) weakest = c;
      }
      const broken = parentLink[weakest] as Link;
      for (const c of cycle) brokenAt.add(c);
      secondary.push(broken);
      parent[weakest] = -1;
      parentLink[weakest] = undefined;
      issues.push({
        kind: "controlCycle", ids: cycle.map((c) => ids[c] as string),
        message: `cycle of control: ${cycle.map((c) => ids[c]).join(" -> ")} -> ${ids[cycle[0] as number]}`,
        resolution: `the link "${ids[weakest]}" -> "${ids[broken.parent]}" (weakest: lowest share, then smallest id) is kept as a secondary parent only; "${ids[weakest]}" heads the family`,
      });
    }
    for (let y = start; y >= 0 && !done[y]; y = parent[y] as number) done[y] = 1;
  }
  return brokenAt;
}

/**
 * Cycles among all declared controlling links (chosen or not), found with an iterative Tarjan
 * strongly-connected-components pass. A cycle the parent rules already avoided is still a data
 * fault worth knowing (e.g. two organizations each declared the other's parent).
 */
function reportDeclaredCycles(n: number, from: number[], to: number[], alreadyReported: Set<number>, ids: string[], issues: FamilyIssue[]): void {
  const start = new Int32Array(n + 1);
  for (const c of from) (start[c + 1] as number)++;
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const out = new Int32Array(from.length);
  for (let k = 0; k < from.length; k++) out[(fill[from[k] as number] as number)++] = to[k] as number;
  const indexOf = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const work: [number, number][] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (indexOf[root] !== -1 || start[root] === start[root + 1]) continue;
    work.push([root, start[root] as number]);
    indexOf[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const [v, k] = frame;
      if (k < (start[v + 1] as number)) {
        frame[1] = k + 1;
        const w = out[k] as number;
        if (indexOf[w] === -1) {
          indexOf[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, start[w] as number]);
        } else if (onStack[w]) low[v] = Math.min(low[v] as number, indexOf[w] as number);
        continue;
      }
      work.pop();
      const parentFrame = work[work.length - 1];
      if (parentFrame) low[parentFrame[0]] = Math.min(low[parentFrame[0]] as number, low[v] as number);
      if (low[v] === indexOf[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        if (component.length > 1 && !component.some((c) => alreadyReported.has(c))) {
          const names = component.map((c) => ids[c] as string).sort();
          issues.push({
            kind: "controlCycle", ids: names, message: `declared controlling links form a cycle among ${names.join(", ")}`,
            resolution: "the parent rules chose links that leave no cycle in the tree; the other links are secondary parents",
          });
        }
      }
    }
  }
}

function reportOwnershipOver100(byChild: (Link[] | undefined)[], ids: string[], issues: FamilyIssue[]): void {
  for (let child = 0; child < byChild.length; child++) {
    const links = byChild[child];
    if (!links || links.length < 2) continue;
    let total = 0;
    for (const l of links) if (l.type !== "ultimate" && l.share !== undefined) total += l.share;
    if (total > 100 + 1e-9) {
      issues.push({
        kind: "ownershipOver100", ids: [ids[child] as string], message: `the owners of "${ids[child]}" hold ${total}% in total`,
        resolution: "for integrated ownership the shares are scaled down to 100% in proportion; control is decided on the shares as given",
      });
    }
  }
}

/**
 * Children in compressed sparse rows: the children of x are childList[childStart[x] .. childStart[x + 1]).
 *
 * @example
 * childrenOf(Int32Array.of(-1, 0, 0)) //=> { childStart: [0, 2, 2, 2], childList: [1, 2] }
 */
export function childrenOf(parent: Int32Array): { childStart: Int32Array; childList: Int32Array } {
  const n = parent.length;
  const childStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p >= 0) (childStart[p + 1] as number)++;
  }
  for (let i = 0; i < n; i++) childStart[i + 1] = (childStart[i + 1] as number) + (childStart[i] as number);
  const fill = childStart.slice(0, n);
  const childList = new Int32Array(childStart[n] as number);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p >= 0) childList[(fill[p] as number)++] = i;
  }
  return { childStart, childList };
}

/**
 * Every entity's global ultimate and level (0 at the top), by walking up with memoisation.
 *
 * @example
 * ultimatesOf(Int32Array.of(-1, 0, 1)) //=> { ultimate: [0, 0, 0], level: [0, 1, 2] }
 */
export function ultimatesOf(parent: Int32Array): { ultimate: Int32Array; level: Int32Array } {
  const n = parent.length;
  const ultimate = new Int32Array(n).fill(-1);
  const level = new Int32Array(n);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    let x = i;
    while (ultimate[x] === -1 && (parent[x] as number) >= 0) {
      stack.push(x);
      x = parent[x] as number;
    }
    if (ultimate[x] === -1) {
      ultimate[x] = x;
      level[x] = 0;
    }
    while (stack.length > 0) {
      const y = stack.pop() as number;
      const p = parent[y] as number;
      ultimate[y] = ultimate[p] as number;
      level[y] = (level[p] as number) + 1;
    }
  }
  return { ultimate, level };
}

/**
 * Every entity's domestic ultimate: the highest member of its chain of controlling parents in
 * its own country. One iterative depth-first pass from the tops, keeping for the current path
 * the topmost member per country.
 *
 * @example
 * // US parent 0 -> DE child 1 -> DE grandchild 2
 * domesticUltimatesOf(parent, childStart, childList, entities) //=> Int32Array [0, 1, 1]
 */
export function domesticUltimatesOf(parent: Int32Array, childStart: Int32Array, childList: Int32Array, entities: FamilyEntity[]): Int32Array {
  const n = parent.length;
  const domestic = new Int32Array(n).fill(-1);
  const topByCountry = new Map<string, number>();
  const stack: number[] = [];
  for (let root = 0; root < n; root++) {
    if ((parent[root] as number) >= 0) continue;
    stack.push(root);
    while (stack.length > 0) {
      const x = stack.pop() as number;
      if (x < 0) {
        // leaving node ~x: forget it if it was the top of its country on this path
        const y = ~x;
        const c = entities[y]?.country;
        if (c !== undefined && topByCountry.get(c) === y) topByCountry.delete(c);
        continue;
      }
      const c = entities[x]?.country;
      if (c === undefined) domestic[x] = x;
      else {
        if (!topByCountry.has(c)) topByCountry.set(c, x);
        domestic[x] = topByCountry.get(c) as number;
      }
      stack.push(~x);
      for (let k = childStart[x] as number; k < (childStart[x + 1] as number); k++) stack.push(childList[k] as number);
    }
  }
  return domestic;
}
