/** Public input schemas of firmograph/match (zod first: the types are inferred from them). */
import { z } from "zod";
import { countryCode, isCanonicalCountryCode } from "../normalize/country-code.js";
import { isoDate } from "../util/dates.js";

const text = z.string().trim().min(1);
/** An id: text of 1 to 512 characters or a whole number (as text); a missing one is "Required", not "Invalid input". */
export const nonEmptyId = z.union([z.string().min(1).max(512), z.number().int().transform(String)], {
  errorMap: (_issue, ctx) => ({ message: ctx.data === undefined ? "Required" : "expected a text of 1 to 512 characters or a whole number" }),
});

/**
 * A country field: an ISO 3166 alpha-2, alpha-3 or numeric code, or the country's name in one of
 * many languages ("DE", "DEU", "276", "Germany", "Deutschland"), read as the alpha-2 code.
 */
export const countryField = z.string().transform((text, ctx) => {
  const code = countryCode(text);
  if (code !== undefined) return code;
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected a country: an ISO 3166 code such as DE, DEU or 276, or a name such as Germany; got "${text.slice(0, 40)}"` });
  return z.NEVER;
});

/** 9 digits, or 7 or 8 where a spreadsheet dropped the leading zeros; spaces, dots and dashes between them. */
const DUNS = /^\s*\d(?:[\s.-]?\d){6,8}\s*$/;
const DUNS_MESSAGE = "a DUNS number has 9 digits (7 or 8 where a spreadsheet dropped the leading zeros)";

/**
 * A date: ISO ("2024-01-31", a time after it kept), SAP's "20240131", "31.01.2024" or "2024/01/31",
 * read as ISO; "01/02/2024", day or month first, is refused.
 */
export const dateField = z.string().transform((text, ctx) => {
  const date = isoDate(text);
  if (date !== undefined) return date;
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected a date such as 2024-01-31 (or 20240131, 31.01.2024); got "${text.slice(0, 40)}"` });
  return z.NEVER;
});

export const identifiersSchema = z
  .object({
    lei: z.string().regex(/^[A-Za-z0-9]{20}$/, "an LEI has 20 letters or digits").optional(),
    duns: z.union([z.string().regex(DUNS, DUNS_MESSAGE), z.number().int(DUNS_MESSAGE).min(1_000_000, DUNS_MESSAGE).max(999_999_999, DUNS_MESSAGE).transform(String)], { errorMap: () => ({ message: DUNS_MESSAGE }) }).optional(),
    vat: text.optional(),
    registration: text.optional(),
    taxId: text.optional(),
  })
  .strict();

/** One known entity: a row of the customer master, a supplier file or a registry extract. */
export const entityInputSchema = z
  .object({
    id: nonEmptyId,
    name: text,
    aliases: z.array(text).max(1000).optional(),
    country: countryField.optional(),
    city: text.optional(),
    postalCode: text.optional(),
    address: text.optional(),
    website: text.optional(),
    domain: text.optional(),
    phone: text.optional(),
    identifiers: identifiersSchema.optional(),
  })
  .passthrough();

const PLAIN_FIELDS = new Set(["id", "name", "country", "city", "postalCode", "address", "website", "domain", "phone"]);

/**
 * Validates an entity: rows already in canonical form (string fields trimmed and non-empty, an
 * country as an upper-case alpha-2 code, no aliases or identifiers) are copied without zod, which is what millions
 * of registry rows are; anything else goes through `entityInputSchema`, with the same result.
 *
 * @example
 * parseEntity({ id: "c-1", name: "Siemens AG", country: "DE" }) //=> { id: "c-1", name: "Siemens AG", country: "DE" }
 */
export function parseEntity(input: unknown): Entity {
  if (typeof input === "object" && input !== null && !Array.isArray(input)) {
    const row = input as Record<string, unknown>;
    let plain = typeof row.id === "string" && row.id.length > 0 && row.id.length <= 512;
    for (const key in row) {
      if (!plain) break;
      const v = row[key];
      plain = PLAIN_FIELDS.has(key) && Object.hasOwn(row, key) && (v === undefined || (typeof v === "string" && v.length > 0 && v.trim() === v && (key !== "country" || isCanonicalCountryCode(v))));
    }
    if (plain && typeof row.name === "string") return { ...row } as Entity;
  }
  return validate(entityInputSchema, "entity", input);
}

/** A record to match: the same fields, the id optional. */
export const recordInputSchema = entityInputSchema.extend({ id: nonEmptyId.optional() });

export type EntityInput = z.input<typeof entityInputSchema>;
export type Entity = z.output<typeof entityInputSchema>;
export type RecordInput = z.input<typeof recordInputSchema>;
export type MatchRecord = z.output<typeof recordInputSchema>;

export const matchOptionsSchema = z
  .object({
    limit: z.number().int().min(1).max(1000).default(5),
    minScore: z.number().min(0).max(1).default(0),
  })
  .strict();
export type MatchOptions = z.input<typeof matchOptionsSchema>;

/** One problem with an input: which record, which field, what is wrong (after zod's issues). */
export interface InputIssue {
  path: (string | number)[];
  message: string;
  code: string;
}

/**
 * Thrown when an entity or record does not fit its schema; names the record and its fields.
 *
 * @example
 * try { createMatcher([{ id: "c-1" }]); } catch (e) { (e as InvalidRecordError).recordId } //=> "c-1"
 */
export class InvalidRecordError extends Error {
  readonly recordId: string | undefined;
  readonly index: number | undefined;
  readonly issues: InputIssue[];
  constructor(kind: string, recordId: string | undefined, index: number | undefined, issues: InputIssue[]) {
    const where = recordId !== undefined ? `${kind} "${recordId}"` : index !== undefined ? `${kind} at index ${index}` : kind;
    super(`firmograph: ${where} is invalid: ${issues.map((i) => `${i.path.join(".") || "(record)"}: ${i.message}`).join("; ")}`);
    this.name = "InvalidRecordError";
    this.recordId = recordId;
    this.index = index;
    this.issues = issues;
  }
}

/**
 * A field of an unvalidated row as text, when it is a string or a number (for naming bad rows).
 *
 * @example
 * fieldText({ id: 42, name: null }, "id") //=> "42"
 */
export function fieldText(row: unknown, field: string): string | undefined {
  const v = row && typeof row === "object" ? (row as Record<string, unknown>)[field] : undefined;
  return typeof v === "string" || typeof v === "number" ? String(v) : undefined;
}

/**
 * Validates with `schema`, or throws an InvalidRecordError naming the record id and field paths.
 *
 * @example
 * validate(entityInputSchema, "entity", { id: "c-1", name: "Acme" }) //=> { id: "c-1", name: "Acme" }
 */
export function validate<T extends z.ZodTypeAny>(schema: T, kind: string, input: unknown, index?: number): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
  throw new InvalidRecordError(kind, fieldText(input, "id"), index, issues);
}
