/** Comparators for the fields beside the name: country, city, postal code, domain, phone, identifiers, legal form. */
import jaroWinkler from "natural/lib/natural/distance/jaro-winkler_distance.js";
import { cityKey, cityWords, type LegalForm, sameKindOfForm } from "../normalize/index.js";
import identifierFormats from "./data/identifier-formats.json";
import webDomains from "./data/web-domains.json";
import type { MatchWeights } from "./weights.js";

export type FieldName = "country" | "city" | "postalCode" | "domain" | "phone" | "identifier" | "legalForm";
export type Outcome = "same" | "similar" | "different" | "missing";

/** How one field compared, and the weight (log-likelihood ratio) it added. */
export interface FieldEvidence {
  field: FieldName;
  outcome: Outcome;
  query?: string;
  entity?: string;
  /** For identifiers: which one (lei, duns, vat, registration, taxId). */
  detail?: string;
  weight: number;
}

/** The comparable fields of a record or entity, normalized once. */
export interface ComparableFields {
  country: string | undefined;
  city: string | undefined;
  /** The city's `cityKey` (the same string as `city` when that is its key): "Muenchen", "München" and "Munich" share one. */
  cityKey: string | undefined;
  postalCode: string | undefined;
  domain: string | undefined;
  phone: string | undefined;
  identifiers: ReadonlyMap<string, string>;
  legalForm: LegalForm | null;
  /** The folded words of the name between spaces, where a city may be named (queries and pairs; not kept for indexed entities). */
  nameWords: string | undefined;
  /** Whether the record's own name names its city ("Universidad de Guadalajara", in Guadalajara). */
  cityInName: boolean;
}

/** The identifiers of the many records that have none: one map, not a million empty ones. */
const NO_IDENTIFIERS: ReadonlyMap<string, string> = new Map();

const SECOND_LEVEL = new Set(webDomains.secondLevel);
const HOSTING_PLATFORMS = new Set(webDomains.hostingPlatforms);
const SHARED_SITES = new Set(webDomains.sharedSites);

/**
 * The registrable domain of a website or e-mail domain.
 *
 * @example
 * registrableDomain("https://www.shop.acme.co.uk/about") //=> "acme.co.uk"
 * registrableDomain("acme.wixsite.com/shop")            //=> "acme.wixsite.com" (a hosting platform)
 */
