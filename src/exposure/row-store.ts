/**
 * Accepted exposure rows stored column-wise in typed arrays: no object is kept per row, so a row
 * costs 10 bytes plus 8 per amount column in use (receivables and orders: 26 bytes) and puts
 * nothing on the garbage collector's heap but its account id (when rows name accounts).
 */
import type { ExposureRow } from "./schema.js";
import { resized } from "../util/resized.js";

/** The stored amounts of a row, in its own currency: column numbers of `ExposureRowStore.amount`. */
export const AMOUNT = { receivables: 0, orders: 1, overdue: 2, cover: 3, bucket1: 4, bucket2: 5, bucket3: 6, bucket4: 7 } as const;
const AMOUNTS = Object.keys(AMOUNT).length;

/**
 * Growable column store of accepted exposure rows, in input order.
 *
 * @example
 * const rows = new ExposureRowStore(1024); rows.length //=> 0
 */
export class ExposureRowStore {
  length = 0;
  /** Entity number (the family graph's compact numbering). */
  entity: Int32Array;
  /** Index of the row in the caller's input. */
  inputIndex: Int32Array;
  /** Currency, as an index into `currencies`. */
  currency: Uint16Array;
  /** AMOUNTS columns of `capacity` values; a column is made when a row first has a non-zero value in it. */
  amount: (Float64Array | undefined)[];
  readonly currencies: string[] = [];
  private readonly currencyNumber = new Map<string, number>();
  /** Account id per row, made on the first row that names an account. */
  accounts: (string | undefined)[] | undefined;

  constructor(capacity: number) {
    const n = Math.max(capacity, 16);
    this.entity = new Int32Array(n);
    this.inputIndex = new Int32Array(n);
    this.currency = new Uint16Array(n);
    this.amount = new Array<Float64Array | undefined>(AMOUNTS).fill(undefined);
    this.amount[AMOUNT.receivables] = new Float64Array(n);
  }

  /**
   * Appends a validated row; returns its position.
   *
   * @example
   * store.push(0, 17, { entityId: "acme", currency: "EUR", openReceivables: 100 }) //=> 0
   */
  push(inputIndex: number, entity: number, row: ExposureRow): number {
    if (this.length === this.entity.length) this.grow();
    const k = this.length++;
    this.inputIndex[k] = inputIndex;
    this.set(k, entity, row);
    return k;
  }

  /** Overwrites row k (same input index). */
  set(k: number, entity: number, row: ExposureRow): void {
    this.entity[k] = entity;
    this.currency[k] = this.currencyIndex(row.currency);
    const b = row.overdueBuckets;
    const b1 = b ? b["1-30"] : 0;
    const b2 = b ? b["31-60"] : 0;
    const b3 = b ? b["61-90"] : 0;
    const b4 = b ? b["90+"] : 0;
    this.put(AMOUNT.receivables, k, row.openReceivables);
    this.put(AMOUNT.orders, k, row.openOrders ?? 0);
    this.put(AMOUNT.overdue, k, row.overdue ?? b1 + b2 + b3 + b4);
    this.put(AMOUNT.cover, k, row.cover ?? 0);
    this.put(AMOUNT.bucket1, k, b1);
    this.put(AMOUNT.bucket2, k, b2);
    this.put(AMOUNT.bucket3, k, b3);
    this.put(AMOUNT.bucket4, k, b4);
    if (row.accountId !== undefined || this.accounts !== undefined) {
      this.accounts ??= [];
      while (this.accounts.length < k) this.accounts.push(undefined);
      this.accounts[k] = row.accountId;
    }
  }

  private put(column: number, k: number, value: number): void {
    let c = this.amount[column];
    if (c === undefined) {
      if (value === 0) return;
      c = this.amount[column] = new Float64Array(this.entity.length);
    }
    c[k] = value;
  }

  /**
   * Amount column `column` of row k (0 where no row had a value in it).
   *
   * @example
   * store.amountOf(0, AMOUNT.orders) //=> 0
   */
  amountOf(k: number, column: number): number {
    const c = this.amount[column];
    return c === undefined ? 0 : (c[k] as number);
  }

  /** The account id of row k, if it named one. */
  accountOf(k: number): string | undefined {
    return this.accounts?.[k];
  }

  /** Row position of an input index (rows keep input order, so binary search), or -1. */
  find(inputIndex: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.inputIndex[mid] as number;
      if (v === inputIndex) return mid;
      if (v < inputIndex) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private currencyIndex(code: string): number {
    let i = this.currencyNumber.get(code);
    if (i === undefined) {
      i = this.currencies.length;
      this.currencies.push(code);
      this.currencyNumber.set(code, i);
    }
    return i;
  }

  private grow(): void {
    const n = this.entity.length * 2;
    this.entity = resized(this.entity, n);
    this.inputIndex = resized(this.inputIndex, n);
    this.currency = resized(this.currency, n);
    this.amount = this.amount.map((column) => (column === undefined ? undefined : resized(column, n)));
  }
}
