/** Rows a file reader could not read, kept by their place in a resolve input so the rejection says why. */
import type { RejectedRecord } from "../resolve/index.js";

/**
 * The reasons of unreadable rows by their index among the records given to `resolve`. Such a row
 * goes to `resolve` as a record with only its source, which it rejects; `explain` then puts the
 * reader's reason in place of the schema's.
 *
 * @example
 * const unreadable = new UnreadableRows();
 * unreadable.note(3, "erp.csv line 5 has 4 values where the header names 3 columns");
 * unreadable.explain(result.rejected); // the rejection of record 3 now gives that reason
 */
export class UnreadableRows {
  private readonly reasons = new Map<number, string>();

  /** `of`: which rejections these rows' indexes count among (say, those of master entities only). */
  constructor(private readonly of: (rejected: RejectedRecord) => boolean = () => true) {}

  /** Notes that record `index` is a row that could not be read, and why. */
  note(index: number, reason: string): void {
    this.reasons.set(index, reason);
  }

  /** Gives each rejected record that was an unreadable row its reader's reason instead of the schema's. */
  explain(rejected: RejectedRecord[]): void {
    for (const r of rejected) {
      if (!this.of(r)) continue;
      const reason = this.reasons.get(r.index);
      if (reason !== undefined) r.errors = [{ path: [], code: UNREADABLE_ROW, message: reason }];
    }
  }
}

/** The issue code of a row that could not be read. */
export const UNREADABLE_ROW = "unreadable_row";
