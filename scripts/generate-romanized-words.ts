/**
 * Generates src/normalize/data/romanized-words.json: the Chinese, Japanese and Korean words of the
 * East Asian tables (east-asian-words.json by hand, east-asian-learned.json learned) as names written
 * in Latin letters spell them, with their English: "daxue" and "daigaku" (大学) university, "xibei"
 * (西北) northwest, "kenkyusho" (研究所) research institute, "byeongwon" (병원) hospital. A name such
 * as "Kobe Yakka Daigaku" or "Xibei Shifan Daxue" then reads as its English name does.
 *
 * Each word of two characters or more is read the ways such names are written: Han characters in
 * toneless pinyin and in their Sino-Japanese reading (with the doubled consonant of 学会 "gakkai" as
 * well as "gakukai"), Hangul in the revised and the older romanization; the syllables run together,
 * as in "Dàxué". A spelling is kept when
 * - it has MIN_LETTERS letters or more,
 * - it means one thing: the hand-made table's English where it gives one, else the learned table's,
 * - it is no word of the other tables (abbreviations, translations, connecting words, legal forms),
 *   unless the abbreviations read it as one of several words it means ("keji", 科技: science and technology),
 * - the names of the shared ROR organizations outside East Asia hold it fewer than
 *   MAX_FOREIGN_NAMES times ("mineral", "salon" and "bank" are read as written), and their display
 *   names (in English) fewer than MAX_DISPLAY_NAMES times (a place: "Fujian", not 复健 rehabilitation),
 * - and its English is ordinary words of organization names, each held by MIN_VOCABULARY_NAMES of
 *   those names or more: a place ("名古屋" nagoya) is written in Latin letters as it is said, never in
 *   the reading of its characters ("meikooku").
 *
 * Usage: npm run generate:romanized
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadOrganizations, variantsOf } from "../benchmarks/ror-data.js";
import abbreviations from "../src/normalize/data/abbreviations.json";
import learned from "../src/normalize/data/east-asian-learned.json";
import table from "../src/normalize/data/east-asian-words.json";
import legalForms from "../src/normalize/data/legal-forms.json";
import stopwords from "../src/normalize/data/stopwords.json";
import equivalents from "../src/normalize/data/word-equivalents.json";
import { foldText } from "../src/normalize/fold.js";
import { hanSyllable, hangulSyllable } from "../src/normalize/romanize.js";

/** Spellings shorter than this ("ika", "gui") are too often other words. */
const MIN_LETTERS = 4;
/** Names of organizations outside East Asia that may hold a spelling before it is left out. */
const MAX_FOREIGN_NAMES = 2;
/** Display names of any organization that may hold a spelling before it is left out. */
const MAX_DISPLAY_NAMES = 2;
/** Names outside East Asia that must hold each English word. */
const MIN_VOCABULARY_NAMES = 3;
const EAST_ASIA = new Set(["CN", "TW", "HK", "MO", "JP", "KR", "KP", "SG"]);

const HAN = /^\p{Script=Han}+$/u;
const HANGUL = /^[\uac00-\ud7a3]+$/;

/** Sino-Japanese readings run together, with a final ku, ki, tsu or chi before k, s, t or p doubling that consonant ("gaku" + "kai": "gakkai"). */
function joinedOn(parts: string[]): string[] {
  let doubled = parts[0] as string;
  for (const part of parts.slice(1)) {
    const ending = /(ku|ki|tsu|chi)$/.exec(doubled)?.[1] ?? "";
    const doubles = ending !== "" && /^[kstp]/.test(part) && (ending === "ku" || ending === "ki" ? part[0] === "k" : true);
    doubled = doubles ? `${doubled.slice(0, -ending.length)}${part[0]}${part}` : doubled + part;
  }
  const plain = parts.join("");
  return doubled === plain ? [plain] : [plain, doubled];
}

