/**
 * Whether a UTF-16 code unit is an ASCII digit 0-9.
 *
 * @example
 * isDigit("7".charCodeAt(0)) //=> true
 * isDigit("x".charCodeAt(0)) //=> false
 */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
