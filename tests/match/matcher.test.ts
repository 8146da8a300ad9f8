import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { companyDomain, comparisonVector, type ComparisonVector, createMatcher, createMatcherReport, DEFAULT_WEIGHTS, estimateDisagreementWeights, estimateWeights, InvalidRecordError, overWeights, RECORD_PAIR_WEIGHTS, type EntityInput } from "../../src/match/index.js";
import { NameIndex } from "../../src/match/name-index.js";
import { trailingCountry } from "../../src/match/matcher.js";
import { cutShortSimilarity, typoKeySimilarity } from "../../src/match/name-similarity.js";
import { normalizeName, phraseReading } from "../../src/normalize/index.js";

const ENTITIES: EntityInput[] = [
  { id: "ibm", name: "International Business Machines Corporation", country: "US", city: "Armonk", website: "https://www.ibm.com", identifiers: { lei: "VGRQXHF3J8VDLUA7XE92" } },
  { id: "ibm-de", name: "IBM Deutschland GmbH", country: "DE", city: "Ehningen" },
  { id: "ge", name: "General Electric Company", country: "US" },
  { id: "boa", name: "Bank of America Corporation", country: "US" },
  { id: "pwc", name: "PricewaterhouseCoopers LLP", country: "GB" },
  { id: "siemens", name: "Siemens Aktiengesellschaft", country: "DE" },
  { id: "acme-h", name: "Acme Holdings", country: "US" },
  { id: "acme-i", name: "Acme Industries", country: "US" },
  { id: "glob-h", name: "Global Holdings", country: "US" },
  { id: "glob-i", name: "Global Industries", country: "US" },
  { id: "gs", name: "Goldman Sachs Group Inc", aliases: ["GS Bank"], country: "US" },
  { id: "orsted", name: "Ørsted A/S", aliases: ["DONG Energy A/S"], country: "DK" },
  { id: "oracle-pt", name: "Oracle (Portugal)", country: "PT" },
  { id: "oracle-es", name: "Oracle (Spain)", country: "ES" },
  { id: "proto", name: "__proto__ Trading Ltd", country: "GB" },
];
const FILLER: EntityInput[] = ["Northwind Traders", "Contoso Pharmaceuticals", "Fabrikam Steel", "Tailspin Toys", "Wide World Importers", "Litware Software", "Adventure Works Cycles", "Proseware Logistics", "Woodgrove Financial", "Lucerne Publishing"].map((name, i) => ({ id: `f${i}`, name, country: "US" }));
const matcher = createMatcher([...ENTITIES, ...FILLER]);
const top = (q: Parameters<typeof matcher.match>[0]) => matcher.match(q, { limit: 3 })[0];