/** The Latin spellings of one word of the tables. */
function spellings(word: string): string[] {
  const characters = [...word];
  if (characters.length < 2) return [];
  if (HAN.test(word)) {
    const out: string[] = [];
    const pinyin = characters.map((c) => hanSyllable(c, "mandarin"));
    if (pinyin.every((r) => r !== undefined)) out.push(pinyin.join(""));
    const on = characters.map((c) => hanSyllable(c, "japanese"));
    if (on.every((r) => r !== undefined)) out.push(...joinedOn(on as string[]));
    return out;
  }
  if (HANGUL.test(word)) return (["revised", "older"] as const).map((r) => characters.map((c) => hangulSyllable(c, r)).join(""));
  return [];
}

/** English by spelling, from one table: a spelling that means several things there maps to them all. */
function meanings(words: Record<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [word, english] of Object.entries(words)) {
    if (english === "") continue;
    for (const spelling of spellings(word)) {
      if (spelling.length < MIN_LETTERS || !/^[a-z]+$/.test(spelling)) continue;
      const set = out.get(spelling) ?? new Set<string>();
      set.add(english);
      out.set(spelling, set);
    }
  }
  return out;
}

const byHand = meanings(table.words);
const byLearning = meanings(learned.words);

// words the other tables read already, or read otherwise
const taken = new Set<string>([...stopwords.connectors, ...stopwords.articles]);
for (const table of [abbreviations.canonical, equivalents.canonical] as Record<string, string[]>[]) {
  for (const [canonical, variants] of Object.entries(table)) for (const w of [canonical, ...variants]) taken.add(w);
}
for (const [key] of legalForms.forms as [string, ...unknown[]][]) for (const w of key.split(" ")) taken.add(w);
// ... but a spelling the abbreviations read as one of its English words reads as them all ("keji",
// 科技: technology there, science and technology here)
const abbreviated = new Map<string, string>();
for (const [canonical, variants] of Object.entries(abbreviations.canonical as Record<string, string[]>)) for (const v of variants) abbreviated.set(v, canonical);
const canonicalOf = (word: string): string => abbreviated.get(word) ?? word;
const readsMore = (spelling: string, english: string): boolean =>
  abbreviated.has(spelling) && english.includes(" ") && english.split(" ").some((w) => canonicalOf(w) === abbreviated.get(spelling));

// how many names outside East Asia hold each word, and how many display names
const foreign = new Map<string, number>();
const display = new Map<string, number>();
for (const o of loadOrganizations()) {
  for (const w of new Set(foldText(o.name).split(/[^a-z0-9]+/))) display.set(w, (display.get(w) ?? 0) + 1);
  if (o.country && EAST_ASIA.has(o.country)) continue;
  const words = new Set<string>();
  for (const text of [o.name, ...variantsOf(o).map((v) => v.text)]) for (const w of foldText(text).split(/[^a-z0-9]+/)) words.add(w);
  for (const w of words) foreign.set(w, (foreign.get(w) ?? 0) + 1);
}

const words: Record<string, string> = {};
let ambiguous = 0;
let common = 0;
let places = 0;
for (const spelling of [...new Set([...byHand.keys(), ...byLearning.keys()])].sort()) {
  const english = byHand.get(spelling) ?? (byLearning.get(spelling) as Set<string>);
  if (english.size > 1) {
    ambiguous++;
    continue;
  }
  if ((taken.has(spelling) && !readsMore(spelling, [...english][0] as string)) || (foreign.get(spelling) ?? 0) >= MAX_FOREIGN_NAMES || (display.get(spelling) ?? 0) >= MAX_DISPLAY_NAMES) {
    common++;
    continue;
  }
  const meaning = [...english][0] as string;
  if (meaning.split(" ").some((w) => (foreign.get(w) ?? 0) < MIN_VOCABULARY_NAMES)) {
    places++;
    continue;
  }
  words[spelling] = meaning;
}
const out = fileURLToPath(new URL("../src/normalize/data/romanized-words.json", import.meta.url));
writeFileSync(out, `${JSON.stringify({ _comment: "Generated by scripts/generate-romanized-words.ts from east-asian-words.json and east-asian-learned.json: a Chinese, Japanese or Korean word as names in Latin letters spell it (pinyin, Sino-Japanese, Korean romanization; syllables run together) -> its English. Do not edit.", words }, null, 1)}\n`);
console.log(`${Object.keys(words).length} spellings written; left out: ${ambiguous} with several meanings, ${common} other words, ${places} places or names`);
