/** Protection against CSV formula injection, shared by every CSV writer of the package. */

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes a value that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or
 * carriage return) with a single quote; other values come back unchanged.
 *
 * @example
 * escapeFormula("=HYPERLINK(\"x\")") //=> "'=HYPERLINK(\"x\")"
 * escapeFormula("Acme GmbH")         //=> "Acme GmbH"
 */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
