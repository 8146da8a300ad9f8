/**
 * Writes the bundled example data in examples/: three messy source files (erp.csv, crm.csv,
 * ar.csv) holding the same customers as an ERP, a CRM and a receivables ledger would, a small
 * corporate-family registry (family-entities.csv, family-links.csv), group limits (limits.csv)
 * and currency rates (rates.json). Deterministic: the same script writes the same bytes.
 * Usage: node --import tsx scripts/make-examples.ts
 */
import { writeFileSync } from "node:fs";
import { stringify } from "csv-stringify/sync";
import { random } from "../benchmarks/synthetic-families.js";

const rnd = random(20275);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

// [registry id, legal name, country, city, currency, parent id, ownership %, website]
type Org = [string, string, string, string, string, string | null, number | null, string];
const ORGS: Org[] = [
  ["F-SIEMENS", "Siemens Aktiengesellschaft", "DE", "Munich", "EUR", null, null, "siemens.com"],
  ["F-SIEMENS-HEALTH", "Siemens Healthineers AG", "DE", "Erlangen", "EUR", "F-SIEMENS", 75, "siemens-healthineers.com"],
  ["F-SIEMENS-MOB", "Siemens Mobility GmbH", "DE", "Munich", "EUR", "F-SIEMENS", 100, "mobility.siemens.com"],
  ["F-SIEMENS-IN", "Siemens Limited", "IN", "Mumbai", "INR", "F-SIEMENS", 75, "siemens.co.in"],
  ["F-SIEMENS-CA", "Siemens Canada Limited", "CA", "Oakville", "CAD", "F-SIEMENS", 100, "siemens.ca"],
  ["F-SIEMENS-ENERGY", "Siemens Energy AG", "DE", "Munich", "EUR", "F-SIEMENS", 25, "siemens-energy.com"],
  ["F-NESTLE", "Nestlé S.A.", "CH", "Vevey", "CHF", null, null, "nestle.com"],
  ["F-NESTLE-DE", "Nestlé Deutschland AG", "DE", "Frankfurt am Main", "EUR", "F-NESTLE", 100, "nestle.de"],
  ["F-NESTLE-US", "Nestlé USA, Inc.", "US", "Arlington", "USD", "F-NESTLE", 100, "nestleusa.com"],
  ["F-NESTLE-BR", "Nestlé Brasil Ltda.", "BR", "São Paulo", "BRL", "F-NESTLE", 100, "nestle.com.br"],
  ["F-NESPRESSO", "Nestlé Nespresso S.A.", "CH", "Lausanne", "CHF", "F-NESTLE", 100, "nespresso.com"],
  ["F-TOYOTA", "Toyota Motor Corporation", "JP", "Toyota", "JPY", null, null, "toyota-global.com"],
  ["F-TOYOTA-NA", "Toyota Motor North America, Inc.", "US", "Plano", "USD", "F-TOYOTA", 100, "toyota.com"],
  ["F-TOYOTA-KY", "Toyota Motor Manufacturing, Kentucky, Inc.", "US", "Georgetown", "USD", "F-TOYOTA-NA", 100, "toyota.com"],
  ["F-TOYOTA-DE", "Toyota Deutschland GmbH", "DE", "Cologne", "EUR", "F-TOYOTA", 100, "toyota.de"],
  ["F-BOSCH", "Robert Bosch GmbH", "DE", "Gerlingen", "EUR", null, null, "bosch.com"],
  ["F-BOSCH-REXROTH", "Bosch Rexroth AG", "DE", "Lohr am Main", "EUR", "F-BOSCH", 100, "boschrexroth.com"],
  ["F-BSH", "BSH Hausgeräte GmbH", "DE", "Munich", "EUR", "F-BOSCH", 100, "bsh-group.com"],
  ["F-BOSCH-US", "Robert Bosch LLC", "US", "Farmington Hills", "USD", "F-BOSCH", 100, "bosch.us"],
  ["F-BOSCH-IN", "Bosch Limited", "IN", "Bengaluru", "INR", "F-BOSCH", 70.5, "bosch.in"],
  ["F-VW", "Volkswagen Aktiengesellschaft", "DE", "Wolfsburg", "EUR", null, null, "volkswagen-group.com"],
  ["F-AUDI", "AUDI AG", "DE", "Ingolstadt", "EUR", "F-VW", 100, "audi.com"],
  ["F-SKODA", "Škoda Auto a.s.", "CZ", "Mladá Boleslav", "CZK", "F-VW", 100, "skoda-auto.com"],
  ["F-SEAT", "SEAT, S.A.", "ES", "Martorell", "EUR", "F-VW", 100, "seat.com"],
  ["F-TRATON", "TRATON SE", "DE", "Munich", "EUR", "F-VW", 89.7, "traton.com"],
  ["F-SCANIA", "Scania AB", "SE", "Södertälje", "SEK", "F-TRATON", 100, "scania.com"],
  ["F-MAN", "MAN Truck & Bus SE", "DE", "Munich", "EUR", "F-TRATON", 100, "man.eu"],
  ["F-UNILEVER", "Unilever PLC", "GB", "London", "GBP", null, null, "unilever.com"],
  ["F-UNILEVER-DE", "Unilever Deutschland GmbH", "DE", "Hamburg", "EUR", "F-UNILEVER", 100, "unilever.de"],
  ["F-UNILEVER-US", "Unilever United States, Inc.", "US", "Englewood Cliffs", "USD", "F-UNILEVER", 100, "unileverusa.com"],
  ["F-HUL", "Hindustan Unilever Limited", "IN", "Mumbai", "INR", "F-UNILEVER", 61.9, "hul.co.in"],
  ["F-ACME", "Acme Holdings Inc.", "US", "Wilmington", "USD", null, null, "acme-holdings.com"],
  ["F-ACME-BR", "Acme Brasil Ltda", "BR", "Curitiba", "BRL", "F-ACME", 100, "acme.com.br"],
  ["F-ACME-DE", "Acme Logistics GmbH", "DE", "Hamburg", "EUR", "F-ACME", 80, "acme-logistics.de"],
  ["F-ACME-UK", "Acme Widgets Ltd", "GB", "Leeds", "GBP", "F-ACME", 100, "acmewidgets.co.uk"],
  ["F-ACME-PL", "Acme Polska Sp. z o.o.", "PL", "Poznań", "PLN", "F-ACME-DE", 100, "acme.pl"],
  ["F-TAILSPIN", "Tailspin Toys Ltd", "GB", "Bristol", "GBP", null, null, "tailspintoys.co.uk"],
  ["F-FABRIKAM", "Fabrikam Steel Inc.", "US", "Pittsburgh", "USD", null, null, "fabrikam.com"],
  ["F-NORTHWIND", "Northwind Traders S.A. de C.V.", "MX", "Monterrey", "MXN", null, null, "northwind.mx"],
  ["F-CONTOSO", "Contoso Pharmaceuticals AG", "CH", "Basel", "CHF", null, null, "contoso.ch"],
  ["F-CONTOSO-RX", "Contoso Research GmbH", "DE", "Freiburg", "EUR", "F-CONTOSO", 55, "contoso-research.de"],
  ["F-WOODGROVE", "Woodgrove Financial Services Ltd", "IE", "Dublin", "EUR", null, null, "woodgrove.ie"],
  ["F-LITWARE", "Litware Software Oy", "FI", "Espoo", "EUR", null, null, "litware.fi"],
  ["F-PROSEWARE", "Proseware Logistics A/S", "DK", "Aarhus", "DKK", null, null, "proseware.dk"],
  ["F-LUCERNE", "Lucerne Publishing K.K.", "JP", "Osaka", "JPY", null, null, "lucerne.jp"],
  ["F-ADATUM", "A. Datum Corporation", "US", "Seattle", "USD", null, null, "adatum.com"],
  ["F-COHO", "Coho Winery S.r.l.", "IT", "Verona", "EUR", null, null, "cohowinery.it"],
  ["F-ALPINE", "Alpine Ski House GmbH", "AT", "Innsbruck", "EUR", null, null, "alpineskihouse.at"],
  ["F-BLUEYONDER", "Blue Yonder Airlines Ltd", "IE", "Cork", "EUR", null, null, "blueyonder.ie"],
  ["F-FOURTH", "Fourth Coffee B.V.", "NL", "Utrecht", "EUR", null, null, "fourthcoffee.nl"],
  ["F-GRAPHIC", "Graphic Design Institute SARL", "FR", "Lyon", "EUR", null, null, "graphicdesign.fr"],
  ["F-HUMONGOUS", "Humongous Insurance S.A.", "ES", "Bilbao", "EUR", null, null, "humongous.es"],
  ["F-MARGIE", "Margie's Travel Pty Ltd", "AU", "Perth", "AUD", null, null, "margiestravel.com.au"],
  ["F-TREY", "Trey Research Sp. z o.o.", "PL", "Kraków", "PLN", null, null, "treyresearch.pl"],
  ["F-WINGTIP", "Wingtip Toys Kft.", "HU", "Debrecen", "HUF", null, null, "wingtiptoys.hu"],
  ["F-ACME-TAILSPIN", "Acme Tailspin Joint Venture Ltd", "GB", "Bristol", "GBP", null, null, "acme-tailspin.co.uk"],
];
// who is a customer (not every family member is: the rest are prospects)
const CUSTOMERS = new Set(["F-SIEMENS", "F-SIEMENS-HEALTH", "F-SIEMENS-IN", "F-SIEMENS-ENERGY", "F-NESTLE-DE", "F-NESTLE-US", "F-NESPRESSO", "F-TOYOTA-NA", "F-TOYOTA-KY", "F-TOYOTA-DE", "F-BOSCH-REXROTH", "F-BSH", "F-BOSCH-IN", "F-AUDI", "F-SKODA", "F-SCANIA", "F-MAN", "F-UNILEVER-DE", "F-HUL", "F-ACME-BR", "F-ACME-DE", "F-ACME-UK", "F-ACME-PL", "F-TAILSPIN", "F-FABRIKAM", "F-NORTHWIND", "F-CONTOSO", "F-CONTOSO-RX", "F-WOODGROVE", "F-LITWARE", "F-PROSEWARE", "F-LUCERNE", "F-ADATUM", "F-COHO", "F-ALPINE", "F-BLUEYONDER", "F-FOURTH", "F-GRAPHIC", "F-HUMONGOUS", "F-MARGIE", "F-TREY", "F-WINGTIP", "F-ACME-TAILSPIN"]);

