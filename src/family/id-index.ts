/**
 * An id -> number index for millions of ids (the entities of a family graph, looked up by millions
 * of relationships and exposure rows). A `Map` with millions of string keys costs several cache
 * misses a lookup (bucket, entry, key string, collision chain); here each slot holds the number,
 * the full hash, the length and the first ten characters, so a short id is found and verified in
 * one cache line.
 */

import { fnv1a } from "../util/fnv.js";

/** Int32 values per slot: number + 1 (0 = empty), hash, length, INLINE characters two to a value. */
const SLOT = 8;
const INLINE = 10;

/** An id's hash as the table's Int32 slots hold it. */
function hashOf(s: string): number {
  return fnv1a(s) | 0;
}

/** Characters i and i + 1 of s (within the first n) packed into one int. */
function pair(s: string, i: number, n: number): number {
  return s.charCodeAt(i) | ((i + 1 < n ? s.charCodeAt(i + 1) : 0) << 16);
}

/**
 * Open-addressing hash index over a list of distinct ids; an id's number is its position in the list.
 *
 * @example
 * new IdIndex(["a", "__proto__"]).get("__proto__") //=> 1
 */
export class IdIndex {
  private table: Int32Array;
  private mask: number;

  /**
   * Indexes `ids` (distinct), load factor at most one half; `expected` sizes the table for ids
   * still to be added. The index keeps the list: `add` appends to it.
   *
   * @example
   * const index = new IdIndex(["acme", "globex"]);
   * index.get("globex") //=> 1
   */
  constructor(private readonly ids: string[] = [], expected = 0) {
    let capacity = 16;
    while (capacity < Math.max(ids.length, expected) * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.table = new Int32Array(capacity * SLOT);
    for (let i = 0; i < ids.length; i++) this.insert(ids[i] as string, hashOf(ids[i] as string), i);
  }

  /** Number of ids indexed. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * Appends `id` to the list and indexes it under the next number; false (and nothing changes)
   * when it is already there.
   *
   * @example
   * const index = new IdIndex();
   * index.add("acme") //=> true
   * index.add("acme") //=> false
   */
  add(id: string): boolean {
    const h = hashOf(id);
    if (this.find(id, h) !== undefined) return false;
    if ((this.ids.length + 1) * 2 > this.mask + 1) this.grow();
    this.insert(id, h, this.ids.length);
    this.ids.push(id);
    return true;
  }

  /**
   * The number of `id`, or undefined when it is not indexed.
   *
   * @example
   * new IdIndex(["a", "b"]).get("c") //=> undefined
   */
  get(id: string): number | undefined {
    return this.find(id, hashOf(id));
  }

  /**
   * Whether `id` is indexed.
   *
   * @example
   * new IdIndex(["a"]).has("a") //=> true
   */
  has(id: string): boolean {
    return this.find(id, hashOf(id)) !== undefined;
  }

  private find(id: string, h: number): number | undefined {
    const t = this.table;
    const length = id.length;
    const n = length < INLINE ? length : INLINE;
    for (let p = h & this.mask; ; p = (p + 1) & this.mask) {
      const at = p * SLOT;
      const v = t[at] as number;
      if (v === 0) return undefined;
      if (t[at + 1] !== h || t[at + 2] !== length) continue;
      let same = true;
      for (let i = 0; i < n && same; i += 2) same = t[at + 3 + (i >> 1)] === pair(id, i, n);
      // longer ids are confirmed against the id itself
      if (same && (length <= INLINE || this.ids[v - 1] === id)) return v - 1;
    }
  }

  private insert(id: string, h: number, number: number): void {
    const t = this.table;
    let p = h & this.mask;
    while (t[p * SLOT] !== 0) p = (p + 1) & this.mask;
    const at = p * SLOT;
    t[at] = number + 1;
    t[at + 1] = h;
    t[at + 2] = id.length;
    const n = Math.min(id.length, INLINE);
    for (let i = 0; i < n; i += 2) t[at + 3 + (i >> 1)] = pair(id, i, n);
  }

  /** Doubles the table, moving each slot by its stored hash (the ids are not read again). */
  private grow(): void {
    const old = this.table;
    this.mask = this.mask * 2 + 1;
    const t = new Int32Array((this.mask + 1) * SLOT);
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from] === 0) continue;
      let p = (old[from + 1] as number) & this.mask;
      while (t[p * SLOT] !== 0) p = (p + 1) & this.mask;
      t.set(old.subarray(from, from + SLOT), p * SLOT);
    }
    this.table = t;
  }
}
