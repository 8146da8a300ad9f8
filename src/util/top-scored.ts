/** Picking the best few of many numbered items by a score table. */

/** Whether `a` ranks before `b`: a higher score, or as high and a lower number. */
function ranksBefore(a: number, b: number, scores: Float64Array): boolean {
  const sa = scores[a] as number;
  const sb = scores[b] as number;
  return sa > sb || (sa === sb && a < b);
}

/**
 * The `k` ids of highest score (ties: lower id first), best first: what sorting them all and
 * keeping the first `k` gives, with a heap of `k` (thousands of ids compete for a few dozen places).
 *
 * @example
 * topScored([3, 1, 2], new Float64Array([0, 5, 9, 5]), 2) //=> [2, 1]
 */
export function topScored(ids: readonly number[], scores: Float64Array, k: number): number[] {
  // a heap of the best so far, the one ranking last at its root
  const heap: number[] = [];
  for (const id of ids) {
    if (heap.length < k) {
      let i = heap.length;
      heap.push(id);
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!ranksBefore(heap[parent] as number, id, scores)) break;
        heap[i] = heap[parent] as number;
        i = parent;
      }
      heap[i] = id;
    } else if (k > 0 && ranksBefore(id, heap[0] as number, scores)) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= k) break;
        const right = left + 1;
        const later = right < k && ranksBefore(heap[left] as number, heap[right] as number, scores) ? right : left;
        if (!ranksBefore(id, heap[later] as number, scores)) break;
        heap[i] = heap[later] as number;
        i = later;
      }
      heap[i] = id;
    }
  }
  return heap.sort((a, b) => (ranksBefore(a, b, scores) ? -1 : 1));
}

/**
 * The first `k` of `items` in the order `compare` sorts them (a total order), sorted: what sorting
 * them all and keeping the first `k` gives, by insertion into a list of `k` (a match limit, a few).
 * Sorts `items` in place when they are `k` or fewer. (`k` is taken as a whole number, at least 0.)
 *
 * @example
 * firstSorted([5, 1, 4, 2], 2, (a, b) => a - b) //=> [1, 2]
 */
export function firstSorted<T>(items: T[], count: number, compare: (a: T, b: T) => number): T[] {
  const k = Math.max(0, Math.floor(count));
  if (items.length <= k) return items.sort(compare);
  const top: T[] = [];
  for (const item of items) {
    if (top.length === k) {
      if (k === 0 || compare(item, top[k - 1] as T) >= 0) continue;
      top.pop();
    }
    let i = top.length;
    top.push(item);
    while (i > 0 && compare(item, top[i - 1] as T) < 0) {
      top[i] = top[i - 1] as T;
      i--;
    }
    top[i] = item;
  }
  return top;
}
