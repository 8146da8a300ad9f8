/**
 * A read-only id -> number index for bulk lookups (millions of exposure rows against millions of
 * entities). A `Map` with millions of string keys costs several cache misses a lookup (bucket,
 * entry, key string, collision chain); here each slot holds the number, the full hash, the length
 * and the first ten characters, so a short id is found and verified in one cache line.
 */

/** Int32 values per slot: number + 1 (0 = empty), hash, length, INLINE characters two to a value. */
const SLOT = 8;
const INLINE = 10;

/** 32-bit FNV-1a over UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Characters i and i + 1 of s (within the first n) packed into one int. */
function pair(s: string, i: number, n: number): number {
  return s.charCodeAt(i) | ((i + 1 < n ? s.charCodeAt(i + 1) : 0) << 16);
}

/** Open-addressing hash index over a fixed list of distinct ids; an id's number is its position. */
export class IdIndex {
  private readonly table: Int32Array;
  private readonly mask: number;

  /**
   * Indexes `ids` (distinct), load factor at most one half.
   *
   * @example
   * const index = new IdIndex(["acme", "globex"]);
   * index.get("globex") //=> 1
   */
  constructor(private readonly ids: readonly string[]) {
    let capacity = 16;
    while (capacity < ids.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.table = new Int32Array(capacity * SLOT);
    for (let i = 0; i < ids.length; i++) this.insert(ids[i] as string, i);
  }

  private insert(id: string, number: number): void {
    const t = this.table;
    const h = hashOf(id);
    let p = h & this.mask;
    while (t[p * SLOT] !== 0) p = (p + 1) & this.mask;
    const at = p * SLOT;
    t[at] = number + 1;
    t[at + 1] = h;
    t[at + 2] = id.length;
    const n = Math.min(id.length, INLINE);
    for (let i = 0; i < n; i += 2) t[at + 3 + (i >> 1)] = pair(id, i, n);
  }

  /**
   * The number of `id`, or undefined when it is not indexed.
   *
   * @example
   * new IdIndex(["a", "b"]).get("c") //=> undefined
   */
  get(id: string): number | undefined {
    const t = this.table;
    const h = hashOf(id);
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
}
