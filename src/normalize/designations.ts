/**
 * Splits a raw name at designation markers: "A d/b/a B (formerly C) c/o D" ->
 * main "A", trade names ["B"], former names ["C"], care-of ["D"].
 */
import designations from "./data/designations.json";

export type DesignationKind = "trade" | "former" | "careOf" | "attention";

export interface DesignationParts {
  main: string;
  trade: string[];
  former: string[];
  careOf: string[];
  attention: string[];
}

const SPACES_AND_DOTS = /[ .]/g;

function phrasePattern(phrase: string): string {
  let out = "";
  for (const ch of phrase) {
    if (ch === "/") out += " ?/ ?";
    else if (ch === ".") out += "\\.?";
    else if (ch === " ") out += " ";
    else if (ch === "-") out += "-";
    else out += ch.replace(/[\\^$*+?()[\]{}|]/g, "\\$&");
  }
  return out;
}

const KIND_BY_PHRASE = new Map<string, DesignationKind>();
for (const [phrase, kind] of designations.markers as [string, DesignationKind][]) KIND_BY_PHRASE.set(phrase, kind);
/** phrase without spaces and dots -> the kind of the first phrase written so ("d/b/a" and "d.b.a." -> trade) */
const KIND_BY_LETTERS = new Map<string, DesignationKind>();
for (const [phrase, kind] of KIND_BY_PHRASE) {
  const letters = phrase.replace(SPACES_AND_DOTS, "");
  if (!KIND_BY_LETTERS.has(letters)) KIND_BY_LETTERS.set(letters, kind);
}

// Longest phrases first so "formerly known as" wins over "formerly". Alternation of literals
// anchored on word boundaries: linear time, no nested quantifiers.
const phrases = [...KIND_BY_PHRASE.keys()].sort((a, b) => b.length - a.length);
const MARKER = new RegExp(`(?<![\\p{L}\\p{N}])(${phrases.map(phrasePattern).join("|")})(?![\\p{L}\\p{N}])`, "giu");
/** Cheap pre-check: every marker contains one of these letter pairs; most names contain none. */
const MAY_HAVE_MARKER = /dba|d\.b|d ?\/|t ?\/ ?a|aka|a\.k|a ?\/ ?k|fka|f\.k|f ?\/ ?k|c ?\/ ?o|trading|known|formerl|previous|vormals|ancienn|successor|care of|attn|payable|receivable|ap dep|a\/p dep/i;
const SQUEEZE = /[ \t\r\n\f\v\u00a0\u2000-\u200b\u3000]+/g;
const EDGE_PUNCTUATION = /^[\s,;:.\-–—)(\]["']+|[\s,;:\-–—(\["']+$/g;

function kindOf(marker: string): DesignationKind {
  return KIND_BY_LETTERS.get(marker.toLowerCase().replace(SPACES_AND_DOTS, "")) ?? "trade";
}

function clean(part: string): string {
  let text = part.replace(EDGE_PUNCTUATION, "");
  // a part that was opened by "(" before its marker loses the matching ")"
  const open = (text.match(/\(/g) ?? []).length;
  const close = (text.match(/\)/g) ?? []).length;
  if (close > open && text.endsWith(")")) text = text.slice(0, -1).trim();
  return text.trim();
}

function addPart(parts: DesignationParts, kind: DesignationKind | null, text: string): void {
  const part = clean(text);
  if (kind === null) parts.main = part;
  else if (part.length > 0) parts[kind].push(part);
}

/**
 * Cuts a raw name into its main name and the names introduced by d/b/a, t/a, a/k/a,
 * f/k/a, formerly, c/o, attn ... A designation's text runs to the next marker.
 *
 * @example
 * splitDesignations("Acme Ltd (formerly Acme Widgets) t/a WidgetWorld")
 * //=> { main: "Acme Ltd", trade: ["WidgetWorld"], former: ["Acme Widgets"], careOf: [], attention: [] }
 */
export function splitDesignations(raw: string): DesignationParts {
  const parts: DesignationParts = { main: raw, trade: [], former: [], careOf: [], attention: [] };
  if (!MAY_HAVE_MARKER.test(raw)) return parts;
  const text = raw.replace(SQUEEZE, " ");
  let cursor = 0;
  let currentKind: DesignationKind | null = null;
  let firstMarker = "";
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
    if (firstMarker === "") firstMarker = m[0];
    addPart(parts, currentKind, text.slice(cursor, m.index));
    currentKind = kindOf(m[1] ?? "");
    cursor = m.index + m[0].length;
  }
  addPart(parts, currentKind, text.slice(cursor));
  // nothing before the first marker ("c/o Acme Ltd", "d/b/a Widgets"): the first designated name is the name
  if (parts.main.length === 0) {
    for (const kind of ["trade", "former", "careOf", "attention"] as const) {
      if (parts[kind].length > 0) {
        parts.main = parts[kind].shift() as string;
        break;
      }
    }
    // nothing but markers ("AKA", "d/b/a - d/b/a"): the first marker is the name (one marker, so
    // that the name read again is the same name)
    if (parts.main.length === 0) parts.main = clean(firstMarker);
  }
  return parts;
}
