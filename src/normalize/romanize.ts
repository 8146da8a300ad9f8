/**
 * Chinese, Japanese and Korean names read in Latin letters, so that "沈阳工业大学" can meet
 * "Shenyang University of Technology": common organizational words become their English
 * (大学 -> university, 病院 -> hospital, 연구소 -> research institute), and what remains is read
 * aloud: Han characters in Mandarin pinyin or their Sino-Japanese reading, kana in Hepburn, Hangul in
 * Revised Romanization.
 */
import table from "./data/east-asian-words.json";
import learned from "./data/east-asian-learned.json";
import onReadings from "./data/han-japanese.json";
import japaneseNames from "./data/han-japanese-names.json";
import pinyin from "./data/han-pinyin.json";
import readings from "./data/kana-hangul.json";
import { isPrefixForm } from "./legal-forms.js";

interface WordTable {
  english: Map<string, string>;
  longest: number;
  /** First characters of the words: where a word may start, other scripts included ("(주)"). */
  starts: Set<string>;
}
function wordTable(words: Record<string, string>): WordTable {
  const english = new Map<string, string>(Object.entries(words));
  return { english, longest: Math.max(0, ...[...english.keys()].map((w) => w.length)), starts: new Set([...english.keys()].map((w) => w[0] as string)) };
}
/** The hand-made words; those learned from the shared data apply only where no hand-made word does. */
const WORDS = wordTable(table.words);
const LEARNED = wordTable(learned.words);
/** Japanese place and family names read otherwise than their characters' on readings ("渡辺" -> "watanabe"). */
const NAMES = wordTable(Object.fromEntries(japaneseNames.names.split(",").filter((pair) => pair !== "").map((pair) => pair.split(":"))));
const KANA = new Map<string, string>(Object.entries(readings.kana));
/** How Han characters are read: in Mandarin pinyin, or in their Sino-Japanese (on) reading. */
export type HanReading = "mandarin" | "japanese";

function readingsOf(syllables: Record<string, string>): Map<number, string> {
  const out = new Map<number, string>();
  for (const [syllable, characters] of Object.entries(syllables)) {
    for (const c of characters) out.set(c.codePointAt(0) as number, syllable);
  }
  return out;
}
const HAN: Record<HanReading, Map<number, string>> = { mandarin: readingsOf(pinyin.syllables), japanese: readingsOf(onReadings.syllables) };
/** How Hangul is read: Revised Romanization, or the older spelling many institutions keep. */
export type HangulReading = "revised" | "older";
const HANGUL: Record<HangulReading, { initials: string[]; medials: string[] }> = { revised: readings.hangul, older: readings.hangulOlder };
const { finals } = readings.hangul;

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const SMALL_TSU = new Set(["っ", "ッ"]);
const LONG_VOWEL = "ー";
/** Kana that only lengthen the vowel before them (おう, うう, おお), written once as English spellings do ("Tokyo"). */
const LENGTHENING = new Map<string, string>(Object.entries(readings.lengthening));
/** Han ideographs, kana and Hangul syllables: the characters read here. */
const EAST_ASIAN = /[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]/;

const enum Script { None, Han, Kana, Hangul }

function scriptOf(code: number): Script {
  if (code >= 0x3041 && code <= 0x30ff && code !== 0x30fb) return Script.Kana; // not the middle dot "・"
  if ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) return Script.Han;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return Script.Hangul;
  return Script.None;
}

/**
 * How one Han character reads alone: in toneless pinyin or its Sino-Japanese reading, or undefined.
 *
 * @example
 * hanSyllable("学", "mandarin") //=> "xue"
 * hanSyllable("学", "japanese") //=> "gaku"
 */
export function hanSyllable(character: string, han: HanReading): string | undefined {
  return HAN[han].get(character.codePointAt(0) as number);
}

/**
 * How one Hangul syllable reads, in Revised Romanization or the older spelling.
 *
 * @example
 * hangulSyllable("대", "revised") //=> "dae"
 * hangulSyllable("대", "older")   //=> "tae"
 */
export function hangulSyllable(character: string, hangul: HangulReading): string {
  return hangulReading(character.codePointAt(0) as number, hangul);
}

function hangulReading(code: number, hangul: HangulReading): string {
  const s = code - HANGUL_FIRST;
  const { initials, medials } = HANGUL[hangul];
  return `${initials[Math.floor(s / 588)]}${medials[Math.floor((s % 588) / 28)]}${finals[s % 28]}`;
}