const ABBREVIATE: [RegExp, string][] = [[/Aktiengesellschaft/, "AG"], [/Corporation/, "Corp."], [/Limited/, "Ltd"], [/Incorporated|, Inc\./, " Inc"], [/International/, "Intl"], [/Manufacturing/, "Mfg"], [/Services/, "Svcs"], [/Logistics/, "Log."], [/ GmbH/, " G.m.b.H."]];
function noisy(name: string, system: string): string {
  let s = name;
  const r = rnd();
  if (r < 0.25) for (const [re, to] of ABBREVIATE) s = s.replace(re, to);
  else if (r < 0.4) s = s.toUpperCase();
  else if (r < 0.5) s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  else if (r < 0.6) {
    const i = 2 + Math.floor(rnd() * (s.length - 4));
    s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2); // swapped letters
  } else if (r < 0.68) s = s.replace(/\s+(AG|GmbH|Ltd\.?|Inc\.?|S\.A\.|Corporation|LLC|Ltda\.?|a\.s\.|AB|SE|PLC|Oy|A\/S|K\.K\.)$/i, "");
  if (system === "ar" && rnd() < 0.2) s += pick([" ATTN ACCOUNTS PAYABLE", " c/o Shared Service Center", " - Accounts Payable"]);
  return s;
}
const money = (max: number): number => Math.round(rnd() * max * 100) / 100;