describe("createMatcher: names", () => {
  it.each([
    ["IBM", "ibm"], ["Intl Bus. Machines", "ibm"], ["Machines International Business", "ibm"], ["Internatonal Business Machine", "ibm"],
    ["IBM Corp USA", "ibm"], ["BofA", "boa"], ["PwC", "pwc"], ["GE", "ge"], ["SIEMENS", "siemens"], ["Siemens AG", "siemens"],
    ["Siemens Aktiengesellschaft", "siemens"], ["Goldman Sachs", "gs"], ["GS Bank", "gs"], ["DONG Energy", "orsted"], ["Orsted", "orsted"],
  ])("finds %s", (query, id) => {
    expect(top(query)?.id).toBe(id);
  });
  it("finds an acronym from the full legal name too", () => {
    const m = createMatcher([{ id: "i", name: "IBM" }, { id: "g", name: "GE" }, ...FILLER]);
    expect(m.match("International Business Machines Corporation")[0]?.id).toBe("i");
    expect(m.match("General Electric Company")[0]?.id).toBe("g");
  });
  it("finds a name in Cyrillic whose international words are inflected", () => {
    const m = createMatcher([
      { id: "mv", name: "Research and Production Center of Microbiology and Virology", country: "KZ" },
      { id: "ms", name: "Centre de Microbiologie du Sol et de l'Environnement", country: "FR" }, ...FILLER,
    ]);
    expect(m.match("Научно-производственный центр микробиологии и вирусологии")[0]?.id).toBe("mv");
  });
  it("finds a name by the acronym it states for itself", () => {
    const m = createMatcher([
      { id: "lira", name: "LIRA - Laboratoire d'instrumentation et de recherche en astrophysique", country: "FR" }, { id: "lira-u", name: "Lira University", country: "UG" },
      { id: "tangram", name: "TANGRAM: Recalage visuel avec des modèles physiquement réalistes", country: "FR" }, { id: "anagram", name: "Anagram Therapeutics Inc.", country: "US" },
      { id: "caribe", name: "Universidad del Caribe (UNICARIBE)", country: "DO" }, { id: "sib", name: "SIB Swiss Institute of Bioinformatics", country: "CH" },
      ...FILLER,
    ]);
    expect(m.match("LIRA")[0]?.id).toBe("lira");
    expect(m.match("TANGRAM")[0]?.id).toBe("tangram");
    expect(m.match("UNICARIBE")[0]?.id).toBe("caribe");
    expect(m.match("SIB")[0]).toMatchObject({ id: "sib", evidence: { name: { method: "acronym" } } });
  });
  it("reads a word in capitals as the initials of the other name's words", () => {
    const m = createMatcher([
      { id: "np", name: "Everglades National Park" }, { id: "f", name: "Everglades Foundation" },
      { id: "dot", name: "North Carolina Department of Transportation" }, { id: "ncsu", name: "North Carolina State University" },
      { id: "jec", name: "Jabalpur Engineering College" }, { id: "jep", name: "Jeppiaar Engineering College" },
      { id: "lbi", name: "Ludwig Boltzmann Institute for Cancer Research" }, { id: "cral", name: "Centre de Recherche Astrophysique de Lyon" },
      ...FILLER,
    ]);
    expect(m.match("Everglades NP")[0]?.id).toBe("np");
    expect(m.match("North Carolina DOT")[0]?.id).toBe("dot");
    expect(m.match("JEC Jabalpur")[0]?.id).toBe("jec");
    expect(m.match("LBI-CR")[0]?.id).toBe("lbi");
    expect(m.match("UMR CRAL")[0]?.id).toBe("cral");
    // the run may hold words matched otherwise: "national" is in both names
    const noaa = createMatcher([{ id: "ngs", name: "NOAA National Geodetic Survey" }, { id: "noaa", name: "National Oceanic and Atmospheric Administration" }, ...FILLER]);
    expect(noaa.match("National Oceanic and Atmospheric Administration National Geodetic Survey")[0]?.id).toBe("ngs");
    const best = m.match("Everglades NP")[0];
    expect(best?.evidence.name.pairs).toContainEqual(expect.objectContaining({ query: "np", entity: "national park", kind: "acronym" }));
    expect(best?.explanation).toContain('"np" for "national park"');
    // the initials of the words as written, not of their translations ("Fisica", not "physics")
    const infn = createMatcher([
      { id: "infn-mib", name: "Istituto Nazionale di Fisica Nucleare, Sezione di Milano Bicocca" }, { id: "unimib", name: "University of Milano-Bicocca" }, ...FILLER,
    ]);
    const found = infn.match("INFN Milano Bicocca")[0];
    expect(found?.id).toBe("infn-mib");
    expect(found?.explanation).toContain('"infn" for "institute national di physics nuclear"');
    // only first letters count: "UNM" is not "University of Maryland"
    expect(m.pairScore("University of Maryland Cancer Center", "UNM Cancer Center").name.pairs.some((p) => p.kind === "acronym")).toBe(false);
  });
  it("gives small connecting words little weight", () => {
    const m = createMatcher([
      { id: "ct", name: "University of Catania" }, { id: "rm", name: "Università degli Studi Internazionali di Roma" },
      { id: "tu", name: "Università degli Studi della Tuscia" }, { id: "en", name: "Università degli Studi di Enna Kore" }, ...FILLER,
    ]);
    expect(m.match("Università degli Studi di Catania")[0]?.id).toBe("ct");
  });
  it("weighs an acronym by how many names share it", () => {
    const m = createMatcher([
      { id: "accra", name: "Approches contemporaines de la création et de la réflexion artistiques" }, { id: "accuray", name: "Accuray" },
      ...["Capital Normal University", "Chongqing Normal University", "Cebu Normal University", "Chungnam National University"].map((name, i) => ({ id: `cnu${i}`, name })),
    ]);
    expect(m.match("ACCRA")[0]?.id).toBe("accra");
    const rare = m.pairScore("ACCRA", "Approches contemporaines de la création et de la réflexion artistiques");
    const shared = m.pairScore("CNU", "Cebu Normal University");
    expect(rare.name.method).toBe("acronym");
    expect(rare.name.matchedWeight).toBeGreaterThan(shared.name.matchedWeight);
  });
  it("finds an acronym that leaves out a trailing place", () => {
    const m = createMatcher([{ id: "mnit", name: "Malaviya National Institute of Technology Jaipur" }, { id: "nit", name: "National Institute of Technology Calicut" }, ...FILLER]);
    expect(m.match("MNIT")[0]?.id).toBe("mnit");
    const full = createMatcher([{ id: "mnit", name: "Malaviya National Institute of Technology Jaipur" }, { id: "exact", name: "Madras National Institute of Technology" }, ...FILLER]);
    // the acronym of the whole name still comes first
    expect(full.match("MNIT")[0]?.id).toBe("exact");
  });
  it("prefers the name that states an acronym for itself to one merely read as it", () => {
    const m = createMatcher([
      { id: "stated", name: "Liechtenstein Development Service (LED)" }, { id: "read", name: "Laboratoire d'Economie de Dauphine" },
      { id: "tail", name: "Institut des Hautes Études pour l'Innovation et l'Entreprenariat - IHEIE" }, { id: "read2", name: "Indiana Health Information Exchange" },
      ...FILLER,
    ]);
    expect(m.match("LED")[0]?.id).toBe("stated");
    expect(m.match("IHEIE")[0]?.id).toBe("tail");
  });
  it("finds an acronym whose digit counts a repeated initial ('A2M', 'W3C', 'IC2MP')", () => {
    const m = createMatcher([
      { id: "a2m", name: "Arboriculture et Maraîchage Méditerranéens", country: "FR" }, { id: "w3c", name: "World Wide Web Consortium", country: "US" },
      { id: "ic2mp", name: "Institut de Chimie des Milieux et des Matériaux de Poitiers", country: "FR" }, { id: "am", name: "Agence Méditerranéenne", country: "FR" },
      ...FILLER,
    ]);
    expect(m.match("A2M")[0]).toMatchObject({ id: "a2m", evidence: { name: { method: "acronym" } } });
    expect(m.match("W3C")[0]?.id).toBe("w3c");
    expect(m.match({ name: "IC2MP", country: "FR" })[0]?.id).toBe("ic2mp");
    // a number at the end is no count: "AM2" is not "AMM"
    expect(m.match("AM2")[0]?.id).not.toBe("a2m");
    // and the other way: the full name finds the acronym indexed
    const short = createMatcher([{ id: "a2m", name: "A2M", country: "FR" }, { id: "am", name: "AM", country: "FR" }, ...FILLER]);
    expect(short.match({ name: "Arboriculture et Maraîchage Méditerranéens", country: "FR" })[0]).toMatchObject({ id: "a2m", evidence: { name: { method: "acronym" } } });
  });
  it("finds an acronym that leaves out a leading parent or place, by initials only", () => {
    const m = createMatcher([{ id: "dpe", name: "NSW Department of Planning and Environment" }, { id: "nhc", name: "NOAA National Hurricane Center" }, ...FILLER]);
    expect(m.match("DPE")[0]?.id).toBe("dpe");
    expect(m.match("NHC")[0]?.id).toBe("nhc");
    expect(m.pairScore("NHC", "NOAA National Hurricane Center").name.method).toBe("acronym");
    // letters from inside the words do not count without the first word ("NHE" is no such reading)
    expect(m.pairScore("NHE", "NOAA National Hurricane Center").name.method).not.toBe("acronym");
    const full = createMatcher([{ id: "nhc", name: "NOAA National Hurricane Center" }, { id: "exact", name: "National Hydrography Commission" }, ...FILLER]);
    // the acronym of the whole name still comes first
    expect(full.match("NHC")[0]?.id).toBe("exact");
  });
  it("reads a one-word name written as a word as a weaker acronym than one in capitals", () => {
    const long = "Nutrition and Obesities Systemic Approaches Nutriomics";
    const m = createMatcher([{ id: "n", name: "Nosan Corporation" }, { id: "N", name: "NOSAN" }, ...FILLER]);
    expect(m.pairScore(long, "Nosan Corporation").name.similarity).toBeLessThan(m.pairScore(long, "NOSAN").name.similarity);
  });
  it("weighs rare words more than common ones", () => {
    const common = ["Global", "Holdings", "Industries"].flatMap((w) => ["Star", "Link", "Rock", "Wave", "Peak", "Crest"].map((x, i) => ({ id: `${w}-${i}`, name: `${w} ${x}` })));
    const m = createMatcher([...common, { id: "acme-h", name: "Acme Holdings" }, { id: "acme-i", name: "Acme Industries" }, { id: "glob-h", name: "Global Holdings" }, { id: "glob-i", name: "Global Industries" }]);
    expect(m.match("Acme Holdings Incorporated")[0]?.id).toBe("acme-h");
    // "Acme Holdings" and "Acme Industries" share a rare word; the "Global" pair shares only common words
    const rare = m.pairScore("Acme Holdings", "Acme Industries");
    const usual = m.pairScore("Global Holdings", "Global Industries");
    expect(rare.name.similarity).toBeGreaterThan(usual.name.similarity);
    expect(rare.score).toBeGreaterThan(usual.score);
  });
  it("scores two indexed entities by id as pairScore scores the same records", () => {
    const records = [
      { id: "__proto__", name: "Siemens AG", country: "DE", city: "München", identifiers: { vat: "DE129274202" } },
      { id: "constructor", name: "Siemens Aktiengesellschaft", country: "DE", city: "Munich", identifiers: { vat: "DE 129 274 202" } },
      { id: "x", name: "Siemens Healthineers", country: "US" },
    ];
    const m = createMatcher(records);
    for (const [a, b] of [[0, 1], [1, 2], [2, 0]] as const) {
      const { id: idA, ...ra } = records[a] as (typeof records)[number];
      const { id: idB, ...rb } = records[b] as (typeof records)[number];
      expect(m.pairScoreOfIds(idA, idB)).toEqual(m.pairScore(ra, rb));
    }
    expect(m.pairScoreOfIds("x", "nobody")).toBeUndefined();
  });
  it("scores two indexed entities by id as their queries read them: aliases count, both ways", () => {
    const m = createMatcher([
      { id: "a", name: "Contoso Holdings Ltd", aliases: ["Fabrikam Trading"], country: "GB" },
      { id: "b", name: "Fabrikam Trading Ltd", country: "GB" },
      { id: "c", name: "Northwind Traders", country: "GB" },
    ], { weights: RECORD_PAIR_WEIGHTS });
    // the names alone differ; the alias of one is the name of the other
    expect(m.pairScoreOfIds("a", "b")?.score).toBeLessThan(0.1);
    const ab = m.queryPairScoreOfIds("a", "b");
    expect(ab?.score).toBeGreaterThan(0.9);
    expect(ab?.explanation).toMatch(/^same as/);
    expect(m.queryPairScoreOfIds("b", "a")).toEqual(ab);
    // what candidateScores gives the pair, with its evidence
    const found = m.candidateScores({ id: "b", name: "Fabrikam Trading Ltd", country: "GB" }, 3).find((c) => c.id === "a");
    expect(ab?.score).toBeCloseTo(found?.pairScore as number, 9);
    expect(m.queryPairScoreOfIds("a", "c")?.score).toBeLessThan(0.1);
    expect(m.queryPairScoreOfIds("a", "nobody")).toBeUndefined();
  });
  it("reads Chinese, Japanese and Korean names in Latin letters, both ways", () => {
    const m = createMatcher([
      ...FILLER,
      { id: "ntu", name: "Nantong University", country: "CN" },
      { id: "syu", name: "Shenyang University of Technology", country: "CN" },
      { id: "sy-med", name: "Shenyang Medical College", country: "CN" },
      { id: "okayama", name: "岡山県生涯学習センター", country: "JP" },
      { id: "snuh", name: "서울대학교병원", country: "KR" },
    ]);
    expect(m.match("南通大学")[0]?.id).toBe("ntu");
    expect(m.match("沈阳工业大学")[0]?.id).toBe("syu");
    const okayama = m.match("Okayama Prefectural Lifelong Learning Center")[0];
    expect(okayama?.id).toBe("okayama");
    expect(okayama?.explanation).toContain("the name read in Latin letters");
    expect(m.match("Seoul University Hospital")[0]?.id).toBe("snuh");
    expect(m.pairScore("南通大学", "Nantong University").score).toBeGreaterThan(m.pairScore("南通大学", "Shenyang Medical College").score + 0.5);
  });
  it("splits a Han reading into words the index knows, and reads a kana word as the word it borrows", () => {
    const m = createMatcher([
      ...FILLER,
      { id: "sjtu", name: "Shanghai Jiao Tong University", country: "CN" },
      { id: "shu", name: "Shanghai University", country: "CN" },
      { id: "tendo", name: "Tendo Co., Ltd.", country: "JP" },
      { id: "tbk", name: "TBK Co., Ltd.", country: "JP" },
      { id: "calpis", name: "Calpis Co., Ltd.", country: "JP" },
      { id: "caleb", name: "Caleb University", country: "NG" },
      { id: "stream", name: "Digital Stream Corporation", country: "JP" },
      { id: "storm", name: "Storm Prediction Center", country: "US" },
      { id: "digital", name: "Digital Research Inc", country: "US" },
      { id: "inbiotex", name: "Inbiotex, Inc.", country: "JP" },
      { id: "biotech", name: "Institute of Biology and Technology", country: "JP" },
    ]);
    expect(m.match("上海交通大学")[0]?.id).toBe("sjtu"); // shang·hai·jiao·tong: shanghai jiao tong
    expect(m.match("株式会社天童木工")[0]?.id).toBe("tendo"); // ten·do·boku·ko: tendo bokuko; the legal form goes last
    expect(m.match("カルピス株式会社")[0]?.id).toBe("calpis"); // karupisu sounds like calpis
    expect(m.match("カルピス株式会社")[0]?.score).toBeGreaterThan(0.5);
    // デジタルストリーム, dejitarusutorimu: two borrowed words written as one
    expect(m.match("株式会社デジタルストリーム")[0]?.id).toBe("stream");
    // インバイオテックス, inbaiotekkusu: a brand the table would read as "in biology technology su"
    expect(m.match("株式会社インバイオテックス")[0]?.id).toBe("inbiotex");
  });
  it("reads names in Devanagari, Bengali, Tamil, Sinhala or Arabic in Latin letters", () => {
    const m = createMatcher([
      ...FILLER,
      { id: "surya", name: "Surya Hospitals", country: "IN" },
      { id: "lalon", name: "Lalon Shah University", country: "BD" },
      { id: "anna", name: "Anna University", country: "IN" },
      { id: "nit-h", name: "National Institute of Technology Hamirpur", country: "IN" },
      { id: "qassim", name: "Qassim University", country: "SA" },
      { id: "moratuwa", name: "University of Moratuwa", country: "LK" },
    ]);
    expect(m.match("सूर्या हॉस्पिटल्स")[0]?.id).toBe("surya");
    expect(m.match("লালন শাহ বিশ্ববিদ্যালয়")[0]?.id).toBe("lalon");
    expect(m.match("அண்ணா பல்கலைக்கழகம்")[0]?.id).toBe("anna");
    expect(m.match("राष्ट्रीय प्रौद्योगिकी संस्थान, हमीरपुर")[0]?.id).toBe("nit-h");
    expect(m.match("جامعة القصيم")[0]?.id).toBe("qassim");
    expect(m.match("මොරටුව විශ්වවිද්‍යාලය")[0]?.id).toBe("moratuwa");
  });
  it("reads names written in pinyin, romaji or Korean romanization as their English names", () => {
    const m = createMatcher([
      ...FILLER,
      { id: "nwnu", name: "Northwest Normal University", country: "CN" },
      { id: "bnu", name: "Beijing Normal University", country: "CN" },
      { id: "kobe-pharma", name: "Kobe Pharmaceutical University", country: "JP" },
      { id: "kobe", name: "Kobe University", country: "JP" },
    ]);
    expect(m.match("Xīběi Shīfàn Dàxué")[0]?.id).toBe("nwnu");
    expect(m.match("Kobe Yakka Daigaku")[0]?.id).toBe("kobe-pharma");
    expect(m.match("Kobe Yakka Daigaku")[0]?.score).toBeGreaterThan(0.5);
  });
  it("reads Japanese family and place names in their native reading", () => {
    const m = createMatcher([
      ...FILLER,
      { id: "kitano", name: "Kitano Construction Corp.", country: "JP" },
      { id: "hayakawa", name: "Hayakawa Rubber Co., Ltd.", country: "JP" },
      { id: "choshi", name: "Choshi Municipal Hospital", country: "JP" },
      { id: "beiye", name: "Beiye Construction Group", country: "CN" },
    ]);
    expect(m.match("北野建設株式会社")[0]?.id).toBe("kitano");
    expect(m.match("早川ゴム株式会社")[0]?.id).toBe("hayakawa");
    expect(m.match("銚子市立病院")[0]?.id).toBe("choshi");
  });
  it("reads names in Hebrew, Ethiopic or Thai in Latin letters", () => {
    const m = createMatcher([
      ...FILLER,
      { id: "tau", name: "Tel Aviv University", country: "IL" },
      { id: "teva", name: "Teva Pharmaceutical Industries Ltd", country: "IL" },
      { id: "bdu", name: "Bahir Dar University", country: "ET" },
      { id: "gondar", name: "University of Gondar", country: "ET" },
      { id: "cmu", name: "Chiang Mai University", country: "TH" },
      { id: "bbl", name: "Bangkok Bank Public Company Limited", country: "TH" },
      { id: "siriraj", name: "Siriraj Hospital", country: "TH" },
    ]);
    expect(m.match("אוניברסיטת תל אביב")[0]?.id).toBe("tau");
    expect(m.match('טבע תעשיות פרמצבטיות בע"מ')[0]?.id).toBe("teva");
    expect(m.match("ባሕር ዳር ዩኒቨርሲቲ")[0]?.id).toBe("bdu");
    expect(m.match("ጎንደር ዩኒቨርሲቲ")[0]?.id).toBe("gondar");
    expect(m.match("มหาวิทยาลัยเชียงใหม่")[0]?.id).toBe("cmu");
    expect(m.match("ธนาคารกรุงเทพ จำกัด (มหาชน)")[0]?.id).toBe("bbl");
    expect(m.match("โรงพยาบาลศิริราช")[0]?.id).toBe("siriraj");
  });
  it("finds the names an acronym spells with letters from inside words", () => {
    const m = createMatcher([
      ...FILLER,
      { id: "cesbio", name: "Centre d'Études Spatiales de la Biosphère", country: "FR" },
      { id: "esigelec", name: "École Supérieure d'Ingénieurs en Génie Électrique", country: "FR" },
      { id: "ces", name: "Centre for Environmental Studies", country: "GB" },
    ]);
    expect(m.match("CESBIO")[0]?.id).toBe("cesbio");
    expect(m.match("ESIGELEC")[0]?.id).toBe("esigelec");
    expect(m.match("CESBIO").map((r) => r.id)).not.toContain("ces"); // its initials start "cesbio", but its words cannot spell "bio"
    m.remove("cesbio");
    expect(m.match("CESBIO").map((r) => r.id)).not.toContain("cesbio");
  });
  it("reads numbers written as Roman numerals or words as digits, and two numbers as two names", () => {
    const m = createMatcher([
      ...FILLER,
      { id: "lyon1", name: "Université Claude Bernard Lyon 1", country: "FR" },
      { id: "lyon2", name: "Université Lumière Lyon 2", country: "FR" },
      { id: "roma3", name: "Università degli Studi Roma Tre", country: "IT" },
      { id: "h2", name: "The Second People's Hospital of Lanzhou", country: "CN" },
    ]);
    expect(m.match("Université Lyon II")[0]?.id).toBe("lyon2");
    expect(m.match("Université Lyon I")[0]?.id).toBe("lyon1");
    expect(m.match("Universita di Roma III")[0]?.id).toBe("roma3");
    expect(m.match("No. 2 People's Hospital, Lanzhou")[0]?.id).toBe("h2");
  });
  it("reads a two-letter name as initials only weakly: two letters are the initials of very many names", () => {
    const two = matcher.pairScore("UL", "Universität Luzern").name;
    const three = matcher.pairScore("ULB", "Universität Luzern Bibliothek").name;
    expect(two.method).toBe("acronym");
    expect(two.similarity).toBeGreaterThan(0);
    expect(two.similarity).toBeLessThan(three.similarity - 0.1);
  });
  it("reads letters picked from inside words as a weak acronym, unless written small among capitals", () => {
    const vpc = (q: string) => matcher.pairScore(q, "Vancouver Prostate Centre").name.similarity;
    expect(vpc("VUPC")).toBeGreaterThan(0);
    expect(vpc("VUPC")).toBeLessThan(vpc("VPC") - 0.1);
    // the same when the acronym leaves out a trailing place
    const withPlace = (q: string) => matcher.pairScore(q, "Vancouver Prostate Centre Richmond").name.similarity;
    expect(withPlace("VUPC")).toBeLessThan(withPlace("VPC") - 0.05);
    const pwc = (q: string) => matcher.pairScore(q, "PricewaterhouseCoopers LLP").name.similarity;
    expect(pwc("PwC")).toBeGreaterThan(pwc("PWC") + 0.1);
    expect(pwc("PwC")).toBeGreaterThan(0.75);
    // three letters are spelled by word starts too easily; initials (with a connector) are not
    const hull = (q: string) => matcher.pairScore(q, "University of Hull").name.similarity;
    expect(hull("UNH")).toBeLessThan(hull("UOH") - 0.1);
    expect(hull("UniH")).toBeGreaterThan(hull("UNH") + 0.1);
  });
  it("does not compare an acronym by its sound ('ATMU' is not 'autism'), other words still", () => {
    expect(matcher.pairScore("ATMU", "Autism CRC").name.pairs.map((p) => p.kind)).not.toContain("phonetic");
    expect(matcher.pairScore("NTRH", "Natera").name.similarity).toBe(0);
    expect(matcher.pairScore("Atmu Center", "Autism Center").name.pairs.map((p) => p.kind)).toContain("phonetic");
  });
  it("finds a name by an acronym of its first words written in the query ('RUH Foundation')", () => {
    // "foundation" alone finds more names than go on to scoring
    const foundations = ["Rural Foundation", "Harbour Foundation", "Union Foundation", "Royal Foundation", "Rhine Foundation", "Ruhr Foundation"].map((name, i) => ({ id: `fd${i}`, name }));
    const m = createMatcher([...FILLER, ...foundations, { id: "ruhf", name: "Royal University Hospital Foundation" }], { maxCandidates: 3 });
    expect(m.match("RUH Foundation")[0]?.id).toBe("ruhf");
  });
  it("keeps the name in the query's country when more names than go on to scoring spell it alike", () => {
    // "MSD" is a company name in many countries: the one in Italy must not be cut before scoring
    const countries = ["AT", "BE", "CH", "DE", "DK", "ES", "FI", "FR", "GB", "GR", "NL", "NO", "PL", "PT", "SE", "US"];
    const msd = [...countries.map((country) => ({ id: `msd-${country}`, name: "MSD", country })), { id: "msd-IT", name: "MSD", country: "IT" }];
    const m = createMatcher([...FILLER, ...msd], { maxCandidates: 3 });
    expect(m.match({ name: "MSD (Italy)", country: "IT" })[0]?.id).toBe("msd-IT");
    expect(m.match({ name: "MSD", country: "IT" })[0]?.id).toBe("msd-IT");
    expect(m.candidateScores({ name: "MSD", country: "PT" }, 1)[0]?.id).toBe("msd-PT");
  });
  it("takes a short word other names hold as written, but looks up a word only the query's own record holds as a typo", () => {
    // (names longer than a short key: see the next test for those)
    const m = createMatcher([...FILLER, { id: "a", name: "Zentrix Alpha" }, { id: "b", name: "Zentrx Beta" }]);
    // "zentrx" is a word of entity b: as a query it is that word, not a typo of "zentrix"
    expect(m.candidateScores({ name: "Zentrx Beta" }, 5).map((c) => c.id)).toEqual(["b"]);
    // as entity b's own record (resolve, dedupe), no other name holds it: it may be a typo
    expect(m.candidateScores({ id: "b", name: "Zentrx Beta" }, 5).map((c) => c.id)).toEqual(["b", "a"]);
    // a long word is looked up either way ("traumatologia" / "traumatology")
    const long = createMatcher([...FILLER, { id: "c", name: "Zentrixology" }, { id: "d", name: "Zentrixolgy" }]);
    expect(long.candidateScores({ name: "Zentrixolgy" }, 5).map((c) => c.id)).toEqual(["d", "c"]);
  });
  it("finds a short name one typo off by its key, however short or common its words ('Gus UK' / 'Guts UK')", () => {
    // "uk" is in more names than go on to scoring, "gus" too short to be looked up as a typo
    const uk = ["Alba", "Brit", "Cymru", "Dover", "Essex", "Fife", "Kent", "Leeds"].map((w, i) => ({ id: `uk${i}`, name: `${w} UK` }));
    const m = createMatcher([...FILLER, ...uk, { id: "guts", name: "Guts UK Ltd" }, { id: "caa", name: "CAA" }, { id: "zentrix", name: "Zentrix" }, { id: "zentrx", name: "Zentrx" }], { maxCandidates: 3 });
    expect(m.candidateScores("Gus UK", 3).map((c) => c.id)).toContain("guts");
    expect(m.match("Gus UK")[0]?.id).toBe("guts");
    // a letter more, a letter less, one letter swapped
    expect(m.candidateScores("Gutts UK", 3).map((c) => c.id)).toContain("guts");
    expect(m.candidateScores("Gtus UK", 3).map((c) => c.id)).toContain("guts");
    // a name written as another indexed name stays that name, the other behind it
    expect(m.candidateScores("Zentrx", 2).map((c) => c.id)).toEqual(["zentrx", "zentrix"]);
    m.remove("guts");
    expect(m.candidateScores("Gus UK", 3).map((c) => c.id)).not.toContain("guts");
    // an acronym one letter off is another acronym, unless acronyms are read one letter off (record pairs)
    const acronyms = ["CAB", "CAD", "CAF", "CAG"].map((name) => ({ id: name.toLowerCase(), name }));
    const plain = createMatcher([...FILLER, ...acronyms, { id: "caa", name: "CAA" }], { maxCandidates: 3 });
    const records = createMatcher([...FILLER, ...acronyms, { id: "caa", name: "CAA" }], { maxCandidates: 3, weights: RECORD_PAIR_WEIGHTS });
    expect(plain.candidateScores("CAAA", 5).map((c) => c.id)).not.toContain("caa");
    expect(records.candidateScores("CAAA", 5).map((c) => c.id)).toContain("caa");
  });
  it("finds a name whose initials are one letter off an acronym, where acronyms are read so (record pairs)", () => {
    // six names whose acronyms start and end as "ECNM" does, two letters off it, fill the candidates by those letters alone
    const museums = ["Essex Lake Road Museum", "Erie Lock Boat Museum", "Eden Park Mill", "Elgin Road Mall", "Exeter Town Museum", "Ealing Park Mosque"].map((name, i) => ({ id: `d${i}`, name }));
    const target = { id: "x-ewcnm", name: "East West College of Natural Medicine" };
    const m = createMatcher([...FILLER, ...museums, target], { weights: RECORD_PAIR_WEIGHTS, maxCandidates: 3 });
    // a letter less, a letter other
    expect(m.candidateScores("ECNM", 1)[0]?.id).toBe("x-ewcnm");
    expect(m.candidateScores("EWCM", 1)[0]?.id).toBe("x-ewcnm");
    expect(m.candidateScores("EWXNM", 1)[0]?.id).toBe("x-ewcnm");
    m.remove("x-ewcnm");
    expect(m.candidateScores("ECNM", 3).map((c) => c.id)).not.toContain("x-ewcnm");
  });
  it("finds spellings added after a query was made (remembered look-ups are forgotten on change)", () => {
    const m = createMatcher([...FILLER, { id: "acme", name: "Acme Biotechnology" }]);
    expect(m.match("Biotechnologia")[0]?.id).toBe("acme");
    m.add({ id: "bio", name: "Biotechnologie" });
    expect(m.match("Biotechnologia")[0]?.id).toBe("bio");
    m.remove("bio");
    expect(m.match("Biotechnologia")[0]?.id).toBe("acme");
  });
  it("recognises a name cut short by a field length, not a name that merely starts the same", () => {
    const full = "International Council for Research and Innovation in Building and Construction";
    const cut = matcher.pairScore("Intl. Council for Rese", full);
    expect(cut.name.method).toBe("containment");
    const other = matcher.pairScore("Intl. Council for Zeta", full);
    expect(other.name.method).not.toBe("containment");
    expect(cut.score).toBeGreaterThan(other.score * 2);
    expect(matcher.pairScore("Council Rese", full).name.method).not.toBe("containment"); // too little left to tell
  });
  it("reads a long name that a field length cut inside a word, or after a connecting word, as the longer name it starts", () => {
    const full = "Northwind Logistics and Warehousing Services Ltd";
    const cut = matcher.pairScore("Northwind Logistics and Wareho", full); // cut at 30 characters
    expect(cut.name.method).toBe("cut");
    expect(cut.explanation).toMatch(/^the name cut short \(0\.90\)/);
    expect(matcher.pairScore("Northwind Logistisc and Wareho", full).name.method).toBe("cut"); // and misspelt
    expect(matcher.pairScore("Northwind Logistics Centre of", "Northwind Logistics Centre of Excellence").name.method).toBe("cut");
    // a whole name that starts a longer one, a name too short to meet a field length, a start that differs
    expect(matcher.pairScore("Northwind Logistics and Warehousing", full).name.method).not.toBe("cut");
    expect(matcher.pairScore("Northwind Wareho", "Northwind Warehousing Services").name.method).not.toBe("cut");
    const other = matcher.pairScore("Northwind Shipping and Wareho", full);
    expect(other.name.method).not.toBe("cut");
    expect(cut.score).toBeGreaterThan(other.score);
  });
  it("reads a name as cut short only when written long enough, and never above 0.9", () => {
    const words = fc.array(fc.string({ unit: fc.constantFrom(..."abcdeorst"), minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(words, words, fc.nat(40), (short, long, pad) => {
      const raw = short.join(" ") + " ".repeat(pad);
      const s = cutShortSimilarity(raw, short.join(""), short, long.join(""), long);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(0.9);
      if (raw.trim().length < 25) expect(s).toBe(0);
    }));
  });
  it("of many words a typo away, tries first those that start as the query word does", () => {
    // "dohs" is one letter from each of these; only so many are tried, and the one sharing "doh" is among them
    const others = ["Dues", "Dyes", "Does", "Dots", "Dogs", "Dons", "Dows"].map((w, i) => ({ id: `t${i}`, name: `${w} Trading` }));
    const m = createMatcher([...others, { id: "doha", name: "Doha Trading" }]);
    expect(m.match("Dohs", { limit: 10, minScore: 0 }).map((r) => r.id)).toContain("doha");
  });
  it("splits a long string at commas outside brackets only", () => {
    const m = createMatcher([{ id: "hi", name: "Helmholtz Institute for Translational Oncology Mainz", country: "DE" }, { id: "manz", name: "Manz (Italy)", country: "IT" }, ...FILLER]);
    expect(m.match("Helmholtz-Institut für Translationale Onkologie (HI-TRON, Mainz)")[0]?.id).toBe("hi");
  });
  it("compares long names letter by letter when words are split or joined in the wrong place as well as misspelt", () => {
    expect(typoKeySimilarity("fundacaofreipedro", "fundacaofreipdero")).toBeCloseTo(1 - 2 / 17, 5);
    expect(typoKeySimilarity("worldwteraatch", "worldwaterwatch")).toBeCloseTo(1 - 2 / 15, 5);
    expect(typoKeySimilarity("worldwteraatch", "worldwidewatch")).toBe(0); // 4 edits in 14 is too many
    expect(typoKeySimilarity("acmeholdings", "bcmeholdings")).toBe(0); // another first letter
    // however long the names, more than three edits are other words
    expect(typoKeySimilarity("institutenazionaledifisicanuclearesezioneditrieste", "institutenazionaledifisicanuclearesezionedipadova")).toBe(0);
    const pair = matcher.pairScore("Cosmopolitan Trading Hamburg", "Cosmopolitn Tradinghmburg");
    expect(pair.name.method).toBe("letters");
    expect(pair.explanation).toContain("spelt like the name");
    expect(pair.score).toBeGreaterThan(0.5);
    expect(matcher.pairScore("Cosmopolitan Trading Hamburg", "Cosmopolitan Shipping Bremen").score).toBeLessThan(0.5);
  });
  it("reads a name with its country written at the end, in brackets or not, as the same name", () => {
    expect(trailingCountry(["incyte", "united", "states"])).toEqual({ words: 2, country: "US" });
    expect(trailingCountry(["ibm", "corp", "usa"])).toEqual({ words: 1, country: "US" });
    expect(trailingCountry(["united", "states"])).toBeUndefined(); // a country alone keeps its name
    expect(trailingCountry(["acme", "widgets"])).toBeUndefined();
    for (const [a, b] of [["Incyte United States", "Incyte (United States)"], ["Cepheid UNITED STATES", "Cepheid (United States), L.C."], ["Nord University Norway", "Nord University (Norway)"], ["Praxair Unitted States", "Praxair (United States)"]]) {
      const pair = matcher.pairScore(a as string, b as string);
      expect(pair.score, `${a} / ${b}`).toBeGreaterThan(0.9);
      expect(matcher.pairScore(b as string, a as string).score).toBe(pair.score);
    }
    // the country it names is still compared, and a name left with a common word meets no name that does not state it
    expect(matcher.pairScore({ name: "Accenture Italia" }, { name: "Accenture", country: "US" }).score).toBeLessThan(0.5);
    expect(matcher.pairScore("Instiutt Japan", "Institute Ltd").score).toBeLessThan(0.5);
    const m = createMatcher([{ id: "incyte", name: "Incyte (United States)" }, { id: "incyte-eu", name: "Incyte Biosciences (Europe)" }, ...FILLER]);
    expect(m.match("Incyte United States")[0]).toMatchObject({ id: "incyte" });
    expect(m.match("Incyte United States")[0]?.score).toBeGreaterThan(0.9);
  });
  it("never reads names that hold different numbers as spelt alike (store 12 is not store 13)", () => {
    for (const [a, b] of [["Acme Store 12", "Acme Store 13"], ["Company 1 Widgets", "Company 2 Widgets"], ["UMR 5635", "UMR 5625"]]) {
      const pair = matcher.pairScore({ name: a as string, country: "US" }, { name: b as string, country: "US" });
      expect(pair.name.method, `${a} / ${b}`).not.toBe("letters");
      expect(pair.score, `${a} / ${b}`).toBeLessThan(0.5);
    }
    // the same number, the words misspelt, still is
    expect(matcher.pairScore("Acme Store 12 Hamburg", "Acme Stroe 12Hamburg").name.method).toBe("letters");
  });
  it("reads one word for another as weaker letter by letter than a slip of the pen ('CHU de Nancy' is not 'CHU de Nantes')", () => {
    const m = createMatcher([
      { id: "nantes", name: "Centre Hospitalier Universitaire de Nantes", country: "FR" }, { id: "nice", name: "Centre Hospitalier Universitaire de Nice", country: "FR" },
      { id: "nancy", name: "Centre Hospitalier Régional et Universitaire de Nancy", country: "FR" }, ...FILLER,
    ]);
    expect(m.match("Centre Hospitalier Universitaire de Nancy")[0]?.id).toBe("nancy");
    const replaced = m.pairScore("Centre Hospitalier Universitaire de Nancy", "Centre Hospitalier Universitaire de Nantes").name;
    // a slip of one letter in one word, or slips spread over words, read as before
    const slip = m.pairScore("Centre Hospitalier Universitaire de Nancy", "Centre Hospitalier Universitaire de Mancy").name;
    const spread = m.pairScore("Centre Hospitalier Universitaire de Nantes", "Centre Hospitalier Universitaire deNantse").name;
    expect(replaced.similarity).toBeLessThan(0.8);
    expect(slip.similarity).toBeGreaterThan(0.9);
    expect(spread.method).toBe("letters");
    expect(spread.similarity).toBeGreaterThan(0.85);
  });
  it("never reads one compass point or country for another as a typo, word by word or letter by letter", () => {
    const m = createMatcher([
      { id: "ne", name: "Northeast Normal University", country: "CN" }, { id: "nw", name: "Northwest Normal University", country: "CN" },
      { id: "sudeste", name: "Universidade Federal do Sudeste da Bahia", country: "BR" }, ...FILLER,
    ]);
    expect(m.match("Northwest Normal Universty")[0]?.id).toBe("nw");
    for (const [a, b] of [["Northwest Normal University", "Northeast Normal University"], ["Universidade Federal do Sudoeste da Bahia", "Universidade Federal do Sudeste da Bahia"], ["Austrian Academy of Sciences", "Australian Academy of Sciences"]]) {
      const pair = m.pairScore({ name: a as string }, { name: b as string });
      expect(pair.name.method, `${a} / ${b}`).not.toBe("letters");
      expect(pair.name.pairs.some((p) => p.kind === "typo"), `${a} / ${b}`).toBe(false);
      expect(pair.score, `${a} / ${b}`).toBeLessThan(0.5);
    }
    // a typo in the compass word itself still reads as one
    expect(m.pairScore("Nortwest Normal University", "Northwest Normal University").name.similarity).toBeGreaterThan(0.9);
  });
  it("reads several acronym words of one name as runs of the other's words ('KSAU-HS', 'NOAA GLERL')", () => {
    const m = createMatcher([
      { id: "ksau", name: "King Saud bin Abdulaziz University for Health Sciences", country: "SA" }, { id: "ksu", name: "King Saud University", country: "SA" },
      { id: "glerl", name: "NOAA Great Lakes Environmental Research Laboratory", country: "US" }, { id: "noaa", name: "National Oceanic and Atmospheric Administration", country: "US" }, ...FILLER,
    ]);
    const pair = m.pairScore("Paris LPS ENS", "Paris Laboratoire de Physique des Solides Ecole Normale Superieure");
    expect(pair.name.pairs.filter((p) => p.kind === "acronym").map((p) => p.query)).toEqual(["lps", "ens"]);
    expect(pair.name.similarity).toBeGreaterThan(0.8);
    expect(m.match("KSAU-HS")[0]?.id).toBe("ksau"); // "bin" is skipped as "of" is
    expect(m.match("NOAA GLERL")[0]?.id).toBe("glerl");
    expect(m.pairScore("NOAA GLERL", "NOAA Great Lakes Environmental Research Laboratory").score).toBeGreaterThan(0.5);
  });
  it("reads a legal form written in bare capitals after a name in capitals as an acronym too ('NOAA ARL': A.R.L is a form of Jersey)", () => {
    const m = createMatcher([
      { id: "arl", name: "NOAA Air Resources Laboratory", country: "US" }, { id: "noaa", name: "National Oceanic and Atmospheric Administration", country: "US" },
      { id: "awc", name: "NOAA Aviation Weather Center", country: "US" }, { id: "bmw", name: "BMW AG", country: "DE" }, ...FILLER,
    ]);
    expect(m.match("NOAA ARL")[0]?.id).toBe("arl");
    expect(m.pairScore("NOAA ARL", "NOAA Air Resources Laboratory").score).toBeGreaterThan(0.5);
    expect(m.pairScore("NOAA Air Resources Laboratory", "NOAA ARL").score).toBe(m.pairScore("NOAA ARL", "NOAA Air Resources Laboratory").score);
    // the entity side too
    const n = createMatcher([{ id: "arl", name: "NOAA ARL", country: "US" }, { id: "noaa", name: "NOAA", country: "US" }, ...FILLER]);
    expect(n.match("NOAA Air Resources Laboratory")[0]?.id).toBe("arl");
    // forms written with their dots, or of the record's own country, are forms as ever
    expect(m.match({ name: "BMW AG", country: "DE" })[0]?.id).toBe("bmw");
    expect(m.match({ name: "BMW", country: "DE" })[0]?.score).toBeGreaterThan(0.9);
  });
  it("reads a name that is all legal form in pairScore as the index reads it (CIC is also a UK legal form)", () => {
    const pair = matcher.pairScore("CIC", "Centre d'Investigation Clinique");
    expect(pair.name.method).toBe("acronym");
    expect(pair.name.similarity).toBeGreaterThan(0.7);
  });
  it("treats ids such as __proto__ as ordinary ids", () => {
    expect(top("__proto__ Trading")?.id).toBe("proto");
    const m = createMatcher([{ id: "constructor", name: "Constructor Group" }, { id: "__proto__", name: "Proto Labs" }]);
    expect(m.match("Proto Labs")[0]?.id).toBe("__proto__");
    expect(m.get("constructor")?.name).toBe("Constructor Group");
  });
});

describe("createMatcher: words the tables replaced", () => {
  it("compares them as written too, so that a misread word or a typo of a table word still matches", () => {
    const m = createMatcher([]);
    // "Ethoikos" is read as the Greek "ethnikos" (national), "Ehoikos" is not
    expect(m.pairScore({ name: "Fondazione Ethoikos", country: "IT" }, { name: "Fondazione Ehoikos", country: "IT" }).score).toBeGreaterThan(0.9);
    // "Mediin" is read as medical (medizin), "Medin" is too short to be
    expect(m.pairScore({ name: "Medin", country: "CZ" }, { name: "Mediin", country: "CZ" }).score).toBeGreaterThan(0.9);
    // "Verein" is association, "Verrein" a typo of it too short to be read so
    expect(m.pairScore({ name: "Plazi Verein", country: "CH" }, { name: "Plaiz Verrein", country: "CH" }).score).toBeGreaterThan(0.9);
    // and never lowers a match of the tables
    expect(m.pairScore("Universidad de Chile", "University of Chile").score).toBeGreaterThan(0.9);
  });
});

describe("createMatcher: umlauts written out", () => {
  // a master where both spellings are frequent words: neither is looked up as a typo of the other
  const trades = ["Bau", "Holz", "Auto", "Druck", "Metall", "Elektro", "Transporte", "Immobilien"];
  const master = [
    { id: "target", name: "Müller GmbH", country: "DE", city: "München" },
    ...Array.from({ length: 80 }, (_, i) => ({ id: `ue${i}`, name: `Mueller ${trades[i % 8]} ${i} GmbH`, country: "DE", city: "Berlin" })),
    ...Array.from({ length: 80 }, (_, i) => ({ id: `u${i}`, name: `Muller ${trades[i % 8]} ${i} GmbH`, country: "DE", city: "Hamburg" })),
  ];
  const m = createMatcher(master);
  it("finds Müller GmbH for Mueller GmbH however many names hold either spelling, and says why", () => {
    const [first] = m.match({ name: "Mueller GmbH", country: "DE", city: "Muenchen" }, { limit: 1 });
    expect(first?.id).toBe("target");
    expect(first?.score).toBeGreaterThan(0.9);
    expect(first?.explanation).toContain("umlauts written out (mueller / muller)");
    expect(first?.explanation).toContain("same city");
  });
  it("weighs both spellings of a word as one word", () => {
    const a = m.pairScore({ name: "Mueller Holz 1 GmbH" }, { name: "Mueller Holz 1 GmbH" });
    const b = m.pairScore({ name: "Muller Holz 1 GmbH" }, { name: "Muller Holz 1 GmbH" });
    expect(a.name.matchedWeight).toBeCloseTo(b.name.matchedWeight, 9);
  });
});

describe("createMatcher: other fields as evidence", () => {
  it("makes a shared LEI near-certain", () => {
    const m = top({ name: "Big Blue Holdings", identifiers: { lei: "VGRQXHF3J8VDLUA7XE92" } });
    expect(m?.id).toBe("ibm");
    expect(m?.evidence.fields.find((f) => f.field === "identifier")?.outcome).toBe("same");
  });
  it("reads identifiers as ledgers write them: a VAT number with or without its country prefix, a DUNS number without its leading zero", () => {
    const outcome = (a: Record<string, string | number>, b: Record<string, string | number>): string | undefined =>
      matcher.pairScore({ name: "Siemens AG", identifiers: a }, { name: "Siemens AG", identifiers: b }).fields.find((f) => f.field === "identifier")?.outcome;
    expect(outcome({ vat: "DE129274202" }, { vat: "129 274 202" })).toBe("same");
    expect(outcome({ vat: "ATU 13585627" }, { vat: "U13585627" })).toBe("same");
    expect(outcome({ vat: "DE129274202" }, { vat: "DE129274203" })).toBe("different");
    expect(outcome({ duns: "01-234-5678" }, { duns: "12345678" })).toBe("same");
    expect(outcome({ duns: "012 345 678" }, { duns: 12345678 })).toBe("same");
    expect(outcome({ duns: "012345678" }, { duns: "112345678" })).toBe("different");
  });
  it("reads postal codes as ledgers write them: a country letter before it, a ZIP+4 code", () => {
    const outcome = (a: Record<string, string>, b: Record<string, string>): string | undefined =>
      matcher.pairScore({ name: "Siemens AG", ...a }, { name: "Siemens AG", ...b }).fields.find((f) => f.field === "postalCode")?.outcome;
    expect(outcome({ postalCode: "D-80333" }, { postalCode: "80333" })).toBe("same");
    expect(outcome({ postalCode: "CH-8001" }, { postalCode: "8001" })).toBe("same");
    expect(outcome({ postalCode: "10001-1234" }, { postalCode: "10001" })).toBe("same");
    expect(outcome({ postalCode: "100011234", country: "US" }, { postalCode: "10001", country: "US" })).toBe("same");
    expect(outcome({ postalCode: "SW1A 1AA" }, { postalCode: "sw1a1aa" })).toBe("same");
    expect(outcome({ postalCode: "D-80333" }, { postalCode: "10115" })).toBe("different");
    expect(outcome({ postalCode: "10001-1234" }, { postalCode: "10002" })).toBe("similar");
  });
  it("takes no domain a mail provider or social network gives many companies as evidence, and reads a hosting platform's sub-domain as the company's", () => {
    const domain = (a: string, b: string) => matcher.pairScore({ name: "Acme Bakery", website: a }, { name: "Acme Bakery", website: b }).fields.find((f) => f.field === "domain");
    expect(domain("info@gmail.com", "orders@gmail.com")).toBeUndefined();
    expect(domain("https://www.facebook.com/acmebakery", "facebook.com/acme")).toBeUndefined();
    expect(domain("acme.wixsite.com/shop", "https://acme.wixsite.com")?.outcome).toBe("same");
    expect(domain("acme.wixsite.com", "bakery.wixsite.com")?.outcome).toBe("different");
    expect(domain("sales@acme-bakery.co.uk", "www.acme-bakery.co.uk")?.outcome).toBe("same");
    expect(companyDomain("acme.gmbh@gmx.de")).toBeUndefined();
    expect(companyDomain("https://shop.acme.com.br/x")).toBe("acme.com.br");
    // nor does such a domain make every company that uses it a candidate
    const m = createMatcher([{ id: "a", name: "Acme Bakery", website: "acme@gmail.com" }, { id: "b", name: "Zenith Plumbing", website: "zenith@gmail.com" }]);
    expect(m.match({ name: "Orbital Dynamics", website: "orbital@gmail.com" })).toEqual([]);
  });
  it("counts a shared web domain strongly", () => {
    const withDomain = matcher.pairScore({ name: "IBM Services", website: "ibm.com" }, { name: "International Business Machines Corp", website: "https://www.ibm.com/us" });
    const without = matcher.pairScore("IBM Services", "International Business Machines Corp");
    expect(withDomain.score).toBeGreaterThan(without.score);
  });
  it("takes a record's country from its name only when the name is clear about it", () => {
    const m = createMatcher([{ id: "heef", name: "Hungarian-American Enterprise Scholarship Fund", country: "HU" }, { id: "oracle", name: "Oracle", country: "PT" }]);
    const fields = (q: string) => m.match(q)[0]?.evidence.fields.find((f) => f.field === "country")?.outcome;
    expect(fields("Hungarian-American Enterprise Scholarship Fund")).toBe("missing"); // names two countries
    expect(fields("Oracle (Portugal)")).toBe("same");
    expect(fields("Oracle (Spain)")).toBe("different");
    expect(fields("Oracle America (Portugal)")).toBe("same"); // the qualifier settles it
  });
  it("lowers the score for a different country with the same name", () => {
    const same = matcher.match({ name: "Oracle Portugal", country: "PT" })[0];
    expect(same?.id).toBe("oracle-pt");
    const home = matcher.pairScore({ name: "Acme Holdings", country: "US" }, { name: "Acme Holdings", country: "US" }).score;
    const abroad = matcher.pairScore({ name: "Acme Holdings", country: "US" }, { name: "Acme Holdings", country: "FR" }).score;
    expect(abroad).toBeLessThan(home);
  });
  it("keeps an identical name in another country below the default threshold", () => {
    expect(matcher.pairScore("Bowne Global Solutions (France), S.A.R.L.", "Bowne Global Solutions (Germany), G.m.b.H.").score).toBeLessThan(0.5);
    expect(matcher.pairScore("IBM Corporation", "International Business Machines Corp.").fields.find((f) => f.field === "legalForm")?.outcome).toBe("same");
  });
  it("treats a different legal form in the same country as weak evidence, not a veto", () => {
    const r = matcher.pairScore({ name: "Siemens GmbH", country: "DE" }, { name: "Siemens AG", country: "DE" });
    expect(r.fields.find((f) => f.field === "legalForm")?.outcome).toBe("different");
    expect(r.score).toBeGreaterThan(0.5);
  });
  it("counts words each name has and the other lacks against a pair when comparing records, typos aside", () => {
    const names = ["Istituto Nazionale di Fisica Nucleare, Sezione di Trieste", "Istituto Nazionale di Fisica Nucleare, Sezione di Padova", "Università degli Studi di Trieste", "Università degli Studi di Padova"];
    const entities = names.map((name, i) => ({ id: `n${i}`, name, country: "IT" }));
    const plain = createMatcher(entities);
    const records = createMatcher(entities, { weights: RECORD_PAIR_WEIGHTS });
    const [trieste, padova] = [{ name: names[0] as string, country: "IT" }, { name: names[1] as string, country: "IT" }];
    const siblings = records.pairScore(trieste, padova);
    expect(siblings.name.conflictWeight).toBeGreaterThan(0);
    expect(siblings.explanation).toMatch(/words differ \(trieste \/ padova\)/);
    expect(siblings.score).toBeLessThan(0.5);
    expect(plain.pairScore(trieste, padova).score).toBeGreaterThan(siblings.score);
    // a word no other name holds is a typo rather than a word of its own
    const typo = records.pairScore(trieste, { name: "Istituto Nazionale di Fisica Nucleare, Sezione di Tsiteer", country: "IT" });
    expect(typo.name.unmatchedEntity).toEqual(["tsiteer"]);
    expect(typo.name.conflictWeight).toBe(0);
    expect(typo.score).toBeGreaterThan(0.5);
  });
  it("reads an acronym one letter off a name's initials when comparing records, and only then", () => {
    const records = createMatcher([], { weights: RECORD_PAIR_WEIGHTS });
    const plain = createMatcher([]);
    const nhlbi = { name: "National Heart Lung and Blood Institute", country: "US" };
    // a typo in the acronym, or in the first letter of a word of the name
    for (const [acronym, name] of [["NJLBI", nhlbi], ["NPS", { name: "NAVAL POSTGRADUATE CHOOL", country: "US" }], ["BGGCI", { name: "Botanic Gardens Conservation International", country: "US" }]] as const) {
      const pair = records.pairScore({ name: acronym, country: "US" }, name);
      expect(pair.name.method).toBe("acronymTypo");
      expect(pair.explanation).toMatch(/^acronym of the name, one letter off; same country/);
      expect(pair.score).toBeGreaterThan(0.5);
      // against a master list, whose names are clean, a letter off is another acronym
      expect(plain.pairScore({ name: acronym, country: "US" }, name).score).toBeLessThan(0.2);
    }
    // two letters off, or an acronym of two letters, is no reading; the acronym itself reads as before
    expect(records.pairScore({ name: "NJLXI", country: "US" }, nhlbi).score).toBeLessThan(0.2);
    expect(records.pairScore({ name: "NX", country: "US" }, { name: "National Heart", country: "US" }).name.method).not.toBe("acronymTypo");
    expect(records.pairScore({ name: "NHLBI", country: "US" }, nhlbi).name.method).toBe("acronym");
  });
  it("counts a word naming a kind of organization on each side against a pair, however common the words", () => {
    const names = ["Public Policy Institute for Wales", "Wales Centre for Public Policy", "Wales Gene Park", "Institute of Public Health", "Centre for Public Health", "Wales Institute of Social Research"];
    const records = createMatcher(names.map((name, i) => ({ id: `w${i}`, name, country: "GB" })), { weights: RECORD_PAIR_WEIGHTS });
    const kinds = records.pairScore({ name: names[0] as string, country: "GB" }, { name: names[1] as string, country: "GB" });
    expect(kinds.name.conflictWeight).toBeGreaterThanOrEqual(8);
    expect(kinds.explanation).toMatch(/words differ \(institute \/ center\)/);
    // one name without a kind word, or the same kind abbreviated, is no such conflict
    expect(records.pairScore({ name: "Public Policy for Wales", country: "GB" }, { name: names[1] as string, country: "GB" }).name.conflictWeight).toBeLessThan(8);
    const abbreviated = records.pairScore({ name: names[0] as string, country: "GB" }, { name: "Public Policy Inst. for Wales", country: "GB" });
    expect(abbreviated.name.conflictWeight).toBe(0);
    expect(abbreviated.score).toBeGreaterThan(kinds.score);
    // one name of a kind, the other of that kind and another: a hospital of a university, not the university
    const kobe = createMatcher(["Kobe University", "Kobe University Hospital", "Osaka University", "Osaka University Hospital"].map((name, i) => ({ id: `k${i}`, name, country: "JP" })), { weights: RECORD_PAIR_WEIGHTS });
    const hospital = kobe.pairScore({ name: "Kobe University", country: "JP" }, { name: "Kobe University Hospital", country: "JP" });
    expect(hospital.name.conflictWeight).toBeGreaterThanOrEqual(8);
    expect(hospital.explanation).toMatch(/another kind of organization: hospital/);
    expect(hospital.score).toBeLessThan(0.5);
    expect(kobe.pairScore({ name: "Kobe Univ", country: "JP" }, { name: "Kobe University", country: "JP" }).score).toBeGreaterThan(0.9);
    // a name of no kind inside one of a kind, either way round: a unit of it
    const usgs = createMatcher(["United States Geological Survey", "Volcano Science Center", "Earthquake Science Center"].map((name, i) => ({ id: `u${i}`, name, country: "US" })), { weights: RECORD_PAIR_WEIGHTS });
    for (const [a, b] of [["United States Geological Survey Volcano Science Center", "United States Geological Survey"], ["United States Geological Survey", "United States Geological Survey Volcano Science Center"]]) {
      const unit = usgs.pairScore({ name: a as string, country: "US" }, { name: b as string, country: "US" });
      expect(unit.name.conflictWeight).toBeGreaterThanOrEqual(8);
      expect(unit.explanation).toMatch(/another kind of organization: volcano science center/);
    }
    expect(usgs.pairScore({ name: "United States Geological Survey Volcano Science Center", country: "US" }, { name: "Volcano Science Center", country: "US" }).name.conflictWeight).toBeLessThan(8);
  });
  it("finds a name by a word it holds in another language, and says so", () => {
    const matcher = createMatcher([
      { id: "mpi-bpc", name: "Max Planck Institute for Biophysical Chemistry", country: "DE" },
      { id: "mpi-c", name: "Max Planck Institute for Chemistry", country: "DE" },
    ]);
    const [best] = matcher.match("Max-Planck-Institut für Biophysikalische Chemie");
    expect(best?.id).toBe("mpi-bpc");
    expect(best?.explanation).toContain("words in another language (biophysikalische / biophysical)");
  });
  it("reads a country named by its adjective as the same country, and says so", () => {
    const m = createMatcher([
      { id: "fi", name: "Mineralogical Society of Finland" },
      { id: "us", name: "Mineralogical Society of America" },
      { id: "nl", name: "Royal Netherlands Chemical Society" },
      { id: "be", name: "Royal Chemical Society of Belgium" },
    ]);
    const [fi] = m.match("Finnish Mineralogical Society");
    expect(fi?.id).toBe("fi");
    expect(fi?.score).toBeGreaterThan(0.9);
    const [nl] = m.match("Royal Dutch Chemical Society");
    expect(nl?.explanation).toContain("one country named two ways (dutch / netherlands)");
  });
  it("finds the names that name a country otherwise, however many names hold the query's country word", () => {
    const entities = [{ id: "fi", name: "Bank of Finland", country: "FI" }];
    for (let i = 0; i < 60; i++) entities.push({ id: `s${i}`, name: `Finnish Society of Topic${i}`, country: "FI" }, { id: `b${i}`, name: `Bank of Town${i}`, country: "DE" });
    const [best] = createMatcher(entities).match("Finlands Bank");
    expect(best?.id).toBe("fi");
    expect(best?.explanation).toContain("one country named two ways (finnish / finland)");
  });
  it("finds a name by the phrase another language uses for its kind of institution", () => {
    const m = createMatcher([
      { id: "hs-fulda", name: "Fulda University of Applied Sciences", country: "DE" },
      { id: "klinikum", name: "Klinikum Fulda", country: "DE" },
      { id: "tu-berlin", name: "Technische Universität Berlin", country: "DE" },
      { id: "hs-berlin", name: "Hochschule für Technik Berlin", country: "DE" },
    ]);
    const [best, second] = m.match("Hochschule Fulda");
    expect(best?.id).toBe("hs-fulda");
    expect(best?.score).toBeGreaterThan(0.9);
    expect(second?.score ?? 0).toBeLessThan(0.5);
    expect(m.match("Fachhochschule Fulda")[0]?.id).toBe("hs-fulda");
    // acronyms are still read from the words as written
    expect(m.match("TU Berlin")[0]?.id).toBe("tu-berlin");
  });
  it("reads a compound as its words, on both sides (Infektionsbiologie, tutkimusseura)", () => {
    const m = createMatcher([
      { id: "chem", name: "Max Planck Institute for Chemistry", country: "DE" },
      { id: "inf", name: "Max Planck Institute for Infection Biology", country: "DE" },
      { id: "res", name: "Lapland Research Society", country: "FI" },
      { id: "uni", name: "University of Lapland", country: "FI" },
    ]);
    const [best, second] = m.match("Max-Planck-Institut für Infektionsbiologie");
    expect(best?.id).toBe("inf");
    expect(best?.explanation).toContain("infektions / infection");
    expect(second?.score ?? 0).toBeLessThan(0.5);
    expect(m.match("Lapin tutkimusseura")[0]?.id).toBe("res");
  });
  it("counts the words a phrase reading shares with its name once", () => {
    const index = new NameIndex(1000);
    const name = normalizeName("Fulda University of Applied Sciences", { typos: true });
    const v = index.add(0, "name", name);
    const r = index.add(0, "name", phraseReading(name) as NonNullable<ReturnType<typeof phraseReading>>, undefined, v);
    const df = (word: string): number => index.vocab.df[index.vocab.idOf(word) as number] ?? 0;
    expect([df("fulda"), df("university"), df("uas")]).toEqual([1, 1, 1]);
    index.remove(r);
    index.remove(v);
    expect([df("fulda"), df("university"), df("uas")]).toEqual([0, 0, 0]);
  });
  it("explains each match in one line", () => {
    const m = top({ name: "I.B.M.", country: "US", city: "Armonk" });
    expect(m?.explanation).toMatch(/acronym of the name; same country; same city/);
    expect(m?.evidence.name.method).toBe("acronym");
  });
});

describe("createMatcher: input and batches", () => {
  it("compares countries written as codes of any kind or as names", () => {
    const m = createMatcher([{ id: "s", name: "Siemens AG", country: "Deutschland" }, { id: "o", name: "Oracle", country: "USA" }]);
    const [siemens] = m.match({ name: "Siemens", country: "DE" }, { limit: 1 });
    expect(siemens?.evidence.fields.find((f) => f.field === "country")?.outcome).toBe("same");
    const [oracle] = m.match({ name: "Oracle", country: "Germany" }, { limit: 1 });
    expect(oracle?.evidence.fields.find((f) => f.field === "country")?.outcome).toBe("different");
  });
  it("names the entity and field of a bad entity", () => {
    expect(() => createMatcher([{ id: "a", name: "Acme" }, { id: "b", name: "Beta", country: "Atlantis" }])).toThrow(/entity "b".*country/);
    expect(() => createMatcher([{ id: "c", name: "   " }])).toThrow(InvalidRecordError);
  });
  it("collects every bad entity with createMatcherReport", () => {
    const { matcher: m, rejected } = createMatcherReport([{ id: "a", name: "Acme" }, { id: "b", name: "" }, { name: "no id" } as unknown as EntityInput, { id: "d", name: "()" }]);
    expect(m.size).toBe(1);
    expect(rejected.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(rejected[0]?.issues[0]?.path).toEqual(["name"]);
  });
  it("rejects every entity of an id given twice, and says which other entity has it", () => {
    const list = [{ id: "a", name: "Siemens AG", country: "DE" }, { id: "b", name: "Acme Corp" }, { id: "a", name: "Nestle S.A.", country: "CH" }, { id: 7, name: "Seven Ltd" }, { id: "7", name: "Seven GmbH" }, { id: "a", name: "Third A" }] as EntityInput[];
    const { matcher: m, rejected } = createMatcherReport(list);
    expect(rejected.map((r) => [r.index, r.id, r.issues[0]?.code])).toEqual([[0, "a", "duplicate_id"], [2, "a", "duplicate_id"], [3, "7", "duplicate_id"], [4, "7", "duplicate_id"], [5, "a", "duplicate_id"]]);
    expect(rejected[1]?.issues[0]?.message).toBe('id "a" is the id of more than one entity');
    expect(m.size).toBe(1);
    expect(m.match("Siemens AG")).toEqual([]);
    expect(() => createMatcher(list)).toThrow(/entity "a" is invalid: id: id "a" is the id of more than one entity/);
    // add of a known id still replaces it
    const one = createMatcher([{ id: "a", name: "Siemens AG" }]);
    one.add({ id: "a", name: "Nestle S.A." });
    expect(one.size).toBe(1);
    expect(one.match("Nestle")[0]?.id).toBe("a");
  });
  it("accounts for every query of a batch", () => {
    const results = matcher.matchMany(["IBM", { name: "" }, { name: "Zzyzx Qwerty" }, { id: "q4", name: "Siemens", country: "XXX" }]);
    expect(results.map((r) => r.status)).toEqual(["matched", "rejected", "unmatched", "rejected"]);
    expect(results[3]?.queryId).toBe("q4");
  });
  it("supports add and remove without a rebuild", () => {
    const m = createMatcher(FILLER);
    m.add({ id: "n1", name: "Nordic Widgets AB", country: "SE" });
    expect(m.match("Nordic Widgets")[0]?.id).toBe("n1");
    expect(m.remove("n1")).toBe(true);
    expect(m.match("Nordic Widgets")).toEqual([]);
  });
});

describe("estimateWeights", () => {
  it("estimates weights from unlabelled records that still find the right entities", () => {
    const records = [...ENTITIES, ...FILLER].flatMap((e) => [{ name: e.name, ...(e.country ? { country: e.country } : {}) }, { name: `${e.name} Inc`, ...(e.country ? { country: e.country } : {}) }]);
    const weights = estimateWeights(matcher, records);
    expect(weights.nameCurve?.length).toBeGreaterThan(2);
    const tuned = createMatcher([...ENTITIES, ...FILLER], { weights });
    expect(tuned.match("Siemens AG")[0]?.id).toBe("siemens");
  });
});

/**
 * Candidate pairs as a matcher compares them: `matches` pairs of one entity (names alike, the city
 * differing in `matchCityDiffers` of them) and three times as many pairs of two (names mostly unlike,
 * cities differing nine times in ten).
 */
function candidatePairs(matches: number, matchCityDiffers: number): ComparisonVector[] {
  const out: ComparisonVector[] = [];
  for (let i = 0; i < matches; i++) out.push({ name: i % 5 === 0 ? 1 : 0, fields: { country: "same", city: i < matchCityDiffers * matches ? "different" : "same" } });
  for (let i = 0; i < 3 * matches; i++) out.push({ name: i % 10 === 0 ? 0 : i % 3 === 0 ? 2 : 3, fields: { country: i % 4 === 0 ? "different" : "same", city: i % 10 === 0 ? "same" : "different" } });
  return out;
}

describe("estimateDisagreementWeights", () => {
  it("counts a differing city more against where one entity's records never name two, and leaves it where they often do", () => {
    const never = estimateDisagreementWeights(candidatePairs(300, 0), RECORD_PAIR_WEIGHTS);
    expect(never.city?.different).toBeLessThan(-5);
    // the other outcomes stay as given
    expect(never.city).toMatchObject({ same: RECORD_PAIR_WEIGHTS.city.same, similar: RECORD_PAIR_WEIGHTS.city.similar });
    // where they often do, EM finds it milder than the given -3, which stays
    expect(estimateDisagreementWeights(candidatePairs(300, 0.4), RECORD_PAIR_WEIGHTS).city).toBeUndefined();
    expect(estimateDisagreementWeights(candidatePairs(300, 0.4), { ...RECORD_PAIR_WEIGHTS, city: { same: 1.5, similar: 0.8, different: 0 } }).city?.different).toBeLessThan(-0.5);
  });

  it("sets only fields that enough pairs hold on both sides, and nothing from too few pairs", () => {
    const pairs = candidatePairs(300, 0).map((v, i) => ({ ...v, fields: { ...v.fields, ...(i < 99 ? { phone: "different" as const } : {}) } }));
    const w = estimateDisagreementWeights(pairs, { ...RECORD_PAIR_WEIGHTS, country: { ...RECORD_PAIR_WEIGHTS.country, different: 0 } });
    // the phone, on 99 pairs, is not estimated
    expect(Object.keys(w).sort()).toEqual(["city", "country"]);
    expect(estimateDisagreementWeights(candidatePairs(20, 0), RECORD_PAIR_WEIGHTS)).toEqual({});
  });

  it("only ever strengthens a weight, and never below -12", () => {
    fc.assert(fc.property(fc.integer({ min: 40, max: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -20, max: 0, noNaN: true }), (n, share, given) => {
      const base = { ...RECORD_PAIR_WEIGHTS, city: { same: 1.5, similar: 0.8, different: given }, country: { ...RECORD_PAIR_WEIGHTS.country, different: given } };
      for (const [field, f] of Object.entries(estimateDisagreementWeights(candidatePairs(n, share), base))) {
        expect(f?.different).toBeGreaterThanOrEqual(-12);
        expect(f?.different).toBeLessThan(base[field as "city"].different);
      }
    }), { numRuns: 30 });
  });
});

describe("Matcher.setFieldWeights and comparisonVectors", () => {
  const branches: EntityInput[] = [{ id: "n", name: "Argosy University", country: "US", city: "Nashville" }, { id: "t", name: "Tailspin Toys", country: "GB" }];
  const query = { name: "Argosy University", country: "US", city: "Tampa" };

  it("changes what a field's outcome weighs without rebuilding, and keeps the change in its options", () => {
    const m = createMatcher(branches, { weights: RECORD_PAIR_WEIGHTS });
    const before = m.match(query)[0] as NonNullable<ReturnType<typeof m.match>[0]>;
    m.setFieldWeights({ city: { same: 1.5, similar: 0.8, different: -9 } });
    const after = m.match(query)[0] as NonNullable<ReturnType<typeof m.match>[0]>;
    expect(after.logOdds).toBeCloseTo(before.logOdds - 6, 9);
    expect(after.evidence.fields.find((f) => f.field === "city")?.weight).toBe(-9);
    // a matcher built from its entities and options answers as it does
    expect(createMatcher(m.entityList(), m.options).match(query)).toEqual(m.match(query));
  });

  it("names a wrong field weight, and leaves the weights as they were", () => {
    const m = createMatcher(branches);
    const before = m.match(query);
    expect(() => m.setFieldWeights({ city: { same: 1, similar: "x", different: -1 } } as never)).toThrow(/city\.similar/);
    expect(() => m.setFieldWeights({ prior: 2 } as never)).toThrow(/prior/);
    expect(m.match(query)).toEqual(before);
  });

  it("gives the vectors that matches with their evidence reduce to, without the evidence", () => {
    for (const q of ["IBM", { name: "Siemens AG", country: "DE", city: "Munich" }, { name: "Oracle", country: "ES" }, "Acme Holdings Germany"]) {
      const viaMatches = matcher.match(q, { limit: 5, minScore: 0 }).map((m) => ({ id: m.id, vector: comparisonVector(m) }));
      expect(matcher.comparisonVectors(q, 5)).toEqual(viaMatches);
    }
  });
});

const word = fc.constantFrom("acme", "global", "nordic", "widgets", "holdings", "steel", "bank", "trust", "alpha", "omega", "systems", "energy", "hochschule", "university of technology", "南通大学", "株式会社トヨタ", "서울");
const nameArb = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));

describe("createMatcher: properties", () => {
  it("keeps scores in [0, 1]", () => {
    fc.assert(fc.property(fc.array(nameArb, { minLength: 1, maxLength: 12 }), nameArb, (names, query) => {
      const m = createMatcher(names.map((name, i) => ({ id: `e${i}`, name })));
      for (const r of m.match(query, { limit: 20 })) {
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(r.pairScore).toBeGreaterThanOrEqual(0);
        expect(r.pairScore).toBeLessThanOrEqual(1);
      }
    }), { numRuns: 100 });
  });
  it("scores each candidate by its share of exp(temperature × ranking log-odds) against the others and 'none'", () => {
    fc.assert(fc.property(fc.array(nameArb, { minLength: 1, maxLength: 8 }), nameArb, fc.double({ min: 0.2, max: 2, noNaN: true }), fc.double({ min: -6, max: 2, noNaN: true }), (names, query, temperature, none) => {
      const entities = names.map((name, i) => ({ id: `e${i}`, name }));
      const all = createMatcher(entities, { weights: { ranking: { temperature, none } } }).match(query, { limit: 100, minScore: 0 });
      const total = Math.exp(temperature * none) + all.reduce((s, r) => s + Math.exp(temperature * r.rankOdds), 0);
      for (const r of all) expect(r.score).toBeCloseTo(Math.exp(temperature * r.rankOdds) / total, 9);
      // the order is the ranking log-odds order, whatever the temperature
      expect(all.map((r) => r.id)).toEqual(createMatcher(entities).match(query, { limit: 100, minScore: 0 }).map((r) => r.id));
      // the rare-word bonus is between 0 and its cap, and leaves the pair's own probability alone
      for (const r of all) {
        expect(r.rankOdds - r.logOdds).toBeGreaterThanOrEqual(0);
        expect(r.rankOdds - r.logOdds).toBeLessThanOrEqual(DEFAULT_WEIGHTS.rareWords.cap + 1e-9);
      }
    }), { numRuns: 100 });
  });
  it("ranks by the pair's log-odds plus a bonus for the rare words both names share, which the pair's probability leaves out", () => {
    const m = createMatcher([{ id: "hms", name: "HMS", country: "ES" }, { id: "guild", name: "Hollowbrook Mining Guild", country: "CZ" }, ...FILLER]);
    const found = m.match("Hollowbrook Mining Syndicate", { limit: 2, minScore: 0 });
    const { pivot } = DEFAULT_WEIGHTS.information;
    const { slope, cap } = DEFAULT_WEIGHTS.rareWords;
    for (const r of found) expect(r.rankOdds - r.logOdds).toBeCloseTo(Math.max(0, Math.min(cap, (r.evidence.name.matchedWeight - pivot) * slope)), 9);
    const guild = found.find((r) => r.id === "guild");
    const hms = found.find((r) => r.id === "hms");
    // two rare words found weigh more than three initials
    expect((guild?.rankOdds ?? 0) - (guild?.logOdds ?? 0)).toBeGreaterThan((hms?.rankOdds ?? 0) - (hms?.logOdds ?? 0) + 1);
    expect(guild?.pairScore).toBeCloseTo(m.pairScore("Hollowbrook Mining Syndicate", { name: "Hollowbrook Mining Guild", country: "CZ" }).score, 9);
    // a name found by a part of a long query ("..., City, Country") gets no bonus
    const part = m.match("Department of Geology, Hollowbrook Mining Guild, Ostrava", { limit: 1, minScore: 0 })[0];
    expect(part?.id).toBe("guild");
    expect(part?.rankOdds).toBe(part?.logOdds);
  });
  it("reads a city written in English or the local language, with or without umlauts, as one city", () => {
    const city = (a: string, b: string): string | undefined => matcher.pairScore({ name: "Siemens AG", city: a }, { name: "Siemens AG", city: b }).fields.find((f) => f.field === "city")?.outcome;
    expect(city("München", "Muenchen")).toBe("same");
    expect(city("MUENCHEN", "Munich")).toBe("same");
    expect(city("Köln", "Cologne")).toBe("same");
    expect(city("München", "Köln")).toBe("different");
    // the city named in the other name, however it is spelt there
    const named = matcher.pairScore("Hochschule Schwaebisch Gmuend", { name: "Hochschule Aalen", city: "Schwäbisch Gmünd" });
    expect(named.fields.find((f) => f.field === "city")?.outcome).toBe("same");
  });
  it("counts a city named in the other name as the same city, once", () => {
    const m = createMatcher([
      { id: "aku-ng", name: "Abdulkadir Kure University", country: "NG", city: "Minna" },
      { id: "aku-tr", name: "Afyon Kocatepe University", country: "TR", city: "Afyonkarahisar" },
      ...FILLER,
    ]);
    const [first] = m.match("AKU Minna", { limit: 2, minScore: 0 });
    expect(first?.id).toBe("aku-ng");
    expect(first?.explanation).toContain("city named in the name (minna)");
    const named = m.pairScore("AKU Minna", { name: "Abdulkadir Kure University", city: "Minna" });
    expect(named.fields.find((f) => f.field === "city")?.outcome).toBe("same");
    expect(m.pairScore({ name: "Abdulkadir Kure University", city: "Minna" }, "AKU Minna").score).toBeCloseTo(named.score, 10);
    // a city both names hold already counts in the names
    expect(m.pairScore("Minna Polytechnic", { name: "Minna Technical College", city: "Minna" }).fields.some((f) => f.field === "city")).toBe(false);
  });
  it("scores a pair the same both ways", () => {
    fc.assert(fc.property(nameArb, nameArb, fc.constantFrom(undefined, "US", "DE"), (a, b, country) => {
      const ra = country ? { name: a, country } : { name: a };
      expect(matcher.pairScore(ra, b).score).toBeCloseTo(matcher.pairScore(b, ra).score, 10);
    }), { numRuns: 300 });
  });
  it("finds the same first match after adding an entity that shares no key with the query", () => {
    fc.assert(fc.property(fc.array(nameArb, { minLength: 2, maxLength: 10 }), fc.nat(), (names, pick) => {
      const entities = names.map((name, i) => ({ id: `e${i}`, name }));
      const m = createMatcher(entities);
      const query = names[pick % names.length] as string;
      const before = m.match(query)[0]?.id;
      m.add({ id: "unrelated", name: "Zanzibar Quokka Xylophones" });
      expect(m.match(query)[0]?.id).toBe(before);
    }), { numRuns: 100 });
  });
  it("answers a query with one of the names in its country first when more names than are scored spell the query alike", () => {
    const countryArb = fc.constantFrom("DE", "FR", "IT", "ES", "PL", "SE", "US", "JP");
    fc.assert(fc.property(nameArb, fc.array(countryArb, { minLength: 4, maxLength: 24 }), countryArb, (name, countries, here) => {
      const entities = [...countries, here].map((country, i) => ({ id: `e${i}`, name, country }));
      const m = createMatcher(entities, { maxCandidates: 3 });
      const first = m.match({ name, country: here })[0];
      expect(first && m.get(first.id)?.country).toBe(here);
    }), { numRuns: 100 });
  });
  it("leaves results unchanged after add then remove", () => {
    fc.assert(fc.property(fc.array(nameArb, { minLength: 1, maxLength: 10 }), nameArb, nameArb, (names, extra, query) => {
      const m = createMatcher(names.map((name, i) => ({ id: `e${i}`, name })));
      const before = m.match(query, { limit: 10 }).map((r) => [r.id, r.score.toFixed(12)]);
      m.add({ id: "extra", name: extra });
      m.remove("extra");
      expect(m.match(query, { limit: 10 }).map((r) => [r.id, r.score.toFixed(12)])).toEqual(before);
    }), { numRuns: 150 });
  });
});

describe("overWeights", () => {
  it("sets the weights given over the base, keeps the base's where one is given as undefined, and leaves both as they were", () => {
    fc.assert(fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.boolean(), (prior, withCity) => {
      const given = { prior, city: withCity ? { same: 1, similar: 0, different: -4 } : undefined };
      const out = overWeights(RECORD_PAIR_WEIGHTS, given);
      expect(out.prior).toBe(prior);
      expect(out.city).toEqual(withCity ? given.city : RECORD_PAIR_WEIGHTS.city);
      expect(out.country).toBe(RECORD_PAIR_WEIGHTS.country);
      expect(RECORD_PAIR_WEIGHTS.prior).toBe(-3);
      expect(Object.keys(overWeights({}, given)).sort()).toEqual(withCity ? ["city", "prior"] : ["prior"]);
    }), { numRuns: 50 });
  });
});
