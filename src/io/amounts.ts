/**
 * Amounts as ledgers export them: "1,234.56", "1.234,56" (German, French, Spanish...), "1'234.56"
 * (Swiss), "1 234,56", SAP's trailing minus "1.234,56-", accounting brackets "(1,234.56)", a
 * currency sign. Which mark is the decimal one is read from a file's amounts together, since
 * "1,234" alone may be either.
 */
import { isDigit } from "../util/is-digit.js";

export type DecimalMark = "." | ",";

/** Spaces, apostrophes (grouping) and currency signs an amount may carry. */
const DECORATION = /[\s\u00a0\u202f'\u2019€$£¥]/g;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$|^\.\d+$/;

/**
 * The decimal mark of a file's amounts: the mark that comes last where both are written, the mark
 * that is written once and not followed by exactly three digits ("1,5", "1234.56"), or the other
 * one where a mark is written more than once ("1.234.567"); "." when nothing tells.
 *
 * @example
 * decimalMarkOf(["1.234,56", "99", "1,234"]) //=> ","
 * decimalMarkOf(["1,234", "12.5"])           //=> "."
 */
export function decimalMarkOf(values: Iterable<unknown>): DecimalMark {
  let dot = 0;
  let comma = 0;
  for (const v of values) {
    if (typeof v !== "string") continue;
    const t = v.replace(DECORATION, "");
    const lastDot = t.lastIndexOf(".");
    const lastComma = t.lastIndexOf(",");
    if (lastDot >= 0 && lastComma >= 0) {
      if (lastDot > lastComma) dot++;
      else comma++;
      continue;
    }
    const at = Math.max(lastDot, lastComma);
    if (at < 0) continue;
    const mark = t[at] as DecimalMark;
    if (t.indexOf(mark) !== at) {
      // written twice or more: it groups thousands
      if (mark === ".") comma++;
      else dot++;
      continue;
    }
    let digits = 0;
    while (at + 1 + digits < t.length && isDigit(t.charCodeAt(at + 1 + digits))) digits++;
    const whole = t.slice(0, at).replace(/^[-+(]+/, "");
    // three digits after it may be a thousands group, unless nothing but a zero comes before ("0,125")
    if (digits !== 3 || whole === "0" || whole === "") {
      if (mark === ".") dot++;
      else comma++;
    }
  }
  return comma > dot ? "," : ".";
}

/**
 * An amount: a number as given, or text read with `mark` as the decimal mark (the other mark,
 * spaces and apostrophes group thousands; a leading or trailing minus or brackets make it negative;
 * a currency sign is left out); `undefined` for an empty value, NaN for text that is no amount.
 *
 * @example
 * parseAmount("1.234,56-", ",")  //=> -1234.56
 * parseAmount("(1,234.50)", ".") //=> -1234.5
 * parseAmount("€ 1 234,56", ",") //=> 1234.56
 * parseAmount("12 EUR", ".")     //=> NaN
 */
export function parseAmount(value: unknown, mark: DecimalMark): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return value;
  if (typeof value !== "string") return Number.NaN;
  let t = value.replace(DECORATION, "");
  if (t === "") return undefined;
  let negative = false;
  if (t.startsWith("(") && t.endsWith(")")) {
    negative = true;
    t = t.slice(1, -1);
  }
  if (t.endsWith("-")) {
    negative = !negative;
    t = t.slice(0, -1);
  } else if (t.startsWith("-")) {
    negative = !negative;
    t = t.slice(1);
  } else if (t.startsWith("+")) t = t.slice(1);
  const group = mark === "." ? "," : ".";
  t = t.split(group).join("");
  if (mark === ",") t = t.replace(",", ".");
  if (!PLAIN_NUMBER.test(t)) return Number.NaN;
  const n = Number(t);
  return negative ? -n : n;
}
