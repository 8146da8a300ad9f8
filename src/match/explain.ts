/** One-line explanations of a match, for a credit analyst reading at a glance. */
import type { FieldEvidence } from "./field-evidence.js";
import type { NameEvidence } from "./name-similarity.js";

const NAME_OF_KIND: Record<NameEvidence["matchedKind"], string> = { name: "the name", alias: "an alias", trade: "a trade name", former: "a former name", romanized: "the name read in Latin letters" };
const FIELD_LABEL: Record<FieldEvidence["field"], string> = {
  country: "country", city: "city", postalCode: "postal code", domain: "web domain", phone: "phone", identifier: "identifier", legalForm: "legal form",
};

function describeName(name: NameEvidence): string {
  const target = NAME_OF_KIND[name.matchedKind];
  switch (name.method) {
    case "exact":
      return `same as ${target}`;
    case "key":
      return `same as ${target} but for spacing`;
    case "letters":
      return `spelt like ${target} (${name.similarity.toFixed(2)}; spacing and letters differ)`;
    case "acronym":
      return `acronym of ${target}`;
    case "acronymTypo":
      return `acronym of ${target}, one letter off`;
    case "containment":
      return `contains ${target} (${name.similarity.toFixed(2)}${name.conflictWeight > 0 ? `; ${wordsNote(name)}` : ""})`;
    case "cut":
      return `${target} cut short (${name.similarity.toFixed(2)})`;
    default: {
      const typos = name.pairs.filter((p) => p.kind === "typo" || p.kind === "phonetic").length;
      const abbreviations = name.pairs.filter((p) => p.kind === "abbreviation" || p.kind === "stem").length;
      const spelled = name.pairs.filter((p) => p.kind === "acronym").map((p) => `"${p.query}" for "${p.entity}"`);
      const cognates = name.pairs.filter((p) => p.kind === "cognate");
      const cognateNote = cognates.length > 0 ? `words in another language (${cognates.map((p) => p.query).join(" ")} / ${cognates.map((p) => p.entity).join(" ")})` : "";
      const countries = name.pairs.filter((p) => p.kind === "country");
      const countryNote = countries.length > 0 ? `one country named two ways (${countries.map((p) => `${p.query} / ${p.entity}`).join(", ")})` : "";
      const umlauts = name.pairs.filter((p) => p.kind === "umlaut");
      const umlautNote = umlauts.length > 0 ? `umlauts written out (${umlauts.map((p) => `${p.query} / ${p.entity}`).join(", ")})` : "";
      const notes = [...spelled, typos > 0 ? `${typos} typo${typos > 1 ? "s" : ""}` : "", abbreviations > 0 ? "abbreviated" : "", cognateNote, countryNote, umlautNote, wordsNote(name)].filter((n) => n);
      return `similar to ${target} (${name.similarity.toFixed(2)}${notes.length ? `; ${notes.join(", ")}` : ""})`;
    }
  }
}

/**
 * Words each name has and the other lacks ("trieste / padova"), or those of one name naming another
 * kind of organization ("hospital" of "Kobe University Hospital" against "Kobe University"), else words on one side only.
 */
function wordsNote(name: NameEvidence): string {
  if (name.conflictWeight > 0 && (name.unmatchedQuery.length === 0 || name.unmatchedEntity.length === 0)) return `another kind of organization: ${[...name.unmatchedQuery, ...name.unmatchedEntity].join(" ")}`;
  if (name.conflictWeight > 0) return `words differ (${name.unmatchedQuery.join(" ")} / ${name.unmatchedEntity.join(" ")})`;
  return name.unmatchedQuery.length + name.unmatchedEntity.length > 0 ? "words missing or extra" : "";
}

function describeField(f: FieldEvidence): string {
  const label = f.field === "identifier" ? (f.detail ?? "identifier").toUpperCase() : FIELD_LABEL[f.field];
  if (f.field === "city" && f.detail) return `city ${f.detail} (${f.entity ?? f.query})`;
  if (f.outcome === "same") return `same ${label}`;
  if (f.outcome === "similar") return `similar ${label}`;
  if (f.field === "country") return `different country (${f.query} vs ${f.entity})`;
  return `${label} differs`;
}

/**
 * A one-line human explanation of a match.
 *
 * @example
 * explainMatch(nameEvidence, fields) //=> "acronym of the name; same country; postal code differs"
 */
export function explainMatch(name: NameEvidence, fields: readonly FieldEvidence[]): string {
  return [describeName(name), ...fields.filter((f) => f.outcome !== "missing").map(describeField)].join("; ");
}
