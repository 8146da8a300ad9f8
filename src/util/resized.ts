/** Growing the typed arrays that hold per-id numbers. */

type NumberArray = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;

/**
 * A copy of `array` with room for `length` numbers (the new places are 0).
 *
 * @example
 * resized(new Float64Array([1, 2]), 4) //=> Float64Array [1, 2, 0, 0]
 */
export function resized<T extends NumberArray>(array: T, length: number): T {
  const grown = new (array.constructor as new (length: number) => T)(length);
  grown.set(array);
  return grown;
}
