/** Typed errors of firmograph/normalize. */

/**
 * Thrown when `normalizeName` receives something that is not a string.
 *
 * @example
 * normalizeName(42) // throws InvalidNameError (code "not-a-string")
 */
export class InvalidNameError extends TypeError {
  readonly code = "not-a-string";
  readonly received: string;
  constructor(value: unknown) {
    const received = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
    super(`firmograph/normalize: expecting a company name as a string, received ${received}.`);
    this.name = "InvalidNameError";
    this.received = received;
  }
}
