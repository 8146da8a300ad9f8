/** 32-bit FNV-1a hashing, for spreading string keys evenly. */

/**
 * 32-bit FNV-1a over the UTF-16 code units of `s`, as an unsigned number.
 *
 * @example
 * fnv1a("")  //=> 2166136261 (0x811c9dc5)
 * fnv1a("a") //=> 3826002220 (0xe40c292c)
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
