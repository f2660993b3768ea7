import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createFieldCrypto } from "@jeugdregie/auth";
import { computeKpiSnapshots, createDatabase, readCountry, withTenant, writeSyntheticHistory } from "@jeugdregie/db";
import { addMonths, monthOf, simulateHistory, systemScopeFor } from "@jeugdregie/domain";
import { expectAccessible, launchBrowser, login, newPage, screenshot, settled, url } from "./helpers/browser.ts";

/*
 * Issue 13, part 2 in the browser: the region dashboard of Haaglanden on demo-like data (the
 * synthetic history the demo gets, its last six months computed as the monthly job does). The
 * region admin sees every KPI with its definition, a chart and the same numbers in a table, and
 * the four-months flag per provider, but not the children behind a number; the coordinator
 * follows a number to the pseudonymised requests behind it.
 */
const ADMIN = "beheer.haaglanden@jeugdregie.demo";
const COORDINATOR = "coordinator.haaglanden@jeugdregie.demo";
const MONTHS = 6;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  const db = createDatabase(inject("e2eAdminUrl"), { max: 2 });
  try {
    const now = new Date();
    const history = simulateHistory(await readCountry(db), { seed: 2026, now, days: 240 });
    await writeSyntheticHistory(db, history, createFieldCrypto(inject("e2eDataKey")));
    const region = await db.selectFrom("regions").select("id").where("code", "=", "haaglanden").executeTakeFirstOrThrow();
    for (let i = MONTHS - 1; i >= 0; i--) {
      const month = addMonths(monthOf(now), -i);
      await withTenant(db, systemScopeFor(region.id), (tx) => computeKpiSnapshots(tx, region.id, month, now));
    }
  } finally {
    await db.destroy();
  }
});
afterAll(() => browser?.close());

async function openFigures(page: Page, email: string, query = "") {
  await login(page, email);
  await page.goto(url(`/cijfers${query}`));
  await settled(page);
}

describe("region dashboard", () => {
  it("shows the region admin each KPI's chart, its table alternative and its definition", async () => {
    const page = await newPage(browser);
    await openFigures(page, ADMIN);
    expect(await page.locator("nav[aria-label=Hoofdmenu] >> text=Cijfers").count()).toBe(1);
    const waiting = page.locator("[data-testid=kpi-waiting_list]");
    // the chart is drawn in the browser (an SVG line; recharts draws on the client, the server sends the table)
    // and hidden from screen readers, which read the table under it
    await waiting.locator("[data-testid=chart-waiting_list] svg .recharts-line-curve").waitFor();
    expect(await waiting.locator("[data-testid=chart-waiting_list] svg .recharts-line-curve").count()).toBe(1);
    expect(await waiting.locator("[data-testid=chart-waiting_list]").getAttribute("aria-hidden")).toBe("true");
    const table = waiting.locator("table[data-testid=table-waiting_list]");
    expect(await table.locator("caption").textContent()).toBe("Wachtlijst per maand");
    expect(await table.locator("thead th").count()).toBe(13);
    const cells = await table.locator("tbody td").allTextContents();
    // months before the history have no snapshot: "geen gegevens", not 0; the computed months have numbers
    expect(cells.slice(0, 12 - MONTHS).every((c) => c === "geen gegevens")).toBe(true);
    expect(cells.slice(12 - MONTHS).every((c) => /^\d+$/.test(c))).toBe(true);
    expect(await waiting.textContent()).toContain("Aanmeldingen die zijn ingediend en nog niet geplaatst of ingetrokken");
    // declines as stacked bars per coded reason, with a row per reason in the table
    await page.locator("[data-testid=chart-declines] svg .recharts-bar-rectangle").first().waitFor();
    expect(await page.locator("table[data-testid=table-declines] tbody tr").count()).toBe(5);
    expect(await page.locator("[data-testid=long-waits] tbody tr").count()).toBeGreaterThan(0);
    // the region admin reads figures, not the children behind them: no links, and the rows page refuses
    expect(await page.locator("table[data-testid=table-waiting_list] a").count()).toBe(0);
    expect(await page.textContent("main")).toContain("Alleen coördinatoren van het centraal punt zien de aanmeldingen");
    await expectAccessible(page);
    await screenshot(page, "70-figures-region-admin");
    const refused = await page.goto(url(`/cijfers/aanmeldingen?kengetal=waiting_list&maand=${monthOf(new Date())}`));
    expect(refused?.status()).toBe(403);
  });

  it("filters by care type, provider or municipality, one at a time", async () => {
    const page = await newPage(browser);
    await openFigures(page, ADMIN);
    const municipality = await page.locator("#gemeente option").nth(1).getAttribute("value");
    await page.goto(url(`/cijfers?gemeente=${municipality}`));
    await settled(page);
    expect(await page.locator("#gemeente").inputValue()).toBe(municipality);
    expect(await page.locator("[data-testid=kpi-occupancy]").textContent()).toContain("niet uitgesplitst naar gemeente");
    expect(await page.locator("table[data-testid=table-waiting_list] tbody td").count()).toBe(12);
    await page.goto(url(`/cijfers?zorgvorm=gezinshuis&gemeente=${municipality}`));
    await settled(page);
    expect(await page.locator("main .utrecht-alert").first().textContent()).toContain("kies één filter");
    await screenshot(page, "71-figures-filtered");
  });

  it("lets the coordinator follow a number to the pseudonymised requests behind it", async () => {
    const page = await newPage(browser);
    await openFigures(page, COORDINATOR);
    const link = page.locator("table[data-testid=table-waiting_list] tbody a").last();
    const number = Number(await link.textContent());
    await link.click();
    await page.waitForURL(/\/cijfers\/aanmeldingen\?/);
    await settled(page);
    expect(await page.locator("h1").textContent()).toContain("Wachtlijst");
    const rows = await page.locator("main table tbody tr").count();
    expect(rows).toBe(Math.min(number, 50));
    // pseudonyms (a code, no name), never a BSN
    const children = await page.locator("main table tbody tr td:first-child").allTextContents();
    expect(children.every((c) => /^[A-Z0-9-]{7,9}$/.test(c.trim()))).toBe(true);
    expect(await page.textContent("main table tbody")).not.toMatch(/\b\d{9}\b/);
    await expectAccessible(page);
    await screenshot(page, "72-figures-rows");
  });
});
