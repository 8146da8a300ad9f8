/**
 * Generates src/normalize/data/legal-forms.json from the ISO 20275 Entity Legal Forms list
 * (../shared/data/legal-forms/elf-forms.csv) and scripts/legal-forms-supplement.json.
 *
 * Usage: npm run generate:data [-- path/to/elf-forms.csv]
 * Every spelling is normalized with the package's own foldText + tokenize, so a form is
 * recognised in a name exactly when its tokens appear there.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { foldText } from "../src/normalize/fold.js";
import { isPunctuation, tokenize } from "../src/normalize/tokenize.js";

interface Supplement {
  forms: [string, string, string | null][];
  nameHeadWords: string[];
  excludedKeys: string[];
  prefixKeys: string[];
}
interface ElfRow {
  code: string;
  country_code: string;
  local_name: string;
  transliterated_name: string;
  abbreviations_local: string;
  abbreviations_transliterated: string;
  status: string;
}

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const elfPath = process.argv[2] ?? here("../../shared/data/legal-forms/elf-forms.csv");
const supplement = JSON.parse(readFileSync(here("./legal-forms-supplement.json"), "utf8")) as Supplement;
const rows = parse(readFileSync(elfPath, "utf8"), { columns: true, skip_empty_lines: true }) as ElfRow[];

const excluded = new Set(supplement.excludedKeys);
const IDEOGRAPHIC = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
/**
 * A form's full name of this many words or more is taken however it is worded ("Agrupamento
 * Europeu de Interesse Económico"): three words of the list rarely end a name without being its
 * form (2 of the ROR names and aliases). Shorter ones need a head word: "Stiftung" is a name's word too.
 */
const WORDED_FORM_MIN = 3;
const headWords = new Set(supplement.nameHeadWords.map((w) => tokenize(foldText(w)).join(" ")));

function keyOf(text: string): string[] {
  return tokenize(foldText(text)).filter((t) => !isPunctuation(t));
}

/** key -> { text, forms: Map<country, code|null> } */
const table = new Map<string, { text: string; forms: Map<string, string | null> }>();
function addForm(text: string, country: string, code: string | null): void {
  const tokens = keyOf(text);
  const key = tokens.join(" ");
  // one letter is a form only in scripts where it stands for a word ("株" for 株式会社, "有" for 有限会社)
  if ((key.length < 2 && !IDEOGRAPHIC.test(key)) || excluded.has(key) || /^[0-9 ]+$/.test(key) || tokens.length > 8) return;
  let entry = table.get(key);
  if (!entry) {
    entry = { text: text.trim(), forms: new Map() };
    table.set(key, entry);
  }
  const known = entry.forms.get(country);
  if (known === undefined || known === null) entry.forms.set(country, code ?? known ?? null);
}

for (const [text, country, code] of supplement.forms) addForm(text, country, code);
for (const row of rows) {
  if (row.status !== "ACTV") continue;
  const abbreviations = [row.abbreviations_local, row.abbreviations_transliterated]
    .flatMap((cell) => cell.split(";"))
    .map((a) => a.trim())
    .filter((a) => a.length > 0);
  for (const a of abbreviations) addForm(a, row.country_code, row.code);
  for (const name of [row.local_name, row.transliterated_name]) {
    const tokens = keyOf(name);
    if (tokens.length > 0 && tokens.length <= 7 && (tokens.some((t) => headWords.has(t)) || tokens.length >= WORDED_FORM_MIN)) addForm(name, row.country_code, row.code);
  }
}

const forms = [...table.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([key, entry]) => [key, entry.text, [...entry.forms.entries()].sort().map(([country, code]) => (code ? [country, code] : [country]))]);
const prefixKeys = supplement.prefixKeys.map((k) => keyOf(k).join(" ")).sort();

const out = { source: "ISO 20275 ELF code list 2023-09-28 (GLEIF, CC0) + scripts/legal-forms-supplement.json", forms, prefixKeys };
writeFileSync(here("../src/normalize/data/legal-forms.json"), JSON.stringify(out) + "\n");
const countries = new Set(forms.flatMap((f) => (f[2] as string[][]).map((c) => c[0])));
console.log(`legal-forms.json: ${forms.length} spellings, ${countries.size} countries`);
