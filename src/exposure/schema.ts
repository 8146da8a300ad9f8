/** Input schemas of firmograph/exposure. */
import { z } from "zod";

const amount = z.number({ invalid_type_error: "expected an amount (a number such as 1234.56)" }).finite("expected a finite amount");
const currency = z.string().regex(/^[A-Za-z]{3}$/, "expected an ISO 4217 code such as EUR").transform((c) => c.toUpperCase());
const id = z.union([z.string().min(1), z.number().int().transform(String)]);

/** Overdue receivables by days past due. */
export const overdueBucketsSchema = z.object({ "1-30": amount.min(0).default(0), "31-60": amount.min(0).default(0), "61-90": amount.min(0).default(0), "90+": amount.min(0).default(0) });

export const exposureRowSchema = z.object({
  entityId: id.optional(),
  accountId: id.optional(),
  currency,
  openReceivables: amount,
  openOrders: amount.min(0).optional(),
  /** Overdue part of the open receivables (total); or give `overdueBuckets`. */
  overdue: amount.min(0).optional(),
  overdueBuckets: overdueBucketsSchema.optional(),
  /** Collateral or credit-insurance cover. */
  cover: amount.min(0).optional(),
}).refine((r) => r.entityId !== undefined || r.accountId !== undefined, { message: "an exposure row needs entityId or accountId", path: ["entityId"] });
export type ExposureRowInput = z.input<typeof exposureRowSchema>;
export type ExposureRow = z.output<typeof exposureRowSchema>;

export const limitSchema = z.object({
  entityId: id,
  amount: amount.min(0),
  currency,
  scope: z.enum(["entity", "group"]),
});
export type LimitInput = z.input<typeof limitSchema>;
export type Limit = z.output<typeof limitSchema>;

export const rollUpOptionsSchema = z.object({
  reportingCurrency: currency,
  /** Value of one unit of each currency in the reporting currency ({ USD: 0.92 } when reporting in EUR). */
  rates: z.record(z.string(), z.number().positive().finite()).default({}),
  /** full: 100% of each controlled subsidiary; ownership: weighted by the shares along the chain of control. */
  mode: z.enum(["full", "ownership"]).default("full"),
  /** usage: available credit is the smallest headroom of the entity's and its ancestors' limits (SAP, Dynamics); allocation: a group limit is a pool (Oracle). */
  limitModel: z.enum(["usage", "allocation"]).default("usage"),
  /** What counts as exposure: open receivables plus (by default) open orders, optionally net of cover. */
  exposure: z.object({ openOrders: z.boolean().default(true), netOfCover: z.boolean().default(false) }).default({}),
  /** Utilization at or above this share is "near the limit" (default 0.9). */
  nearLimit: z.number().min(0).max(10).default(0.9),
  /** Utilization below this share is "under-used" (default 0.3). */
  underUsed: z.number().min(0).max(1).default(0.3),
}).strict();
export type RollUpOptions = z.input<typeof rollUpOptionsSchema>;

/**
 * Thrown when exposure or limit currencies have no rate; lists every missing currency.
 *
 * @example
 * rollUpExposure({ family, exposures: [{ accountId: "a-1", currency: "USD", receivables: 10 }], reportingCurrency: "EUR", rates: {} }) // throws MissingRateError: no rate to EUR for USD
 */
export class MissingRateError extends Error {
  readonly currencies: string[];
  constructor(currencies: string[], reporting: string) {
    super(`firmograph/exposure: no rate to ${reporting} for ${currencies.join(", ")}; add them to rates (value of one unit in ${reporting}).`);
    this.name = "MissingRateError";
    this.currencies = currencies;
  }
}