const erp: Record<string, unknown>[] = [];
const crm: Record<string, unknown>[] = [];
const ar: Record<string, unknown>[] = [];
let erpNo = 100100;
let crmNo = 5000;
let arNo = 700;
for (const [id, name, country, city, currency, , , website] of ORGS) {
  if (!CUSTOMERS.has(id)) continue;
  const size = id === "F-SIEMENS" || id === "F-TOYOTA-NA" || id === "F-AUDI" ? 400_000 : 120_000;
  const accounts = 1 + (rnd() < 0.5 ? 1 : 0) + (rnd() < 0.2 ? 1 : 0); // duplicates inside the ERP too
  for (let a = 0; a < accounts; a++) {
    erp.push({ customer_no: String(erpNo++), company_name: noisy(name, "erp"), country: rnd() < 0.9 ? country : "", city: rnd() < 0.8 ? city : "", postal_code: "", vat_id: country === "DE" && rnd() < 0.6 ? `DE${100000000 + Math.floor(rnd() * 899999999)}` : "", currency, open_orders: money(size / 4), credit_limit: a === 0 ? Math.round(size * (1.2 + rnd())) : "" });
  }
  const inCrm = 1 + (rnd() < 0.5 ? 1 : 0);
  for (let c = 0; c < inCrm; c++) crm.push({ account_id: `ACC-${crmNo++}`, account_name: noisy(name, "crm"), billing_country: country, billing_city: rnd() < 0.7 ? city : "", website: rnd() < 0.7 ? `https://www.${website}` : "", phone: "" });
  const ledgers = 1 + (rnd() < 0.6 ? 1 : 0) + (rnd() < 0.3 ? 1 : 0);
  for (let l = 0; l < ledgers; l++) {
    const receivables = money(size);
    const overdueShare = rnd() < 0.3 ? rnd() * 0.5 : rnd() * 0.05;
    const overdue = receivables * overdueShare;
    const split = [rnd(), rnd(), rnd(), rnd()];
    const total = split.reduce((x, y) => x + y, 0);
    const b = split.map((x) => Math.round((overdue * x) / total * 100) / 100);
    ar.push({ ledger_id: `D${arNo++}`, debtor_name: noisy(name, "ar"), country: rnd() < 0.85 ? country : "", currency, open_receivables: receivables, overdue_1_30: b[0], overdue_31_60: b[1], overdue_61_90: b[2], overdue_90_plus: b[3] });
  }
}
// bad rows a real extract has: a missing name, a duplicated ledger id, a formula-looking name
ar.push({ ledger_id: "D900", debtor_name: "", country: "DE", currency: "EUR", open_receivables: 10, overdue_1_30: 0, overdue_31_60: 0, overdue_61_90: 0, overdue_90_plus: 0 });
ar.push({ ledger_id: "D701", debtor_name: "Duplicate Ledger Id GmbH", country: "DE", currency: "EUR", open_receivables: 5, overdue_1_30: 0, overdue_31_60: 0, overdue_61_90: 0, overdue_90_plus: 0 });
crm.push({ account_id: "ACC-9999", account_name: "=HYPERLINK(\"http://example.invalid\",\"Click\")", billing_country: "US", billing_city: "", website: "", phone: "" });