/** The longest word of the table starting at `i`, as [length, English], or undefined. */
function wordAt(words: WordTable, text: string, i: number): [number, string] | undefined {
  if (!words.starts.has(text[i] as string)) return undefined;
  for (let length = Math.min(words.longest, text.length - i); length >= 1; length--) {
    const english = words.english.get(text.slice(i, i + length));
    if (english !== undefined) return [length, english];
  }
  return undefined;
}

/** The longest word of `words` at `i` that no hand-made word overlaps ("清华大学": not "华大", as "大学" starts inside it). */
function unoverlappedWordAt(words: WordTable, text: string, i: number): [number, string] | undefined {
  const word = wordAt(words, text, i);
  if (word === undefined) return undefined;
  for (let j = i + 1; j < i + word[0]; j++) if (wordAt(WORDS, text, j) !== undefined) return undefined;
  return word;
}

/** How a name is read (see `romanizeEastAsian`). */
export interface ReadingOptions {
  /** Written between the syllables of a word of Han characters, where a caller may split it into words. */
  syllableBreak?: string;
  /** Written before each word read from kana, most often a word borrowed from another language ("カルピス" -> "karupisu"). */
  kanaMark?: string;
  /** Whether to translate the words learned from the shared data too ("交通" -> transport); default true. */
  learnedWords?: boolean;
  /**
   * Whether to translate the words of the table written in kana ("センター" -> center); default true.
   * Off, kana are read as they sound: a brand made of borrowed words ("インバイオテックス", Inbiotex)
   * is one word then, not "in biology technology su".
   */
  kanaWords?: boolean;
}

/**
 * The name with its Chinese, Japanese and Korean parts read in Latin letters, or `undefined` when
 * it has none. Words of the table become English words of their own; other characters of one
 * script in a row make one word ("沈阳" -> "shenyang"); Latin parts are kept as they are. `han` and
 * `hangul` choose how Han characters and Hangul are read, `options` what else (see `ReadingOptions`).
 *
 * @example
 * romanizeEastAsian("沈阳工业大学")                      //=> "shenyang technology university"
 * romanizeEastAsian("株式会社トヨタ")                    //=> "toyota co ltd"
 * romanizeEastAsian("立命館大学", "japanese")            //=> "ritsumeikan university"
 * romanizeEastAsian("北野建設株式会社", "japanese")      //=> "kitano construction co ltd" (a family name, read natively)
 * romanizeEastAsian("전남대학교", "mandarin", "older")  //=> "chonnam university"
 * romanizeEastAsian("上海交通大学")                      //=> "shanghai transport university"
 * romanizeEastAsian("上海交通大学", "mandarin", "revised", { syllableBreak: "·", learnedWords: false })
 * //=> "shang·hai·jiao·tong university"
 * romanizeEastAsian("Acme GmbH")                        //=> undefined
 */
