/**
 * Scores of record pairs, keyed by one whole number per pair: an open-addressing hash table in two
 * typed arrays. A million records give millions of pairs; a `Map<number, number>` spends about
 * 70 bytes on each (boxed keys and values, hash chains), this table 16 bytes per slot.
 */
const EMPTY = -1;
const TWO_32 = 4294967296;

/** Slot of a key in a table of `mask + 1` slots (a power of two): both 32-bit halves mixed. */
function slotOf(key: number, mask: number): number {
  const lo = key % TWO_32 | 0;
  const hi = Math.floor(key / TWO_32) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
}

/**
 * Scores of record pairs by pair number, in an open-addressing hash table of typed arrays (a
 * million records make millions of pairs: no object per pair).
 *
 * @example
 * const t = new PairTable(16); t.set(7, 0.9); t.get(7) //=> 0.9
 */
export class PairTable {
  private keys: Float64Array;
  private values: Float64Array;
  private count = 0;

  /**
   * @example
   * const t = new PairTable();
   * t.set(12, 0.9);
   * t.get(12) //=> 0.9
   */
  constructor(capacity = 1024) {
    let slots = 16;
    while (slots < 2 * capacity) slots *= 2;
    this.keys = new Float64Array(slots).fill(EMPTY);
    this.values = new Float64Array(slots);
  }

  /** Number of pairs held. */
  get size(): number {
    return this.count;
  }

  /** The score of a pair, or undefined. Keys are whole numbers from 0 to 2^53. */
  get(key: number): number | undefined {
    const mask = this.keys.length - 1;
    for (let s = slotOf(key, mask); ; s = (s + 1) & mask) {
      const k = this.keys[s] as number;
      if (k === key) return this.values[s];
      if (k === EMPTY) return undefined;
    }
  }

  /** Sets the score of a pair. */
  set(key: number, value: number): void {
    const mask = this.keys.length - 1;
    for (let s = slotOf(key, mask); ; s = (s + 1) & mask) {
      const k = this.keys[s] as number;
      if (k === key) {
        this.values[s] = value;
        return;
      }
      if (k === EMPTY) {
        this.keys[s] = key;
        this.values[s] = value;
        if (++this.count * 2 > this.keys.length) this.grow();
        return;
      }
    }
  }

  /**
   * The pairs scoring at least `min`, strongest first (ties: by key), as two arrays.
   *
   * @example
   * table.strongest(0.5) //=> { keys: Float64Array [...], scores: Float64Array [...] }
   */
  strongest(min: number): { keys: Float64Array; scores: Float64Array } {
    let n = 0;
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== EMPTY && (this.values[s] as number) >= min) n++;
    const order = new Uint32Array(n);
    n = 0;
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== EMPTY && (this.values[s] as number) >= min) order[n++] = s;
    const { keys, values } = this;
    order.sort((x, y) => (values[y] as number) - (values[x] as number) || (keys[x] as number) - (keys[y] as number));
    const out = { keys: new Float64Array(n), scores: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      out.keys[i] = keys[order[i] as number] as number;
      out.scores[i] = values[order[i] as number] as number;
    }
    return out;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.values = new Float64Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let s = 0; s < keys.length; s++) {
      const key = keys[s] as number;
      if (key === EMPTY) continue;
      let t = slotOf(key, mask);
      while (this.keys[t] !== EMPTY) t = (t + 1) & mask;
      this.keys[t] = key;
      this.values[t] = values[s] as number;
    }
  }
}
