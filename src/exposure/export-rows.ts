/** Flat per-entity rows of an exposure view, for CSV and JSON exports. */
import type { ExposureView } from "./roll-up.js";

export const EXPOSURE_COLUMNS = ["entity_id", "ultimate_id", "level", "own_exposure", "subtree_exposure", "family_exposure", "receivables", "open_orders", "overdue", "overdue_share", "days_beyond_terms", "limit", "utilization", "headroom", "available_credit"];

/**
 * One row per entity with exposure or a limit, in reporting-currency major units.
 *
 * @example
 * exposureRows(view, ["acme-br"])[0] //=> { entity_id: "acme-br", own_exposure: 2000, ... }
 */
export function exposureRows(view: ExposureView, entityIds: Iterable<string>): Record<string, string | number>[] {
  const out: Record<string, string | number>[] = [];
  for (const id of entityIds) {
    const f = view.get(id);
    out.push({
      entity_id: f.entityId, ultimate_id: f.ultimateId, level: f.level, own_exposure: f.ownExposure, subtree_exposure: f.subtreeExposure,
      family_exposure: f.familyExposure, receivables: f.receivables, open_orders: f.openOrders, overdue: f.overdue,
      overdue_share: Number(f.overdueShare.toFixed(4)), days_beyond_terms: Number(f.daysBeyondTerms.toFixed(1)),
      limit: f.limit ?? "", utilization: f.utilization !== undefined ? Number(f.utilization.toFixed(4)) : "", headroom: f.headroom ?? "", available_credit: f.availableCredit ?? "",
    });
  }
  return out;
}