export function registrableDomain(website: string): string | undefined {
  const host = website.trim().toLowerCase().replace(/^[a-z]+:\/\//, "").replace(/^[^@/]*@/, "").split(/[/?#:]/)[0] ?? "";
  const labels = host.split(".").filter((l) => l.length > 0);
  if (labels.length < 2) return undefined;
  const tld = labels[labels.length - 1] as string;
  const second = labels[labels.length - 2] as string;
  const take = tld.length === 2 && SECOND_LEVEL.has(second) && labels.length >= 3 ? 3 : 2;
  const domain = labels.slice(-take).join(".");
  // a company's site on a hosting platform: its own sub-domain
  return HOSTING_PLATFORMS.has(domain) && labels.length > take ? labels.slice(-take - 1).join(".") : domain;
}

/**
 * The registrable domain of a website or e-mail address when it can name one company: none for a
 * mail provider or social network that many companies use (data/web-domains.json).
 *
 * @example
 * companyDomain("https://www.acme.co.uk") //=> "acme.co.uk"
 * companyDomain("acme.gmbh@gmail.com")    //=> undefined
 */
export function companyDomain(website: string): string | undefined {
  const domain = registrableDomain(website);
  return domain === undefined || SHARED_SITES.has(domain) ? undefined : domain;
}

/**
 * The words of a name as `cityKey` reads them, between spaces (as `ComparableFields.nameWords`
 * keeps a name's), where a city's key is found as whole words.
 *
 * @example
 * spacedWords("AKU, Minna")  //=> " aku minna "
 * spacedWords("TU Muenchen") //=> " tu munich "
 */
export function spacedWords(text: string): string {
  return ` ${cityKey(text)} `;
}

/** Cities of fewer letters name no city inside a name often enough ("Ai", "Ur"). */
const NAMED_CITY_MIN_LETTERS = 3;

/** Whether `words` (folded words between spaces) holds `phrase` as whole words, without building a string. */
function holdsWords(words: string, phrase: string): boolean {
  for (let at = words.indexOf(phrase); at >= 0; at = words.indexOf(phrase, at + 1)) {
    if (words.charCodeAt(at - 1) === 32 && words.charCodeAt(at + phrase.length) === 32) return true;
  }
  return false;
}

/**
 * Whether a record's city may be found in another name: it has one, long enough, that its own
 * name does not hold already.
 *
 * @example
 * cityMayBeNamed(comparableFields({ city: "Minna" }, null, undefined, "Abdulkadir Kure University")) //=> true
 */
export function cityMayBeNamed(own: ComparableFields): boolean {
  return own.city !== undefined && !own.cityInName && own.city.length >= NAMED_CITY_MIN_LETTERS;
}

/**
 * Whether one side's city is named in the other side's name but not in its own ("AKU Minna" for
 * Abdulkadir Kure University, in Minna): a city both names hold counts once, in the names.
 */
function cityNamed(own: ComparableFields, other: ComparableFields): boolean {
  return cityMayBeNamed(own) && other.nameWords !== undefined && holdsWords(other.nameWords, own.cityKey as string);
}

function compact(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const c = value.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return c.length > 0 ? c : undefined;
}

/** "D-80333", "CH-8001", "L-1234": the old European way of writing a country before a postal code. */
const COUNTRY_BEFORE_POSTAL_CODE = /^[A-Z]{1,3}[- ](?=\d)/;
/** A US ZIP+4 code: its first five digits are the ZIP code. */
const ZIP_PLUS_FOUR = /^(\d{5})[- ]\d{4}$/;
const NINE_DIGITS = /^(\d{5})\d{4}$/;

/**
 * A postal code as it is compared: letters and digits only, upper case, without a country written
 * before it ("D-80333"), and a US ZIP+4 code as its ZIP code ("10001-1234"; nine digits run together
 * only when the country is US).
 *
 * @example
 * postalCodeValue("D-80333", "DE")  //=> "80333"
 * postalCodeValue("10001-1234")     //=> "10001"
 * postalCodeValue("SW1A 1AA", "GB") //=> "SW1A1AA"
 */
export function postalCodeValue(value: string | undefined, country?: string): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().toUpperCase().replace(COUNTRY_BEFORE_POSTAL_CODE, "");
  const zip = ZIP_PLUS_FOUR.exec(text) ?? (country === "US" ? NINE_DIGITS.exec(text) : null);
  return compact(zip ? zip[1] : text);
}

const VAT_PREFIXES = new Set(identifierFormats.vatPrefixes);
const DIGITS = /^\d+$/;

/**
 * An identifier as it is compared: letters and digits only, upper case; a VAT number without its
 * country prefix, which ledgers write or leave out; a DUNS number with the leading zeros a
 * spreadsheet dropped.
 *
 * @example
 * identifierValue("vat", "DE 129 274 202") //=> "129274202"
 * identifierValue("vat", "129274202")      //=> "129274202"
 * identifierValue("duns", "12-345-678")    //=> "012345678"
 */
export function identifierValue(type: string, value: string | undefined): string | undefined {
  const c = compact(value);
  if (c === undefined) return undefined;
  if (type === "vat" && c.length > 4 && VAT_PREFIXES.has(c.slice(0, 2)) && /\d/.test(c.slice(2))) return c.slice(2);
  if (type === "duns" && DIGITS.test(c) && c.length < identifierFormats.dunsDigits) return c.padStart(identifierFormats.dunsDigits, "0");
  return c;
}

/**
 * Normalizes the comparable fields of a validated record. With `name`, notes whether the name
 * names the city, and keeps its words (unless `keepWords` is false, as for indexed entities).
 *
 * @example
 * comparableFields({ country: "DE", city: "München", website: "https://www.acme.de/x" }, null, undefined).domain //=> "acme.de"
 */
