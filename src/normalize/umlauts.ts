/**
 * German umlauts written out: systems without them spell "Müller" as "Mueller", while folding
 * (see `foldText`) reads it "muller", as English-language systems write it. Both are read alike by
 * dropping the "e" of "ae", "oe" and "ue" where it stands for an umlaut's dots.
 */

/** Words shorter than this ("uel", "aes", "fuer") are more often acronyms or small words than written-out umlauts. */
const MIN_LENGTH = 5;

/**
 * Whether the "e" at `at` in a folded word stands for an umlaut's dots: it follows an a, o or u that
 * follows no vowel and no "q" ("bauer", "queen" keep theirs), and a consonant follows it ("blue",
 * "boeing" keep theirs).
 */
function umlautE(word: string, at: number): boolean {
  if (word.charCodeAt(at) !== 101 || at === 0 || at + 1 >= word.length || word.length < MIN_LENGTH) return false;
  const vowel = word.charCodeAt(at - 1);
  if (vowel !== 97 && vowel !== 111 && vowel !== 117) return false;
  if (at >= 2) {
    const before = word.charCodeAt(at - 2);
    if (isVowel(before) || before === 113) return false;
  }
  const next = word.charCodeAt(at + 1);
  return next >= 97 && next <= 122 && !isVowel(next);
}

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

/**
 * A folded word with its written-out umlauts read as plain vowels.
 *
 * @example
 * umlautBase("muenchen") //=> "munchen"
 * umlautBase("koeln")    //=> "koln"
 * umlautBase("bauer")    //=> "bauer"
 * umlautBase("aecr")     //=> "aecr" (too short)
 */
export function umlautBase(word: string): string {
  let out: string | undefined;
  let from = 0;
  for (let i = 1; i < word.length - 1; i++) {
    if (!umlautE(word, i)) continue;
    out = (out ?? "") + word.slice(from, i);
    from = i + 1;
  }
  return out === undefined ? word : out + word.slice(from);
}

/**
 * Whether two different folded words are one word with its umlauts written out in one or both, and
 * not in the other ("mueller" / "muller", "boehm" / "bohm"). No string is built.
 *
 * @example
 * sameUmlautBase("mueller", "muller") //=> true
 * sameUmlautBase("bauer", "baur")     //=> false
 */
export function sameUmlautBase(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a.charCodeAt(i) === b.charCodeAt(j)) {
      i++;
      j++;
    } else if (i < a.length && umlautE(a, i)) i++;
    else if (j < b.length && umlautE(b, j)) j++;
    else return false;
  }
  return true;
}
