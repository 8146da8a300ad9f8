/**
 * Integrated (indirect) ownership: the share one entity holds in others through all paths,
 * t = s + t·S (S the matrix of direct shares), solved by iteration over the entities reachable
 * through ownership links, so cross-holdings and cycles are handled without enumerating paths.
 */
import type { Link } from "./core.js";

export interface OwnershipGraph {
  /** owner -> [(owned, share as a fraction)] */
  holdings: Map<number, { owned: number; fraction: number }[]>;
}

/**
 * Builds the holdings lists; where an entity's owners hold over 100% in total their shares are scaled to 100%.
 *
 * @example
 * ownershipGraphOf([{ parent: 0, child: 1, capital: 60 }, { parent: 2, child: 1, capital: 60 }]).holdings.get(0) //=> [{ owned: 1, fraction: 0.5 }]
 */
export function ownershipGraphOf(links: readonly Link[]): OwnershipGraph {
  const totals = new Map<number, number>();
  for (const l of links) totals.set(l.child, (totals.get(l.child) ?? 0) + (l.capital ?? 0));
  const holdings = new Map<number, { owned: number; fraction: number }[]>();
  for (const l of links) {
    if (l.capital === undefined || l.capital <= 0) continue;
    const total = totals.get(l.child) ?? 0;
    const fraction = (l.capital / 100) * (total > 100 ? 100 / total : 1);
    const list = holdings.get(l.parent);
    if (list) list.push({ owned: l.child, fraction });
    else holdings.set(l.parent, [{ owned: l.child, fraction }]);
  }
  return { holdings };
}

/**
 * The integrated share (0-1) that `owner` holds in every entity it reaches through ownership links.
 *
 * @example
 * // X 80% of A; A 50% of B; B 20% of A and 70% of C
 * integratedHoldings(graph, X) //=> Map { A => 0.888…, B => 0.444…, C => 0.311… }
 */
export function integratedHoldings(graph: OwnershipGraph, owner: number, tolerance = 1e-12, maxSweeps = 10_000): Map<number, number> {
  // the entities reachable from the owner, and the ownership edges among them
  const reach: number[] = [];
  const position = new Map<number, number>();
  const queue = [owner];
  position.set(owner, 0);
  reach.push(owner);
  for (let head = 0; head < queue.length; head++) {
    for (const h of graph.holdings.get(queue[head] as number) ?? []) {
      if (!position.has(h.owned)) {
        position.set(h.owned, reach.length);
        reach.push(h.owned);
        queue.push(h.owned);
      }
    }
  }
  const m = reach.length;
  const direct = new Float64Array(m);
  for (const h of graph.holdings.get(owner) ?? []) { const at = position.get(h.owned) as number; direct[at] = (direct[at] as number) + h.fraction; }
  // incoming edges per reachable entity, as flat arrays
  const inStart = new Int32Array(m + 1);
  const edges: [number, number, number][] = [];
  for (let i = 0; i < m; i++) for (const h of graph.holdings.get(reach[i] as number) ?? []) edges.push([i, position.get(h.owned) as number, h.fraction]);
  for (const [, to] of edges) (inStart[to + 1] as number)++;
  for (let i = 0; i < m; i++) inStart[i + 1] = (inStart[i + 1] as number) + (inStart[i] as number);
  const fill = inStart.slice(0, m);
  const inFrom = new Int32Array(edges.length);
  const inFraction = new Float64Array(edges.length);
  for (const [from, to, f] of edges) {
    const k = (fill[to] as number)++;
    inFrom[k] = from;
    inFraction[k] = f;
  }
  // Gauss-Seidel sweeps of t = direct + t·S
  const t = Float64Array.from(direct);
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let delta = 0;
    for (let y = 0; y < m; y++) {
      let v = direct[y] as number;
      for (let k = inStart[y] as number; k < (inStart[y + 1] as number); k++) v += (t[inFrom[k] as number] as number) * (inFraction[k] as number);
      v = Math.min(1, v);
      delta = Math.max(delta, Math.abs(v - (t[y] as number)));
      t[y] = v;
    }
    if (delta < tolerance) break;
  }
  const out = new Map<number, number>();
  for (let i = 0; i < m; i++) if ((t[i] as number) > 0) out.set(reach[i] as number, t[i] as number);
  return out;
}