export function comparableFields(
  record: { country?: string | undefined; city?: string | undefined; postalCode?: string | undefined; website?: string | undefined; domain?: string | undefined; phone?: string | undefined; identifiers?: Record<string, string | undefined> | undefined },
  legalForm: LegalForm | null,
  countryHint: string | undefined,
  name?: string,
  keepWords = true,
): ComparableFields {
  const site = record.domain ?? record.website;
  let identifiers = NO_IDENTIFIERS;
  for (const [k, v] of Object.entries(record.identifiers ?? {})) {
    const c = identifierValue(k, v);
    if (c) identifiers = new Map(identifiers).set(k, c);
  }
  const digits = record.phone?.replace(/\D/g, "");
  const city = record.city ? cityWords(record.city) || undefined : undefined;
  const key = city === undefined ? undefined : cityKey(city);
  const words = name !== undefined && (keepWords || city !== undefined) ? spacedWords(name) : undefined;
  return {
    country: record.country ?? countryHint,
    city,
    cityKey: key === city ? city : key,
    postalCode: postalCodeValue(record.postalCode, record.country ?? countryHint),
    domain: site !== undefined ? companyDomain(site) : undefined,
    phone: digits && digits.length >= 6 ? digits.slice(-8) : undefined,
    identifiers,
    legalForm,
    nameWords: keepWords ? words : undefined,
    cityInName: key !== undefined && words !== undefined && holdsWords(words, key),
  };
}

function evidence(field: FieldName, outcome: Outcome, weight: number, query?: string, entity?: string, detail?: string): FieldEvidence {
  const e: FieldEvidence = { field, outcome, weight };
  if (query !== undefined) e.query = query;
  if (entity !== undefined) e.entity = entity;
  if (detail !== undefined) e.detail = detail;
  return e;
}

/**
 * Compares every field of a query with an entity. Missing on either side adds nothing.
 * `countryShare` gives the share of entities in a country (for the weight of agreeing on it).
 *
 * @example
 * compareFields(comparableFields({ country: "DE" }, null, undefined), comparableFields({ country: "FR" }, null, undefined), DEFAULT_WEIGHTS, () => 0.1)
 * //=> [{ field: "country", outcome: "different", weight: -7, query: "DE", entity: "FR" }]
 */
export function compareFields(q: ComparableFields, e: ComparableFields, w: MatchWeights, countryShare: (country: string) => number): FieldEvidence[] {
  const out: FieldEvidence[] = [];
  for (const [type, value] of q.identifiers) {
    const other = e.identifiers.get(type);
    if (other !== undefined) out.push(evidence("identifier", value === other ? "same" : "different", value === other ? w.identifier.same : w.identifier.different, value, other, type));
  }
  if (q.country && e.country) {
    const same = q.country === e.country;
    const weight = same ? Math.min(w.country.sameCap, Math.log(w.country.m / Math.max(countryShare(q.country), 0.001))) : w.country.different;
    out.push(evidence("country", same ? "same" : "different", weight, q.country, e.country));
  } else {
    out.push(evidence("country", "missing", 0, q.country, e.country));
  }
  if (q.cityKey && e.cityKey) {
    const outcome: Outcome = q.cityKey === e.cityKey ? "same" : jaroWinkler(q.cityKey, e.cityKey) >= 0.9 ? "similar" : "different";
    out.push(evidence("city", outcome, w.city[outcome], q.city, e.city));
  } else if (cityNamed(e, q) || cityNamed(q, e)) {
    // one side's city in the other's name ("AKU Minna", "IIMS Pune"): as good as the same city
    out.push(evidence("city", "same", w.city.same, q.city, e.city, "named in the name"));
  }
  if (q.postalCode && e.postalCode) {
    const outcome: Outcome = q.postalCode === e.postalCode ? "same" : q.postalCode.slice(0, 3) === e.postalCode.slice(0, 3) ? "similar" : "different";
    out.push(evidence("postalCode", outcome, w.postalCode[outcome], q.postalCode, e.postalCode));
  }
  if (q.domain && e.domain) {
    const outcome: Outcome = q.domain === e.domain ? "same" : "different";
    out.push(evidence("domain", outcome, w.domain[outcome], q.domain, e.domain));
  }
  if (q.phone && e.phone) {
    const outcome: Outcome = q.phone === e.phone ? "same" : "different";
    out.push(evidence("phone", outcome, w.phone[outcome], q.phone, e.phone));
  }
  if (q.legalForm && e.legalForm) {
    const same = sameKindOfForm(q.legalForm, e.legalForm);
    const sharedCountry = q.legalForm.countries.some((c) => e.legalForm?.countries.includes(c));
    if (same || sharedCountry) out.push(evidence("legalForm", same ? "same" : "different", same ? w.legalForm.same : w.legalForm.different, q.legalForm.text, e.legalForm.text));
  }
  return out;
}
