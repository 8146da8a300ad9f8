/**
 * Chinese, Japanese and Korean names read in Latin letters, so that "沈阳工业大学" can meet
 * "Shenyang University of Technology": common organizational words become their English
 * (大学 -> university, 病院 -> hospital, 연구소 -> research institute), and what remains is read
 * aloud: Han characters in Mandarin pinyin or their Sino-Japanese reading, kana in Hepburn, Hangul in
 * Revised Romanization.
 */
import table from "./data/east-asian-words.json";
import onReadings from "./data/han-japanese.json";
import pinyin from "./data/han-pinyin.json";
import readings from "./data/kana-hangul.json";

const WORDS = new Map<string, string>(Object.entries(table.words));
const LONGEST_WORD = Math.max(...[...WORDS.keys()].map((w) => w.length));
/** First characters of the words: where a word may start, other scripts included ("(주)"). */
const WORD_STARTS = new Set([...WORDS.keys()].map((w) => w[0] as string));
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

function hangulReading(code: number, hangul: HangulReading): string {
  const s = code - HANGUL_FIRST;
  const { initials, medials } = HANGUL[hangul];
  return `${initials[Math.floor(s / 588)]}${medials[Math.floor((s % 588) / 28)]}${finals[s % 28]}`;
}

/** The longest word of the table starting at `i`, as [length, English], or undefined. */
function wordAt(text: string, i: number): [number, string] | undefined {
  for (let length = Math.min(LONGEST_WORD, text.length - i); length >= 1; length--) {
    const english = WORDS.get(text.slice(i, i + length));
    if (english !== undefined) return [length, english];
  }
  return undefined;
}

/**
 * The name with its Chinese, Japanese and Korean parts read in Latin letters, or `undefined` when
 * it has none. Words of the table become English words of their own; other characters of one
 * script in a row make one word ("沈阳" -> "shenyang"); Latin parts are kept as they are. `han` and
 * `hangul` choose how Han characters and Hangul are read.
 *
 * @example
 * romanizeEastAsian("沈阳工业大学")                      //=> "shenyang technology university"
 * romanizeEastAsian("株式会社トヨタ")                    //=> "co ltd toyota"
 * romanizeEastAsian("立命館大学", "japanese")            //=> "ritsumeikan university"
 * romanizeEastAsian("전남대학교", "mandarin", "older")  //=> "chonnam university"
 * romanizeEastAsian("Acme GmbH")                        //=> undefined
 */
export function romanizeEastAsian(name: string, han: HanReading = "mandarin", hangul: HangulReading = "revised"): string | undefined {
  if (!EAST_ASIAN.test(name)) return undefined;
  const hanReadings = HAN[han];
  const text = name.normalize("NFKC");
  let out = "";
  let run = Script.None; // script of the word being read aloud, None between words
  let double = false; // a small tsu before: double the next consonant
  let previous = ""; // the reading before, in the same word
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const script = scriptOf(code);
    const word = WORD_STARTS.has(text[i] as string) ? wordAt(text, i) : undefined;
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
      out += " ";
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
      i += code > 0xffff ? 2 : 1;
    }
    out += double && /^[bcdfghjkmpqrstvwxz]/.test(reading) ? (reading[0] as string) + reading : reading;
    double = false;
    previous = reading;
  }
  return out.replace(/\s+/g, " ").trim();
}

const KANA_CHARACTER = /[\u3041-\u30fa]/;
const HANGUL_CHARACTER = /[\uac00-\ud7a3]/;

/**
 * Every likely reading of a Chinese, Japanese or Korean name in Latin letters: a name with kana is
 * Japanese, its Han characters read in their Sino-Japanese reading; a name of Han characters alone
 * may be Chinese or Japanese, so it is read both ways unless it holds a character Japanese is not
 * written with (simplified Chinese); [] for a name with neither.
 *
 * @example
 * eastAsianReadings("立命館大学")     //=> ["limingguan university", "ritsumeikan university"]
 * eastAsianReadings("株式会社トヨタ") //=> ["co ltd toyota"]
 */
export function eastAsianReadings(name: string): string[] {
  if (!EAST_ASIAN.test(name)) return [];
  if (KANA_CHARACTER.test(name)) return [romanizeEastAsian(name, "japanese") as string];
  const out = [romanizeEastAsian(name, "mandarin") as string];
  const add = (reading: string): void => {
    if (!out.includes(reading)) out.push(reading);
  };
  if (allHaveJapaneseReading(name)) add(romanizeEastAsian(name, "japanese") as string);
  if (HANGUL_CHARACTER.test(name)) add(romanizeEastAsian(name, "mandarin", "older") as string);
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