const write = (file: string, rows: Record<string, unknown>[]): void => writeFileSync(new URL(`../examples/${file}`, import.meta.url), stringify(rows, { header: true }));
write("erp.csv", erp);
write("crm.csv", crm);
write("ar.csv", ar);
write("family-entities.csv", ORGS.map(([id, name, country]) => ({ id, name, country })));
write("family-links.csv", [
  ...ORGS.filter((o) => o[5] !== null).map(([id, , , , , parent, pct]) => ({ child: id, parent, type: "direct", ownership_pct: pct })),
  // a 50/50 joint venture: no controlling parent, both owners listed
  { child: "F-ACME-TAILSPIN", parent: "F-ACME", type: "direct", ownership_pct: 50 },
  { child: "F-ACME-TAILSPIN", parent: "F-TAILSPIN", type: "direct", ownership_pct: 50 },
]);
write("limits.csv", [
  { entity_id: "F-SIEMENS", amount: 1_500_000, currency: "EUR", scope: "group" },
  { entity_id: "F-TOYOTA", amount: 150_000_000, currency: "JPY", scope: "group" },
  { entity_id: "F-ACME", amount: 400_000, currency: "USD", scope: "group" },
  { entity_id: "F-VW", amount: 900_000, currency: "EUR", scope: "group" },
  { entity_id: "F-NESTLE", amount: 600_000, currency: "CHF", scope: "group" },
]);
writeFileSync(new URL("../examples/rates.json", import.meta.url), JSON.stringify({ reportingCurrency: "EUR", rates: { USD: 0.92, GBP: 1.17, CHF: 1.04, JPY: 0.0061, INR: 0.011, CAD: 0.68, BRL: 0.17, CZK: 0.04, SEK: 0.087, PLN: 0.23, MXN: 0.05, DKK: 0.134, AUD: 0.6, HUF: 0.0025 } }, null, 2) + "\n");
console.log(`examples: erp ${erp.length}, crm ${crm.length}, ar ${ar.length} records; ${ORGS.length} registry entities`);
