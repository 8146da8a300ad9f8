import { describe, expect, it } from "vitest";
import { normalizeName, phraseReading } from "../../src/normalize/index.js";
import { replacePhrases } from "../../src/normalize/phrases.js";

const reading = (raw: string): string | undefined => phraseReading(normalizeName(raw, { typos: true }))?.core;

describe("phraseReading", () => {
  it("reads the phrases of one kind of institution in several languages alike", () => {
    expect(reading("Fulda University of Applied Sciences")).toBe("fulda uas");
    expect(reading("Hochschule Fulda")).toBe("uas fulda");
    expect(reading("Hogeschool Leiden")).toBe("uas leiden");
    expect(reading("Tampereen ammattikorkeakoulu")).toBe("tampereen uas");
    expect(reading("Lodz University of Technology")).toBe("lodz technical university");
    expect(reading("Politechnika Łódzka")).toBe("technical university lodzka");
    expect(reading("Diakonhjemmet høgskole")).toBe("diakonhjemmet university college");
  });
  it("reads compound words of such names as their words", () => {
    expect(reading("Universitätsklinikum Frankfurt")).toBe("university hospital frankfurt");
    expect(reading("Forschungszentrum Jülich")).toBe("research center julich");
    expect(reading("Universitair Ziekenhuis Gent")).toBe("university hospital gent");
  });
  it("reads the words of Vietnamese names, written in two or three syllables, as one word each", () => {
    expect(reading("Trường Đại học Kinh tế Thành phố Hồ Chí Minh")).toBe("university economics ho chi minh city");
    expect(reading("Học viện Ngân hàng")).toBe("academy banking");
    expect(reading("Bệnh viện Ung bướu thành phố Cần Thơ")).toBe("hospital ung buou city can tho");
  });
  it("reads Japanese words of two words written in Latin letters as their English", () => {
    expect(reading("Iida Tanki Daigaku")).toBe("iida junior college");
    expect(reading("Hirosaki Iryo Fukushi Daigaku Tanki Daigakubu")).toBe("hirosaki medical welfare university junior college");
    expect(reading("Sapporo Ika Daigaku")).toBe("sapporo medical university");
  });
  it("reads a teachers' college as a normal college, as Chinese names translate 师范", () => {
    expect(reading("Huainan Teachers College")).toBe("huainan normal college");
    expect(reading("Shanxi Teachers University")).toBe("shanxi normal university");
    expect(reading("Kabwe Teacher Training College")).toBe("kabwe normal college");
  });
  it("matches phrases on canonical words, abbreviations included, the longest first", () => {
    expect(reading("Univ. of Applied Sci. Leiden")).toBe("uas leiden");
    expect(reading("Hochschule für angewandte Wissenschaften München")).toBe("uas munich");
  });
  it("is undefined for a name without a phrase, and reads no acronyms", () => {
    expect(reading("Acme Holdings Ltd")).toBeUndefined();
    expect(reading("University of Oxford")).toBeUndefined();
    const n = phraseReading(normalizeName("Technische Hochschule Augsburg"));
    expect(n?.tokens).toEqual(["technical", "uas", "augsburg"]);
    expect(n?.acronyms).toEqual([]);
    expect(n?.key).toBe("technicaluasaugsburg");
  });
  it("returns the same array when no phrase is there", () => {
    const words = ["acme", "university"];
    expect(replacePhrases(words)).toBe(words);
    expect(replacePhrases(["of", "university", "of", "applied", "science", "of"])).toEqual(["of", "uas", "of"]);
  });
});
