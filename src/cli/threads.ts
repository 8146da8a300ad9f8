/** The `--threads` option of the commands that resolve records. */
import { availableParallelism } from "node:os";

/**
 * The thread count a `--threads` value asks for (a number; resolve validates it), one per core when absent.
 *
 * @example
 * threadCount("2") //=> 2
 */
export function threadCount(value: string | undefined): number {
  return value === undefined ? availableParallelism() : Number(value);
}
