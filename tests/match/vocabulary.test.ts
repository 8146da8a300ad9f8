import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cognateOf, cognateStem } from "../../src/match/cognate-key.js";
import { allowedEdits, differentStartUnlike, letterMask, phoneticCode, tokenSimilarity } from "../../src/match/token-similarity.js";
import { Vocabulary } from "../../src/match/vocabulary.js";

const isFuzzy = (t: string): boolean => t.length >= 4 && /^[a-z0-9]+$/.test(t);
const trigrams = (t: string): string[] => Array.from({ length: t.length }, (_, i) => ` ${t} `.slice(i, i + 3));

/**
 * What `similar` answers, by reading every known token: those sharing enough trigrams with the
 * word (of the trigrams some token holds) that pass the length, start and similarity tests, and
 * those of the same sound or cognate stem that are similar enough; best first, then by id.
 */
function reference(v: Vocabulary, token: string): { id: number; similarity: number }[] {
  const usable = trigrams(token).filter((g) => v.tokens.some((t) => isFuzzy(t) && trigrams(t).includes(g)));
  const threshold = Math.min(Math.max(1, token.length - 3 * allowedEdits(token.length + 1)), usable.length);
  const sound = phoneticCode(token);
  const cognate = cognateOf(token);
  const out: { id: number; similarity: number }[] = [];
  v.tokens.forEach((other, id) => {
    if (!isFuzzy(other) || (v.df[id] ?? 0) === 0) return;
    const s = tokenSimilarity(token, other);
    if (s.similarity < 0.7 || s.kind === "exact") return;
    // (a token is listed once per time it holds a trigram)
    const shared = usable.reduce((n, g) => n + trigrams(other).filter((h) => h === g).length, 0);
    const far = Math.abs(other.length - token.length) > 3;
    const byTrigrams = threshold > 0 && shared >= threshold
      && (!far || (other.slice(0, 2) === token.slice(0, 2) && (other.startsWith(token) || token.startsWith(other))))
      && (other[0] === token[0] || !differentStartUnlike(token.length, other.length, letterMask(token), letterMask(other)));
    const bySound = sound.length >= 2 && phoneticCode(other) === sound;
    const byCognate = cognate !== "" && cognateOf(other) !== "" && cognateStem(cognateOf(other)) === cognateStem(cognate);
    if (byTrigrams || bySound || byCognate) out.push({ id, similarity: s.similarity });
  });
  return out.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
}

// words of a few stems with endings of many lengths, some with a letter changed, so that typos
// and abbreviations of every length difference abound
const stem = fc.string({ unit: fc.constantFrom(..."aeinrstk"), minLength: 4, maxLength: 12 });
const ending = fc.constantFrom("", "e", "en", "ion", "isch", "ation", "ational", "ationalisation");
const vocabulary = fc.tuple(fc.array(stem, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), ending, fc.nat(), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 60 }))
  .map(([stems, picks]) => ({
    stems,
    words: picks.map(([i, end, at, typo]) => {
      const w = (stems[i % stems.length] as string) + end;
      return typo ? `${w.slice(0, at % w.length)}k${w.slice((at % w.length) + 1)}` : w;
    }),
    live: picks.map((p) => p[4]),
  }));

describe("Vocabulary.similar", () => {
  it("answers what reading every known token answers: near words by trigrams, far ones only as abbreviations", () => {
    fc.assert(fc.property(vocabulary, ({ stems, words, live }) => {
      const v = new Vocabulary(100_000);
      words.forEach((w, i) => {
        const id = v.intern(w);
        if (live[i]) v.df[id] = 1;
      });
      for (const token of [...words, ...stems, ...stems.map((s) => `${s}ationa`)]) {
        // a large limit: every answer, so the order alone is compared beyond the set
        expect(v.similar(token, 1000).map(({ id, similarity }) => ({ id, similarity }))).toEqual(reference(v, token));
      }
    }), { numRuns: 200 });
  });

  it("finds a word cut short and a word run on, however far their lengths", () => {
    const v = new Vocabulary(100_000);
    for (const w of ["internationalisation", "interna", "international", "nationalisation"]) v.df[v.intern(w)] = 1;
    const found = (t: string): string[] => v.similar(t, 10).map((s) => v.tokens[s.id] as string);
    // a typo of "international", eight characters shorter than one word it begins and five longer than another
    expect(found("internationa").sort()).toEqual(["interna", "international", "internationalisation"]);
    // an abbreviation shorter than half the word is too little of it
    expect(found("interna")).not.toContain("internationalisation");
    // a trigram held twice ("sch" in "fischerbosch") counts twice, as its postings list the word twice
    // ("chinstitute" holds the query's other trigrams: all of them count)
    for (const w of ["fischerbosch", "chinstitute"]) v.df[v.intern(w)] = 1;
    expect(found("fischerboschinstitute")).toEqual(["fischerbosch"]);
  });
});
