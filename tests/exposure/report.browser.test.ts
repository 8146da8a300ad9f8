// Runs the HTML report in a real headless Chromium (Debian's, driven by playwright-core).
// Run by `npm run test:browser` (.ci/run installs chromium first); CHROMIUM_PATH overrides the binary.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFamilyGraph } from "../../src/family/index.js";
import { renderReport, rollUpExposure } from "../../src/exposure/index.js";

const families = buildFamilyGraph({
  entities: [
    { id: "acme", name: "Acme Holdings Inc.", country: "US" }, { id: "acme-br", name: "Acme Brasil Ltda", country: "BR" },
    { id: "acme-de", name: "Acme Germany GmbH", country: "DE" }, { id: "acme-log", name: "Acme Logistics GmbH", country: "DE" },
    { id: "solo", name: "Solo <script>alert(1)</script> Ltd", country: "GB" },
  ],
  relationships: [
    { child: "acme-br", parent: "acme", type: "direct", ownershipPct: 100 }, { child: "acme-de", parent: "acme", type: "direct", ownershipPct: 80 },
    { child: "acme-log", parent: "acme-de", type: "direct", ownershipPct: 60 },
  ],
});
const view = rollUpExposure({
  family: families, reportingCurrency: "EUR", rates: { USD: 0.9, BRL: 0.2 },
  exposures: [
    { entityId: "acme", currency: "USD", openReceivables: 1000.5, openOrders: 500 },
    { entityId: "acme-br", currency: "BRL", openReceivables: 10000 },
    { entityId: "acme-log", currency: "EUR", openReceivables: 3000, openOrders: 1000 },
    { entityId: "solo", currency: "EUR", openReceivables: 120 },
  ],
  limits: [{ entityId: "acme-de", amount: 3000, currency: "EUR", scope: "group" }],
});
const fmt = (n: number): string => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

let browser: Browser;
let file: string;
beforeAll(async () => {
  file = join(mkdtempSync(join(tmpdir(), "firmograph-report-")), "report.html");
  writeFileSync(file, renderReport(view, families));
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe("the HTML report in a browser", () => {
  it("opens with no console errors, expands on click, and shows the API's numbers", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    const requests: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url());
    });
    await page.goto(`file://${file}`);
    await page.waitForSelector('[data-family="acme"]');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);

    expect(await page.textContent("#total-exposure")).toBe(fmt(view.totalExposure));
    expect(await page.textContent('[data-family="acme"] .family-total')).toBe(fmt(view.get("acme").familyExposure));
    for (const id of ["acme", "acme-br", "acme-de"]) {
      expect(await page.textContent(`li[data-entity="${id}"] > .row .subtree`)).toBe(fmt(view.get(id).subtreeExposure));
    }
    expect(await page.textContent("#breach-count")).toBe(String(view.breaches.length));
    // the name with markup is shown as text, not run
    expect(await page.locator("text=Solo <script>alert(1)</script> Ltd").count()).toBeGreaterThan(0);

    // second-level nodes start collapsed; a click expands them
    const logistics = page.locator('li[data-entity="acme-log"]');
    expect(await logistics.isVisible()).toBe(false);
    await page.click('li[data-entity="acme-de"] > .row .toggle');
    expect(await logistics.isVisible()).toBe(true);
    expect(await page.textContent('li[data-entity="acme-log"] > .row .subtree')).toBe(fmt(view.get("acme-log").subtreeExposure));
    expect(await page.locator('li[data-entity="acme-de"] .breach').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(tmpdir(), "firmograph-report.png"), fullPage: true });
    await page.close();
  });
});
