/** Currency conversion into integer minor units of the reporting currency. */

const DIGITS = new Map<string, number>();

/**
 * Decimal places of a currency's minor unit (EUR 2, JPY 0, BHD 3), from the runtime's ICU data.
 *
 * @example
 * minorDigits("JPY") //=> 0
 */
export function minorDigits(currency: string): number {
  let d = DIGITS.get(currency);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      d = 2;
    }
    DIGITS.set(currency, d);
  }
  return d;
}

/**
 * An amount in `currency` converted at `rate` into integer minor units of the reporting currency.
 *
 * @example
 * toMinor(100.005, 0.92, 2) //=> 9200 (100.005 USD at 0.92 = 92.0046 EUR -> 9200 cents)
 */
export function toMinor(amount: number, rate: number, reportingDigits: number): number {
  return Math.round(amount * rate * 10 ** reportingDigits);
}