export function romanizeEastAsian(name: string, han: HanReading = "mandarin", hangul: HangulReading = "revised", options: ReadingOptions = {}): string | undefined {
  if (!EAST_ASIAN.test(name)) return undefined;
  const { syllableBreak = "", kanaMark = "", learnedWords = true, kanaWords = true } = options;
  const hanReadings = HAN[han];
  const text = name.normalize("NFKC");
  // a legal form written first ("株式会社トヨタ") goes last, where it is in English ("Toyota Co Ltd")
  const first = wordAt(WORDS, text, 0);
  const formFirst = first !== undefined && first[0] < text.length && isPrefixForm(text.slice(0, first[0]));
  let out = "";
  let run = Script.None; // script of the word being read aloud, None between words
  let double = false; // a small tsu before: double the next consonant
  let previous = ""; // the reading before, in the same word
  for (let i = formFirst ? (first as [number, string])[0] : 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const script = scriptOf(code);
    const word = (kanaWords || script !== Script.Kana ? wordAt(WORDS, text, i) : undefined) ?? (learnedWords && script !== Script.Kana ? unoverlappedWordAt(LEARNED, text, i) : undefined) ?? (han === "japanese" && script === Script.Han ? unoverlappedWordAt(NAMES, text, i) : undefined);
    if (word) {
      out += ` ${word[1]} `;
      run = Script.None;
      i += word[0];
      continue;
    }
    if (script === Script.None) {
      if (run !== Script.None) out += " ";
      run = Script.None;
      out += String.fromCodePoint(code);
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    if (run !== script) {
      out += script === Script.Kana ? ` ${kanaMark}` : " ";
      previous = "";
    }
    run = script;
    let reading: string;
    if (script === Script.Kana) {
      const pair = KANA.get(text.slice(i, i + 2));
      const ch = text[i] as string;
      if (SMALL_TSU.has(ch) || ch === LONG_VOWEL || (LENGTHENING.get(ch)?.includes(previous.at(-1) ?? "-") ?? false)) {
        double = SMALL_TSU.has(ch);
        i++;
        continue;
      }
      reading = pair ?? KANA.get(ch) ?? ""; // iteration and voicing marks
      i += pair ? 2 : 1;
    } else {
      reading = script === Script.Hangul ? hangulReading(code, hangul) : (hanReadings.get(code) ?? HAN.mandarin.get(code) ?? String.fromCodePoint(code));
      if (script === Script.Han && previous !== "") reading = syllableBreak + reading;
      i += code > 0xffff ? 2 : 1;
    }
    out += double && /^[bcdfghjkmpqrstvwxz]/.test(reading) ? (reading[0] as string) + reading : reading;
    double = false;
    previous = reading;
  }
  if (formFirst) out += ` ${(first as [number, string])[1]}`;
  return out.replace(/\s+/g, " ").trim();
}

/**
 * The runs of Han characters and Hangul of a name that no word of the table covers: what is read
 * aloud rather than translated.
 *
 * @example
 * untranslatedRuns("長崎県警察")   //=> ["警察"]  (長崎 -> nagasaki and 県 -> prefecture are words of the table)
 * untranslatedRuns("Acme GmbH")   //=> []
 */
export function untranslatedRuns(name: string): string[] {
  const text = name.normalize("NFKC");
  const runs: string[] = [];
  let run = "";
  const end = (): void => {
    if (run !== "") runs.push(run);
    run = "";
  };
  for (let i = 0; i < text.length; ) {
    const word = wordAt(WORDS, text, i);
    if (word) {
      end();
      i += word[0];
      continue;
    }
    const code = text.codePointAt(i) as number;
    const script = scriptOf(code);
    if (script === Script.Han || script === Script.Hangul) run += String.fromCodePoint(code);
    else end();
    i += code > 0xffff ? 2 : 1;
  }
  end();
  return runs;
}

const KANA_CHARACTER = /[\u3041-\u30fa]/;
const HANGUL_CHARACTER = /[\uac00-\ud7a3]/;

/**
 * Every likely reading of a Chinese, Japanese or Korean name in Latin letters: a name with kana is
 * Japanese, its Han characters read in their Sino-Japanese reading (and read again with its kana as
 * they sound, where the table translated some of them); a name of Han characters alone
 * may be Chinese or Japanese, so it is read both ways unless it holds a character Japanese is not
 * written with (simplified Chinese); [] for a name with neither. The readings with the learned words
 * translated come first, then those without them (a learned word may be part of a name: "交通" is
 * "transport", but Shanghai Jiao Tong University writes it as it sounds).
 *
 * @example
 * eastAsianReadings("立命館大学")     //=> ["limingguan university", "ritsumeikan university"]
 * eastAsianReadings("株式会社トヨタ") //=> ["toyota co ltd"]
 * eastAsianReadings("株式会社インバイオテックス") //=> ["in biology technology su co ltd", "inbaiotekkusu co ltd"]
 * eastAsianReadings("上海交通大学")  //=> ["shanghai transport university", "shanghaijiaotong university", ...]
 * eastAsianReadings("天童木工", { syllableBreak: "·" })  //=> ["tian·tong·mu·gong", "ten·do·boku·ko"]
 */
export function eastAsianReadings(name: string, options: Omit<ReadingOptions, "learnedWords"> = {}): string[] {
  if (!EAST_ASIAN.test(name)) return [];
  const out: string[] = [];
  for (const learnedWords of [true, false]) {
    const read = (han: HanReading, hangul: HangulReading = "revised"): void => {
      const reading = romanizeEastAsian(name, han, hangul, { ...options, learnedWords }) as string;
      if (!out.includes(reading)) out.push(reading);
    };
    if (KANA_CHARACTER.test(name)) {
      read("japanese");
      // and with kana read as they sound, where the table translated some ("インバイオテックス")
      if (learnedWords) {
        const aloud = romanizeEastAsian(name, "japanese", "revised", { ...options, kanaWords: false }) as string;
        if (!out.includes(aloud)) out.push(aloud);
      }
      continue;
    }
    read("mandarin");
    if (allHaveJapaneseReading(name)) read("japanese");
    if (HANGUL_CHARACTER.test(name)) read("mandarin", "older");
  }
  return out;
}

/** Whether every Han character of the name is one of Japanese writing (simplified Chinese ones are not: 阳, 业). */
function allHaveJapaneseReading(name: string): boolean {
  for (const ch of name) {
    const code = ch.codePointAt(0) as number;
    if (scriptOf(code) === Script.Han && !HAN.japanese.has(code)) return false;
  }
  return true;
}
