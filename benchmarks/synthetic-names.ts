/**
 * Synthetic company names for the scale benchmarks: made of the words of the 42,126 real ROR
 * names (so word frequencies are real), with a legal form and the country of the organization the
 * first words came from; and the slips a second system makes of them (a typo, a dropped word, a
 * word swapped for its abbreviation).
 */
import { loadOrganizations } from "./ror-data.js";

const FORMS = ["Inc.", "GmbH", "Ltd", "S.A.", "AG", "LLC", "B.V.", "SAS", "S.p.A.", "Corp.", "", "", ""];
const ABBREVIATIONS: Record<string, string> = { international: "intl", university: "univ", national: "natl", institute: "inst", company: "co", corporation: "corp", services: "svcs", management: "mgmt", technology: "tech", manufacturing: "mfg", association: "assoc", american: "amer", department: "dept" };

let usable: { words: string[]; country: string | null }[] | undefined;
function wordPool(): { words: string[]; country: string | null }[] {
  usable ??= loadOrganizations()
    .map((o) => ({ words: o.name.split(/\s+/).filter((w) => /^\p{L}{2,}$/u.test(w)), country: o.country }))
    .filter((o) => o.words.length > 0);
  return usable;
}

/** One synthetic company: one to three words of a real name, a word of another, a legal form (`core`: the name without it). */
export function syntheticCompany(rnd: () => number): { name: string; core: string; country: string | null } {
  const pool = wordPool();
  const a = pool[Math.floor(rnd() * pool.length)] as { words: string[]; country: string | null };
  const b = pool[Math.floor(rnd() * pool.length)] as { words: string[]; country: string | null };
  const take = 1 + Math.floor(rnd() * Math.min(3, a.words.length));
  const start = Math.floor(rnd() * (a.words.length - take + 1));
  const core = [...a.words.slice(start, start + take), b.words[Math.floor(rnd() * b.words.length)] as string].join(" ");
  const name = `${core} ${FORMS[Math.floor(rnd() * FORMS.length)] as string}`.trim();
  return { name, core, country: a.country };
}

/** The name with one slip: an abbreviated word, a dropped word, or two letters of its longest word swapped. */
export function perturbName(name: string, rnd: () => number): string {
  const w = name.split(" ");
  const kind = Math.floor(rnd() * 3);
  const abbreviable = w.findIndex((x) => ABBREVIATIONS[x.toLowerCase()] !== undefined);
  if (kind === 0 && abbreviable >= 0) w[abbreviable] = ABBREVIATIONS[(w[abbreviable] as string).toLowerCase()] as string;
  else if (kind === 1 && w.length > 2) w.splice(Math.floor(rnd() * (w.length - 1)), 1);
  else {
    const longest = w.reduce((x, y, i) => ((y.length > (w[x] as string).length ? i : x)), 0);
    const s = w[longest] as string;
    const at = 1 + Math.floor(rnd() * Math.max(1, s.length - 2));
    if (s.length > 3) w[longest] = s.slice(0, at) + (s[at + 1] ?? "") + (s[at] ?? "") + s.slice(at + 2);
  }
  return w.join(" ");
}
